"""A running `dunwatch serve` follows the store's `current` under steady load: no restart, no failure."""
from __future__ import annotations

import threading
import time

import pytest
import requests

from support.live_server import live_server

from .conftest import dunwatch

pytestmark = pytest.mark.slow
SWITCH_SECONDS = 10  # CONTRACT.md: a new current version serves within 10 seconds


class Clients:
    """Two keep-alive clients posting small batches back to back; every answer is recorded."""

    def __init__(self, srv):
        self.srv, self.failures, self.versions = srv, [], []
        self.done, self.lock = threading.Event(), threading.Lock()
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(2)]

    def _run(self):
        payload = {"texts": ["欠款逾期，律師函已發出", "今天天氣很好", "再不还钱就通知你家人"]}
        with requests.Session() as session:
            while not self.done.is_set():
                try:
                    r = session.post(self.srv.url("/v1/check"), json=payload, timeout=30)
                    ok = r.status_code == 200 and len(r.json()["results"]) == 3
                    with self.lock:
                        (self.versions.append(r.json()["rulebook"]["version"]) if ok
                         else self.failures.append(f"{r.status_code} {r.text[:200]}"))
                except Exception as exc:  # noqa: BLE001 - any failure counts
                    with self.lock:
                        self.failures.append(repr(exc))
                time.sleep(0.02)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.done.set()
        for t in self.threads:
            t.join(35)


def healthz_version(srv) -> str:
    return requests.get(srv.url("/healthz"), timeout=10).json()["rulebook"]["version"]


def wait_for_version(srv, version) -> float:
    """Return the seconds until /healthz reports `version` (up to a minute, to report a slow switch)."""
    started = time.monotonic()
    while time.monotonic() - started < 60:
        if healthz_version(srv) == version:
            return time.monotonic() - started
        time.sleep(0.1)
    raise AssertionError(f"/healthz never showed {version}")


def test_server_follows_update_and_rollback_without_a_failed_request(home, publisher, monkeypatch):
    monkeypatch.delenv("DUNWATCH_RULES", raising=False)  # an explicit rulebook would not follow the store
    first, second = publisher.bundle("9.0.0"), publisher.bundle("9.1.0")
    with live_server(workers=2, extra_args=["--rate-limit", "0"]) as srv:
        bundled = healthz_version(srv)
        with Clients(srv) as clients:
            time.sleep(1)
            timings = {}
            for label, args, version in (("bundled -> 9.0.0", ["update", first, "--pubkey", publisher.pub], "9.0.0"),
                                         ("9.0.0 -> 9.1.0", ["update", second, "--pubkey", publisher.pub], "9.1.0"),
                                         ("rollback to 9.0.0", ["rollback"], "9.0.0")):
                out = dunwatch("rules", *args)
                assert out.returncode == 0, out.stderr
                timings[label] = wait_for_version(srv, version)
                time.sleep(1)  # traffic on the new version too
            seen = list(clients.versions)
        print("switch seconds:", {k: round(v, 2) for k, v in timings.items()})
        assert clients.failures == [], clients.failures[:5]
        assert len(seen) > 50, "the clients hardly sent anything"
        assert bundled in seen and "9.1.0" in seen and seen[-1] == "9.0.0"
        assert all(t < SWITCH_SECONDS for t in timings.values()), timings
        assert "SIGHUP: rulebook" in srv.stderr_text() and "refused" not in srv.stderr_text()
