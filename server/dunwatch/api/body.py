"""Read a request body within its limits: size (chunked or not), time, valid chunked encoding."""
from __future__ import annotations

import time

from flask import request
from werkzeug.exceptions import ClientDisconnected, RequestEntityTooLarge

from .errors import ApiError

try:
    from gunicorn.http.errors import ParseException  # a broken chunked body, raised while reading it
except ImportError:  # pragma: no cover - gunicorn is a dependency; this keeps the app importable without it
    class ParseException(Exception):
        pass

BODY_SECONDS = 30.0     # the whole body must arrive within this; each read waits at most gworker.READ_TIMEOUT


def is_json_type(mimetype: str) -> bool:
    """True for application/json and application/*+json (parameters such as charset aside)."""
    return mimetype == "application/json" or (mimetype.startswith("application/") and mimetype.endswith("+json"))


def read_body(limit: int) -> bytes:
    """Read the whole body within `limit` bytes and BODY_SECONDS, chunked or not.

    Reading here rather than in get_json() gives each failure its own answer: a body over the
    limit is 413 whether or not it announced its length, broken chunked encoding is 400, a client
    that stops sending is 408 (issue 10).
    """
    chunks, size, deadline = [], 0, time.monotonic() + BODY_SECONDS
    # With a Content-Length werkzeug's stream refuses an oversized body before reading it; a
    # chunked one is counted here, on the server's own input, so the rest can be drained first.
    stream = request.stream if request.content_length is not None else request.environ["wsgi.input"]
    try:
        while chunk := stream.read(64 * 1024):
            size += len(chunk)
            if size > limit:
                _discard_rest(stream, limit * 3, deadline)
                raise RequestEntityTooLarge()
            if time.monotonic() > deadline:
                raise ApiError(408, "request_timeout", f"the request body took over {BODY_SECONDS:.0f} s to arrive")
            chunks.append(chunk)
    except ParseException:
        raise ApiError(400, "bad_request", "the request body is not valid chunked encoding") from None
    except (ClientDisconnected, OSError) as exc:
        # werkzeug turns a read error into ClientDisconnected; the socket's read timeout
        # (gworker.READ_TIMEOUT) underneath means the client stopped sending.
        if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
            raise ApiError(408, "request_timeout", "the client stopped sending the request body") from None
        raise ApiError(400, "bad_request", "the request body ended before its Content-Length") from None
    return b"".join(chunks)


def _discard_rest(stream, most: int, deadline: float) -> None:
    """Read a too-large body on to its end (within bounds) before answering 413.

    A chunked body announces no length, so its size shows only while it is read. Answering with
    most of it still unread would make the close reset the connection, and the client would lose
    the 413 before reading it.
    """
    while most > 0 and time.monotonic() < deadline and (chunk := stream.read(64 * 1024)):
        most -= len(chunk)
