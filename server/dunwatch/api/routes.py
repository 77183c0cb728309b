"""The /v1 blueprint and /healthz: parse, call the service, shape JSON. No engine logic here."""
from __future__ import annotations

import json
from importlib import resources

from flask import Blueprint, Response, current_app, g, jsonify

from .errors import ApiError
from .rulebook import RulebookRejected
from .service import CheckStats
from .validation import parse_check, query_lang

v1 = Blueprint("v1", __name__, url_prefix="/v1")
health = Blueprint("health", __name__)


def service():
    return current_app.extensions["dunwatch"]


@health.get("/healthz")
def healthz():
    return jsonify({"status": "ok", "rulebook": service().slot.rulebook})


@v1.post("/check")
def check():
    svc = service()
    req = parse_check(svc.settings)
    g.stats = CheckStats()  # counts and rule ids for the access log; never the text
    rulebook, results = svc.check(req, g.stats)
    return jsonify({"rulebook": rulebook, "results": results})


@v1.get("/rules")
def rules():
    engine, lang = service().slot.engine, query_lang()
    return jsonify({"rulebook": dict(engine.rulebook), "categories": engine.categories(lang),
                    "rules": engine.rules(lang)})


@v1.get("/rules/<path:rule_id>")
def rule(rule_id: str):
    found = service().slot.engine.rule(rule_id, query_lang())
    if found is None:
        raise ApiError(404, "rule_not_found", "no rule with that id in the serving rulebook; "
                                              "GET /v1/rules lists them")
    return jsonify(found)


@v1.post("/admin/reload")
def reload():
    svc = service()
    if not svc.token:
        # Without a token any web page open in the user's browser could POST here.
        raise ApiError(403, "forbidden", "admin endpoints need a token (--token or DUNWATCH_TOKEN); "
                                         "without one, send SIGHUP to the server instead")
    try:
        old, new = svc.reload()
    except RulebookRejected as exc:
        raise ApiError(422, "rulebook_invalid", f"reload refused, the old rulebook keeps serving: {exc}")
    return jsonify({"status": "reloaded", "rulebook": new, "previous": old})


@v1.get("/openapi.json")
def openapi():
    return Response(openapi_text(), mimetype="application/json")


def openapi_text() -> str:
    """Return the shipped OpenAPI document (package data, so it works from an installed wheel)."""
    return resources.files(__package__).joinpath("openapi.json").read_text(encoding="utf-8")


def openapi_document() -> dict:
    return json.loads(openapi_text())
