"""One access-log line per request: method, path, status, duration, counts, rule ids; never text."""
from __future__ import annotations

import logging
import time

from flask import Flask, g, request

log = logging.getLogger("dunwatch.access")
MAX_RULES_LOGGED = 30


def _start():
    g.started = time.perf_counter()


def _finish(response):
    ms = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
    # request.path only: the query string is dropped so nothing a client puts there is written down.
    parts = [request.method, request.path, str(response.status_code), f"{ms:.1f}ms"]
    stats = g.get("stats")
    if stats is not None:
        rules = sorted(stats.rules)
        shown = ",".join(rules[:MAX_RULES_LOGGED]) + ("…" if len(rules) > MAX_RULES_LOGGED else "")
        parts += [f"texts={stats.texts}", f"flagged={stats.flagged}",
                  f"cache_hits={stats.cache_hits}", f"rules={shown or '-'}"]
    log.info(" ".join(parts))
    return response


def register(app: Flask) -> None:
    app.before_request(_start)
    app.after_request(_finish)
