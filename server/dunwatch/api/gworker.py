"""The gunicorn workers `dunwatch serve` runs: errors gunicorn answers itself keep the API's JSON
shape, and its own log lines carry no client address and no piece of a request.

The default worker is gevent's: a connection waiting for a slow or idle client is a parked
greenlet, not a held worker, so clients that stall cannot delay anyone else (issue 10). Requests
themselves still run one at a time per worker, which suits CPU-bound matching. The gthread worker
stays available (`--worker gthread`) for comparison in the benchmark.
"""
from __future__ import annotations

import atexit
import json
import logging
import signal

from gunicorn import util as gunicorn_util
from gunicorn.workers.gthread import ThreadWorker

from .gunicornlog import redact_gunicorn_log

_CODES = {400: "bad_request", 403: "forbidden", 408: "request_timeout", 414: "uri_too_long",
          417: "expectation_failed", 431: "headers_too_large", 500: "internal_error", 501: "not_implemented"}
READ_TIMEOUT = 10.0   # seconds one read from a client may wait before the connection is dropped


def write_json_error(sock, status_int, reason, mesg):
    """Same contract as gunicorn.util.write_error; the body never echoes the request back."""
    body = json.dumps({"error": {"code": _CODES.get(status_int, "bad_request"),
                                 "message": f"the server could not read this HTTP request ({reason})"}})
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n")
    gunicorn_util.write_nonblock(sock, (head + body).encode("latin-1"))


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGQUIT}


def _release_log_handlers():
    """Close and drop every log handler, and give logging a lock that survives teardown.

    Under gevent, logging's module lock is a patched RLock whose get_ident is torn down before the
    last handler is freed; the handler's weakref callback then prints a traceback on every worker
    exit. The original (unpatched) RLock keeps working to the end of the process.
    """
    loggers = [logging.getLogger()] + [lg for lg in logging.Logger.manager.loggerDict.values()
                                       if isinstance(lg, logging.Logger)]
    for logger in loggers:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.flush()
            handler.close()
    try:
        from gevent.monkey import get_original
        logging._lock = get_original("_thread", "RLock")()
    except (ImportError, AttributeError):  # not under gevent: nothing was patched
        pass


class _Ours:
    """What both workers add: JSON errors, a redacted log, no stop signal lost while booting."""

    def init_process(self):
        # A Ctrl-C or SIGTERM that reaches a worker between the fork and gunicorn's init_signals()
        # would go to the master's handler copy and be lost; the worker then lingers until the
        # master kills it. Held back until the worker's own handlers are in place.
        signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
        # This process is a worker of ours alone, so replacing gunicorn's module function is contained.
        gunicorn_util.write_error = write_json_error
        redact_gunicorn_log(self.log)
        atexit.register(_release_log_handlers)  # runs before logging's own atexit shutdown
        super().init_process()

    def init_signals(self):
        super().init_signals()
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


class JsonErrorWorker(_Ours, ThreadWorker):
    """gunicorn's threaded worker, with JSON errors and a redacted log."""


try:
    from gunicorn.workers.ggevent import GeventWorker
except (ImportError, RuntimeError):  # gevent is a dependency; this only keeps the module importable
    GeventWorker = None
else:
    class JsonErrorGeventWorker(_Ours, GeventWorker):
        """gevent's worker, with JSON errors, a redacted log and a read timeout on every connection."""

        def handle(self, listener, client, addr):
            # gunicorn sets the socket blocking (no timeout). A timeout makes a client that stops
            # sending mid-request lose its connection instead of keeping a greenlet forever; the
            # request line and headers are bounded as a whole by `keepalive` (timeout_ctx).
            client.settimeout(READ_TIMEOUT)
            super(GeventWorker, self).handle(listener, client, addr)

        def handle_quit(self, sig, frame):
            # gunicorn's gevent worker quits by sys.exit() from a spawned greenlet, which gevent
            # prints as a traceback. Stopping the run loop ends the worker just as fast, cleanly.
            self.alive = False

        def handle_error(self, req, client, addr, exc):
            super().handle_error(req, client, addr, exc)
            # The request was not read to its end; closing now would reset the connection and can
            # destroy the error answer before the client reads it (RFC 9112, 9.6). gthread does this too.
            gunicorn_util.close_graceful(client)
