"""Format checks for the hand-written paraphrase suite in tests/corpus/paraphrase/ (issue 9).

The suite measures generalisation, so besides the fields it pins what makes it a fair test:
every tactic and register present in both halves, the split rule reproducible from the files
(nobody moves an item between halves by hand, and appending never moves one), script tags that agree with the characters, and no
text copied from the project's main corpus.
"""
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from opencc import OpenCC

CORPUS = Path(__file__).parent / "corpus"
SUITE = CORPUS / "paraphrase"
FILES = {"collection": SUITE / "collection.jsonl", "benign": SUITE / "benign.jsonl"}
FIELDS = ["id", "text", "label", "tactics", "script", "register", "disguise", "split"]
ID_RE = {"collection": re.compile(r"^pc-\d{4}$"), "benign": re.compile(r"^pb-\d{4}$")}
SCRIPTS = {"hans", "hant", "mixed"}
# Category ids from shared/design/CONTRACT.md; legit_court_notice is info-only, so never a tactic.
TACTICS = {
    "legal_threat", "impersonation", "criminal_threat", "credit_threat", "third_party_contact",
    "home_visit", "reputation", "urgency", "payment_red_flag", "abuse",
}
# Channels (both labels), then the genres only hard negatives use.
CHANNELS = ["cn_sms", "cn_chat", "email", "call", "tw_sms", "tw_line", "hk_sms", "hk_whatsapp"]
REGISTERS = CHANNELS + ["news", "advice", "police_notice", "forum"]
# Characters OpenCC's s2t rewrites to a variant although Taiwan and Hong Kong text writes them this
# way too (台端, 恒生, 核准, 仆街, 雇主, 吃飯, 群組, 本里): without them every such item would read as mixed.
SHARED_CHARS = set("台恒准仆雇吃群里")
MIN_ITEMS = {"collection": 120, "benign": 120}
MIN_PER_TACTIC = 12  # messages whose primary (first) tactic it is

T2S, S2T = OpenCC("t2s"), OpenCC("s2t")


def _load(path):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(keepends=True), 1):
        assert line.endswith("\n") and line.strip(), f"{path.name}:{n} blank or unterminated"
        row = json.loads(line)
        assert isinstance(row, dict), f"{path.name}:{n} is not an object"
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def suite():
    return {label: _load(path) for label, path in FILES.items()}


def _expected_split(rows, cell):
    """Alternate tune/test within each cell in file order, cells starting by turns.

    Cells are numbered by first appearance and the n-th cell starts with tune when n is even, so a
    cell holding a single item does not always land in tune, and appending an item never moves an
    existing one between halves.
    """
    cells, expected = {}, {}
    for row in rows:
        number, seen = cells.setdefault(cell(row), [len(cells), 0])
        expected[row["id"]] = "tune" if (number + seen) % 2 == 0 else "test"
        cells[cell(row)][1] += 1
    return expected


def _script_of(text):
    trad = any(T2S.convert(c) != c for c in text)
    simp = any(S2T.convert(c) != c and T2S.convert(c) == c and c not in SHARED_CHARS for c in text)
    return {(True, False): "hant", (False, True): "hans", (True, True): "mixed"}.get((trad, simp))


@pytest.mark.parametrize("label", sorted(FILES))
def test_fields_and_values(suite, label):
    rows = suite[label]
    assert len(rows) >= MIN_ITEMS[label], f"{label}: only {len(rows)} items"
    for row in rows:
        where = f"{FILES[label].name} {row.get('id')}"
        assert list(row) == FIELDS, f"{where} fields {list(row)}"
        assert ID_RE[label].match(row["id"]), f"{where} bad id"
        assert row["label"] == label, f"{where} label {row['label']!r}"
        assert row["text"].strip() and row["text"] == row["text"].strip(), f"{where} empty or padded text"
        assert row["script"] in SCRIPTS, f"{where} script {row['script']!r}"
        assert row["split"] in ("tune", "test"), f"{where} split {row['split']!r}"
        assert isinstance(row["disguise"], bool), f"{where} disguise is not a bool"
        allowed = CHANNELS if label == "collection" else REGISTERS
        assert row["register"] in allowed, f"{where} register {row['register']!r}"
        tactics = row["tactics"]
        assert isinstance(tactics, list) and len(set(tactics)) == len(tactics), f"{where} tactics"
        if label == "benign":
            assert tactics == [] and not row["disguise"], f"{where} benign item with tactics or disguise"
        else:
            assert tactics and set(tactics) <= TACTICS, f"{where} tactics {tactics}"


@pytest.mark.parametrize("label", sorted(FILES))
def test_script_tag_matches_characters(suite, label):
    wrong = [(r["id"], r["script"], _script_of(r["text"])) for r in suite[label]
             if _script_of(r["text"]) not in (None, r["script"])]
    assert not wrong, f"script tags disagree with the characters: {wrong[:5]}"


def test_ids_and_texts_unique_and_not_from_main_corpus(suite):
    rows = [r for rs in suite.values() for r in rs]
    for field in ("id", "text"):
        dups = [v for v, c in Counter(r[field] for r in rows).items() if c > 1]
        assert not dups, f"duplicate {field}s: {dups[:3]}"
    main = {json.loads(line)["text"] for path in CORPUS.glob("*.jsonl")
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    copied = [r["id"] for r in rows if r["text"] in main]
    assert not copied, f"texts copied from tests/corpus/*.jsonl: {copied[:5]}"


def test_split_follows_the_rule(suite):
    cells = {"collection": lambda r: (r["tactics"][0], r["register"]), "benign": lambda r: r["register"]}
    for label, rows in suite.items():
        expected = _expected_split(rows, cells[label])
        moved = [r["id"] for r in rows if r["split"] != expected[r["id"]]]
        assert not moved, f"{label}: split differs from the alternation rule for {moved[:5]}"


def test_both_halves_cover_every_tactic_and_register(suite):
    for tactic in sorted(TACTICS):
        primary = Counter(r["split"] for r in suite["collection"] if r["tactics"][0] == tactic)
        assert sum(primary.values()) >= MIN_PER_TACTIC, f"{tactic}: only {sum(primary.values())} items"
        assert primary["tune"] and primary["test"], f"{tactic} missing from a half: {dict(primary)}"
    for label, rows in suite.items():
        for register in {r["register"] for r in rows}:
            halves = Counter(r["split"] for r in rows if r["register"] == register)
            assert halves["tune"] and halves["test"], f"{label}/{register} missing from a half"


def test_mix_of_scripts_and_disguise(suite):
    rows = suite["collection"] + suite["benign"]
    traditional = sum(r["script"] == "hant" for r in rows) / len(rows)
    assert 0.30 <= traditional <= 0.50, f"Traditional share {traditional:.2f}, want about 0.40"
    assert any(r["script"] == "mixed" for r in rows), "no mixed-script item"
    disguised = sum(r["disguise"] for r in suite["collection"]) / len(suite["collection"])
    assert 0.10 <= disguised <= 0.25, f"disguised share {disguised:.2f}, want about 0.15"
