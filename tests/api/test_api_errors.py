"""Walk every error path over real HTTP: one JSON shape, the right status and code, never HTML or a trace."""
from __future__ import annotations

import json

import pytest
import requests

from .helpers import assert_error

A = "a" * 10


def post_raw(server, data, content_type="application/json", headers=None):
    h = {**server.headers, "Content-Type": content_type, **(headers or {})}
    return requests.post(server.url("/v1/check"), data=data, headers=h, timeout=30)


@pytest.mark.parametrize("data,code", [
    (b"", "invalid_json"),
    (b"{not json", "invalid_json"),
    (b"\xff\xfe\x00garbage", "invalid_json"),
    (b"[1, 2, 3]", "invalid_json"),
    (b'"just a string"', "invalid_json"),
    (b"null", "invalid_json"),
    (b"[" * 100_000 + b"]" * 100_000, "invalid_json"),        # deep nesting must not become a 500
    (b"{}", "invalid_field"),
    (b'{"texts": "not a list"}', "invalid_field"),
    (b'{"texts": [42]}', "invalid_field"),
    (b'{"texts": [{"id": "x"}]}', "invalid_field"),
    (b'{"texts": [{"id": {"a": 1}, "text": "x"}]}', "invalid_field"),
    (b'{"texts": [{"id": true, "text": "x"}]}', "invalid_field"),
    (b'{"texts": ["x"], "lang": 5}', "invalid_field"),
    (b'{"texts": ["x"], "disabled_rules": "legal-threat.x"}', "invalid_field"),
    (b'{"texts": ["x"], "disabled_rules": [1]}', "invalid_field"),
    (b'{"texts": ["x"], "disabled_rules": null}', "invalid_field"),  # the schema says array; null is not "none"
    (b'{"texts": ["x"], "categories": {"a": 1}}', "invalid_field"),
])
def test_malformed_check_bodies_are_400(server, openapi, data, code):
    r = post_raw(server, data)
    body = assert_error(r, 400, code)
    openapi.validate("/v1/check", "post", 400, body)


def test_too_many_texts_names_the_limit(server):
    body = assert_error(post_raw(server, json.dumps({"texts": ["x"] * 501})), 400, "too_many_texts")
    assert "max_texts" in body["error"]["message"] and "500" in body["error"]["message"]


def test_too_long_text_names_the_limit(server):
    body = assert_error(post_raw(server, json.dumps({"texts": ["ok", "字" * 20_001]})), 400, "text_too_long")
    assert "max_text_chars" in body["error"]["message"] and "texts[1]" in body["error"]["message"]


def test_texts_at_the_limits_pass(server):
    r = post_raw(server, json.dumps({"texts": ["字" * 20_000] + ["x"] * 499}))
    assert r.status_code == 200 and len(r.json()["results"]) == 500


def test_body_over_the_limit_is_413(server, openapi):
    body = assert_error(post_raw(server, b'{"texts": ["' + b"a" * (1024 * 1024) + b'"]}'), 413, "payload_too_large")
    openapi.validate("/v1/check", "post", 413, body)


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic dGVzdA=="},
                                     {"Authorization": "Bearer"}, {"Authorization": ""}])
@pytest.mark.parametrize("method,path", [("post", "/v1/check"), ("get", "/v1/rules"),
                                         ("get", "/v1/rules/x"), ("get", "/v1/openapi.json"),
                                         ("post", "/v1/admin/reload")])
def test_missing_or_wrong_token_is_401(server, openapi, headers, method, path):
    r = requests.request(method, server.url(path), json={"texts": ["x"]}, headers=headers, timeout=10)
    body = assert_error(r, 401, "unauthorized")
    assert r.headers["WWW-Authenticate"].startswith("Bearer")
    template = "/v1/rules/{rule_id}" if path == "/v1/rules/x" else path
    openapi.validate(template, method, 401, body)


@pytest.mark.parametrize("path", ["/", "/v2/check", "/v1", "/v1/", "/v1/rulez", "/healthz/x", "/static/x"])
def test_unknown_paths_are_404(server, path):
    assert_error(requests.get(server.url(path), headers=server.headers, timeout=10), 404, "not_found")


def test_unknown_rule_is_404(server, openapi):
    r = requests.get(server.url("/v1/rules/no-such.rule"), headers=server.headers, timeout=10)
    openapi.validate("/v1/rules/{rule_id}", "get", 404, assert_error(r, 404, "rule_not_found"))


@pytest.mark.parametrize("method,path", [("get", "/v1/check"), ("put", "/v1/check"), ("delete", "/v1/rules"),
                                         ("post", "/v1/rules"), ("post", "/healthz"), ("patch", "/v1/rules/x"),
                                         ("get", "/v1/admin/reload")])
def test_wrong_method_is_405_with_allow(server, method, path):
    r = requests.request(method, server.url(path), headers=server.headers, timeout=10)
    assert_error(r, 405, "method_not_allowed")
    assert r.headers["Allow"]


def test_admin_reload_without_a_configured_token_is_403(tokenless_server, openapi):
    # JSON: a POST with neither a JSON type nor a token is refused earlier, with 415 (test_api_hardening).
    r = requests.post(tokenless_server.url("/v1/admin/reload"), json={}, timeout=10)
    body = assert_error(r, 403, "forbidden")
    openapi.validate("/v1/admin/reload", "post", 403, body)


def test_rate_limit_is_429_with_retry_after(limited_server, openapi):
    responses = [requests.get(limited_server.url("/v1/rules"), timeout=10) for _ in range(5)]
    limited = [r for r in responses if r.status_code == 429]
    assert limited, [r.status_code for r in responses]
    body = assert_error(limited[0], 429, "rate_limited")
    assert int(limited[0].headers["Retry-After"]) >= 1
    openapi.validate("/v1/rules", "get", 429, body)


def test_internal_errors_are_json_and_logged_without_text(caplog):
    """A 500 cannot be provoked over HTTP from outside, so a failing engine is injected here."""
    from dunwatch.api import create_app

    class Exploding:
        rulebook = {"version": "0", "digest": "sha256:" + "0" * 64}

        def check(self, texts, **kwargs):
            raise ValueError(f"engine choked on {texts[0]}")  # the worst case: text in the exception

    secret = "機密句子-5be1f0-請勿記錄"
    app = create_app({"rate_limit": 0}, engine=Exploding())
    with caplog.at_level("DEBUG"):
        r = app.test_client().post("/v1/check", json={"texts": [secret]})
    assert r.status_code == 500 and r.get_json() == {
        "error": {"code": "internal_error", "message": "the server hit an unexpected error; see its log"}}
    assert "ValueError" in caplog.text and secret not in caplog.text


def _raw(server, request: bytes) -> tuple[int, dict, bytes]:
    """Send bytes no HTTP client library would send; return status, headers and body."""
    import socket
    from urllib.parse import urlsplit

    url = urlsplit(server.base_url)
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


@pytest.mark.parametrize("request_bytes,status", [
    (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),            # request line too long
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 9000 + b"\r\n\r\n", 431),
    (b"BR\x00KEN\r\n\r\n", 400),                                                 # not HTTP at all
])
def test_errors_gunicorn_answers_itself_are_json_too(server, request_bytes, status):
    got, headers, body = _raw(server, request_bytes)
    assert got == status and headers["Content-Type"] == "application/json"
    parsed = json.loads(body)
    assert set(parsed) == {"error"} and set(parsed["error"]) == {"code", "message"}
    assert b"aaaa" not in body and b"bbbb" not in body  # the request is not echoed back
