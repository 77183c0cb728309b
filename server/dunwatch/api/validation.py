"""Parse and bound a /v1/check request; every rejection is a 400 that names the field or the limit."""
from __future__ import annotations

import json
from dataclasses import dataclass

from flask import request

from .body import is_json_type, read_body
from .errors import ApiError

MAX_ID_CHARS = 200
MAX_LIST_ITEMS = 1000   # disabled_rules / categories: far above the rulebook's size, bounds cache keys
MAX_NAME_CHARS = 200


@dataclass(frozen=True)
class CheckRequest:
    ids: list
    texts: list
    lang: str
    disabled_rules: tuple
    categories: tuple | None


def _bad(code: str, message: str) -> ApiError:
    return ApiError(400, code, message)


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
    if field not in body:
        return None if allow_null else ()
    value = body[field]
    if value is None and allow_null:
        return None
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
