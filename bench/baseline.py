"""Store another run's figures as the "before" of docs/performance.md's before → after table.

`python -m bench.baseline OTHER/docs/performance.json COMMIT`: OTHER is a checkout of COMMIT where
`python -m bench engine server` has just run on this machine. Its engine and server figures go into
this checkout's docs/performance.json under "baseline"; the next `python -m bench` prints them beside
its own. Side by side on one machine, close in time: the only comparison a shared machine allows.
"""
from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEPT = ("engine", "server")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    other, commit = json.loads(Path(argv[0]).read_text()), argv[1]
    stored = ROOT / "docs" / "performance.json"
    figures = json.loads(stored.read_text()) if stored.is_file() else {}
    figures["baseline"] = {"commit": commit, "when": datetime.date.today().isoformat(),
                           **{k: other[k] for k in KEPT if k in other}}
    stored.write_text(json.dumps(figures, indent=1) + "\n")
    print(f"baseline {commit}: {', '.join(k for k in KEPT if k in other)} stored in {stored}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
