"""Per-client token buckets, in process: each client address gets `burst` requests, refilled at `rate`/s."""
from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict


class RateLimiter:
    """A token bucket per remote address.

    In-process on purpose: no Redis to run for a personal server. With several gunicorn workers each
    keeps its own buckets, so a client may get up to `workers` times the rate (docs/self-hosting.md).
    The table of addresses is bounded so a flood of spoofed-looking clients cannot grow memory.
    """

    MAX_CLIENTS = 10_000

    def __init__(self, rate: float, burst: int, clock=time.monotonic):
        self.rate, self.burst, self.clock = rate, burst, clock
        self._buckets: OrderedDict = OrderedDict()  # address -> (tokens, last refill time)
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def take(self, client: str) -> float:
        """Spend one token; return 0 when allowed, else the seconds until a token is available."""
        if not self.enabled:
            return 0.0
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self.rate
            self._buckets[client] = (tokens, now)  # re-inserted last: the LRU end
            while len(self._buckets) > self.MAX_CLIENTS:
                self._buckets.popitem(last=False)
        return wait


def retry_after(wait: float) -> str:
    """Retry-After takes whole seconds; round up so a client that obeys it is let through."""
    return str(max(1, math.ceil(wait)))


def limit_requests(limiter: RateLimiter):
    """Return a before_request hook: 429 with Retry-After once a client's bucket is empty."""
    from flask import request

    from .errors import ApiError
    from .security import OPEN_PATHS

    def hook():
        # Health probes are never throttled: a busy client must not make the server look down.
        if request.path in OPEN_PATHS or request.method == "OPTIONS":
            return None
        wait = limiter.take(request.remote_addr or "unknown")
        if wait:
            raise ApiError(429, "rate_limited", f"too many requests from this client; retry in "
                                                f"{retry_after(wait)} s (rate_limit, rate_burst)",
                           {"Retry-After": retry_after(wait)})
        return None

    return hook
