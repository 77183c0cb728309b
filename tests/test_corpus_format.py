"""Format checks for the evaluation corpus in tests/corpus/.

Every line of collection.jsonl / benign.jsonl must be a JSON object with the fields the QA
command relies on, valid labels, category ids from the contract, a script tag and a source.
SOURCES.md must carry a per-source count table that matches the files.
"""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
FILES = {"collection": CORPUS / "collection.jsonl", "benign": CORPUS / "benign.jsonl"}
FIELDS = {"id", "text", "label", "tactics", "script", "source", "note"}
SCRIPTS = {"hans", "hant", "mixed"}
# Category ids fixed by shared/design/CONTRACT.md ("Categories" table).
CATEGORIES = {
    "legal_threat", "impersonation", "criminal_threat", "credit_threat", "third_party_contact",
    "home_visit", "reputation", "urgency", "payment_red_flag", "abuse", "legit_court_notice",
}
ID_RE = {"collection": re.compile(r"^c-\d{4}$"), "benign": re.compile(r"^b-\d{4}$")}


def _load(label):
    rows = []
    with FILES[label].open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.endswith("\n"), f"{FILES[label].name}:{n} lacks a trailing newline"
            assert line.strip(), f"{FILES[label].name}:{n} is blank"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:  # pragma: no cover - message only
                pytest.fail(f"{FILES[label].name}:{n} is not JSON: {exc}")
            assert isinstance(row, dict), f"{FILES[label].name}:{n} is not an object"
            rows.append((n, row))
    return rows


@pytest.fixture(scope="module")
def corpus():
    return {label: _load(label) for label in FILES}


@pytest.mark.parametrize("label", sorted(FILES))
def test_lines_have_valid_fields(corpus, label):
    assert corpus[label], f"{label} file is empty"
    for n, row in corpus[label]:
        where = f"{FILES[label].name}:{n}"
        assert set(row) == FIELDS, f"{where} fields {sorted(row)}"
        assert ID_RE[label].match(row["id"]), f"{where} bad id {row['id']!r}"
        assert row["label"] == label, f"{where} label {row['label']!r} in the {label} file"
        assert isinstance(row["text"], str) and row["text"].strip(), f"{where} empty text"
        assert row["text"] == row["text"].strip("\n"), f"{where} text has stray newlines"
        assert row["script"] in SCRIPTS, f"{where} script {row['script']!r}"
        assert isinstance(row["source"], str) and row["source"].strip(), f"{where} empty source"
        assert isinstance(row["note"], str) and row["note"].strip(), f"{where} empty note"
        assert isinstance(row["tactics"], list), f"{where} tactics not a list"
        assert len(set(row["tactics"])) == len(row["tactics"]), f"{where} repeated tactic"
        for t in row["tactics"]:
            assert t in CATEGORIES, f"{where} unknown category {t!r}"
        if label == "benign":
            assert row["tactics"] == [], f"{where} benign item with tactics"
        else:
            assert row["tactics"], f"{where} collection item without tactics"


def test_ids_unique_and_texts_not_duplicated(corpus):
    ids = [row["id"] for rows in corpus.values() for _, row in rows]
    dup_ids = [i for i, c in Counter(ids).items() if c > 1]
    assert not dup_ids, f"duplicate ids: {dup_ids[:10]}"
    texts = [row["text"] for rows in corpus.values() for _, row in rows]
    dup_texts = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup_texts, f"duplicate texts: {dup_texts[:5]}"


def _sources_table():
    doc = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- counts:start -->(.*?)<!-- counts:end -->", doc, re.S)
    assert m, "SOURCES.md lacks the count table markers"
    table, total = {}, None
    for line in m.group(1).strip().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("source", "") or set(cells[0]) <= set("-:"):
            continue
        src, col, ben = cells
        counts = (int(col), int(ben))
        if src == "**total**":
            total = counts
        else:
            assert src not in table, f"SOURCES.md lists {src} twice"
            table[src] = counts
    return table, total


def test_sources_md_counts_match_files(corpus):
    table, total = _sources_table()
    actual = {}
    for label, rows in corpus.items():
        for _, row in rows:
            col, ben = actual.get(row["source"], (0, 0))
            actual[row["source"]] = (col + (label == "collection"), ben + (label == "benign"))
    missing = sorted(set(actual) - set(table))
    assert not missing, f"sources missing from SOURCES.md: {missing[:5]}"
    extra = sorted(set(table) - set(actual))
    assert not extra, f"SOURCES.md lists sources with no items: {extra[:5]}"
    for src, counts in actual.items():
        assert table[src] == counts, f"{src}: SOURCES.md says {table[src]}, files have {counts}"
    assert total == (len(corpus["collection"]), len(corpus["benign"])), "total row is wrong"
