"""Format checks for the hand-written development set in tests/corpus/dev/.

The set is for tuning only (every line has split "tune"). Each line must be a JSON object with the
fields below, the right label for its file, category ids from shared/design/CONTRACT.md, unique ids
and texts, a register from the README's list and a script tag that agrees with the characters used.
"""
import json
import re
import unicodedata
from pathlib import Path

import pytest
from opencc import OpenCC

DEV = Path(__file__).parent / "corpus" / "dev"
FILES = {"collection.jsonl": ("collection", re.compile(r"^dc-\d{4}$")),
         "benign.jsonl": ("benign", re.compile(r"^db-\d{4}$"))}
FIELDS = {"id", "text", "label", "tactics", "script", "register", "disguise", "split"}
# Category ids fixed by shared/design/CONTRACT.md ("Categories" table); legit_court_notice is an
# info hint about genuine notices, never a collection tactic, so it has no place here.
TACTICS = {"legal_threat", "impersonation", "criminal_threat", "credit_threat", "third_party_contact",
           "home_visit", "reputation", "urgency", "payment_red_flag", "abuse"}
# The registers listed in tests/corpus/dev/README.md.
REGISTERS = {"sms_platform", "chat", "call_transcript", "email", "tw_sms", "tw_line", "hk_sms",
             "hk_whatsapp", "news", "headline", "advice", "forum", "antifraud_notice", "letter"}
BENIGN_ONLY = {"news", "headline", "advice", "forum", "antifraud_notice"}
# Characters OpenCC's s2t rewrites although Traditional text uses them too (台端, 入禀, 用晒, 吃牢飯, 里長, 准予, 恒生, 群組).
SHARED_CHARS = set("台禀晒吃里准恒群")
T2S, S2T = OpenCC("t2s"), OpenCC("s2t")
DISGUISE_HINTS = re.compile(r"[\u200b-\u200d\u2060\ufeff\uff01-\uff5e\u3000]|[a-z]{2,}|[\u4e00-\u9fff][\s.·*_\-/|]+[\u4e00-\u9fff]")


def _load(name):
    rows = []
    with (DEV / name).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.endswith("\n") and line.strip(), f"{name}:{n} blank or unterminated"
            row = json.loads(line)
            assert isinstance(row, dict), f"{name}:{n} is not an object"
            rows.append((n, row))
    return rows


@pytest.fixture(scope="module")
def rows():
    return {name: _load(name) for name in FILES}


def _script_of(text):
    """Guess hans/hant/mixed from characters that only one script uses."""
    trad = sum(1 for c in text if T2S.convert(c) != c)
    simp = sum(1 for c in text if c not in SHARED_CHARS and S2T.convert(c) != c and T2S.convert(c) == c)
    if trad and simp:
        return "mixed"
    return "hant" if trad else "hans" if simp else None


@pytest.mark.parametrize("name", sorted(FILES))
def test_fields_and_values(rows, name):
    label, id_re = FILES[name]
    assert rows[name], f"{name} is empty"
    for n, row in rows[name]:
        where = f"{name}:{n}"
        assert set(row) == FIELDS, f"{where} fields {sorted(row)}"
        assert id_re.match(row["id"]) and row["id"].endswith(f"-{n:04d}"), f"{where} id {row['id']!r}"
        assert row["label"] == label, f"{where} label {row['label']!r}"
        assert isinstance(row["text"], str) and row["text"].strip() == row["text"] != "", f"{where} text"
        assert row["split"] == "tune", f"{where} split {row['split']!r}"
        assert isinstance(row["disguise"], bool), f"{where} disguise not a bool"
        assert row["register"] in REGISTERS, f"{where} register {row['register']!r}"
        assert isinstance(row["tactics"], list), f"{where} tactics not a list"
        assert len(set(row["tactics"])) == len(row["tactics"]), f"{where} repeated tactic"
        assert set(row["tactics"]) <= TACTICS, f"{where} unknown tactic {row['tactics']}"
        if label == "collection":
            assert row["tactics"], f"{where} collection item without a tactic"
            assert row["register"] not in BENIGN_ONLY, f"{where} register {row['register']} is for benign text"
        else:
            assert row["tactics"] == [], f"{where} benign item with tactics"
            assert row["disguise"] is False, f"{where} benign item marked disguised"


def test_ids_and_texts_are_unique(rows):
    ids = [r["id"] for name in FILES for _, r in rows[name]]
    assert len(ids) == len(set(ids))
    seen = {}
    for name in FILES:
        for n, r in rows[name]:
            key = unicodedata.normalize("NFKC", r["text"]).replace("\u200b", "")
            assert key not in seen, f"{name}:{n} repeats {seen.get(key)}"
            seen[key] = f"{name}:{n}"


@pytest.mark.parametrize("name", sorted(FILES))
def test_script_tags_match_the_characters(rows, name):
    wrong = [(r["id"], r["script"], _script_of(r["text"])) for _, r in rows[name]
             if _script_of(r["text"]) not in (r["script"], None)]
    assert not wrong, f"script tags disagree with the text: {wrong}"


def test_disguised_items_carry_a_disguise(rows):
    for n, r in rows["collection.jsonl"]:
        if r["disguise"]:
            assert DISGUISE_HINTS.search(r["text"]) or _has_lookalike(r["text"]), \
                f"collection.jsonl:{n} marked disguised but shows no disguise"


def _has_lookalike(text):
    """True when a known look-alike spelling of a collection word is in the text."""
    return any(w in text for w in ("症信", "侓", "騗", "暴光"))


def test_the_set_is_balanced_enough_for_tuning(rows):
    coll = [r for _, r in rows["collection.jsonl"]]
    benign = [r for _, r in rows["benign.jsonl"]]
    assert len(coll) >= 50 and len(benign) >= 80
    for tactic in TACTICS:
        assert any(tactic in r["tactics"] for r in coll), f"no collection item for {tactic}"
    hant = sum(r["script"] == "hant" for r in coll) / len(coll)
    assert 0.3 <= hant <= 0.5, f"Traditional share {hant:.2f}"
    disguised = sum(r["disguise"] for r in coll) / len(coll)
    assert 0.1 <= disguised <= 0.25, f"disguised share {disguised:.2f}"
