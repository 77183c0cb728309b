"""Parse and bound a /v1/check request; every rejection is a 400 that names the field or the limit."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass

from flask import request
from werkzeug.exceptions import ClientDisconnected, RequestEntityTooLarge

from .errors import ApiError

try:
    from gunicorn.http.errors import ParseException  # a broken chunked body, raised while reading it
except ImportError:  # pragma: no cover - gunicorn is a dependency; this keeps the app importable without it
    class ParseException(Exception):
        pass

MAX_ID_CHARS = 200
MAX_LIST_ITEMS = 1000   # disabled_rules / categories: far above the rulebook's size, bounds cache keys
MAX_NAME_CHARS = 200
BODY_SECONDS = 30.0     # the whole body must arrive within this; each read waits at most gworker.READ_TIMEOUT


@dataclass(frozen=True)
class CheckRequest:
    ids: list
    texts: list
    lang: str
    disabled_rules: tuple
    categories: tuple | None


def _bad(code: str, message: str) -> ApiError:
    return ApiError(400, code, message)


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
        raise _bad("bad_request", "the request body is not valid chunked encoding") from None
    except (ClientDisconnected, OSError) as exc:
        # werkzeug turns a read error into ClientDisconnected; the socket's read timeout
        # (gworker.READ_TIMEOUT) underneath means the client stopped sending.
        if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
            raise ApiError(408, "request_timeout", "the client stopped sending the request body") from None
        raise _bad("bad_request", "the request body ended before its Content-Length") from None
    return b"".join(chunks)


def _discard_rest(stream, most: int, deadline: float) -> None:
    """Read a too-large body on to its end (within bounds) before answering 413.

    A chunked body announces no length, so its size shows only while it is read. Answering with
    most of it still unread would make the close reset the connection, and the client would lose
    the 413 before reading it.
    """
    while most > 0 and time.monotonic() < deadline and (chunk := stream.read(64 * 1024)):
        most -= len(chunk)


def json_body(limit: int) -> dict:
    """Return the body as a JSON object.

    The content type must be JSON: a web page can send a `text/plain` POST to the local server
    without asking (a CORS "simple request"), but not an `application/json` one, so this keeps
    other sites from making the server work or draining the loopback rate bucket (issue 10).
    """
    if not is_json_type(request.mimetype):
        raise ApiError(415, "unsupported_media_type", "send the body as JSON with "
                                                      "'Content-Type: application/json'")
    try:
        body = json.loads(read_body(limit))
    except RecursionError:  # absurdly deep nesting: malformed input, not a server fault
        body = None
    except ValueError:  # not JSON, or not UTF-8 (UnicodeDecodeError is a ValueError)
        body = None
    if body is None:
        raise _bad("invalid_json", "the request body must be a JSON object")
    if not isinstance(body, dict):
        raise _bad("invalid_json", "the request body must be a JSON object, not " + type(body).__name__)
    return body


def _names(body: dict, field: str, allow_null: bool):
    value = body.get(field)
    if value is None:
        return None if allow_null else ()
    if (not isinstance(value, list) or len(value) > MAX_LIST_ITEMS
            or not all(isinstance(v, str) and len(v) <= MAX_NAME_CHARS for v in value)):
        raise _bad("invalid_field", f"'{field}' must be a list of at most {MAX_LIST_ITEMS} id strings")
    if allow_null and not value:
        # "Only these categories" with none listed would report nothing: a client bug, not a wish.
        raise _bad("invalid_field", f"'{field}' is empty; list at least one id, or leave it out for all")
    return tuple(value)


def _item(index: int, item, max_chars: int):
    """Return (id, text) for one entry of `texts`: a string, or {"id": ..., "text": ...}."""
    if isinstance(item, str):
        item_id, text = str(index), item
    elif isinstance(item, dict):
        text, item_id = item.get("text"), item.get("id", str(index))
        if not isinstance(text, str):
            raise _bad("invalid_field", f"texts[{index}].text must be a string")
        if isinstance(item_id, bool) or not isinstance(item_id, (str, int)) or len(str(item_id)) > MAX_ID_CHARS:
            raise _bad("invalid_field", f"texts[{index}].id must be a string or an integer "
                                        f"(at most {MAX_ID_CHARS} characters)")
    else:
        raise _bad("invalid_field", f"texts[{index}] must be a string or an object with 'id' and 'text'")
    if len(text) > max_chars:
        raise _bad("text_too_long", f"texts[{index}] has {len(text)} characters; the limit "
                                    f"(max_text_chars) is {max_chars}")
    # Ids come back as strings, as the engine and the CLI give them (CONTRACT.md: "0", "1", ...).
    return str(item_id), text


def parse_check(settings) -> CheckRequest:
    """Validate a check request against the contract and the server's limits."""
    body = json_body(settings.max_body_bytes)
    texts = body.get("texts")
    if not isinstance(texts, list):
        raise _bad("invalid_field", "'texts' must be a list of strings or {\"id\", \"text\"} objects")
    if len(texts) > settings.max_texts:
        raise _bad("too_many_texts", f"{len(texts)} texts in one request; the limit (max_texts) is "
                                     f"{settings.max_texts}: split the batch")
    pairs = [_item(i, item, settings.max_text_chars) for i, item in enumerate(texts)]
    lang = body.get("lang")
    if lang is not None and (not isinstance(lang, str) or len(lang) > 35):
        raise _bad("invalid_field", "'lang' must be a language tag such as zh-Hant, zh-Hans or en")
    return CheckRequest(ids=[p[0] for p in pairs], texts=[p[1] for p in pairs],
                        lang=lang or "zh-Hant", disabled_rules=_names(body, "disabled_rules", False),
                        categories=_names(body, "categories", True))


def query_lang() -> str:
    """Return ?lang=; the engine falls back to zh-Hant when it is unknown, so only length is checked."""
    lang = request.args.get("lang", "")
    if len(lang) > 35:
        raise _bad("invalid_field", "'lang' must be a language tag such as zh-Hant, zh-Hans or en")
    return lang or "zh-Hant"
