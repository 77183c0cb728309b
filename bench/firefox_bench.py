"""Time to highlights in Firefox ESR on the extension bench's Gmail-like inbox (`python -m bench firefox`).

The same generated page as bench/extension_bench.py (fresh corpus texts each run, rows rendered by
script after load), served as https://mail.google.com on 127.0.0.1:443 (Firefox maps the name with
network.dns.localDomains), the real server, and firefox_timing.mjs driving Firefox over WebDriver
BiDi. Figure: page ready (rows inserted) → last change of the highlight registry, once it holds every
range the server's matches call for. DUNWATCH_BENCH_ROWS sets the inbox size (default 200).
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from dunwatch import Engine

from . import extension_bench as xb
from .stats import summary

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from e2e.harness import FIREFOX, firefox_problem, https_sites_at  # noqa: E402
from support.live_server import live_server  # noqa: E402

ROWS = int(os.environ.get("DUNWATCH_BENCH_ROWS") or 200)
RUNS = 5


class _Pages(xb._PageHandler):
    """Serve /run-<i> as the i-th generated page."""

    pages: list[bytes] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        index = int(self.path.rsplit("-", 1)[-1]) if self.path.startswith("/run-") else 0
        type(self).page = self.pages[index]
        super().do_GET()


def run(runs: int = RUNS) -> dict:
    problem = firefox_problem()
    if problem:
        return {"skipped": problem}
    engine, rng = Engine.default(), random.Random()
    expected = []
    for _ in range(runs + 1):  # the first is a warm-up
        rows, burst = xb.make_rows(engine, rng, ROWS), xb.make_rows(engine, rng, 1)
        _Pages.pages.append(xb.build_page(rows, burst).encode())
        expected.append(xb.expected_ranges(engine, xb.STATIC_TEXTS + xb.block_texts(rows)))
    with tempfile.TemporaryDirectory() as tmp, live_server() as srv, \
            https_sites_at(_Pages, ["mail.google.com"], Path(tmp), ("127.0.0.1", 443)):
        urls = [f"https://mail.google.com/run-{i}" for i in range(len(expected))]
        done = subprocess.run(["node", str(ROOT / "bench" / "firefox_timing.mjs"), "--server", srv.base_url,
                               "--pages", ",".join(urls), "--expected", ",".join(map(str, expected)),
                               "--firefox", FIREFOX], capture_output=True, text=True, timeout=900, check=True)
    result = json.loads(done.stdout)
    measured = result["runs"][1:]
    return {"rows": ROWS, "runs": runs, "firefox": result["firefox"],
            "complete": all(r["count"] == r["expected"] for r in measured),
            "ready_to_highlights_ms": summary([r["ready_to_highlights_ms"] for r in measured]),
            "counts": [[r["count"], r["expected"]] for r in measured]}


def section(f: dict) -> list[str]:
    if "skipped" in f:
        return ["## Extension in Firefox", "", f"Skipped: {f['skipped']}", ""]
    s = f["ready_to_highlights_ms"]
    return ["## Extension in Firefox", "",
            f"{f['rows']}-message Gmail-like inbox, {f['firefox']}, {f['runs']} loads: page ready → all highlights "
            f"placed, median {s['median']:.0f} ms (min {s['min']:.0f}, max {s['max']:.0f}); "
            f"all ranges placed: {'yes' if f['complete'] else 'NO'}.", ""]


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
