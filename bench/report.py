"""Write docs/performance.md from the benchmark figures."""
from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def _mmm(s: dict, fmt: str = "{:.1f}") -> str:
    return f"{fmt.format(s['median'])} ({fmt.format(s['min'])}–{fmt.format(s['max'])})"


def _met(value: float, target: float) -> str:
    return "met" if value <= target else "not met"


def engine_section(f: dict) -> list[str]:
    v = f["versus"]
    g = {int(k): x for k, x in f["rule_growth"].items()}  # JSON keys are strings
    n = {int(k): x for k, x in f["length"].items()}
    ratio = v["engine_over_opencc"]["median"]
    lines = ["## Engine", "",
             f"Rulebook {f['rulebook']} ({f['rules']} active rules). CPU time of one process, median (min–max) "
             f"over {f['runs']} runs, each on fresh SMS-length texts from the real corpus (80% ordinary, 20% "
             "collection-heavy, 2 MB), batches of 50. The engine is the whole `Engine.check`: normalise, scan, "
             "match, map offsets, score. OpenCC is opencc-python-reimplemented's t2s conversion of the same "
             "texts, nothing else. The naive pipeline converts each message with OpenCC, then runs a regex "
             f"search for each of the {v['pattern_rules']} pattern rules (timed on a 256 KB slice of each run).", "",
             "| 2 MB of SMS | µs/message | MB/s |", "|---|---|---|",
             f"| engine | {_mmm(v['engine_us_per_message'])} | {_mmm(v['engine_mb_s'], '{:.2f}')} |",
             f"| OpenCC t2s conversion alone | {_mmm(v['opencc_us_per_message'])} | |",
             f"| naive pipeline | {_mmm(v['naive_us_per_message'])} | |", "",
             f"Engine time / OpenCC time, per run: **{_mmm(v['engine_over_opencc'], '{:.2f}×')}** "
             f"(target ≤ 0.15×: {_met(ratio, 0.15)}). Naive pipeline / engine: "
             f"{_mmm(v['naive_over_engine'], '{:.1f}×')}.", "",
             "Rulebook size: the real pattern rules, then variants of them: each pattern's regex part and 64 of "
             "its literal terms with every Han character replaced (a distinct phrase and a lexicon's worth of new "
             "terms per pattern; full copies of the real rules' thousands of terms would hold 7.8 million terms "
             "and 14 GB at 3,000 rules), on the same 512 KB of mixed texts.", "",
             "| pattern rules | µs/message | engine build, s |", "|---|---|---|"]
    for count, x in sorted(g.items()):
        lines.append(f"| {count:,} | {_mmm(x['us_per_message'])} | {x['build_s']:.1f} |")
    lines += ["", f"300 → 3,000 rules: × {f['rule_growth_ratio']:.2f} per message "
                  f"(target ≤ 1.5×: {_met(f['rule_growth_ratio'], 1.5)}).", "",
              "Message length: corpus messages joined by newlines and cut to the length, 400,000 characters "
              "per run and length.", "",
              "| characters | ns/character |", "|---|---|"]
    for length, x in sorted(n.items()):
        lines.append(f"| {length:,} | {_mmm(x['ns_per_char'])} |")
    lines += ["", f"20,000 vs 200 characters, cost per character: × {f['length_ratio']:.2f} "
                  f"(target ≤ 1.2×: {_met(f['length_ratio'], 1.2)}).", "",
              f"Loading the bundled rulebook in a fresh process: {_mmm(f['load_s'], '{:.2f}')} s; the loaded "
              f"engine's resident memory (VmRSS after the load minus before): {_mmm(f['rss_mb'], '{:.0f}')} MB, "
              f"over {f['load_s']['runs']} processes.", ""]
    return lines


def _pick(f: dict, path: str):
    for part in path.split("."):
        if not isinstance(f, dict) or part not in f:
            return None
        f = f[part]
    return f


# (label, figure path in performance.json, format, which way is better) for the comparison table.
_COMPARED = (("engine time / OpenCC conversion time", "engine.versus.engine_over_opencc.median", "{:.2f}×", "low"),
             ("engine µs/message (2 MB mixed)", "engine.versus.engine_us_per_message.median", "{:.1f}", "low"),
             ("OpenCC µs/message, same run", "engine.versus.opencc_us_per_message.median", "{:.1f}", None),
             ("rulebook 300 → 3,000 rules, cost growth", "engine.rule_growth_ratio", "× {:.2f}", "low"),
             ("20,000 vs 200 characters, cost per character", "engine.length_ratio", "× {:.2f}", "low"),
             ("server messages/s (batch 50, 2 workers)", "server.check.messages_per_s", "{:,.0f}", "high"),
             ("server p99 ms per batch", "server.check.p99_ms", "{:.1f}", "low"))


def baseline_section(figures: dict, notes: Path) -> list[str]:
    """Before → after: the figures of `baseline` (the same benchmarks on an earlier commit, run just
    before) beside today's, then the hand-written notes on what was tried (bench/notes.md)."""
    base = figures.get("baseline")
    if not base:
        return []
    lines = ["## Before → after", "",
             f"`baseline` in performance.json: the same benchmarks on commit {base.get('commit', '?')}, run on "
             f"this machine just before today's figures ({base.get('when', '')}). Both are medians of their runs; "
             "the machine is shared, so small differences are noise.", "",
             "| figure | before | after |", "|---|---|---|"]
    for label, path, fmt, _better in _COMPARED:
        before, after = _pick(base, path), _pick(figures, path)
        if before is None or after is None:
            continue
        lines.append(f"| {label} | {fmt.format(before)} | {fmt.format(after)} |")
    lines.append("")
    if notes.is_file():
        lines += notes.read_text(encoding="utf-8").rstrip().splitlines() + [""]
    return lines


def write(sections: list[list[str]], path: Path) -> None:
    head = ["# Dunwatch performance", "",
            f"Written by `make bench` on {datetime.date.today().isoformat()}. Machine: {machine()}.",
            "Shared machines are noisy: read ratios measured side by side in one run, not absolute times.", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(head + [line for s in sections for line in s]) + "\n", encoding="utf-8")
