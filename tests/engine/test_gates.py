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
