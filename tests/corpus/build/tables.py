"""The generated tables of SOURCES.md: per-source counts of each part, and a per-part summary."""
from collections import Counter, OrderedDict


def _is_frozen(name):
    return name.startswith("frozen/")


def count_table(parts, frozen):
    """Return the per-source count table of one part, as Markdown."""
    names = [n for n in parts if _is_frozen(n) == frozen]
    counts = OrderedDict()
    totals = Counter()
    for name in names:
        for row in parts[name]:
            counts.setdefault(row["source"], Counter())[row["label"]] += 1
            totals[row["label"]] += 1
    lines = ["| source | collection | benign |", "|---|---:|---:|"]
    for src, c in counts.items():
        lines.append(f"| {src} | {c['collection']} | {c['benign']} |")
    lines.append(f"| **total** | {totals['collection']} | {totals['benign']} |")
    return "\n".join(lines)


def summary_table(parts):
    """Return a per-part summary (items, sources, scripts, tactics) as Markdown."""
    scripts = ("hans", "hant", "mixed")
    lines = ["| part | file | items | sources | " + " | ".join(scripts) + " |",
             "|---|---|---:|---:|" + "---:|" * len(scripts)]
    tactics = OrderedDict((p, Counter()) for p in ("tuning", "frozen"))
    for name in parts:
        part = "frozen" if _is_frozen(name) else "tuning"
        rows = parts[name]
        sc = Counter(r["script"] for r in rows)
        lines.append(f"| {part} | `{name}` | {len(rows)} | {len({r['source'] for r in rows})} | "
                     + " | ".join(str(sc[x]) for x in scripts) + " |")
        for r in rows:
            tactics[part].update(r["tactics"])
    lines += ["", "| tactic | tuning | frozen |", "|---|---:|---:|"]
    for t in sorted(set(tactics["tuning"]) | set(tactics["frozen"])):
        lines.append(f"| {t} | {tactics['tuning'][t]} | {tactics['frozen'][t]} |")
    return "\n".join(lines)


def _replace(doc, marker, table):
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    if start not in doc or end not in doc:
        raise SystemExit(f"SOURCES.md lacks the {marker} markers")
    return doc.split(start)[0] + start + "\n" + table + "\n" + end + doc.split(end)[1]


def update_sources_md(path, parts):
    """Rewrite the three generated tables of SOURCES.md in place."""
    with open(path, encoding="utf-8") as fh:
        doc = fh.read()
    doc = _replace(doc, "counts", count_table(parts, frozen=False))
    doc = _replace(doc, "frozen-counts", count_table(parts, frozen=True))
    doc = _replace(doc, "split-summary", summary_table(parts))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(doc)
