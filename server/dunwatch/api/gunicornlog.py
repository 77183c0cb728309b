"""Keep gunicorn's own log lines free of client addresses and request fragments (issue 10).

gunicorn logs "Invalid request from ip=<address>: <the offending request line or header>" and
"Error handling request <method> <uri>", and exceptions whose text can quote what the client sent.
In our workers a filter rewrites those records: the kind of error stays, the details go.
"""
from __future__ import annotations

import logging
import traceback

_WITH_REQUEST = ("Error handling request",)


def _kind(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)[-2:]
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in reversed(frames))
    return type(exc).__name__ + (f" at {where}" if where else "")


class RedactFilter(logging.Filter):
    """Rewrite a gunicorn record so that nothing a client sent, nor its address, is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = str(record.msg)
        if msg.startswith("Invalid request from ip="):
            # Pre-formatted by gunicorn with the address and the parser's error (which quotes the request).
            record.msg, record.args = "refused a request that is not valid HTTP (details withheld)", ()
        elif msg.startswith(_WITH_REQUEST):
            record.msg, record.args = msg.split(" %s", 1)[0], ()
        elif record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_kind(a) if isinstance(a, BaseException) else
                                a if isinstance(a, (int, float)) else type(a).__name__ for a in args)
        if record.exc_info and record.exc_info[1] is not None:
            # A traceback's last line is the exception's text; keep only its type and where it happened.
            record.msg, record.args = f"{record.msg} ({_kind(record.exc_info[1])})", record.args
            record.exc_info, record.exc_text = None, None
        return True


def redact_gunicorn_log(glogger) -> None:
    """Install the filter on a gunicorn Logger's error log (the one its workers write to)."""
    error_log = getattr(glogger, "error_log", None) or logging.getLogger("gunicorn.error")
    if not any(isinstance(f, RedactFilter) for f in error_log.filters):
        error_log.addFilter(RedactFilter())
