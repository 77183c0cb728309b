"""Run every benchmark and write docs/performance.md."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from . import engine_bench, report

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    only = set(sys.argv[1:])
    sections, figures = [], {}
    if not only or "engine" in only:
        figures["engine"] = engine_bench.run()
        sections.append(report.engine_section(figures["engine"]))

    try:
        from . import server_bench
    except ImportError:
        server_bench = None
    if server_bench and (not only or "server" in only):
        figures["server"] = server_bench.run()
        sections.append(server_bench.section(figures["server"]))
    try:
        from . import extension_bench
    except ImportError:
        extension_bench = None
    if extension_bench and (not only or "extension" in only):
        figures["extension"] = extension_bench.run()
        sections.append(extension_bench.section(figures["extension"]))
    report.write(sections, ROOT / "docs" / "performance.md")
    (ROOT / "docs" / "performance.json").write_text(json.dumps(figures, indent=1, default=str) + "\n")
    print(f"wrote {ROOT / 'docs' / 'performance.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
