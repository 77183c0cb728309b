"""Dunwatch's HTTP server: `create_app()` builds the Flask app; `dunwatch serve` runs it under gunicorn."""
from __future__ import annotations

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from . import accesslog, errors
from .config import Settings, load_settings
from .jsonio import JsonProvider
from .ratelimit import limit_requests
from .report_page import report_page
from .routes import health, v1
from .rulebook import EngineSlot, load_validated
from .security import refuse_simple_posts, require_token, security_headers, setup_cors
from .service import Service


def create_app(config=None, *, engine=None, master_pid: int | None = None) -> Flask:
    """Build the app: settings from defaults, DUNWATCH_* variables, then `config` (a dict or Settings).

    `engine` lets the gunicorn runner hand over the rulebook its master already validated, and
    tests a prepared one; otherwise the rulebook is loaded, linted and its examples run here.
    """
    settings = config if isinstance(config, Settings) else load_settings(config)
    if engine is None:
        engine = load_validated(settings.rules)
    app = Flask(__name__, static_folder=None)  # an API: no /static route
    app.config.update(MAX_CONTENT_LENGTH=settings.max_body_bytes)
    app.json = JsonProvider(app)
    svc = Service(settings, EngineSlot(engine, settings.rules), master_pid=master_pid)
    app.extensions["dunwatch"] = svc

    accesslog.register(app)
    app.before_request(refuse_simple_posts)  # first: such a request must not even cost a rate token
    app.before_request(limit_requests(svc.limiter))
    app.before_request(require_token(svc.token))
    app.after_request(security_headers)
    setup_cors(app, settings.cors_origins)
    errors.register(app)
    app.register_blueprint(health)
    app.register_blueprint(v1)
    app.register_blueprint(report_page)
    if settings.trusted_proxies:
        # Behind a reverse proxy every request comes from the proxy; trust its X-Forwarded-For so
        # rate limits apply per real client. Only as many hops as the operator says are trusted.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.trusted_proxies,
                                x_proto=settings.trusted_proxies)
    return app


__all__ = ["create_app", "load_settings", "Settings"]
