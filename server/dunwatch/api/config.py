"""Server settings: one defaults object, then DUNWATCH_* environment variables, then overrides."""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, fields
from urllib.parse import urlsplit

ENV_PREFIX = "DUNWATCH_"
WORKERS = ("gevent", "gthread")


class SettingsError(ValueError):
    """A setting has a value the server cannot use; str() says which and why."""


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8737
    rules: str | None = None            # a rules directory; None = the bundled rulebook
    token: str | None = None
    token_file: str | None = None       # for systemd credentials: keeps the token out of `ps`
    # Matching is CPU-bound Python: threads in one process contend for the GIL (4 threads served
    # 8,900 messages/s, 1 thread 15,800, 2 workers of 1 thread 27,500 on 2 cores; see
    # docs/performance.md). Two single-threaded workers use both cores, and a slow batch in one
    # leaves the other free for /healthz.
    workers: int = 2
    # gevent (default): a slow or idle client parks a greenlet, never a worker (issue 10; see
    # gworker.py). gthread: `threads` threads per worker, each held by its connection.
    worker: str = "gevent"
    threads: int = 1
    allow_remote: bool = False
    cors_origins: tuple = ()            # exact origins the operator trusts, besides extensions
    max_body_bytes: int = 1024 * 1024
    max_texts: int = 500
    max_text_chars: int = 20_000
    rate_limit: float = 20.0            # requests per second per client address; 0 turns it off
    rate_burst: int = 60
    cache_size: int = 20_000            # results kept in the LRU (per worker)
    trusted_proxies: int = 0            # X-Forwarded-For hops to trust (a reverse proxy in front)
    log_level: str = "info"
    max_check_seconds: float = 5.0      # matching time per request; texts left are "incomplete"
    graceful_timeout: int = 10

    def resolved_token(self) -> str | None:
        """Return the token, reading token_file when no token was given directly."""
        if self.token is not None:
            if not self.token.strip():
                raise SettingsError("token: is blank; give a real token or none at all")
            return self.token
        if self.token_file:
            try:
                with open(self.token_file, encoding="utf-8") as fh:
                    token = fh.read().strip()
            except (OSError, UnicodeDecodeError) as exc:
                raise SettingsError(f"token_file: cannot read {self.token_file}: "
                                    f"{getattr(exc, 'strerror', None) or exc}") from None
            if not token:
                # Starting without a token here would publish an open server behind the TLS proxy.
                raise SettingsError(f"token_file: {self.token_file} is empty; write the token into it "
                                    "(e.g. openssl rand -hex 32 > FILE)")
            return token
        return None


_FIELDS = {f.name: f for f in fields(Settings)}


def _coerce(name: str, value):
    """Turn a string (from the environment) or a Python value into the field's type."""
    kind = _FIELDS[name].type
    try:
        if kind == "bool" and isinstance(value, str):
            if value.strip().lower() not in ("1", "true", "yes", "on", "0", "false", "no", "off", ""):
                raise ValueError(value)
            return value.strip().lower() in ("1", "true", "yes", "on")
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "tuple":
            items = value.replace(",", " ").split() if isinstance(value, str) else value
            return tuple(str(v).strip() for v in items if str(v).strip())
        if kind == "bool":
            return bool(value)
    except (TypeError, ValueError):
        raise SettingsError(f"{name}: {value!r} is not a valid {kind}") from None
    return None if value in ("", None) else str(value)


def from_env(environ=None) -> dict:
    """Collect DUNWATCH_<FIELD> variables (e.g. DUNWATCH_MAX_TEXTS=100)."""
    environ = os.environ if environ is None else environ
    found = {}
    for name in _FIELDS:
        key = ENV_PREFIX + name.upper()
        if key in environ:
            found[name] = environ[key]
    return found


def load_settings(overrides=None, environ=None) -> Settings:
    """Build settings: defaults, then the environment, then `overrides` (CLI flags or a test config)."""
    values = {}
    for source in (from_env(environ), dict(overrides or {})):
        for name, value in source.items():
            key = name.lower()
            if key not in _FIELDS:
                raise SettingsError(f"unknown setting {name!r}; known: {', '.join(sorted(_FIELDS))}")
            if value is not None:
                values[key] = _coerce(key, value)
    settings = Settings(**values)
    _validate(settings)
    return settings


def _validate(s: Settings) -> None:
    for name in ("port", "workers", "threads", "max_body_bytes", "max_texts", "max_text_chars",
                 "rate_burst", "cache_size", "trusted_proxies", "graceful_timeout"):
        if getattr(s, name) < (0 if name in ("port", "cache_size", "trusted_proxies") else 1):
            raise SettingsError(f"{name}: {getattr(s, name)} is out of range")
    if s.worker not in WORKERS:
        raise SettingsError(f"worker: {s.worker!r} is not one of {', '.join(WORKERS)}")
    if not math.isfinite(s.max_check_seconds) or s.max_check_seconds <= 0:
        raise SettingsError("max_check_seconds: must be a positive number of seconds")
    if not math.isfinite(s.rate_limit) or s.rate_limit < 0:  # nan compares false and switched it off
        raise SettingsError("rate_limit: must be 0 (off) or a positive number of requests per second")
    if s.log_level.lower() not in ("debug", "info", "warning", "error", "critical"):
        raise SettingsError(f"log_level: {s.log_level!r} is not one of debug, info, warning, error")
    for origin in s.cors_origins:
        check_origin(origin)


def check_origin(origin: str) -> None:
    """Accept only an exact scheme://host[:port] origin: no wildcard, no path, never `*` or `null`."""
    parts = urlsplit(origin)
    if (parts.scheme not in ("http", "https") or not parts.hostname or parts.path
            or parts.query or parts.fragment or "*" in origin):
        raise SettingsError(f"cors_origins: {origin!r} is not an exact origin like https://mail.example.com")

