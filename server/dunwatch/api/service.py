"""What the views call: the engine slot, the result cache and the reload path, with no HTTP in sight."""
from __future__ import annotations

import logging
import os
import signal
import time
from dataclasses import dataclass, field

from .cache import ResultCache
from .ratelimit import RateLimiter
from .rulebook import EngineSlot, as_dict

log = logging.getLogger("dunwatch.api")


@dataclass
class CheckStats:
    texts: int = 0
    flagged: int = 0
    cache_hits: int = 0
    incomplete: int = 0
    rules: set = field(default_factory=set)


class Service:
    """Everything loaded once per app (app.extensions["dunwatch"])."""

    def __init__(self, settings, slot: EngineSlot, master_pid: int | None = None):
        self.settings = settings
        self.slot = slot
        self.cache = ResultCache(settings.cache_size)
        self.limiter = RateLimiter(settings.rate_limit, settings.rate_burst)
        self.token = settings.resolved_token()
        # Under `dunwatch serve` the gunicorn master owns the rulebook its workers are forked with.
        self.master_pid = master_pid

    def check(self, req, stats: CheckStats):
        """Return (rulebook, results): cached results are reused, only new texts reach the engine."""
        engine = self.slot.engine  # read once: a reload mid-request cannot mix two rulebooks
        digest = engine.rulebook["digest"]
        keys = [self.cache.key(digest, req.lang, req.disabled_rules, req.categories, t) for t in req.texts]
        found = [self.cache.get(k) for k in keys]
        missing = [i for i, r in enumerate(found) if r is None]
        if missing:
            # One deadline for the whole request, not only per search (issue 10): texts left when
            # it passes come back marked "incomplete" and are not cached.
            deadline = time.monotonic() + self.settings.max_check_seconds
            fresh = engine.check([req.texts[i] for i in missing], lang=req.lang, deadline=deadline,
                                 disabled_rules=req.disabled_rules, categories=req.categories)
            for i, result in zip(missing, fresh):
                result = {k: v for k, v in as_dict(result).items() if k != "id"}
                if not result.get("incomplete"):
                    self.cache.put(keys[i], result)
                found[i] = result
        results = [{"id": item_id, **result} for item_id, result in zip(req.ids, found)]
        stats.texts, stats.cache_hits = len(results), len(results) - len(missing)
        stats.incomplete = sum(bool(r.get("incomplete")) for r in results)
        for result in results:
            stats.flagged += bool(result["flagged"])
            stats.rules.update(m["rule"] for m in result["matches"])
        return dict(engine.rulebook), results

    def reload(self):
        """Validate the rulebook on disk and serve it; return (old, new) rulebook descriptions.

        Raises RulebookRejected (the old rulebook keeps serving). Under gunicorn an HTTP request
        reaches one worker only, so after validating here the master is sent SIGHUP: it validates
        again, keeps the result, and forks fresh workers that inherit it (runner.py).
        """
        old, new = self.slot.reload()
        # Only while the master that forked us is still our parent: an orphaned worker's parent is
        # init, which must never get a SIGHUP from us.
        if self.master_pid and os.getppid() == self.master_pid:
            os.kill(self.master_pid, signal.SIGHUP)
            log.info("asked the server's master (pid %d) to restart its workers on the new rulebook",
                     self.master_pid)
        return old, new
