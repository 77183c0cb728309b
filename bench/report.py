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


def engine_section(f: dict) -> list[str]:
    lines = ["## Engine", "",
             "The whole engine (normalise, prefilter, match, map offsets, score) against the naive pipeline "
             "(opencc-python-reimplemented per message, then a regex search for each pattern rule of the same "
             "rulebook), side by side on the same fresh SMS-length texts each run, batches of 50. Texts come from "
             "the real corpus: ordinary = benign items, collection-heavy = collection items and rule examples, "
             f"mixed = 80/20 (2 MB per run). Median (min–max) over {f['runs']} runs. Target (engine issue): "
             "≥ 10× the naive pipeline with 300 rules.", "",
             "| rulebook | text | messages/run | MB/run | engine µs/msg | naive µs/msg | engine MB/s | naive MB/s | speed-up |",
             "|---|---|---|---|---|---|---|---|---|"]
    for label, book in f["books"].items():
        for kind in ("mixed", "ordinary", "collection-heavy"):
            x = book[kind]
            lines.append(f"| {label} ({book['rules']} pattern rules) | {kind} | {x['messages']} | {x['bytes'] / 1e6:.2f} | "
                         f"{_mmm(x['engine_us_per_message'])} | {_mmm(x['naive_us_per_message'])} | "
                         f"{_mmm(x['engine_mb_s'], '{:.2f}')} | {_mmm(x['naive_mb_s'], '{:.2f}')} | "
                         f"{_mmm(x['speedup'], '{:.1f}×')} |")
    g = {int(k): v for k, v in f["rule_growth_us_per_message"].items()}  # JSON keys are strings
    lines += ["", "Cost growth with the rulebook's size (the real rules, then variants of them with every Han "
              f"character replaced, so each is a distinct phrase): {_mmm(g[100])} µs/message at 100 rules, "
              f"{_mmm(g[1000])} µs/message at 1,000 rules: × {f['rule_growth_ratio']:.2f} for 10× the rules.", ""]
    return lines


def write(sections: list[list[str]], path: Path) -> None:
    head = ["# Dunwatch performance", "",
            f"Written by `make bench` on {datetime.date.today().isoformat()}. Machine: {machine()}.",
            "Shared machines are noisy: read ratios measured side by side in one run, not absolute times.", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(head + [line for s in sections for line in s]) + "\n", encoding="utf-8")
