"""Who may talk to the server: bearer token, CORS for the extension, where it may listen."""
from __future__ import annotations

import hmac
import ipaddress
import re

from flask import Flask, request
from flask_cors import CORS

from .errors import ApiError
from .body import is_json_type

# Extension origins, anchored at both ends (flask-cors uses re.match, which anchors only the start).
EXTENSION_ORIGINS = (
    re.compile(r"chrome-extension://[a-p]{32}\Z"),                  # Chromium ids: 32 letters a-p
    re.compile(r"moz-extension://[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\Z", re.IGNORECASE),
)
OPEN_PATHS = ("/healthz",)  # for probes and the live-server helper: says no more than "up" and the version


def is_loopback(host: str) -> bool:
    """True for localhost and 127.0.0.0/8 or ::1; any other name or address counts as remote."""
    if host.strip("[]").lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name may resolve anywhere: treat it as remote


def bind_refusal(host: str, token: str | None, allow_remote: bool) -> str | None:
    """Return why listening on `host` is refused, or None when it is allowed."""
    if is_loopback(host) or token or allow_remote:
        return None
    return (f"refusing to listen on {host} without a token: anyone who can reach that address could "
            "use this server.\nSet a token (--token, --token-file or DUNWATCH_TOKEN), or pass "
            "--allow-remote if something in front of the server (a reverse proxy, a firewall) "
            "already controls access.")


def token_ok(header: str | None, token: str) -> bool:
    """Compare in constant time, so the token cannot be guessed byte by byte from timings."""
    scheme, _, given = (header or "").partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))


def require_token(token: str | None):
    """Return a before_request hook that demands the token everywhere except OPEN_PATHS."""

    def check():
        # CORS preflights carry no Authorization header by design; flask-cors answers them.
        if not token or request.method == "OPTIONS" or request.path in OPEN_PATHS:
            return None
        if not token_ok(request.headers.get("Authorization"), token):
            raise ApiError(401, "unauthorized", "missing or wrong token: send 'Authorization: Bearer <token>'",
                           {"WWW-Authenticate": 'Bearer realm="dunwatch"'})
        return None

    return check


def refuse_simple_posts():
    """Refuse a POST a web page could send without the browser asking us first (issue 10).

    A cross-origin "simple request" (no CORS preflight) can carry only a text/plain, form or
    multipart body and no Authorization header. Our clients send JSON (the extension's background
    does) or a token, so anything else is refused here, before it costs a rate-limit token.
    """
    # A custom X-Dunwatch-* header (the /report upload sends one) also forces a preflight, so a
    # request carrying it cannot be a simple cross-origin one either.
    custom = any(name.lower().startswith("x-dunwatch-") for name in request.headers.keys())
    if request.method == "POST" and not is_json_type(request.mimetype) and "Authorization" not in request.headers \
            and not custom:
        raise ApiError(415, "unsupported_media_type", "send the body as JSON with "
                                                      "'Content-Type: application/json'")
    return None


def setup_cors(app: Flask, operator_origins) -> None:
    """Allow extension origins and the operator's exact origins; never `*`."""
    # Operator origins are escaped and anchored: flask-cors would read "[::1]" as a regex otherwise.
    exact = [re.compile(re.escape(o.rstrip("/")) + r"\Z", re.IGNORECASE) for o in operator_origins]
    origins = list(EXTENSION_ORIGINS) + exact
    CORS(app, origins=origins, allow_headers=["Authorization", "Content-Type"],
         methods=["GET", "POST", "OPTIONS"], expose_headers=["Retry-After"], max_age=600,
         supports_credentials=False, vary_header=True)


def security_headers(response):
    """Responses are data for one client: no sniffing, no framing, no caching by intermediaries."""
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response
