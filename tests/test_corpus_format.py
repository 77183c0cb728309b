"""Format checks for the evaluation corpus in tests/corpus/, both its parts.

The tuning part (collection.jsonl, benign.jsonl) is what rule authors tune on; the frozen test part
(frozen/collection.jsonl, frozen/benign.jsonl) measures generalisation and is never tuned on.
Every line must be a JSON object with the fields the QA command relies on, valid labels, category
ids from the contract, a script tag and a source. SOURCES.md must carry a per-source count table
for each part that matches the files, no source may appear in both parts, and the committed files
must be exactly what build/build_corpus.py produces from its inputs.
"""
import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
# name -> (label, part)
FILES = {
    "collection.jsonl": ("collection", "tuning"),
    "benign.jsonl": ("benign", "tuning"),
    "frozen/collection.jsonl": ("collection", "frozen"),
    "frozen/benign.jsonl": ("benign", "frozen"),
}
FIELDS = {"id", "text", "label", "tactics", "script", "source", "note"}
SCRIPTS = {"hans", "hant", "mixed"}
# Category ids fixed by shared/design/CONTRACT.md ("Categories" table).
CATEGORIES = {
    "legal_threat", "impersonation", "criminal_threat", "credit_threat", "third_party_contact",
    "home_visit", "reputation", "urgency", "payment_red_flag", "abuse", "legit_court_notice",
}
ID_RE = {
    "collection.jsonl": re.compile(r"^c-\d{4}$"),
    "benign.jsonl": re.compile(r"^b-\d{4}$"),
    "frozen/collection.jsonl": re.compile(r"^fc-\d{4}$"),
    "frozen/benign.jsonl": re.compile(r"^fb-\d{4}$"),
}
TABLE_MARKERS = {"tuning": "counts", "frozen": "frozen-counts"}


def _load(name):
    path = CORPUS / name
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.endswith("\n"), f"{name}:{n} lacks a trailing newline"
            assert line.strip(), f"{name}:{n} is blank"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:  # pragma: no cover - message only
                pytest.fail(f"{name}:{n} is not JSON: {exc}")
            assert isinstance(row, dict), f"{name}:{n} is not an object"
            rows.append((n, row))
    return rows


@pytest.fixture(scope="module")
def corpus():
    return {name: _load(name) for name in FILES}


@pytest.mark.parametrize("name", sorted(FILES))
def test_lines_have_valid_fields(corpus, name):
    label, _ = FILES[name]
    assert corpus[name], f"{name} is empty"
    for n, row in corpus[name]:
        where = f"{name}:{n}"
        assert set(row) == FIELDS, f"{where} fields {sorted(row)}"
        assert ID_RE[name].match(row["id"]), f"{where} bad id {row['id']!r}"
        assert row["id"] == f"{row['id'].split('-')[0]}-{n:04d}", f"{where} id out of order"
        assert row["label"] == label, f"{where} label {row['label']!r} in {name}"
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


def test_no_source_in_both_parts(corpus):
    parts = {}
    for name, rows in corpus.items():
        for _, row in rows:
            parts.setdefault(row["source"], set()).add(FILES[name][1])
    both = sorted(s for s, p in parts.items() if len(p) > 1)
    assert not both, f"sources in both the tuning and the frozen part: {both[:5]}"


def _sources_table(part):
    doc = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    marker = TABLE_MARKERS[part]
    m = re.search(rf"<!-- {marker}:start -->(.*?)<!-- {marker}:end -->", doc, re.S)
    assert m, f"SOURCES.md lacks the {marker} table markers"
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
            assert src not in table, f"SOURCES.md ({part}) lists {src} twice"
            table[src] = counts
    return table, total


@pytest.mark.parametrize("part", sorted(TABLE_MARKERS))
def test_sources_md_counts_match_files(corpus, part):
    table, total = _sources_table(part)
    actual, totals = {}, Counter()
    for name, rows in corpus.items():
        label, where = FILES[name]
        if where != part:
            continue
        for _, row in rows:
            col, ben = actual.get(row["source"], (0, 0))
            actual[row["source"]] = (col + (label == "collection"), ben + (label == "benign"))
            totals[label] += 1
    missing = sorted(set(actual) - set(table))
    assert not missing, f"sources missing from SOURCES.md ({part}): {missing[:5]}"
    extra = sorted(set(table) - set(actual))
    assert not extra, f"SOURCES.md ({part}) lists sources with no items: {extra[:5]}"
    for src, counts in actual.items():
        assert table[src] == counts, f"{src}: SOURCES.md says {table[src]}, files have {counts}"
    assert total == (totals["collection"], totals["benign"]), f"{part} total row is wrong"


def _build_module(name):
    """Import a module of tests/corpus/build (they import each other by plain name)."""
    if str(CORPUS / "build") not in sys.path:
        sys.path.insert(0, str(CORPUS / "build"))
    return importlib.import_module(name)


@pytest.fixture(scope="module")
def built():
    return _build_module("build_corpus").build()


def test_committed_files_are_the_build_output(corpus, built):
    """The split is made from data: rebuilding from build/ yields the committed files exactly."""
    assert sorted(built) == sorted(FILES)
    for name in FILES:
        committed = [row for _, row in corpus[name]]
        rebuilt = [dict(row) for row in built[name]]
        assert committed == rebuilt, f"{name} differs from build/build_corpus.py output; rerun it"


def test_sources_md_tables_are_the_generated_ones(built):
    """SOURCES.md's generated tables (both count tables and the split summary) are up to date."""
    tables = _build_module("tables")
    doc = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    expected = {"counts": tables.count_table(built, frozen=False),
                "frozen-counts": tables.count_table(built, frozen=True),
                "split-summary": tables.summary_table(built)}
    for marker, table in expected.items():
        m = re.search(rf"<!-- {marker}:start -->\n(.*?)\n<!-- {marker}:end -->", doc, re.S)
        assert m, f"SOURCES.md lacks the {marker} block"
        assert m.group(1) == table, f"SOURCES.md {marker} block is stale; rerun build_corpus.py"


def test_frozen_texts_do_not_repeat_tuning_texts(corpus):
    from opencc import OpenCC

    split = _build_module("split")

    to_simplified = OpenCC("t2s").convert
    tuning = [r["text"] for n, rows in corpus.items() if FILES[n][1] == "tuning" for _, r in rows]
    frozen = [r["text"] for n, rows in corpus.items() if FILES[n][1] == "frozen" for _, r in rows]
    assert split.cross_part_copies(tuning, frozen, to_simplified) == []


def test_near_copy_check_catches_reworded_templates():
    """The cross-part check must catch an SEO re-wording of one template, not unrelated texts."""
    from opencc import OpenCC

    split = _build_module("split")
    fold = OpenCC("t2s").convert
    a = split.fingerprint("尊敬的客户,您在我司的贷款已严重逾期,请立即还款,否则将影响征信并采取法律措施。", fold)
    b = split.fingerprint("尊敬的客戶，您在我司的貸款已嚴重逾期，請立即還款，否則將上報徵信並採取法律措施！", fold)
    c = split.fingerprint("台端積欠本公司帳款，經多次催繳未果，本公司將依法訴追。", fold)
    assert split.near_copy(a, b)
    assert not split.near_copy(a, c)
