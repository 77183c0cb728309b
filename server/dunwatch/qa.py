"""`dunwatch rules qa`: per-rule hit frequencies and message-level quality over a labelled corpus.

Modelled on SpamAssassin's hit-frequencies: a rule earns its place by hitting collection messages
and (almost) never benign ones. The gate figures are the ones CI enforces.
"""
from __future__ import annotations

import json
from collections import Counter

GATE = {"recall": 0.95, "false_positive_rate": 0.01, "stable_rule_benign_rate": 0.01}


def load_corpus(paths) -> list[dict]:
    items = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        item = json.loads(line)
                    except ValueError as exc:
                        raise ValueError(f"{path}:{number}: not a JSON object ({exc})") from None
                    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                        raise ValueError(f"{path}:{number}: each line must be {{id, text, label}}")
                    if item.get("label") not in ("collection", "benign"):
                        raise ValueError(f"{path}:{number}: label must be collection or benign")
                    items.append(item)
    return items


def evaluate(engine, items) -> dict:
    """Return every figure `rules qa` reports, as plain data."""
    results = engine.check([{"id": i["id"], "text": i["text"]} for i in items], lang="en")
    pos = [(i, r) for i, r in zip(items, results) if i["label"] == "collection"]
    neg = [(i, r) for i, r in zip(items, results) if i["label"] == "benign"]
    hits = {"collection": Counter(), "benign": Counter()}
    for item, result in zip(items, results):
        for rule in {m["rule"] for m in result["matches"]}:
            hits[item["label"]][rule] += 1
    tp = sum(r["flagged"] for _, r in pos)
    fp = sum(r["flagged"] for _, r in neg)
    per_tactic = {}
    for tactic in sorted({t for i, _ in pos for t in i.get("tactics", [])}):
        labelled = [(i, r) for i, r in pos if tactic in i.get("tactics", [])]
        found = sum(any(m["category"] == tactic for m in r["matches"]) for _, r in labelled)
        per_tactic[tactic] = {"items": len(labelled), "found": found,
                              "recall": round(found / len(labelled), 4)}
    rules = []
    # Signals (report: false) never show; they are judged through the meta rules that use them.
    status = {r.id: r.status for r in engine.book.rules if r.report and r.active}
    # Info rules mark genuine court-notice hallmarks; they never flag, so benign hits are expected.
    info = {r.id for r in engine.book.rules if r.severity == "info"}
    for rid in sorted(status):
        c, b = hits["collection"][rid], hits["benign"][rid]
        cr, br = c / max(len(pos), 1), b / max(len(neg), 1)
        rules.append({"rule": rid, "status": status.get(rid, "?"), "info": rid in info,
                      "collection": c, "benign": b,
                      "collection_rate": round(cr, 4), "benign_rate": round(br, 4),
                      "ratio": round(cr / (cr + br), 3) if cr + br else None})
    figures = {
        "collection_items": len(pos), "benign_items": len(neg),
        "recall": round(tp / max(len(pos), 1), 4),
        "precision": round(tp / max(tp + fp, 1), 4),
        "false_positive_rate": round(fp / max(len(neg), 1), 4),
        "per_tactic": per_tactic, "rules": rules,
        "misses": [{"id": i["id"], "tactics": i.get("tactics", [])} for i, r in pos if not r["flagged"]],
        "false_alarms": [{"id": i["id"], "phrases": [f"{m['rule']}: {m['text']}" for m in r["matches"]
                                                      if m["severity"] != "info"]}
                         for i, r in neg if r["flagged"]],
    }
    figures["gate"] = gate(figures)
    return figures


def gate(f: dict) -> dict:
    noisy = [r["rule"] for r in f["rules"] if r["status"] == "stable" and not r["info"]
             and r["benign_rate"] > GATE["stable_rule_benign_rate"]]
    failures = []
    if f["recall"] < GATE["recall"]:
        failures.append(f"recall {f['recall']} < {GATE['recall']}")
    if f["false_positive_rate"] > GATE["false_positive_rate"]:
        failures.append(f"false-positive rate {f['false_positive_rate']} > {GATE['false_positive_rate']}")
    if noisy:
        failures.append(f"stable rules firing on >1% of benign items: {noisy}")
    return {"passed": not failures, "failures": failures, "thresholds": GATE}


def render(f: dict) -> str:
    out = [f"{'rule':<48} {'status':<12} {'coll':>5} {'benign':>6} {'coll%':>7} {'ben%':>6} {'ratio':>6}"]
    for r in sorted(f["rules"], key=lambda r: (-r["collection"], r["benign"], r["rule"])):
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.3f}"
        out.append(f"{r['rule']:<48} {r['status']:<12} {r['collection']:>5} {r['benign']:>6} "
                   f"{100 * r['collection_rate']:>6.1f}% {100 * r['benign_rate']:>5.1f}% {ratio:>6}")
    out += ["", f"items: {f['collection_items']} collection, {f['benign_items']} benign",
            f"recall {f['recall']:.4f}  precision {f['precision']:.4f}  "
            f"false-positive rate {f['false_positive_rate']:.4f}", "recall per tactic:"]
    out += [f"  {t:<22} {v['found']:>4}/{v['items']:<4} {v['recall']:.3f}" for t, v in f["per_tactic"].items()]
    out.append(f"misses ({len(f['misses'])}): " + ", ".join(m["id"] for m in f["misses"]))
    out.append(f"false alarms ({len(f['false_alarms'])}):")
    out += [f"  {a['id']}: {'; '.join(a['phrases'])}" for a in f["false_alarms"]]
    g = f["gate"]
    out.append("gate: PASSED" if g["passed"] else "gate: FAILED: " + "; ".join(g["failures"]))
    return "\n".join(out)


def main(engine, args) -> int:
    figures = evaluate(engine, load_corpus(args.corpus))
    print(json.dumps(figures, ensure_ascii=False, indent=2) if args.json else render(figures))
    return 1 if args.gate and not figures["gate"]["passed"] else 0
