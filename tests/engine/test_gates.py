"""The anchors and requirement gates only skip work: with them or without, the same rules fire at the same spans."""
import random

import pytest
from hypothesis import given, settings, strategies as st

from dunwatch.regex.literals import requirements
from dunwatch.normalize import normalize


@pytest.mark.parametrize("pattern, expected", [
    ("律师函", [{"律师函"}]),
    ("(?:发|寄)出?律师函", [{"发", "寄"}, {"律师函"}]),
    ("通知.{0,6}(?:家人|父母)", [{"通知"}, {"家人", "父母"}]),
    (r"\d{2,3}小时内", [{"小时内"}]),
    (r"\p{Han}律师", [{"律师"}]),
    ("a?b", [{"b"}]),
    (".{0,3}", None),
])
def test_requirements(pattern, expected):
    got = requirements(pattern)
    assert (None if got is None else [set(r) for r in got]) == expected


def brute_force(matcher, text):
    return matcher.fire(text, everything=True)


def sample_texts(engine):
    rules = [r for r in engine.book.rules if r.active]
    texts = [e.text for r in rules for e in r.match_examples + r.no_match_examples]
    rng = random.Random(7)
    texts += ["，".join(rng.sample(texts, 3)) for _ in range(300)]
    return texts


def test_gates_agree_with_running_every_rule(engine):
    matcher = engine._matcher
    for text in sample_texts(engine):
        norm = normalize(text).text
        assert matcher.fire(norm) == brute_force(matcher, norm), text


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_gates_agree_on_random_mixtures(engine, data):
    pieces = data.draw(st.lists(st.sampled_from(sample_texts(engine)[:400]), min_size=1, max_size=4))
    noise = data.draw(st.text(alphabet="的了是 *，。\u200b欠款逾期", max_size=10))
    norm = normalize(noise.join(pieces)).text
    assert engine._matcher.fire(norm) == brute_force(engine._matcher, norm)


_ALPHABET = "家里人属全律师函信法务"


@st.composite
def _run_pattern(draw):
    """A pattern with runs of literal branches (longest first) among other branches and pieces."""
    def run():
        words = draw(st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=12))
        return sorted(set(words), key=len, reverse=True)

    pieces = []
    for _ in range(draw(st.integers(1, 3))):
        branches = run()
        extra = draw(st.sampled_from(["", "(?<=[里人])法", "律.{0,2}", "[家全]?师", "(?:里|人)+"]))
        if extra:
            branches.insert(draw(st.integers(0, len(branches))), extra)
        pieces.append("(?:" + "|".join(branches) + ")" + draw(st.sampled_from(["", "?", "{1,2}", "信", "(?!函)"])))
    return "|".join(pieces) if draw(st.booleans()) else "".join(pieces)


@settings(max_examples=300, deadline=None)
@given(_run_pattern(), st.lists(st.text(alphabet=_ALPHABET + "，", max_size=30), min_size=1, max_size=5))
def test_tries_find_what_the_literal_runs_find(pattern, texts):
    import regex

    from dunwatch.regex.lists import compile_fast

    plain, fast = regex.compile(pattern), compile_fast(pattern)
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern
        assert [m.span() for m in fast.finditer(text, overlapped=True)] == [
            m.span() for m in plain.finditer(text, overlapped=True)], pattern
