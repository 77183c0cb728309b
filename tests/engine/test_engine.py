"""Engine behaviour on a small rulebook: offsets, gates, meta rules, filters, scoring, time budget."""
import time

import pytest

from dunwatch import Engine, RulebookError
from dunwatch.kinds import common as schema_module
from fixtures.rulebooks import default_rules, rule, write_rulebook


def utf16_slice(text, offset, length):
    units = text.encode("utf-16-le", "surrogatepass")
    return units[offset * 2:(offset + length) * 2].decode("utf-16-le", "surrogatepass")


def rules_of(result):
    return [m["rule"] for m in result["matches"]]


def test_result_object_shape(mini_engine):
    [result] = mini_engine.check([{"id": "m1", "text": "欠款未还，已发出律师函"}])
    assert set(result) == {"id", "flagged", "risk", "score", "matches"}
    assert result["id"] == "m1" and result["flagged"] is True and result["risk"] == "high"
    [m] = result["matches"]
    assert set(m) == {"offset", "length", "text", "rule", "category", "severity", "message"}
    assert (m["offset"], m["length"], m["text"]) == (8, 3, "律师函")


def test_plain_strings_get_positional_ids(mini_engine):
    results = mini_engine.check(["a", "b", "律师函"])
    assert [r["id"] for r in results] == ["0", "1", "2"]


@pytest.mark.parametrize("text", [
    "😀律師函", "👨‍👩‍👧 律 師 函", "鋂鋂律\u200b師\u200b函", "𠀀律*師*函", "Ａ律，師，函", "e\u0301律師函",
])
def test_offsets_are_utf16_of_the_original(mini_engine, text):
    [m] = mini_engine.check([text])[0]["matches"]
    assert utf16_slice(text, m["offset"], m["length"]) == m["text"]
    assert m["text"].startswith("律") and m["text"].endswith("函")


def test_anti_pattern_wins_where_it_overlaps(mini_engine):
    assert mini_engine.check(["律师函格式范本"])[0]["matches"] == []
    # ...but only where it overlaps: a second, real mention still fires.
    result = mini_engine.check(["律师函格式范本见附件。我们已发出律师函"])[0]
    assert [m["offset"] for m in result["matches"]] == [16]


def test_context_gate(mini_engine):
    assert mini_engine.check(["请24小时内回复"])[0]["matches"] == []
    assert rules_of(mini_engine.check(["欠款请24小时内回复"])[0]) == ["urgency.hours"]


def test_signal_is_silent_alone_and_meta_reports_its_span(mini_engine):
    assert mini_engine.check(["已进入诉前调解"])[0]["matches"] == []
    result = mini_engine.check(["已进入诉前调解，欠款限24小时内处理"])[0]
    assert rules_of(result) == ["legal-threat.mediation-pressure", "urgency.hours"]
    assert result["matches"][0]["text"] == "诉前调解"


def test_disabled_rules_and_category_filter(mini_engine):
    text = "已发出律师函，将通知你的家人"
    assert rules_of(mini_engine.check([text], disabled_rules=["legal-threat.lawyer-letter"])[0]) == [
        "third-party-contact.family"]
    assert rules_of(mini_engine.check([text], categories=["legal_threat"])[0]) == [
        "legal-threat.lawyer-letter"]


def test_info_matches_do_not_flag(mini_engine):
    result = mini_engine.check(["请拨打12368查询案件"])[0]
    assert rules_of(result) == ["legit-court-notice.hotline"]
    assert (result["flagged"], result["risk"], result["score"]) == (False, "none", 0.0)


def test_scoring_combines_distinct_rules(mini_engine):
    low = mini_engine.check(["欠款24小时内"])[0]
    high = mini_engine.check(["欠款24小时内，已发出律师函"])[0]
    assert (low["risk"], low["score"]) == ("low", 0.25)
    assert high["risk"] == "high" and high["score"] == pytest.approx(0.85)
    twice = mini_engine.check(["律师函，律师函"])[0]
    assert twice["score"] == 0.8 and len(twice["matches"]) == 2


@pytest.mark.parametrize("lang, suffix", [("zh-Hant", "（繁）"), ("zh-Hans", "（简）"), ("en", " (en)"),
                                          ("zh-TW", "（繁）"), ("zh-CN", "（简）"), ("xx", "（繁）"), (None, "（繁）")])
def test_message_language(mini_engine, lang, suffix):
    [m] = mini_engine.check(["律师函"], lang=lang)[0]["matches"]
    assert m["message"].endswith(suffix)


def test_rule_listing(mini_engine):
    ids = [r["id"] for r in mini_engine.rules("en")]
    assert "legal-threat.mediation" not in ids  # signals are not user-facing rules
    assert mini_engine.rule("legal-threat.lawyer-letter", "en")["title"] == "title (en)"
    assert mini_engine.rule("no.such-rule") is None
    assert mini_engine.rulebook["digest"].startswith("sha256:")


def test_digest_changes_with_any_rule(tmp_path):
    a = Engine.from_path(write_rulebook(tmp_path / "a")).rulebook["digest"]
    rules = default_rules()
    rules["urgency"][0]["patterns"] = [r"\d{1,2}小时内"]
    b = Engine.from_path(write_rulebook(tmp_path / "b", rules)).rulebook["digest"]
    assert a != b


def test_rule_without_literal_still_runs(tmp_path):
    rules = {"legal_threat": [rule("legal-threat.any-han", [r"\p{Han}{2}诉讼"], examples={
        "match": ["已经诉讼", "已經訴訟", "已经 诉讼"], "no_match": ["诉讼", "abc"]})]}
    engine = Engine.from_path(write_rulebook(tmp_path / "r", rules))
    assert rules_of(engine.check(["他们已经诉讼"])[0]) == ["legal-threat.any-han"]


def test_time_budget_skips_a_runaway_rule(tmp_path, monkeypatch):
    """A pattern that slipped past the load check still cannot hang a request."""
    monkeypatch.setattr(schema_module, "check_pattern", lambda p: [])
    rules = default_rules()
    rules["legal_threat"].append(rule("legal-threat.runaway", [r"(?:a|a)+律"]))
    engine = Engine.from_path(write_rulebook(tmp_path / "r", rules))
    started = time.monotonic()
    result = engine.check(["a" * 40 + "!已发出律师函"])[0]
    assert time.monotonic() - started < 2
    assert rules_of(result) == ["legal-threat.lawyer-letter"]
    assert engine.timeouts == 1


def test_hostile_rulebook_is_rejected_at_load(tmp_path):
    rules = default_rules()
    rules["legal_threat"].append(rule("legal-threat.hostile", [r"(律|律)+函"]))
    with pytest.raises(RulebookError) as err:
        Engine.from_path(write_rulebook(tmp_path / "r", rules))
    assert "legal-threat.hostile" in str(err.value) and "catastrophic" in str(err.value)
