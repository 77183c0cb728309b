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
              "extension": ("extension_bench", lambda m, f: m.section(f))}


def main() -> int:
    only = set(sys.argv[1:]) or set(BENCHMARKS)
    sections, figures = [], {}
    for name, (module_name, render) in BENCHMARKS.items():
        if name not in only:
            continue
        module = importlib.import_module(f"bench.{module_name}")
        print(f"bench: {name} ...", flush=True)
        figures[name] = module.run()
        sections.append(render(module, figures[name]))
    report.write(sections, ROOT / "docs" / "performance.md")
    (ROOT / "docs" / "performance.json").write_text(json.dumps(figures, indent=1, default=str) + "\n")
    print(f"wrote {ROOT / 'docs' / 'performance.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
