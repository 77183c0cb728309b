#!/usr/bin/env python3
"""Build both corpus parts (tuning and frozen/) and the count tables of SOURCES.md.

Inputs (all committed next to this script, nothing is fetched):
  raw/zpdesu_junk_message_p*.txt  verbatim copy of ZPdesu/Spam-Message-Classifier-sklearn
                                  RawData/junk_message.txt (label, one space, text)
  curated.py                      hand-picked verbatim quotes with their sources (batches 1-10,
                                  all tuning)
  split_items.py                  batch 11 on, split by source into tuning and frozen (split.py)

Run:  python tests/corpus/build/build_corpus.py
Needs opencc-python-reimplemented only to tag the script (hans/hant/mixed).
Ids are assigned in input order within each part; inputs are append-only so ids stay stable.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import curated  # noqa: E402
import split  # noqa: E402
import split_items  # noqa: E402
import tables  # noqa: E402

from opencc import OpenCC  # noqa: E402

_S2T = OpenCC("s2t")
_T2S = OpenCC("t2s")

CATEGORIES = {
    "legal_threat", "impersonation", "criminal_threat", "credit_threat", "third_party_contact",
    "home_visit", "reputation", "urgency", "payment_red_flag", "abuse", "legit_court_notice",
}

# Output files, relative to tests/corpus/: the tuning part, then the frozen test part.
FILES = ("collection.jsonl", "benign.jsonl", "frozen/collection.jsonl", "frozen/benign.jsonl")
ZP_SOURCE = "ZPdesu/Spam-Message-Classifier-sklearn RawData/junk_message.txt"
LOAN_AD = re.compile(r"贷款|貸歀|信贷|信用借款|借款|放款|融资|车贷|资金周转|资金需求|授信|押证")
CJK = re.compile(r"[\u3400-\u9fff]")
# Lines dropped from the spam-corpus sample: sexual-violence chatter that is of no use here.
DROP = re.compile(r"强奸|轮奸")


def script_of(text, default):
    simp = trad = 0
    for ch in text:
        if not CJK.match(ch):
            continue
        s, t = _T2S.convert(ch), _S2T.convert(ch)
        if s == ch and t != ch:
            simp += 1
        elif t == ch and s != ch:
            trad += 1
    if simp == 0 and trad == 0:
        return default
    if trad == 0:
        return "hans"
    if simp == 0:
        return "hant"
    minority = min(simp, trad) / (simp + trad)
    if minority < 0.1:
        return "hans" if simp > trad else "hant"
    return "mixed"


def default_script(item):
    note = item.get("note", "")
    src = item.get("source", "")
    if re.search(r"\b(TW|HK)\b", note) or re.search(r"\.tw/|\.hk/|stheadline|hk01|am730", src):
        return "hant"
    return "hans"


def zpdesu_items():
    out = []
    for name in sorted(os.listdir(os.path.join(HERE, "raw"))):
        if not name.startswith("zpdesu_junk_message_p"):
            continue
        with open(os.path.join(HERE, "raw", name), encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if not line:
                    continue
                lab, text = line[0], line[2:]
                if len(text) < 10 or len(text) > 300 or len(CJK.findall(text)) < 5 or DROP.search(text):
                    continue
                if lab == "1":
                    note = ("80万 corpus spam line: loan advertising (not collection pressure)"
                            if LOAN_AD.search(text) else "80万 corpus spam line: ordinary ad/promotion SMS")
                else:
                    note = "80万 corpus 'ham' line: news/Weibo sentence, not a real SMS"
                out.append({"text": text, "source": ZP_SOURCE, "note": note + "; digits masked as x"})
    return out


def _row(item, label, ident):
    text = item["text"]
    tactics = list(item.get("tactics", [])) if label == "collection" else []
    bad = [t for t in tactics if t not in CATEGORIES]
    if bad:
        raise SystemExit(f"unknown category {bad} in {text!r}")
    return OrderedDict([
        ("id", ident),
        ("text", text),
        ("label", label),
        ("tactics", tactics),
        ("script", script_of(text, default_script(item))),
        ("source", item["source"]),
        ("note", item["note"]),
    ])


def build():
    """Return {path relative to tests/corpus: rows} for both parts, from the committed inputs."""
    parts = {name: [] for name in FILES}
    seen = set()

    def add(name, item, label, prefix):
        if item["text"] in seen:
            return
        seen.add(item["text"])
        rows = parts[name]
        rows.append(_row(item, label, f"{prefix}-{len(rows) + 1:04d}"))

    # Tuning part, legacy inputs first (batches 1-10), so their ids never move.
    for item in curated.COLLECTION:
        add("collection.jsonl", item, "collection", "c")
    for item in zpdesu_items():
        add("benign.jsonl", item, "benign", "b")
    for item in curated.BENIGN:
        add("benign.jsonl", item, "benign", "b")

    # Batch 11 on: every source group goes wholly to one part (split.py).
    legacy = {r["source"] for rows in parts.values() for r in rows}
    everything = split_items.COLLECTION + split_items.BENIGN
    legacy |= {i["group"] for i in everything if i["source"] in legacy}
    for label, items in (("collection", split_items.COLLECTION), ("benign", split_items.BENIGN)):
        for item in items:
            if split.part_of(item["group"], legacy) == "frozen":
                add(f"frozen/{label}.jsonl", item, label, "f" + label[0])
            else:
                add(f"{label}.jsonl", item, label, label[0])

    sources = {}
    for name, rows in parts.items():
        for r in rows:
            sources.setdefault(r["source"], set()).add(name.startswith("frozen/"))
    straddling = sorted(s for s, where in sources.items() if len(where) > 1)
    if straddling:
        raise SystemExit(f"sources in both parts (give them one group): {straddling[:5]}")
    tuning = [r["text"] for n, rows in parts.items() if not n.startswith("frozen/") for r in rows]
    frozen = [r["text"] for n, rows in parts.items() if n.startswith("frozen/") for r in rows]
    copies = split.cross_part_copies(tuning, frozen, _T2S.convert)
    if copies:
        raise SystemExit(f"frozen texts repeating tuning texts (group their sources): {copies[:3]}")
    return parts


def main():
    parts = build()
    for name, rows in parts.items():
        with open(os.path.join(CORPUS, name), "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tables.update_sources_md(os.path.join(CORPUS, "SOURCES.md"), parts)
    for name, rows in parts.items():
        scripts = Counter(r["script"] for r in rows)
        print(f"{name}: {len(rows)} {dict(scripts)}")


if __name__ == "__main__":
    main()
