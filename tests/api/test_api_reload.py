"""Reload without downtime: SIGHUP and POST /v1/admin/reload under a steady stream of requests."""
from __future__ import annotations

import signal
import threading
import time

import pytest
import requests

from support.live_server import live_server

from .helpers import TOKEN, break_examples, break_lint, flagged_example, set_version

pytestmark = pytest.mark.slow


class SteadyClients:
    """A few clients posting batches back to back (keep-alive sessions), counting every failure."""

    def __init__(self, srv, clients=2, max_seconds=180.0, pause=0.01):
        text, _, _ = flagged_example()
        self.payload = {"texts": [text, "今天天氣很好", text + "。", "會議改到三點", "x"]}
        self.srv, self.failures, self.ok, self.digests, self.gap = srv, [], 0, [], pause
        self.stop_at = time.monotonic() + max_seconds  # bounded even if the test body hangs
        self.stop_event = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(clients)]

    def _run(self):
        with requests.Session() as session:
            while not self.stop_event.is_set() and time.monotonic() < self.stop_at:
                try:
                    r = session.post(self.srv.url("/v1/check"), json=self.payload, headers=self.srv.headers,
                                     timeout=30)
                    ok = r.status_code == 200 and len(r.json()["results"]) == 5
                    with self.lock:
                        if ok:
                            self.ok += 1
                            self.digests.append(r.json()["rulebook"]["digest"])
                        else:
                            self.failures.append(f"{r.status_code} {r.text[:200]}")
                except Exception as exc:  # noqa: BLE001 - any failure counts, whatever its kind
                    with self.lock:
                        self.failures.append(repr(exc))
                # A steady stream, not a flood: loading a rulebook takes seconds of CPU on 2 cores.
                time.sleep(self.gap)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop_event.set()
        for t in self.threads:
            t.join(35)

    def count(self) -> int:
        with self.lock:
            return self.ok + len(self.failures)

    def wait_for_digest(self, digest: str, timeout: float = 90.0) -> None:
        """Wait until the last 10 answers all came from `digest` (every worker has moved)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                recent = self.digests[-10:]
            if len(recent) == 10 and set(recent) == {digest}:
                return
            time.sleep(0.1)
        raise AssertionError(f"never settled on {digest}; recent answers {set(self.digests[-10:])}")

    def pause(self, seconds: float = 0.5) -> None:
        """Let some requests through, so every phase happens under traffic."""
        start = self.count()
        time.sleep(seconds)
        assert self.count() > start, "the clients stopped sending"


def healthz_digest(srv) -> str:
    return requests.get(srv.url("/healthz"), timeout=10).json()["rulebook"]["digest"]


def admin_reload(srv):
    return requests.post(srv.url("/v1/admin/reload"), headers=srv.headers, timeout=90)


def test_reload_under_load_drops_nothing_and_refuses_broken_rulebooks(rules_copy):
    env = {"DUNWATCH_LOG_LEVEL": "info"}
    with live_server(rules=rules_copy, token=TOKEN, workers=2, env=env,
                     extra_args=["--rate-limit", "0", "--graceful-timeout", "10"]) as srv:
        original = healthz_digest(srv)
        with SteadyClients(srv) as clients:
            clients.pause()

            # 1. A new, valid rulebook through the admin endpoint: every worker moves to it.
            set_version(rules_copy, "9.0.1")
            mark = len(srv.stderr_text())
            r = admin_reload(srv)
            assert r.status_code == 200, r.text
            body = r.json()
            assert body["status"] == "reloaded" and body["rulebook"]["version"] == "9.0.1"
            assert body["previous"]["digest"] == original and body["rulebook"]["digest"] != original
            second = body["rulebook"]["digest"]
            # The worker that answered already serves the new rulebook; the master validates it again
            # from disk before it forks the others. Changing the files (step 2) before the master has
            # read them would test a race of this test's own making, so wait for its word first.
            log = srv.wait_for_stderr(f"-> 9.0.1 ({second}); restarting workers", after=mark, timeout=120)
            assert "SIGHUP: rulebook refused" not in log[mark:]
            clients.wait_for_digest(second)

            # 2. A rulebook that fails lint: refused with the reason, the old one keeps serving.
            mark = len(srv.stderr_text())
            break_lint(rules_copy)
            r = admin_reload(srv)
            assert r.status_code == 422 and r.json()["error"]["code"] == "rulebook_invalid"
            assert "catastrophic" in r.json()["error"]["message"]
            srv.wait_for_stderr("rulebook reload refused", after=mark, timeout=60)

            # 3. The same broken rulebook through SIGHUP: the master refuses it, workers keep the old one.
            mark = len(srv.stderr_text())
            srv.process.send_signal(signal.SIGHUP)
            log = srv.wait_for_stderr("SIGHUP: rulebook refused", after=mark, timeout=60)
            assert "catastrophic" in log[mark:]
            clients.pause()
            assert healthz_digest(srv) == second

            # 4. Failing examples are refused as well.
            set_version_fresh(rules_copy, "9.0.2")
            break_examples(rules_copy)
            r = admin_reload(srv)
            assert r.status_code == 422 and "example" in r.json()["error"]["message"]

            # 5. Fixed on disk, then SIGHUP alone: all workers move to it.
            set_version_fresh(rules_copy, "9.0.3")
            srv.process.send_signal(signal.SIGHUP)
            third = test_engine_at(rules_copy).rulebook["digest"]
            clients.wait_for_digest(third)
            clients.pause()
        assert clients.failures == [], clients.failures[:5]
        assert clients.ok > 20
        # Every worker answered with `third` (wait_for_digest); a worker the master replaced since
        # must come up on it too. A loaded machine may still be finishing a graceful restart.
        settle = time.monotonic() + 30
        while healthz_digest(srv) != third and time.monotonic() < settle:
            time.sleep(0.5)
        assert healthz_digest(srv) == third


def set_version_fresh(rules_dir, version):
    """Restore the rulebook under test into `rules_dir`, at a new version."""
    import shutil

    from .helpers import rules_dir as source

    shutil.rmtree(rules_dir)
    shutil.copytree(source(), rules_dir)
    set_version(rules_dir, version)


def test_engine_at(path):
    from dunwatch import Engine

    return Engine.from_path(path)


test_engine_at.__test__ = False
