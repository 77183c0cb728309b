"""Message text never reaches a log: a unique sentence goes through every path, then stderr is searched."""
from __future__ import annotations

import json
import re
import uuid

import requests

from support.live_server import live_server

from .helpers import TOKEN, flagged_example


def _variants(sentence: str) -> list[str]:
    """The sentence and the pieces a leak might show: halves, its JSON-escaped form, the marker."""
    escaped = json.dumps(sentence)[1:-1]
    return [sentence, sentence[: len(sentence) // 2], sentence[len(sentence) // 2:], escaped]


def test_no_message_text_in_the_log_even_at_debug():
    marker = uuid.uuid4().hex[:12]
    flagged, _, _ = flagged_example()
    secret = f"私密訊息{marker}：{flagged}"  # fires a rule, so matches (with their text) are produced
    plain = f"另一則只屬於使用者的句子 {marker}-benign"
    h = {"Authorization": f"Bearer {TOKEN}"}
    env = {"DUNWATCH_LOG_LEVEL": "debug"}
    with live_server(token=TOKEN, workers=1, env=env, extra_args=["--max-text-chars", "200"]) as srv:
        def post(payload, headers=h):
            return requests.post(srv.url("/v1/check"), data=payload, headers={**headers, "Content-Type": "application/json"},
                                 timeout=10)

        ok = post(json.dumps({"texts": [{"id": "s", "text": secret}, plain], "lang": "en"}))
        assert ok.status_code == 200 and ok.json()["results"][0]["flagged"]
        assert post(json.dumps({"texts": [secret, plain], "lang": "en"})).status_code == 200  # cache hits
        assert post(json.dumps({"texts": [secret]}), headers={}).status_code == 401
        assert post(json.dumps({"texts": [secret * 20]})).status_code == 400        # over max_text_chars
        assert post(("{" + secret).encode()).status_code == 400                   # invalid JSON
        assert post(json.dumps({"texts": secret})).status_code == 400
        assert requests.get(srv.url("/v1/rules/no-such.rule"), headers=h, timeout=10).status_code == 404
        srv.wait_for_stderr("POST /v1/check 400")
        log = srv.stderr_text()
    assert "POST /v1/check 200" in log and "texts=2" in log and "flagged=1" in log and "cache_hits=2" in log
    assert "[DEBUG]" in log  # the server really ran at debug level
    for needle in _variants(secret) + _variants(plain) + [flagged]:
        assert needle not in log, f"message text leaked into the log: {needle!r}"


def test_gunicorn_own_lines_carry_no_client_address_and_no_request_fragment():
    """Requests gunicorn refuses itself (issue 10): the log says what kind of refusal, nothing more."""
    import socket
    import time
    from urllib.parse import urlsplit

    marker = uuid.uuid4().hex[:10]
    requests_bytes = [
        f"GARBAGE /{marker}a x y\r\n\r\n".encode(),                                       # bad request line
        f"GET /{marker}b HTTP/1.1\r\nHost: x\r\nBad Header {marker}c: y\r\n\r\n".encode(),  # bad header
        f"GET /{marker}d{'a' * 5000} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),                # line too long
        (f"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
         f"Transfer-Encoding: chunked\r\n\r\nZZ{marker}e\r\n\r\n").encode(),                # broken chunk
        f"GET /{marker}f HTTP/9.9\r\nHost: x\r\n\r\n".encode(),                             # bad version
    ]
    env = {"DUNWATCH_LOG_LEVEL": "debug"}
    with live_server(workers=1, env=env) as srv:
        url = urlsplit(srv.base_url)
        ports = []
        for data in requests_bytes:
            with socket.create_connection((url.hostname, url.port), timeout=15) as sock:
                ports.append(sock.getsockname()[1])
                sock.sendall(data)
                try:
                    while sock.recv(65536):
                        pass
                except OSError:
                    pass
        time.sleep(0.5)
        log = srv.stderr_text()
    assert "[DEBUG]" in log
    assert "refused a request that is not valid HTTP" in log  # what is logged instead
    assert marker not in log, [line for line in log.splitlines() if marker in line]
    assert "ip=" not in log
    for port in ports:
        assert f":{port}" not in log and f"'{port}'" not in log and f", {port})" not in log
    for line in log.splitlines():
        if "127.0.0.1" in line:  # the server's own address, at start-up (and in the debug config dump)
            assert "Listening at:" in line or re.match(r"\s+\w+: ", line), line
