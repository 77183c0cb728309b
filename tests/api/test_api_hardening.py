"""Issue 10 over real HTTP: odd bodies, odd text, web pages, matching time, serve's own refusals."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest
import requests

from support.live_server import live_server

from .helpers import TOKEN, assert_error, flagged_example

SURROGATE_TEXT = "律\ud800師函已發出，限你今天還款"


def _raw(server, data: bytes, timeout: float = 30) -> tuple[int, bytes]:
    """Send bytes as they are; return the status and the body of the answer."""
    url = urlsplit(server.base_url)
    with socket.create_connection((url.hostname, url.port), timeout=timeout) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def _chunked(server, chunks: bytes, token=TOKEN) -> tuple[int, dict]:
    head = (f"POST /v1/check HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
    status, body = _raw(server, head.encode() + chunks)
    if b"\r\n" in body and not body.lstrip().startswith(b"{"):  # a chunked answer: take the first chunk
        body = body.split(b"\r\n", 2)[1]
    return status, json.loads(body)


def _assert_error_body(body: dict, code: str) -> None:
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"], body


# --- bodies --------------------------------------------------------------------------------------

def test_broken_chunked_encoding_is_400_json_not_500(server):
    mark = len(server.stderr_text())
    status, body = _chunked(server, b'ZZ\r\n{"texts": []}\r\n0\r\n\r\n')
    assert status == 400, body
    _assert_error_body(body, "bad_request")
    time.sleep(0.3)
    assert "unhandled" not in server.stderr_text()[mark:]


def test_chunked_body_over_the_limit_is_413(server):
    piece = b"a" * 65536
    chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    body = b'{"texts": ["' + b""  # the JSON never closes: the size alone must decide
    first = f"{len(body):x}\r\n".encode() + body + b"\r\n"
    status, answer = _chunked(server, first + chunk * 17 + b"0\r\n\r\n")  # 1.06 MiB in all
    assert status == 413, answer
    _assert_error_body(answer, "payload_too_large")


def test_chunked_body_within_the_limit_is_checked(server):
    text, rule_id, _ = flagged_example()
    payload = json.dumps({"texts": [text]}, ensure_ascii=False).encode()
    chunks = b"".join(f"{len(payload[i:i + 7]):x}\r\n".encode() + payload[i:i + 7] + b"\r\n"
                      for i in range(0, len(payload), 7)) + b"0\r\n\r\n"
    status, answer = _chunked(server, chunks)
    assert status == 200 and any(m["rule"] == rule_id for m in answer["results"][0]["matches"]), answer


# --- surrogates ------------------------------------------------------------------------------------

def _utf16_slice(text: str, offset: int, length: int) -> str:
    units = text.encode("utf-16-le", "surrogatepass")
    return units[2 * offset:2 * (offset + length)].decode("utf-16-le", "surrogatepass")


def test_an_unpaired_surrogate_fails_nothing_and_offsets_stay_exact(server):
    text, _, _ = flagged_example()
    # What the browser's JSON.stringify sends: the lone surrogate as a \\ud800 escape.
    body = json.dumps({"texts": [SURROGATE_TEXT, {"id": "odd\udc00id", "text": text}, "今天天氣很好"]},
                      ensure_ascii=True)
    r = requests.post(server.url("/v1/check"), data=body, timeout=30,
                      headers={**server.headers, "Content-Type": "application/json"})
    assert r.status_code == 200, r.text[:300]
    assert "\\ud800" in r.text and "\\udc00" in r.text  # sent back as escapes: valid UTF-8, exact UTF-16
    results = json.loads(r.text)["results"]
    assert [x["id"] for x in results] == ["0", "odd\udc00id", "2"]
    assert results[0]["flagged"] and results[1]["flagged"] and not results[2]["flagged"]
    for source, result in ((SURROGATE_TEXT, results[0]), (text, results[1])):
        for match in result["matches"]:
            assert _utf16_slice(source, match["offset"], match["length"]) == match["text"], match
    assert any("\ud800" in m["text"] for m in results[0]["matches"])


# --- requests a web page can send without asking -------------------------------------------------

@pytest.fixture(scope="module")
def bucket_server():
    """Five requests at once, then one per 100 s: every request that costs a token shows."""
    with live_server(extra_args=["--rate-limit", "0.01", "--rate-burst", "5"]) as srv:
        yield srv


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", None])
def test_simple_cross_origin_posts_are_refused_before_the_rate_limit(bucket_server, content_type):
    text, _, _ = flagged_example()
    srv = bucket_server
    headers = {"Origin": "https://evil.example"} | ({"Content-Type": content_type} if content_type else {})
    for _ in range(6):  # more than the whole burst: none of them may cost a token
        r = requests.post(srv.url("/v1/check"), data=json.dumps({"texts": [text]}), headers=headers, timeout=10)
        assert_error(r, 415, "unsupported_media_type")
        assert "Access-Control-Allow-Origin" not in r.headers
    ok = requests.post(srv.url("/v1/check"), json={"texts": [text]}, timeout=10)  # one token per case
    assert ok.status_code == 200 and ok.json()["results"][0]["flagged"]


def test_extension_background_sends_a_json_content_type():
    """The extension's one server client must keep sending what the server now requires."""
    from pathlib import Path

    source = (Path(__file__).resolve().parents[2] / "extension" / "background" / "server.js").read_text(encoding="utf-8")
    assert "headers['Content-Type'] = 'application/json'" in source


def test_empty_categories_is_refused(server):
    r = requests.post(server.url("/v1/check"), json={"texts": ["x"], "categories": []},
                      headers=server.headers, timeout=10)
    body = assert_error(r, 400, "invalid_field")
    assert "categories" in body["error"]["message"]


# --- matching time per request -------------------------------------------------------------------

def test_matching_time_is_capped_per_request_and_marked_incomplete():
    text, _, _ = flagged_example()
    long_texts = [f"{i} " + (text + "，") * 100 for i in range(100)]  # far more than 0.1 s of matching
    with live_server(workers=1, extra_args=["--rate-limit", "0", "--max-check-seconds", "0.1"]) as srv:
        started = time.monotonic()
        r = requests.post(srv.url("/v1/check"), json={"texts": long_texts}, timeout=60)
        took = time.monotonic() - started
        assert r.status_code == 200, r.text[:300]
        results = r.json()["results"]
        assert len(results) == 100 and [x["id"] for x in results] == [str(i) for i in range(100)]
        incomplete = [x for x in results if x.get("incomplete")]
        assert incomplete and incomplete[-1]["id"] == "99" and results[0]["flagged"]
        assert all(x["incomplete"] is True for x in incomplete)
        assert took < 20, took  # bounded by the cap (plus one text), not by the batch
        assert requests.get(srv.url("/healthz"), timeout=5).status_code == 200
        # Incomplete results are not cached: asked again alone, the last text is checked in full.
        again = requests.post(srv.url("/v1/check"), json={"texts": [long_texts[-1]]}, timeout=60).json()
        assert "incomplete" not in again["results"][0] and again["results"][0]["flagged"]
        srv.wait_for_stderr("incomplete=")


# --- what `dunwatch serve` refuses to start with -------------------------------------------------

LAUNCH = "import sys; from dunwatch.cli import main; sys.argv[0] = 'dunwatch'; sys.exit(main())"


def _serve(*args):
    return subprocess.run([sys.executable, "-c", LAUNCH, "serve", "--port", "0", *args], capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("content", ["", "   \n\t\n"])
def test_an_empty_token_file_is_refused(tmp_path, content):
    token_file = tmp_path / "token"
    token_file.write_text(content, encoding="utf-8")
    for host in ("127.0.0.1", "0.0.0.0"):
        done = _serve("--host", host, "--token-file", str(token_file))
        assert done.returncode == 2, done.stderr
        assert "token_file" in done.stderr and "empty" in done.stderr and "Traceback" not in done.stderr
        assert "listening" not in done.stdout


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_rate_limit_must_be_a_finite_number(value):
    done = _serve(f"--rate-limit={value}")
    assert done.returncode == 2 and "rate_limit" in done.stderr and "Traceback" not in done.stderr


def test_a_blank_token_is_refused():
    done = _serve("--token", "   ")
    assert done.returncode == 2 and "token" in done.stderr and "Traceback" not in done.stderr
