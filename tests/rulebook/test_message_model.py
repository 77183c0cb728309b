"""The message model (server/dunwatch/textmodel.py, rules/model/message.json): reproducible from the
corpus, part of the digest, a veto that removes text *about* collection and keeps collection, and a
broken model file is a rulebook error, never a silently disabled protection."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dunwatch import Engine
from dunwatch.authoring.qa import load_corpus
from dunwatch.engine import bundled_rules_dir
from dunwatch.rulebook import RulebookError, load_rulebook
from dunwatch.textmodel import ModelError, TextModel

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"


def test_bundled_model_is_what_training_on_the_tuning_part_gives():
    done = subprocess.run([sys.executable, "-m", "dunwatch", "rules", "train", str(CORPUS),
                           "--rules", str(bundled_rules_dir()), "--check"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr + done.stdout
    assert "reproduced" in done.stdout
    assert "chosen threshold" in done.stdout


@pytest.fixture(scope="module")
def tuning():
    items = [i for i in load_corpus([CORPUS]) if i["part"] == "tuning"]
    return [i for i in items if i["label"] == "collection"], [i for i in items if i["label"] == "benign"]


def test_veto_removes_text_about_collection_and_keeps_collection(engine, tuning):
    collection, benign = tuning
    assert engine.book.model is not None
    flagged_benign = [i["text"] for i, r in zip(benign, engine.check([i["text"] for i in benign], veto=False))
                      if r["flagged"]]
    flagged_coll = [i["text"] for i, r in zip(collection, engine.check([i["text"] for i in collection], veto=False))
                    if r["flagged"]]
    still_benign = sum(r["flagged"] for r in engine.check(flagged_benign))
    still_coll = sum(r["flagged"] for r in engine.check(flagged_coll))
    # In sample, so the figures flatter the model; the frozen part's figures are in `rules qa`.
    assert still_benign <= 0.7 * len(flagged_benign), (still_benign, len(flagged_benign))
    assert still_coll >= 0.98 * len(flagged_coll), (still_coll, len(flagged_coll))


def test_veto_drops_whole_messages_and_keeps_the_result_shape(engine):
    news = ("【社會】暴力討債！男子積欠地下錢莊20萬元，遭討債集團潑漆、噴字「欠錢還錢」，警方循線逮捕3名嫌犯，"
            "依恐嚇及毀損罪嫌移送地檢署偵辦。記者調查發現，討債集團常揚言「再不還錢就讓你全家不得安寧」。")
    threat = "你再不还钱，明天我们就去你公司找你，让你全家都知道你是老赖"
    with_veto, without = engine.check([news, threat]), engine.check([news, threat], veto=False)
    assert without[1]["flagged"] and with_veto[1] == without[1]
    for result in with_veto:
        assert set(result) == {"id", "flagged", "risk", "score", "matches"}
    if without[0]["flagged"]:
        assert with_veto[0]["matches"] in ([], without[0]["matches"])


def test_short_messages_are_vetoed_only_below_a_far_lower_bar(engine):
    # 明天上门催收 scores low (articles write 催收, collectors seldom do), but six characters are too
    # little for the model to outweigh the rules at the long messages' threshold.
    model = engine.book.model
    assert model.min_chars >= 20 and model.short_threshold <= model.threshold / 2
    assert model.short_min_chars >= 8
    for text in ("明天上门催收", "律师函已发出", "今晚十点前不还钱就去你家"):
        assert engine.check([text], veto=False)[0]["flagged"], text
        assert engine.check([text])[0]["flagged"], text


def test_model_probability_is_bounded_on_hostile_text(engine):
    model = engine.book.model
    for text in ("", " " * 1000, "律" * 20000, "\ud800x", "a" * 5 + "欠款" * 3000):
        p = model.probability(text)
        assert 0.0 <= p <= 1.0


def _copy_rules(tmp_path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(bundled_rules_dir(), target)
    return target


def test_model_is_part_of_the_digest(tmp_path):
    rules = _copy_rules(tmp_path)
    before = load_rulebook(rules).digest
    path = rules / "model" / "message.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["heads"]["urgency"]["bias"] += 0.5
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_rulebook(rules).digest != before


@pytest.mark.parametrize("broken", [
    "not json at all",
    json.dumps({"format": 2}),
    json.dumps({"format": 1, "ngrams": [1, 3], "bias": 0, "threshold": 1.5, "weights": {}}),
    json.dumps({"format": 1, "ngrams": [0, 9], "bias": 0, "threshold": 0.1, "weights": {}}),
    json.dumps({"format": 1, "ngrams": [1, 3], "bias": 0, "threshold": 0.1, "weights": {"欠款": "x"}}),
    json.dumps({"format": 1, "ngrams": [1, 3], "bias": "NaN", "threshold": 0.1, "weights": {}}),
    json.dumps({"format": 1, "ngrams": [1, 3], "bias": 0, "threshold": 0.1, "weights": {"x" * 40: 1.0}}),
    json.dumps({"format": 3, "ngrams": [1, 3], "threshold": 0.1, "heads": {}}),
    json.dumps({"format": 2, "ngrams": [1, 3], "threshold": 0.1, "add": None,
                "heads": {"abuse": {"bias": 0, "weights": {}}}}),
    json.dumps({"format": 2, "ngrams": [1, 3], "threshold": 0.1, "add": {"message": 0.5},
                "heads": {"message": {"bias": 0, "weights": {}}}}),
    json.dumps({"format": 2, "ngrams": [1, 3], "threshold": 0.1, "add": {"message": 0.5, "category": 2},
                "heads": {"message": {"bias": 0, "weights": {}}}}),
    json.dumps({"format": 2, "ngrams": [1, 3], "threshold": 0.1, "add": None,
                "heads": {"message": {"bias": 0, "weights": []}}}),
    json.dumps({"format": 2, "ngrams": [1, 3], "threshold": 0.1, "add": None, "heads": {"message": 7}}),
])
def test_broken_model_is_a_rulebook_error(tmp_path, broken):
    rules = _copy_rules(tmp_path)
    (rules / "model" / "message.json").write_text(broken, encoding="utf-8")
    with pytest.raises(RulebookError) as err:
        load_rulebook(rules)
    assert "model/message.json" in str(err.value)


def test_rulebook_without_a_model_checks_with_rules_alone(tmp_path):
    rules = _copy_rules(tmp_path)
    (rules / "model" / "message.json").unlink()
    engine = Engine.from_path(rules)
    assert engine.book.model is None
    assert engine.check(["你再不还钱，明天我们就去你公司找你"])[0]["flagged"]


def test_model_validation_names_the_problem():
    with pytest.raises(ModelError, match="threshold"):
        TextModel({"format": 1, "ngrams": [1, 3], "bias": 0, "threshold": -1, "weights": {}})


# The model rules (kinds/model.py): one per category, reported at one clause, only where no rule of
# the category found anything.

def _model_rules(engine):
    return {r.id: r for r in engine.book.rules if r.kind == "model"}


def test_every_category_with_a_head_has_a_model_rule(engine):
    rules = _model_rules(engine)
    heads = set(engine.book.model.heads) - {"message"}
    assert heads and {r.category for r in rules.values()} == heads
    assert engine.book.model.add is not None


def test_model_rules_speak_only_for_categories_no_rule_found(engine, tuning):
    collection, benign = tuning
    results = engine.check([i["text"] for i in collection + benign])
    added = 0
    for result in results:
        by_model = {m["category"] for m in result["matches"] if m["rule"].endswith(".model")}
        by_rules = {m["category"] for m in result["matches"] if not m["rule"].endswith(".model")}
        assert not by_model & by_rules, result
        added += len(by_model)
        for m in result["matches"]:
            if m["rule"].endswith(".model"):
                assert m["severity"] == "low" and m["length"] > 0
    assert added > 20  # the model rules do find what the patterns miss


def test_model_rules_follow_disabled_rules_and_veto_false(engine):
    text = "你老婆电话我们打过了，她很着急"
    rules = {m["rule"] for m in engine.check([text])[0]["matches"]}
    assert "third-party-contact.model" in rules
    assert not engine.check([text], disabled_rules=["third-party-contact.model"])[0]["flagged"]
    assert not engine.check([text], veto=False)[0]["flagged"]  # the patterns alone
    assert not engine.check([text], categories=["urgency"])[0]["matches"]


def test_model_rule_reports_one_clause_not_the_message(engine):
    text = "你老婆电话我们打过了，她很着急。我们也不想这样，你自己好好想想吧"
    found = [m for m in engine.check([text])[0]["matches"] if m["rule"] == "third-party-contact.model"]
    assert [m["text"] for m in found] == ["你老婆电话我们打过了"]
    assert text[found[0]["offset"]:found[0]["offset"] + found[0]["length"]] == found[0]["text"]


def test_a_format_1_model_only_vetoes(tmp_path):
    rules = _copy_rules(tmp_path)
    path = rules / "model" / "message.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    message = data["heads"]["message"]
    path.write_text(json.dumps({"format": 1, "ngrams": data["ngrams"], "threshold": data["threshold"],
                                "min_chars": data["min_chars"], "bias": message["bias"],
                                "weights": message["weights"]}, ensure_ascii=False), encoding="utf-8")
    old = Engine.from_path(rules)
    text = "你老婆电话我们打过了，她很着急"
    assert old.book.model.add is None and not old.check([text])[0]["flagged"]
    news = "记者调查：催收人员常说“明天去你单位”“让你全村都知道”，律师表示此类行为涉嫌违法，警方提醒借款人保留证据并报警处理。"
    assert old.check([news]) == Engine.from_path(bundled_rules_dir()).check([news])


def test_a_model_without_a_models_rule_head_is_a_rulebook_error(tmp_path):
    rules = _copy_rules(tmp_path)
    path = rules / "model" / "message.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["heads"]["urgency"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RulebookError, match="no head 'urgency'"):
        load_rulebook(rules)


def test_model_scores_are_bounded_on_hostile_text(engine):
    model = engine.book.model
    for text in ("", "律" * 20000, "\ud800x", "你" * 3 + "," * 5000, "欠款" * 3000):
        assert all(0.0 <= p <= 1.0 for p in model.scores(text).values())
        span = model.clause(text, "urgency")
        assert span is None or 0 <= span[0] < span[1] <= len(text)


def test_a_clause_a_rule_marked_still_offers_its_unmarked_stretch(engine):
    """Chat that parts its clauses with spaces is one clause once normalised: a rule's span inside it
    leaves the rest for the model to report, never a stretch that overlaps the rule's span."""
    model = engine.book.model
    text = "伯母我哋唔想吓亲你不过你个仔欠人钱唔还再拖落去我哋唯有上嚟屋企坐坐"
    taken = (text.index("你个仔"), text.index("唔还") + 2)
    whole = model.clause(text, "home_visit")
    assert whole == (0, len(text))                      # one clause, nothing taken
    span = model.clause(text, "home_visit", [taken])
    assert span is not None and (span[1] <= taken[0] or span[0] >= taken[1]), span
    assert span[1] - span[0] >= 6
    # A rule that marked nearly all of the clause leaves nothing worth reporting.
    assert model.clause(text, "home_visit", [(2, len(text) - 2)]) is None


def _ordered_grams(text, low, high):
    """The distinct n-grams of textmodel.ngrams, in the order they first occur (n = low first)."""
    from dunwatch.textmodel import compact

    chars = compact(text)
    return list(dict.fromkeys(chars[i:i + n] for n in range(low, high + 1) for i in range(len(chars) - n + 1)))


def test_the_compiled_sums_count_and_weigh_what_the_n_grams_give(engine):
    """_ngrams.Table (C) against textmodel.ngrams and a sum in Python: the same distinct n-grams,
    and for every head bit for bit the sum of its weights in the order the n-grams first occur
    (whitespace of every kind dropped, astral characters and lone surrogates each one character,
    n-grams shorter than the message and longer). `scores` and `clause` give what those sums give."""
    import math
    import random

    from dunwatch.textmodel import _CLAUSE, _pieces, ngrams, sigmoid

    model = engine.book.model
    data = json.loads((bundled_rules_dir() / "model" / "message.json").read_text(encoding="utf-8"))
    weights = {h: data["heads"][h]["weights"] for h in model.heads}
    rng = random.Random(14)
    known = [g for g in weights["message"] if len(g) == 1][:200]
    pool = known + [" ", "\u3000", "\n", "\t", "\u2028", "\U0001F600", "\ud800", "x", "。", ","]
    texts = ["", " ", "a", "ab", "  你 好\u3000\n吗 ", "\U0001F600x\U0001F600x"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 80))) for _ in range(500)]
    for text in texts:
        grams = _ordered_grams(text, model.low, model.high)
        assert set(grams) == ngrams(text, model.low, model.high), text
        sums = []
        for head in model.heads:
            total = 0.0
            for gram in grams:
                total += weights[head].get(gram, 0.0)
            sums.append(total)
        assert model._table.scores(text) == (tuple(sums), len(grams)), text
        for column in (0, len(model.heads) - 1):
            assert model._table.score(text, column) == (sums[column], len(grams)), text
        scaled = [data["heads"][h]["bias"] + (s / math.sqrt(len(grams)) if grams else 0.0)
                  for h, s in zip(model.heads, sums)]
        assert model.scores(text) == {h: sigmoid(v) for h, v in zip(model.heads, scaled)}, text
        assert model.probability(text) == model.scores(text)["message"], text
        head = model.heads[-1]
        best, where = 0.0, None
        for found in _CLAUSE.finditer(text):
            for start, end in _pieces(found.start(), found.end(), [(3, 9)]):
                weight = 0.0
                for gram in _ordered_grams(text[start:end], model.low, model.high):
                    weight += weights[head].get(gram, 0.0)
                if weight > best:
                    best, where = weight, (start, end)
        assert model.clause(text, head, [(3, 9)]) == where, text