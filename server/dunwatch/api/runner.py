"""Run the app under gunicorn, with a reload path that never serves an unvalidated rulebook.

Reload design: the master process holds the validated engine and its workers are forked from it
(preload is off, so each fork builds its app from the master's engine). On SIGHUP gunicorn calls
`on_reload` in the master before it forks new workers: there the rulebook is loaded from disk,
linted and its examples run. If that passes the master keeps the new engine, otherwise it logs
why and keeps the old one; either way the new workers inherit the master's engine and the old
workers finish their requests before they exit, so no request fails. POST /v1/admin/reload
validates in the worker that received it (to answer with the new version or the reason) and then
sends SIGHUP to the master, so all workers move, not just the one that got the request.
"""
from __future__ import annotations

import logging
import os
import sys

from gunicorn.app.base import BaseApplication

from . import create_app
from .rulebook import RulebookRejected, load_validated, unexpected

log = logging.getLogger("dunwatch.api")
_WORKER_CLASSES = {"gevent": "dunwatch.api.gworker.JsonErrorGeventWorker",   # JSON errors, redacted log
                   "gthread": "dunwatch.api.gworker.JsonErrorWorker"}
MAX_CONNECTIONS = 1000   # open connections per gevent worker; beyond, new ones wait in the listen queue
HEADER_SECONDS = 5       # see "keepalive" below


def setup_logging(level: str) -> None:
    """Send dunwatch's loggers to stderr in gunicorn's line format."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[%(asctime)s] [%(process)d] [%(levelname)s] %(name)s: %(message)s",
                                           "%Y-%m-%d %H:%M:%S %z"))
    root = logging.getLogger("dunwatch")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False


def bind_address(host: str, port: int) -> str:
    return f"[{host.strip('[]')}]:{port}" if ":" in host else f"{host}:{port}"


class DunwatchServer(BaseApplication):
    """gunicorn, configured in code: `dunwatch serve` needs no gunicorn.conf.py."""

    def __init__(self, settings, engine, follower=None):
        self.settings = settings
        self.engine = engine
        self.follower = follower  # dunwatch.store.follow: SIGHUPs us when the store's current moves
        super().__init__()

    def load_config(self):
        s = self.settings
        options = {
            "bind": [bind_address(s.host, s.port)],
            "workers": s.workers,
            "worker_class": _WORKER_CLASSES[s.worker],
            "threads": s.threads,
            "worker_connections": MAX_CONNECTIONS,
            # gevent: the request line and headers must arrive within this, and an idle kept-alive
            # connection is closed after it; gthread: the idle limit only.
            "keepalive": HEADER_SECONDS,
            "preload_app": False,          # workers build their app after the fork, from self.engine
            "accesslog": None,             # our own access log (accesslog.py) leaves the text out
            "errorlog": "-",
            "loglevel": s.log_level,
            "graceful_timeout": s.graceful_timeout,
            "timeout": 60,
            "proc_name": "dunwatch",
            "when_ready": self._when_ready,
            "on_reload": self._on_reload,
            # gunicorn >= 24 opens a control socket at one fixed path per user: two servers (or a
            # test suite) would fight over it, and `dunwatch serve` needs none.
            "control_socket_disable": True,
        }
        for key, value in options.items():
            if key in self.cfg.settings:  # settings this gunicorn version does not know are skipped
                self.cfg.set(key, value)

    def load(self):
        # Runs in a freshly forked worker; os.getppid() is the master that holds the rulebook.
        return create_app(self.settings, engine=self.engine, master_pid=os.getppid())

    def _when_ready(self, arbiter):
        if self.follower:
            self.follower.start()
        rulebook = self.engine.rulebook
        for listener in arbiter.LISTENERS:
            host, port = listener.sock.getsockname()[:2]
            host = f"[{host}]" if ":" in host else host
            print(f"Dunwatch listening on http://{host}:{port}  rulebook {rulebook['version']} "
                  f"({rulebook['digest']})  workers {self.settings.workers}"
                  f"{'  token required' if self.settings.resolved_token() else ''}", flush=True)

    def _on_reload(self, arbiter):
        # gunicorn's main loop dies of any exception raised here, and takes every worker with it:
        # whatever happens, the master keeps the engine it has (issue 10).
        old = self.engine.rulebook
        if self.follower:  # reload whatever the store's `current` points at now
            self.settings = self.follower.settings(self.settings)
        try:
            self.engine = load_validated(self.settings.rules)
        except RulebookRejected as exc:
            log.error("SIGHUP: rulebook refused, still serving %s (%s): %s", old["version"], old["digest"], exc)
            return
        except Exception as exc:  # noqa: BLE001
            log.error("SIGHUP: rulebook refused, still serving %s (%s): %s", old["version"], old["digest"],
                      unexpected(exc))
            return
        new = self.engine.rulebook
        log.info("SIGHUP: rulebook %s (%s) -> %s (%s); restarting workers", old["version"],
                 old["digest"], new["version"], new["digest"])


def run(settings, engine, follower=None) -> int:
    """Serve until SIGTERM or Ctrl-C; gunicorn's master exits the process itself."""
    setup_logging(settings.log_level)
    log.info("rulebook %s (%s) validated", engine.rulebook["version"], engine.rulebook["digest"])
    DunwatchServer(settings, engine, follower).run()
    return 0
