"""CONTRACT.md's HTTP section, point by point, against a real server; every body checked against OpenAPI."""
from __future__ import annotations

import json

import pytest
import requests

from .helpers import TOKEN, flagged_example, test_engine, utf16_slice

BENIGN = "明天下午三點開會，記得帶筆電。"


@pytest.fixture(scope="module")
def engine():
    return test_engine()


def post_check(server, openapi, body, status=200):
    r = requests.post(server.url("/v1/check"), json=body, headers=server.headers, timeout=30)
    assert r.status_code == status, r.text
    openapi.validate("/v1/check", "post", r.status_code, r.json())
    return r.json()


def test_check_with_ids_keeps_order_and_matches_the_engine(server, openapi, engine):
    text, rule_id, _ = flagged_example()
    texts = [{"id": "m1", "text": text}, {"id": "m2", "text": BENIGN}, {"id": "m0", "text": text}]
    body = post_check(server, openapi, {"texts": texts, "lang": "zh-Hant"})
    assert body["rulebook"] == engine.rulebook
    assert [r["id"] for r in body["results"]] == ["m1", "m2", "m0"]
    assert body["results"] == engine.check(texts, lang="zh-Hant")
    first = body["results"][0]
    assert first["flagged"] and first["risk"] != "none" and 0 < first["score"] <= 1
    assert rule_id in {m["rule"] for m in first["matches"]}
    assert body["results"][1] == {"id": "m2", "flagged": False, "risk": "none", "score": 0.0, "matches": []}


def test_plain_strings_get_index_ids(server, openapi, engine):
    text, _, _ = flagged_example()
    body = post_check(server, openapi, {"texts": [BENIGN, text, BENIGN]})
    assert [r["id"] for r in body["results"]] == ["0", "1", "2"]
    assert body["results"] == engine.check([BENIGN, text, BENIGN])


def test_empty_batch_is_fine(server, openapi):
    assert post_check(server, openapi, {"texts": []})["results"] == []


def test_integer_ids_come_back_as_strings(server, openapi):
    body = post_check(server, openapi, {"texts": [{"id": 7, "text": BENIGN}]})
    assert body["results"][0]["id"] == "7"


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans", "en"])
def test_messages_in_the_requested_language(server, openapi, engine, lang):
    text, _, _ = flagged_example()
    body = post_check(server, openapi, {"texts": [text], "lang": lang})
    assert body["results"] == engine.check([text], lang=lang)


@pytest.mark.parametrize("lang", [None, "klingon", ""])
def test_unknown_or_missing_lang_falls_back_to_zh_hant(server, openapi, engine, lang):
    text, _, _ = flagged_example()
    payload = {"texts": [text]} if lang is None else {"texts": [text], "lang": lang}
    body = post_check(server, openapi, payload)
    assert body["results"] == engine.check([text], lang="zh-Hant")


def test_disabled_rules_silence_a_rule_by_id(server, openapi):
    text, rule_id, _ = flagged_example()
    body = post_check(server, openapi, {"texts": [text], "disabled_rules": [rule_id, "no-such.rule"]})
    assert rule_id not in {m["rule"] for m in body["results"][0]["matches"]}


def test_categories_limit_what_is_reported(server, openapi):
    text, rule_id, category = flagged_example()
    only = post_check(server, openapi, {"texts": [text], "categories": [category]})["results"][0]
    assert only["matches"] and all(m["category"] == category for m in only["matches"])
    other = "legit_court_notice" if category != "legit_court_notice" else "urgency"
    none = post_check(server, openapi, {"texts": [text], "categories": [other]})["results"][0]
    assert all(m["category"] == other for m in none["matches"])
    assert rule_id not in {m["rule"] for m in none["matches"]}


def test_offsets_are_utf16_units_of_the_original_text(server, openapi):
    text, _, _ = flagged_example()
    padded = "😀𫜰 " + text  # two astral characters first: each is two UTF-16 units
    result = post_check(server, openapi, {"texts": [padded]})["results"][0]
    assert result["matches"]
    for m in result["matches"]:
        assert utf16_slice(padded, m["offset"], m["length"]) == m["text"]


def test_repeated_batches_are_served_from_the_cache(server, openapi):
    text, _, _ = flagged_example()
    batch = {"texts": [text + " cache-probe", BENIGN + " cache-probe"], "lang": "en"}
    first = post_check(server, openapi, batch)
    mark = len(server.stderr_text())
    second = post_check(server, openapi, batch)
    assert first == second
    log = server.wait_for_stderr("cache_hits=2", after=mark)
    assert "POST /v1/check 200" in log[mark:]


@pytest.mark.parametrize("lang", ["zh-Hant", "en"])
def test_rules_lists_categories_and_rules(server, openapi, engine, lang):
    r = requests.get(server.url("/v1/rules"), params={"lang": lang}, headers=server.headers, timeout=10)
    assert r.status_code == 200
    body = r.json()
    openapi.validate("/v1/rules", "get", 200, body)
    assert body["rulebook"] == engine.rulebook
    assert body["categories"] == engine.categories(lang)
    assert body["rules"] == engine.rules(lang)
    assert {c["id"] for c in body["categories"]} >= {"legal_threat", "third_party_contact", "legit_court_notice"}
    for rule in body["rules"]:
        assert {"id", "category", "severity", "title", "explanation", "advice", "references"} <= set(rule)


def test_one_rule_by_id(server, openapi, engine):
    _, rule_id, _ = flagged_example()
    r = requests.get(server.url(f"/v1/rules/{rule_id}"), params={"lang": "en"}, headers=server.headers, timeout=10)
    assert r.status_code == 200
    openapi.validate("/v1/rules/{rule_id}", "get", 200, r.json())
    assert r.json() == engine.rule(rule_id, "en")


def test_healthz_needs_no_token(server, openapi, engine):
    r = requests.get(server.url("/healthz"), timeout=10)
    assert r.status_code == 200
    openapi.validate("/healthz", "get", 200, r.json())
    assert r.json() == {"status": "ok", "rulebook": engine.rulebook}


def test_openapi_document_is_served_and_is_the_shipped_file(server, openapi):
    r = requests.get(server.url("/v1/openapi.json"), headers=server.headers, timeout=10)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/json")
    assert r.json() == openapi.doc
    assert r.json()["openapi"].startswith("3.")


def test_every_documented_path_exists_and_every_route_is_documented(openapi, engine):
    from dunwatch.api import create_app

    app = create_app({"token": TOKEN}, engine=engine)
    routes = {rule.rule.replace("<path:rule_id>", "{rule_id}") for rule in app.url_map.iter_rules()
              if rule.endpoint != "static"}
    assert routes == set(openapi.doc["paths"])


def test_responses_are_utf8_json_with_readable_chinese(server):
    text, _, _ = flagged_example()
    r = requests.post(server.url("/v1/check"), data=json.dumps({"texts": [text]}),
                      headers={**server.headers, "Content-Type": "application/json"}, timeout=10)
    assert r.headers["Content-Type"] == "application/json"
    assert "\\u" not in r.text  # not ASCII-escaped: a third of the size for Chinese
    assert r.headers["Cache-Control"] == "no-store" and r.headers["X-Content-Type-Options"] == "nosniff"
