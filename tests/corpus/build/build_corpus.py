#!/usr/bin/env python3
"""Build tests/corpus/{collection,benign}.jsonl and the count table of SOURCES.md.

Inputs (all committed next to this script, nothing is fetched):
  raw/zpdesu_junk_message_p*.txt  verbatim copy of ZPdesu/Spam-Message-Classifier-sklearn
                                  RawData/junk_message.txt (label, one space, text)
  curated.py                      hand-picked verbatim quotes with their sources

Run:  python tests/corpus/build/build_corpus.py
Needs opencc-python-reimplemented only to tag the script (hans/hant/mixed).
Ids are assigned in input order; inputs are append-only so ids stay stable.
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

from opencc import OpenCC  # noqa: E402

_S2T = OpenCC("s2t")
_T2S = OpenCC("t2s")

CATEGORIES = {
    "legal_threat", "impersonation", "criminal_threat", "credit_threat", "third_party_contact",
    "home_visit", "reputation", "urgency", "payment_red_flag", "abuse", "legit_court_notice",
}

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


def main():
    collection, benign = [], []
    seen = set()

    def add(dst, item, label, prefix):
        text = item["text"]
        if text in seen:
            return
        seen.add(text)
        tactics = list(item.get("tactics", [])) if label == "collection" else []
        bad = [t for t in tactics if t not in CATEGORIES]
        if bad:
            raise SystemExit(f"unknown category {bad} in {text!r}")
        dst.append(OrderedDict([
            ("id", f"{prefix}-{len(dst) + 1:04d}"),
            ("text", text),
            ("label", label),
            ("tactics", tactics),
            ("script", script_of(text, default_script(item))),
            ("source", item["source"]),
            ("note", item["note"]),
        ]))

    for item in curated.COLLECTION:
        add(collection, item, "collection", "c")
    for item in zpdesu_items():
        add(benign, item, "benign", "b")
    for item in curated.BENIGN:
        add(benign, item, "benign", "b")

    for name, rows in (("collection.jsonl", collection), ("benign.jsonl", benign)):
        with open(os.path.join(CORPUS, name), "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    # count table for SOURCES.md (between the markers)
    counts = OrderedDict()
    for row in collection + benign:
        c = counts.setdefault(row["source"], Counter())
        c[row["label"]] += 1
    lines = ["| source | collection | benign |", "|---|---:|---:|"]
    for src, c in counts.items():
        lines.append(f"| {src} | {c['collection']} | {c['benign']} |")
    lines.append(f"| **total** | {len(collection)} | {len(benign)} |")
    table = "\n".join(lines)
    path = os.path.join(CORPUS, "SOURCES.md")
    if os.path.exists(path):
        doc = open(path, encoding="utf-8").read()
        start, end = "<!-- counts:start -->", "<!-- counts:end -->"
        if start in doc and end in doc:
            doc = doc.split(start)[0] + start + "\n" + table + "\n" + end + doc.split(end)[1]
            open(path, "w", encoding="utf-8").write(doc)
    scripts = Counter(r["script"] for r in collection)
    print(f"collection={len(collection)} benign={len(benign)} collection scripts={dict(scripts)}")
    print("benign scripts", dict(Counter(r["script"] for r in benign)))


if __name__ == "__main__":
    main()
