"""Run every benchmark and write docs/performance.md (`python -m bench [engine|server|extension ...]`)."""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from . import report

ROOT = Path(__file__).resolve().parents[1]
# name -> (module, function that turns its figures into Markdown lines)
BENCHMARKS = {"engine": ("engine_bench", lambda m, f: report.engine_section(f)),
              "server": ("server_bench", lambda m, f: m.section(f)),
              "extension": ("extension_bench", lambda m, f: m.section(f)),
              "scan": ("scan_bench", lambda m, f: m.section(f)),
              "firefox": ("firefox_bench", lambda m, f: m.section(f))}


def main() -> int:
    """Run the named benchmarks (all by default); sections not run keep their last figures."""
    only = set(sys.argv[1:]) or set(BENCHMARKS)
    stored = ROOT / "docs" / "performance.json"
    figures = json.loads(stored.read_text()) if stored.is_file() else {}
    for name, (module_name, _render) in BENCHMARKS.items():
        if name in only:
            print(f"bench: {name} ...", flush=True)
            figures[name] = importlib.import_module(f"bench.{module_name}").run()
            figures[name] = json.loads(json.dumps(figures[name], default=str))  # as stored, keys as strings
    sections = [render(importlib.import_module(f"bench.{module_name}"), figures[name])
                for name, (module_name, render) in BENCHMARKS.items() if name in figures]
    # Before → after first: the figures of an earlier commit stored as "baseline" (bench/baseline.py).
    sections.insert(0, report.baseline_section(figures, ROOT / "bench" / "notes.md"))
    report.write(sections, ROOT / "docs" / "performance.md")
    stored.write_text(json.dumps(figures, indent=1) + "\n")
    print(f"wrote {ROOT / 'docs' / 'performance.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
