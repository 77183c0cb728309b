"""Format checks for the fresh hand-written batches in tests/corpus/fresh/ to fresh6/ (issue 9).

In each batch two writers (cn: mainland; twhk: Taiwan and Hong Kong) wrote the texts without seeing
the rules or the rest of the corpus. Half of each file is frozen: the `split` of every line must be the
one the id hash gives (each batch has its own salt), so nobody can move an item between halves, and no
text may repeat another corpus text.
"""
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from opencc import OpenCC

CORPUS = Path(__file__).parent / "corpus"
# Batch folder -> the salt its writers hashed ids with (README-cn.md of each batch).
BATCHES = {"fresh": "dunwatch-fresh-v1", "fresh2": "dunwatch-fresh-v2", "fresh3": "dunwatch-fresh-v3", "fresh4": "dunwatch-fresh-v4", "fresh5": "dunwatch-fresh-v5", "fresh6": "dunwatch-fresh-v6"}
PARTS = ("cn", "twhk")
LABELS = ("collection", "benign")
FIELDS = ["id", "text", "label", "tactics", "script", "register", "disguise", "split"]
TACTICS = {"legal_threat", "impersonation", "criminal_threat", "credit_threat", "third_party_contact",
           "home_visit", "reputation", "urgency", "payment_red_flag", "abuse"}
CHANNELS = {"cn_sms", "cn_chat", "email", "call", "tw_sms", "tw_line", "hk_sms", "hk_whatsapp", "letter", "poster"}
# Genres only hard negatives come in (news about collection, genuine notices, everyday chat).
BENIGN_ONLY = {"news", "advice", "police_notice", "forum", "bank_notice", "court_notice", "work_chat", "family_chat"}
# Characters OpenCC's s2t rewrites although Taiwan and Hong Kong text writes them so too (台端, 入禀,
# 用晒, 吃飯, 里長, 准予, 恒生, 群組, 了解, 批核, 才, 仆街, 雇主, 天后).
SHARED_CHARS = set("台禀晒吃里准恒群了核才仆雇后")
T2S, S2T = OpenCC("t2s"), OpenCC("s2t")


def expected_split(item_id: str, salt: str = BATCHES["fresh"]) -> str:
    """The split rule both writers applied after writing (README-cn.md, README-twhk.md)."""
    return "test" if hashlib.sha256((salt + "\n" + item_id).encode()).digest()[0] < 128 else "tune"


def _script_of(text):
    """hans/hant by the script-specific characters; mixed when the minority is over a tenth (the writers' rule)."""
    trad = sum(T2S.convert(c) != c for c in text)
    simp = sum(S2T.convert(c) != c and T2S.convert(c) == c and c not in SHARED_CHARS for c in text)
    if not trad and not simp:
        return None
    if min(trad, simp) > 0.1 * (trad + simp):
        return "mixed"
    return "hant" if trad > simp else "hans"


def _load(path):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(keepends=True), 1):
        assert line.endswith("\n") and line.strip(), f"{path.name}:{n} blank or unterminated"
        rows.append(json.loads(line))
    return rows


@pytest.fixture(scope="module", params=sorted(BATCHES))
def batch(request):
    folder = CORPUS / request.param
    rows = {(part, label): _load(folder / f"{part}-{label}.jsonl") for part in PARTS for label in LABELS}
    return {"folder": folder, "salt": BATCHES[request.param], **rows}


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("label", LABELS)
def test_fields_values_and_split(batch, part, label):
    rows = batch[part, label]
    assert len(rows) >= 150, f"{part}-{label}: only {len(rows)} items"
    for n, row in enumerate(rows, 1):
        where = f"{part}-{label} {row.get('id')}"
        assert list(row) == FIELDS, f"{where} fields {list(row)}"
        assert row["id"] == f"{part}-{label[0]}-{n:04d}", f"{where}: ids run in file order"
        assert row["label"] == label and row["text"].strip() == row["text"] != "", where
        assert row["split"] == expected_split(row["id"], batch["salt"]), f"{where}: split differs from the hash rule"
        assert isinstance(row["disguise"], bool), where
        tactics = row["tactics"]
        assert isinstance(tactics, list) and len(set(tactics)) == len(tactics), f"{where} tactics"
        if label == "collection":
            assert tactics and set(tactics) <= TACTICS, f"{where} tactics {tactics}"
            assert row["register"] in CHANNELS, f"{where} register {row['register']!r}"
        else:
            assert tactics == [], f"{where} benign item with tactics"
            assert row["register"] in CHANNELS | BENIGN_ONLY, f"{where} register {row['register']!r}"


@pytest.mark.parametrize("part", PARTS)
def test_script_tags_match_the_characters(batch, part):
    rows = batch[part, "collection"] + batch[part, "benign"]
    wrong = [(r["id"], r["script"], _script_of(r["text"])) for r in rows if _script_of(r["text"]) not in (None, r["script"])]
    assert not wrong, f"script tags disagree with the characters: {wrong[:5]}"


def test_texts_unique_and_not_from_the_rest_of_the_corpus(batch):
    rows = [r for key, rs in batch.items() if isinstance(key, tuple) for r in rs]
    dups = [t for t, c in Counter(r["text"] for r in rows).items() if c > 1]
    assert not dups, f"repeated texts: {dups[:3]}"
    others = {json.loads(line)["text"] for path in CORPUS.rglob("*.jsonl") if path.parent != batch["folder"]
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    copied = [r["id"] for r in rows if r["text"] in others]
    assert not copied, f"texts already elsewhere in tests/corpus: {copied[:5]}"


def test_every_tactic_in_both_halves(batch):
    coll = batch["cn", "collection"] + batch["twhk", "collection"]
    for tactic in sorted(TACTICS):
        halves = Counter(r["split"] for r in coll if tactic in r["tactics"])
        assert halves["tune"] >= 10 and halves["test"] >= 10, f"{tactic}: {dict(halves)}"
    disguised = sum(r["disguise"] for r in coll) / len(coll)
    assert 0.10 <= disguised <= 0.25, f"disguised share {disguised:.2f}, want about 0.15"
    hant = sum(r["script"] == "hant" for r in coll) / len(coll)
    assert 0.30 <= hant <= 0.60, f"Traditional share {hant:.2f}"
