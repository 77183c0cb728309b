"""`dunwatch serve`: registered on the engine's CLI by `add_parser(subparsers)`."""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from .config import SettingsError, load_settings
from .rulebook import RulebookRejected, load_validated
from .security import bind_refusal

# Flags that map one-to-one onto Settings fields; unset flags (None) leave env/defaults in place.
_FLAGS = ("host", "port", "rules", "token", "token_file", "workers", "worker", "threads", "allow_remote",
          "cors_origins", "max_body_bytes", "max_texts", "max_text_chars", "rate_limit", "rate_burst",
          "cache_size", "trusted_proxies", "log_level", "graceful_timeout", "max_check_seconds")


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register `serve` on the CLI's subparsers; sets func= to serve()."""
    p = subparsers.add_parser(
        "serve", help="run the HTTP rule server (gunicorn)",
        description="Run the Dunwatch HTTP server. Every flag can also be set as DUNWATCH_<FLAG> "
                    "(e.g. DUNWATCH_TOKEN, DUNWATCH_MAX_TEXTS); flags win over the environment.",
        epilog="Reload the rulebook without downtime: kill -HUP <pid> or POST /v1/admin/reload.")
    p.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default 8737; 0 picks a free one)")
    p.add_argument("--rules", metavar="PATH", help="rules directory with rulebook.yaml (default: the store's "
                   "current one, followed as it changes; else the bundled one)")
    p.add_argument("--token", help="require 'Authorization: Bearer TOKEN' (visible in ps: prefer --token-file)")
    p.add_argument("--token-file", metavar="PATH", help="read the token from a file")
    p.add_argument("--workers", type=int, help="worker processes (default 2)")
    p.add_argument("--worker", choices=("gevent", "gthread"),
                   help="worker kind (default gevent: slow clients cannot hold a worker)")
    p.add_argument("--threads", type=int, help="threads per gthread worker (default 1; matching is CPU-bound)")
    p.add_argument("--allow-remote", action="store_true", default=None,
                   help="allow listening beyond loopback without a token (a proxy controls access)")
    p.add_argument("--cors-origin", dest="cors_origins", action="append", metavar="ORIGIN",
                   help="also allow this exact web origin (repeatable); extensions are always allowed")
    p.add_argument("--max-body-bytes", type=int, help="request body limit (default 1048576)")
    p.add_argument("--max-texts", type=int, help="texts per request (default 500)")
    p.add_argument("--max-text-chars", type=int, help="characters per text (default 20000)")
    p.add_argument("--rate-limit", type=float, help="requests per second per client (default 20; 0 = off)")
    p.add_argument("--rate-burst", type=int, help="requests a client may send at once (default 60)")
    p.add_argument("--cache-size", type=int, help="cached results per worker (default 20000; 0 = off)")
    p.add_argument("--trusted-proxies", type=int, help="X-Forwarded-For hops to trust (default 0)")
    p.add_argument("--max-check-seconds", type=float,
                   help="matching time per request (default 5); texts left come back \"incomplete\"")
    p.add_argument("--graceful-timeout", type=int, help="seconds a stopping worker may finish requests (default 10)")
    p.add_argument("--log-level", choices=("debug", "info", "warning", "error"), help="default info")
    p.set_defaults(func=serve)
    return p


def serve(args: argparse.Namespace) -> int:
    """Check settings and the rulebook before binding anything; then run gunicorn."""
    overrides = {name: getattr(args, name, None) for name in _FLAGS}
    try:
        settings = load_settings(overrides)
        token = settings.resolved_token()
    except SettingsError as exc:
        print(f"dunwatch serve: {exc}", file=sys.stderr)
        return 2
    follower = None
    if settings.rules is None:  # neither --rules nor DUNWATCH_RULES: serve and follow the store
        from dunwatch.store.follow import Follower

        follower = Follower()
        settings = follower.settings(settings)
    refusal = bind_refusal(settings.host, token, settings.allow_remote)
    if refusal:
        print(f"dunwatch serve: {refusal}", file=sys.stderr)
        return 2
    try:
        engine = load_validated(settings.rules)
    except RulebookRejected as exc:
        if follower is None or settings.rules is None:
            print(f"dunwatch serve: {exc}", file=sys.stderr)
            return 1
        # The store's current rulebook no longer passes (e.g. Dunwatch was downgraded): serve the
        # bundled one rather than nothing; a newer update or a rollback is followed as usual.
        print(f"dunwatch serve: the store's current rulebook is refused, serving the bundled one: {exc}",
              file=sys.stderr)
        settings = replace(settings, rules=None)
        engine = load_validated(None)
    from .runner import run  # gunicorn is imported only when serving

    return run(settings, engine, follower)
