"""Clients that stall, and normal clients timed beside them (issue 10): loopback only, bounded.

    with Stallers("127.0.0.1", port, count=50, seconds=60) as stalled:
        latencies = timed_requests(base_url, headers, requests=200)
    stalled.opened   # connections opened (a closed one is reopened, so `count` stay open)

Three kinds, in turn: headers and part of a body then silence; request headers dripped a byte at a
time; a connection that sends nothing. The server may close them (its timeouts); each is then
reopened, so the server always faces `count` stalled connections.
"""
from __future__ import annotations

import json
import select
import socket
import threading
import time

import requests

KINDS = ("partial-body", "drip-headers", "idle")
_HEAD = (b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
         b"Content-Length: 100000\r\n\r\n")


class Stallers:
    def __init__(self, host: str, port: int, count: int = 50, seconds: float = 60.0):
        assert host in ("127.0.0.1", "::1", "localhost"), "loopback only"
        self.host, self.port, self.count, self.seconds = host, port, count, seconds
        self.opened = self.closed_by_server = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._conns: list[tuple[socket.socket, str, int]] = []  # socket, kind, bytes of head sent

    def _open(self, index: int):
        kind = KINDS[index % len(KINDS)]
        sock = socket.create_connection((self.host, self.port), timeout=5)
        sock.setblocking(False)
        sent = 0
        if kind == "partial-body":
            sock.sendall(_HEAD + b'{"texts": ["')  # and never the rest
            sent = len(_HEAD)
        self.opened += 1
        return [sock, kind, sent]

    def _run(self):
        deadline = time.monotonic() + self.seconds
        conns = [self._open(i) for i in range(self.count)]
        while not self._stop.is_set() and time.monotonic() < deadline:
            readable, _, _ = select.select([c[0] for c in conns], [], [], 0.25)
            for i, conn in enumerate(conns):
                sock, kind, sent = conn
                dead = False
                if sock in readable:
                    try:
                        dead = True  # an answer (408 or an error) or a close: either way, done with it
                        sock.recv(65536)
                    except OSError:
                        pass
                elif kind == "drip-headers" and sent < len(_HEAD) - 4:
                    try:
                        sock.send(_HEAD[sent:sent + 1])  # one byte per quarter second
                        conn[2] += 1
                    except OSError:
                        dead = True
                if dead:
                    self.closed_by_server += 1
                    sock.close()
                    conns[i] = self._open(i)
        for sock, _, _ in conns:
            sock.close()

    def __enter__(self):
        self._thread.start()
        time.sleep(0.5)  # let every connection open before anything is measured
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(10)


def timed_requests(base_url: str, headers: dict, requests_count: int = 200, batch: int = 20,
                   tag: str = "t", timeout: float = 30.0) -> list[float]:
    """Send `requests_count` sequential batches on one keep-alive session; return each latency (s)."""
    latencies = []
    with requests.Session() as session:
        for n in range(requests_count):
            texts = [f"你的欠款已逾期，{tag}{n}-{i} 再不還款就通知你家人。" for i in range(batch)]
            body = json.dumps({"texts": texts}, ensure_ascii=False).encode()
            start = time.perf_counter()
            r = session.post(base_url + "/v1/check", data=body, timeout=timeout,
                             headers={**headers, "Content-Type": "application/json"})
            latencies.append(time.perf_counter() - start)
            assert r.status_code == 200 and len(r.json()["results"]) == batch, r.text[:200]
    return latencies
