"""One JSON error shape, {"error": {"code", "message"}}, for every failure: never HTML, never a trace."""
from __future__ import annotations

import logging
import traceback

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

log = logging.getLogger("dunwatch.api")

# Werkzeug's exceptions mapped to our stable codes; clients switch on `code`, people read `message`.
_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 413: "payload_too_large", 415: "unsupported_media_type",
          429: "rate_limited", 431: "headers_too_large", 500: "internal_error"}


class ApiError(Exception):
    """An error a view raises on purpose, with a stable code and a message safe to show."""

    def __init__(self, status: int, code: str, message: str, headers=None):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = dict(headers or {})


def error_response(status: int, code: str, message: str, headers=None):
    """Build the one error envelope; every error path goes through here."""
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _api_error(exc: ApiError):
    return error_response(exc.status, exc.code, exc.message, exc.headers)


def _http_error(exc: HTTPException):
    status = exc.code or 500
    # Keep werkzeug's own headers (Allow on 405, Retry-After); drop its HTML content type.
    headers = {k: v for k, v in exc.get_headers() if k.lower() not in ("content-type", "content-length")}
    message = exc.description or exc.name
    if status == 413:
        message = "the request body is larger than the server's limit (max_body_bytes)"
    return error_response(status, _CODES.get(status, "http_error"), message, headers)


def _unexpected(exc: Exception):
    # The exception's text may quote the message being checked, so log only its type and where it
    # happened: file, line and function of each frame. Message text never reaches a log.
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in reversed(frames))
    log.error("unhandled %s at %s", type(exc).__name__, where)
    return error_response(500, "internal_error", "the server hit an unexpected error; see its log")


def register(app: Flask) -> None:
    """Route every error, ours and werkzeug's, through the one envelope."""
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
