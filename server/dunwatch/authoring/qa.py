"""`dunwatch rules qa`: per-rule hit frequencies and message-level quality over a labelled corpus.

Modelled on SpamAssassin's hit-frequencies: a rule earns its place by hitting collection messages
and (almost) never benign ones. The corpus has two parts, kept apart so the figures stay honest:
the *tuning* part, which rule authors read and tune on, and the *frozen* test part (files under a
`frozen/` folder, or items with `"split": "test"`), which nobody tunes on and which measures how the
rules generalise. Only figures are shown for the frozen part, never its items.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

# Issue 9's targets. `rules qa` reports them; passing or failing is decided by the floors below.
GATE = {"recall": 0.95, "false_positive_rate": 0.01, "stable_rule_benign_rate": 0.01}
# The tuning part's regression floor. Each fresh batch is measured before tuning (CHANGELOG 2.1.0,
# 2.2.0); the rules do not reach the targets on them yet, and tuning item by item until they do would
# teach the rules these items, not the tactics. The floor is what 2.2.0 reaches less a small margin
# (recall 0.883 with the harder fresh2 tune half in the part; false-positive rate 0.0060 with the
# message model); raising it needs better rules, lowering it needs a reason in the CHANGELOG.
TUNING_FLOOR = {"recall": 0.875, "false_positive_rate": 0.012, "stable_rule_benign_rate": 0.01}
# The frozen part's gate is a regression floor, not the target (the target is GATE): it is the
# figure rulebook 2.2.0 reached on the frozen part (0.704 and 0.031), never tuned on, less a margin
# for newly added items. Raising it needs better rules, never tuning on the frozen items.
FROZEN_FLOOR = {"recall": 0.69, "false_positive_rate": 0.045}
PARTS = ("tuning", "frozen")


def corpus_files(paths) -> list[Path]:
    """Expand folders to the JSON Lines files below them."""
    out = []
    for path in map(Path, paths):
        if path.is_dir():
            out += sorted(path.rglob("*.jsonl"))
        elif path.is_file():
            out.append(path)
        else:
            raise ValueError(f"{path}: no such corpus file or folder")
    return out


def load_corpus(paths) -> list[dict]:
    """Load labelled items; each gets `part`: 'frozen' (frozen/ folder or split test) or 'tuning'."""
    items = []
    for path in corpus_files(paths):
        frozen_file = "frozen" in path.parts
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
                if not isinstance(item, dict) or item.get("label") not in ("collection", "benign") \
                        or not isinstance(item.get("text"), str):
                    raise ValueError(f"{path}:{number}: needs text and label collection or benign")
                frozen = frozen_file or item.get("split") == "test"
                items.append(dict(item, part="frozen" if frozen else "tuning"))
    return items


def _rate(n, d) -> float:
    return round(n / d, 4) if d else 0.0


def _figures(engine, items, results) -> dict:
    pos = [(i, r) for i, r in zip(items, results) if i["label"] == "collection"]
    neg = [(i, r) for i, r in zip(items, results) if i["label"] == "benign"]
    tp, fp = sum(r["flagged"] for _, r in pos), sum(r["flagged"] for _, r in neg)
    per_tactic = {}
    for tactic in sorted({t for i, _ in pos for t in i.get("tactics", [])}):
        labelled = [r for i, r in pos if tactic in i.get("tactics", [])]
        found = sum(any(m["category"] == tactic for m in r["matches"]) for r in labelled)
        per_tactic[tactic] = {"items": len(labelled), "found": found, "recall": _rate(found, len(labelled))}
    per_script = {}
    for script in sorted({i.get("script", "?") for i, _ in pos}):
        labelled = [r for i, r in pos if i.get("script", "?") == script]
        per_script[script] = {"items": len(labelled), "recall": _rate(sum(r["flagged"] for r in labelled), len(labelled))}
    return {"collection_items": len(pos), "benign_items": len(neg),
            "recall": _rate(tp, len(pos)), "precision": _rate(tp, tp + fp),
            "false_positive_rate": _rate(fp, len(neg)), "per_tactic": per_tactic, "per_script": per_script,
            "misses": [{"id": i["id"], "tactics": i.get("tactics", [])} for i, r in pos if not r["flagged"]],
            "false_alarms": [{"id": i["id"], "phrases": [f"{m['rule']}: {m['text']}" for m in r["matches"]
                                                          if m["severity"] != "info"]}
                             for i, r in neg if r["flagged"]]}


def _rule_table(engine, items, results) -> list[dict]:
    hits = {"collection": Counter(), "benign": Counter()}
    for item, result in zip(items, results):
        for rule in {m["rule"] for m in result["matches"]}:
            hits[item["label"]][rule] += 1
    npos = sum(i["label"] == "collection" for i in items)
    nneg = len(items) - npos
    # Signals (report: false) never show; they are judged through the meta rules that use them.
    status = {r.id: r.status for r in engine.book.rules if r.report and r.active}
    # Info rules mark genuine court-notice hallmarks; they never flag, so benign hits are expected.
    info = {r.id for r in engine.book.rules if r.severity == "info"}
    rows = []
    for rid in sorted(status):
        c, b = hits["collection"][rid], hits["benign"][rid]
        cr, br = c / max(npos, 1), b / max(nneg, 1)
        rows.append({"rule": rid, "status": status[rid], "info": rid in info, "collection": c, "benign": b,
                     "collection_rate": round(cr, 4), "benign_rate": round(br, 4),
                     "ratio": round(cr / (cr + br), 3) if cr + br else None})
    return rows


def evaluate(engine, items) -> dict:
    """Return every figure `rules qa` reports, as plain data: the tuning part's at the top level."""
    results = engine.check([{"id": i["id"], "text": i["text"]} for i in items], lang="en")
    by_part = {p: ([i for i in items if i.get("part", "tuning") == p],
                   [r for i, r in zip(items, results) if i.get("part", "tuning") == p]) for p in PARTS}
    tuning = by_part["tuning"]
    figures = _figures(engine, *tuning)
    figures["rules"] = _rule_table(engine, *tuning)
    figures["parts"] = {p: _figures(engine, *v) for p, v in by_part.items() if v[0]}
    figures["gate"] = gate(figures)
    return figures


def gate(f: dict) -> dict:
    """The tuning part must stay above TUNING_FLOOR, the frozen part above FROZEN_FLOOR; whether
    the tuning part meets issue 9's targets (GATE) is reported beside."""
    target = TUNING_FLOOR
    noisy = [r["rule"] for r in f["rules"] if r["status"] == "stable" and not r["info"]
             and r["benign_rate"] > GATE["stable_rule_benign_rate"]]
    failures = []
    if f["collection_items"] or f["benign_items"]:
        if f["recall"] < target["recall"]:
            failures.append(f"tuning recall {f['recall']} < {target['recall']}")
        if f["false_positive_rate"] > target["false_positive_rate"]:
            failures.append(f"tuning false-positive rate {f['false_positive_rate']} > {target['false_positive_rate']}")
    frozen = f.get("parts", {}).get("frozen")
    if frozen:
        if frozen["recall"] < FROZEN_FLOOR["recall"]:
            failures.append(f"frozen recall {frozen['recall']} < floor {FROZEN_FLOOR['recall']}")
        if frozen["false_positive_rate"] > FROZEN_FLOOR["false_positive_rate"]:
            failures.append(f"frozen false-positive rate {frozen['false_positive_rate']} > floor "
                            f"{FROZEN_FLOOR['false_positive_rate']}")
    if noisy:
        failures.append(f"stable rules firing on >1% of benign items: {noisy}")
    met = f["recall"] >= GATE["recall"] and f["false_positive_rate"] <= GATE["false_positive_rate"]
    return {"passed": not failures, "failures": failures, "thresholds": target, "frozen_floor": FROZEN_FLOOR,
            "targets": GATE, "targets_met": met}


def _summary(name: str, f: dict, show_items: bool) -> list[str]:
    out = [f"{name}: {f['collection_items']} collection, {f['benign_items']} benign",
           f"  recall {f['recall']:.4f}  precision {f['precision']:.4f}  "
           f"false-positive rate {f['false_positive_rate']:.4f}",
           "  recall per tactic: " + ", ".join(f"{t} {v['found']}/{v['items']} {v['recall']:.2f}"
                                               for t, v in f["per_tactic"].items()),
           "  recall per script: " + ", ".join(f"{s} {v['recall']:.2f} (n={v['items']})"
                                               for s, v in f["per_script"].items())]
    if show_items:
        out.append(f"  misses ({len(f['misses'])}): " + ", ".join(m["id"] for m in f["misses"]))
        out.append(f"  false alarms ({len(f['false_alarms'])}):")
        out += [f"    {a['id']}: {'; '.join(a['phrases'])}" for a in f["false_alarms"]]
    else:
        out.append(f"  misses: {len(f['misses'])}, false alarms: {len(f['false_alarms'])} "
                   "(items not shown: the frozen part is never tuned on)")
    return out


def render(f: dict) -> str:
    out = ["per-rule hit frequencies on the tuning part:",
           f"{'rule':<48} {'status':<12} {'coll':>5} {'benign':>6} {'coll%':>7} {'ben%':>6} {'ratio':>6}"]
    for r in sorted(f["rules"], key=lambda r: (-r["collection"], r["benign"], r["rule"])):
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.3f}"
        out.append(f"{r['rule']:<48} {r['status']:<12} {r['collection']:>5} {r['benign']:>6} "
                   f"{100 * r['collection_rate']:>6.1f}% {100 * r['benign_rate']:>5.1f}% {ratio:>6}")
    out.append("")
    for part, figures in f["parts"].items():
        out += _summary(f"{part} part", figures, show_items=part == "tuning")
    g = f["gate"]
    out.append(f"targets (recall >= {GATE['recall']}, false-positive rate <= {GATE['false_positive_rate']}): "
               + ("met" if g["targets_met"] else "not met"))
    out.append("gate: PASSED" if g["passed"] else "gate: FAILED: " + "; ".join(g["failures"]))
    return "\n".join(out)


def main(engine, args) -> int:
    try:
        figures = evaluate(engine, load_corpus(args.corpus))
    except (OSError, ValueError) as exc:
        print(f"dunwatch: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(figures, ensure_ascii=False, indent=2) if args.json else render(figures))
    return 1 if args.gate and not figures["gate"]["passed"] else 0
