"""One access-log line per request: method, path, status, duration, counts, rule ids; never text."""
from __future__ import annotations

import logging
import time

from flask import Flask, g, request

log = logging.getLogger("dunwatch.access")
MAX_RULES_LOGGED = 30
MAX_PATH_LOGGED = 120


def _printable(path: str) -> str:
    """The path without its query string (nothing a client puts there is written down), with control
    characters escaped and a length cap, so a crafted URL cannot forge or flood log lines."""
    safe = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in path[:MAX_PATH_LOGGED])
    return safe + ("…" if len(path) > MAX_PATH_LOGGED else "")


def _start():
    g.started = time.perf_counter()


def _finish(response):
    ms = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
    parts = [request.method, _printable(request.path), str(response.status_code), f"{ms:.1f}ms"]
    stats = g.get("stats")
    if stats is not None:
        rules = sorted(stats.rules)
        shown = ",".join(rules[:MAX_RULES_LOGGED]) + ("…" if len(rules) > MAX_RULES_LOGGED else "")
        parts += [f"texts={stats.texts}", f"flagged={stats.flagged}",
                  f"cache_hits={stats.cache_hits}", f"rules={shown or '-'}"]
        if stats.incomplete:
            parts.append(f"incomplete={stats.incomplete}")
    log.info(" ".join(parts))
    return response


def register(app: Flask) -> None:
    app.before_request(_start)
    app.after_request(_finish)
