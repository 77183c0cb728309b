"""Rulebook 2.0 mechanics on small rulebooks: lexicons, the near kind, contexts, discourse, selectors."""
import copy

import pytest
import yaml

from dunwatch import Engine
from dunwatch.lexicon import pinyin_variants
from dunwatch.rulebook import RulebookError, load_rulebook
from fixtures.rulebooks import BOOK, default_rules, rule, write_rulebook

LEXICONS = {"lexicons": {
    "legal_doc": {"description": "documents", "terms": ["律师函", "传票", {"term": "律師信", "region": "hk"}],
                  "pinyin": True},
    "dispatch": ["发出", "寄出", "生成", "寄往"],
    "you": ["你", "您", {"term": "台端", "region": "tw"}],
    "doc_or_you": ["{legal_doc}", "{you}"],
    "report_intro": ["收到.{0,6}短信"],
    "negator": ["不会", "无权"],
    "article_marker": ["记者", "警方表示", "据报道"],
}}


def near_rule(**extra):
    record = rule("legal-threat.document-sent", None, kind="near", near=["{legal_doc}", "{dispatch}"],
                  within=8, examples={"match": ["律师函已发出", "已向你发出律师函", "傳票將於明日寄往"],
                                      "no_match": ["律师函", "已发出"]})
    record.update(extra)
    return record


def build(tmp_path, extra_rules=(), book_extra=None, lexicons=LEXICONS):
    rules = default_rules()
    rules["legal_threat"] += list(extra_rules)
    book = copy.deepcopy(BOOK) | {"schema": 2} | (book_extra or {})
    root = write_rulebook(tmp_path / "rules", rules, book)
    (root / "lexicons").mkdir()
    (root / "lexicons" / "test.yaml").write_text(yaml.safe_dump(lexicons, allow_unicode=True), encoding="utf-8")
    return root


def fired(engine, text):
    return engine.fire(text)


@pytest.fixture
def near_engine(tmp_path):
    return Engine.from_path(build(tmp_path, [near_rule()]))


@pytest.mark.parametrize("text", ["律师函已发出", "已向你发出律师函", "律师函将于明日寄往你的户籍地",
                                  "傳票已生成", "律 师 函 已 发 出", "律shi函已发出"])
def test_near_fires_in_either_order_and_through_disguise(near_engine, text):
    assert "legal-threat.document-sent" in fired(near_engine, text)


@pytest.mark.parametrize("text", ["律师函的格式有很多种，今天下午我们要讨论一下怎么发出",  # gap over 8
                                  "律师函。已发出",                                          # across a sentence end
                                  "已经发出"])                                               # one item only
def test_near_needs_every_item_close_and_in_one_sentence(near_engine, text):
    assert "legal-threat.document-sent" not in fired(near_engine, text)


def test_near_reports_the_tightest_window_over_both_items(near_engine):
    result = near_engine.check(["他说律师函已经发出了"])[0]
    spans = [m["text"] for m in result["matches"] if m["rule"] == "legal-threat.document-sent"]
    assert spans == ["律师函已经发出"]


def test_ordered_near_needs_the_listed_order(tmp_path):
    engine = Engine.from_path(build(tmp_path, [near_rule(ordered=True)]))
    assert "legal-threat.document-sent" in fired(engine, "律师函已发出")
    assert "legal-threat.document-sent" not in fired(engine, "已发出律师函")


def test_lexicon_names_expand_in_patterns_contexts_and_other_lexicons(tmp_path):
    pat = rule("legal-threat.your-doc", ["(?:{you})的(?:{legal_doc})"], context=["addressed"],
               examples={"match": ["你的律师函", "您的傳票", "台端的律師信"], "no_match": ["他的律师函", "律师函"]})
    book = {"contexts": {"debt": ["欠款", "逾期", "还款"], "addressed": ["{you}"]}}
    engine = Engine.from_path(build(tmp_path, [pat], book))
    assert "legal-threat.your-doc" in fired(engine, "台端的律師信")
    assert engine.book.lexicons["doc_or_you"] == ("{legal_doc}", "{you}")
    assert engine.run_examples() == []


def test_an_unknown_lexicon_names_file_rule_and_fix(tmp_path):
    root = build(tmp_path, [near_rule(near=["{legal_doc}", "{nonesuch}"])])
    with pytest.raises(RulebookError) as err:
        load_rulebook(root)
    assert any("legal_threat.yaml: legal-threat.document-sent" in p and "{nonesuch}" in p and "Fix:" in p
               for p in err.value.problems)


def test_a_lexicon_cycle_is_an_error_not_a_hang(tmp_path):
    lex = copy.deepcopy(LEXICONS)
    lex["lexicons"]["a"] = ["{b}"]
    lex["lexicons"]["b"] = ["{a}"]
    with pytest.raises(RulebookError) as err:
        load_rulebook(build(tmp_path, lexicons=lex))
    assert any("refers to itself" in p for p in err.value.problems)


def test_a_space_between_words_is_rejected_in_lexicons_and_rules(tmp_path):
    """Normalisation removes a space between two words (`call your boss` reads `callyourboss`), so a
    term or pattern that keeps one could never match; loading names it instead of letting it rot."""
    from dunwatch.normalize import normalize

    assert normalize("call your boss").text == "callyourboss"
    for sub in "abcd":
        (tmp_path / sub).mkdir()
    lex = copy.deepcopy(LEXICONS)
    lex["lexicons"]["dispatch"] = ["发出", "sent to (?:your)"]
    with pytest.raises(RulebookError) as err:
        load_rulebook(build(tmp_path / "a", lexicons=lex))
    assert any("'sent to (?:your)'" in p and "space between words" in p for p in err.value.problems), err.value.problems
    with pytest.raises(RulebookError) as err:
        load_rulebook(build(tmp_path / "b", [near_rule(near=["{legal_doc}", "will send"])]))
    assert any("legal-threat.document-sent" in p and "space between words" in p for p in err.value.problems)
    # Contexts pass the same check as rule patterns.
    with pytest.raises(RulebookError) as err:
        load_rulebook(build(tmp_path / "d", book_extra={"contexts": {"boss": ["your boss"]}}))
    assert any("context 'boss'" in p and "space between words" in p for p in err.value.problems), err.value.problems
    # Without the space the term matches the normalised text.
    lex["lexicons"]["dispatch"] = ["发出", "sentto(?:your)"]
    engine = Engine.from_path(build(tmp_path / "c", [near_rule(examples={
        "match": ["律师函 sent to your home", "律师函已发出", "传票 sent to your office"], "no_match": ["律师函", "sent to you"]})],
                                    lexicons=lex))
    assert "legal-threat.document-sent" in fired(engine, "律师函 sent to your home")


@pytest.mark.parametrize("field, value, expected", [
    ("within", 99, "`within`"), ("within", "8", "`within`"), ("ordered", "yes", "`ordered`"),
    ("near", ["{legal_doc}"], "`near` lists 1 items"), ("patterns", ["律师函"], "a near rule has field(s) ['patterns']"),
])
def test_broken_near_fields_are_named(tmp_path, field, value, expected):
    with pytest.raises(RulebookError) as err:
        load_rulebook(build(tmp_path, [near_rule(**{field: value})]))
    assert any(expected in p for p in err.value.problems), err.value.problems


def test_unless_context_silences_a_rule(tmp_path):
    book = {"contexts": {"debt": ["欠款", "逾期", "还款"], "court": ["本院"]}}
    engine = Engine.from_path(build(tmp_path, [near_rule(unless=["court"])], book))
    assert "legal-threat.document-sent" in fired(engine, "律师函已发出")
    assert "legal-threat.document-sent" not in fired(engine, "本院已向你发出传票")


DISCOURSE = {"discourse": {"report": ["{report_intro}"], "negation": {"patterns": ["{negator}"], "within": 6},
                           "article": {"patterns": ["{article_marker}"], "min": 2},
                           "sentence": ["怎么办"], "about": ["本报讯"]}}


@pytest.mark.parametrize("text", [
    "我收到一条短信说律师函已发出",          # reported speech
    "律师函已发出怎么办",                    # a question in the same sentence
    "催收方无权向你发出律师函",              # negated
    "据报道，记者发现催收员称律师函已发出",  # an article: two distinct markers
    "本报讯 律师函已发出",                   # one marker strong enough alone
])
def test_discourse_drops_claims_spoken_about(tmp_path, text):
    engine = Engine.from_path(build(tmp_path, [near_rule()], DISCOURSE))
    assert "legal-threat.document-sent" not in fired(engine, text)


def test_discourse_keeps_claims_spoken_to_the_reader(tmp_path):
    engine = Engine.from_path(build(tmp_path, [near_rule()], DISCOURSE))
    assert "legal-threat.document-sent" in fired(engine, "律师函已发出。你收到短信后请回电")
    assert "legal-threat.document-sent" in fired(engine, "不会再等了，律师函已发出")   # negator far from the claim


def test_in_run_on_chat_a_question_covers_its_own_words_only(tmp_path):
    # Voice-to-text has no punctuation; normalisation drops the spaces between its clauses.
    engine = Engine.from_path(build(tmp_path, [near_rule()], DISCOURSE))
    run_on = "我跟你讲 你借钱的时候怎么办都不问 现在给我装死 电话也不接 消息也不回 我告诉你 律师函已发出 你自己看着办吧"
    assert "legal-threat.document-sent" in fired(engine, run_on)
    assert "legal-threat.document-sent" not in fired(engine, "我跟你讲 现在律师函已发出怎么办 你自己看着办吧")


def test_a_rule_can_opt_out_of_discourse(tmp_path):
    engine = Engine.from_path(build(tmp_path, [near_rule(discourse=False)], DISCOURSE))
    assert "legal-threat.document-sent" in fired(engine, "律师函已发出怎么办")


def test_reported_selector_leaves_out_signals(tmp_path):
    meta = rule("legal-threat.with-deadline", None, kind="meta", all=["urgency.hours"], any=["reported:legal_threat"],
                examples={"match": ["律师函，欠款24小时内", "律師函，欠款24小時內", "律 师 函 欠款24小时内"],
                          "no_match": ["诉前调解，欠款24小时内", "欠款24小时内"]})
    engine = Engine.from_path(build(tmp_path, [meta]))
    assert engine.run_examples() == []


def test_pinyin_variants_replace_one_or_two_characters():
    variants = pinyin_variants("律师函")
    assert {"律shi函", "lv师函", "lu师函", "律师han", "律shihan"} <= set(variants)
    assert "lvshihan" not in variants          # a whole word in pinyin is too ambiguous
    assert pinyin_variants("ab") == []          # only Han terms
    # Zhuyin for one character, toneless (normalisation drops the tone marks).
    assert {"律ㄕ函", "ㄌㄩ师函"} <= set(variants)
    assert not any(mark in v for v in variants for mark in "ˊˇˋ˙")
