"""Token, CORS and where the server may listen, over real HTTP (and the bind policy in process)."""
from __future__ import annotations

import argparse

import pytest
import requests

from dunwatch.api import command
from dunwatch.api.security import bind_refusal, is_loopback, token_ok

from .helpers import TOKEN

CHROME = "chrome-extension://" + "abcdefghijklmnopabcdefghijklmnop"
FIREFOX = "moz-extension://1b6c0a54-7d0e-4f5a-9b8e-2c1d3e4f5a6b"
OPERATOR = "https://mail.example.test"


@pytest.fixture(scope="module")
def cors_server():
    from support.live_server import live_server

    with live_server(token=TOKEN, extra_args=["--rate-limit", "0", "--cors-origin", OPERATOR]) as srv:
        yield srv


def test_the_right_token_opens_every_endpoint(server):
    ok = {"Authorization": f"Bearer {TOKEN}"}
    assert requests.post(server.url("/v1/check"), json={"texts": ["x"]}, headers=ok, timeout=10).status_code == 200
    assert requests.get(server.url("/v1/rules"), headers=ok, timeout=10).status_code == 200
    assert requests.get(server.url("/v1/openapi.json"), headers=ok, timeout=10).status_code == 200
    lower = {"Authorization": f"bearer {TOKEN}"}  # the scheme is case-insensitive (RFC 7235)
    assert requests.get(server.url("/v1/rules"), headers=lower, timeout=10).status_code == 200


def test_a_token_prefix_or_extension_is_refused(server):
    for wrong in (TOKEN[:-1], TOKEN + "x", TOKEN.upper()):
        r = requests.get(server.url("/v1/rules"), headers={"Authorization": f"Bearer {wrong}"}, timeout=10)
        assert r.status_code == 401


def test_without_a_token_the_server_is_open_on_loopback(tokenless_server):
    r = requests.post(tokenless_server.url("/v1/check"), json={"texts": ["x"]}, timeout=10)
    assert r.status_code == 200


@pytest.mark.parametrize("origin", [CHROME, FIREFOX, OPERATOR])
def test_preflight_from_allowed_origins(cors_server, origin):
    r = requests.options(cors_server.url("/v1/check"), timeout=10, headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert r.status_code == 200  # a preflight carries no token, and must not need one
    assert r.headers["Access-Control-Allow-Origin"] == origin
    assert "authorization" in r.headers["Access-Control-Allow-Headers"].lower()
    assert "POST" in r.headers["Access-Control-Allow-Methods"]
    assert "Origin" in r.headers.get("Vary", "")


@pytest.mark.parametrize("origin", [CHROME, FIREFOX, OPERATOR])
def test_actual_responses_carry_cors_headers_even_on_errors(cors_server, origin):
    ok = requests.post(cors_server.url("/v1/check"), json={"texts": ["x"]}, timeout=10,
                       headers={"Origin": origin, "Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.headers["Access-Control-Allow-Origin"] == origin
    denied = requests.post(cors_server.url("/v1/check"), json={"texts": ["x"]}, timeout=10, headers={"Origin": origin})
    assert denied.status_code == 401 and denied.headers["Access-Control-Allow-Origin"] == origin


@pytest.mark.parametrize("origin", [
    "https://evil.example", "null", "chrome-extension://short", "chrome-extension://" + "z" * 32,
    CHROME + ".evil.example", OPERATOR + ".evil.example", "http://mail.example.test",
    "moz-extension://not-a-uuid", FIREFOX + "/x",
])
def test_other_origins_get_no_cors_headers_and_never_a_wildcard(cors_server, origin):
    r = requests.options(cors_server.url("/v1/check"), timeout=10, headers={
        "Origin": origin, "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in r.headers
    r = requests.get(cors_server.url("/healthz"), headers={"Origin": origin}, timeout=10)
    assert r.headers.get("Access-Control-Allow-Origin") != "*"
    assert "Access-Control-Allow-Origin" not in r.headers


@pytest.mark.parametrize("host,remote", [("127.0.0.1", False), ("127.8.9.10", False), ("localhost", False),
                                         ("::1", False), ("[::1]", False), ("0.0.0.0", True), ("::", True),
                                         ("192.0.2.7", True), ("example.test", True)])
def test_loopback_detection(host, remote):
    assert is_loopback(host) is not remote


def test_bind_policy():
    assert bind_refusal("127.0.0.1", None, False) is None
    assert bind_refusal("0.0.0.0", "t", False) is None
    assert bind_refusal("0.0.0.0", None, True) is None
    message = bind_refusal("0.0.0.0", None, False)
    assert "--token" in message and "--allow-remote" in message


def test_serve_refuses_a_remote_bind_without_token_before_binding(monkeypatch, capsys):
    """Run the real `serve` command in process; reaching the runner would be a failure."""
    import dunwatch.api.runner as runner

    monkeypatch.setattr(runner, "run", lambda *a: pytest.fail("serve went on to bind"))
    monkeypatch.delenv("DUNWATCH_TOKEN", raising=False)
    monkeypatch.delenv("DUNWATCH_ALLOW_REMOTE", raising=False)
    parser = argparse.ArgumentParser()
    command.add_parser(parser.add_subparsers())
    args = parser.parse_args(["serve", "--host", "0.0.0.0"])
    assert args.func(args) == 2
    assert "refusing to listen on 0.0.0.0 without a token" in capsys.readouterr().err


def test_token_comparison():
    assert token_ok("Bearer abc", "abc") and token_ok("BEARER abc", "abc")
    assert not token_ok("Bearer abd", "abc") and not token_ok(None, "abc") and not token_ok("abc", "abc")
    assert not token_ok("Bearer 密碼", "abc")  # non-ASCII must not raise
