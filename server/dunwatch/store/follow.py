"""Let a running `dunwatch serve` follow the store's `current` rulebook without a restart.

A thread in the gunicorn master reads the `current` symlink every INTERVAL seconds; when it points
somewhere new, the thread sends the master SIGHUP, which takes the existing validated reload path
(runner.py: load, lint and run the examples in the master, then fork fresh workers while the old
ones finish their requests). The thread only reads a link and sends a signal: it holds no lock a
forked worker could inherit, and it does not log.
"""
from __future__ import annotations

import dataclasses
import os
import signal
import threading

from .layout import Store

INTERVAL = 1.0  # seconds: one readlink; with a reload of a few seconds a new version serves within 10 s


class Follower:
    def __init__(self, store: Store | None = None, interval: float = INTERVAL):
        self.store = store or Store()
        self.interval = interval
        self.wanted = self.store.current()
        self._stop = threading.Event()

    def settings(self, settings):
        """Return `settings` with `rules` set to the store's current directory (None: bundled)."""
        self.wanted = self.store.current()
        found = self.store.current_dir()
        return dataclasses.replace(settings, rules=str(found) if found else None)

    def start(self, pid: int | None = None) -> threading.Thread:
        """Watch `current` in a daemon thread; SIGHUP `pid` (default: this process) when it moves."""
        target = pid or os.getpid()
        thread = threading.Thread(target=self._watch, args=(target,), name="dunwatch-follow", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()

    def _watch(self, pid: int) -> None:
        while not self._stop.wait(self.interval):
            now = self.store.current()
            if now != self.wanted and now is not None:
                self.wanted = now
                os.kill(pid, signal.SIGHUP)
