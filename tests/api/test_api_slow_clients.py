"""Slow and idle clients cannot stall the server (issue 10): real `dunwatch serve`, loopback only.

Normal clients' latency is measured with and without 50 stalled connections, in alternating
rounds so that the shared machine's noise falls on both alike; and each kind of stalled connection
is closed by the server within the timeouts docs/self-hosting.md promises.
"""
from __future__ import annotations

import socket
import threading
import time

import pytest

from dunwatch.api.gworker import READ_TIMEOUT
from dunwatch.api.runner import HEADER_SECONDS
from support.live_server import live_server
from support.slow_clients import Stallers, timed_requests

pytestmark = pytest.mark.slow
STALLED = 50
ROUNDS = 3
PER_ROUND = 60


def p99(samples):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def test_fifty_stalled_connections_leave_normal_clients_p99_within_1_5x():
    with live_server(workers=2, extra_args=["--rate-limit", "0"]) as srv:
        port = int(srv.base_url.rsplit(":", 1)[1])
        timed_requests(srv.base_url, {}, 20, tag="warm")
        idle, stalled, opened = [], [], 0
        for n in range(ROUNDS):
            idle += timed_requests(srv.base_url, {}, PER_ROUND, tag=f"idle{n}-", timeout=20)
            with Stallers("127.0.0.1", port, STALLED, seconds=120) as stallers:
                stalled += timed_requests(srv.base_url, {}, PER_ROUND, tag=f"stalled{n}-", timeout=20)
            opened += stallers.opened
    assert opened >= ROUNDS * STALLED
    ratio = p99(stalled) / p99(idle)
    print(f"p99 idle {p99(idle) * 1e3:.1f} ms, with {STALLED} stalled connections {p99(stalled) * 1e3:.1f} ms "
          f"(x{ratio:.2f})")
    assert ratio <= 1.5, (p99(idle), p99(stalled))


def _wait_closed(sock, drip: bytes = b"") -> tuple[float, bytes]:
    """Wait until the server answers or closes; drip `drip` a byte at a time meanwhile."""
    start, sent = time.monotonic(), 0
    sock.settimeout(0.25)
    while time.monotonic() - start < 60:
        try:
            data = sock.recv(65536)
            return time.monotonic() - start, data
        except socket.timeout:
            if sent < len(drip):
                try:
                    sock.send(drip[sent:sent + 1])
                    sent += 1
                except OSError:
                    return time.monotonic() - start, b""
        except OSError:
            return time.monotonic() - start, b""
    raise AssertionError("the server kept a stalled connection open for a minute")


def test_each_kind_of_stalled_connection_is_closed_within_the_promised_timeouts():
    head = (b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100000\r\n\r\n")
    with live_server(workers=1, extra_args=["--rate-limit", "0"]) as srv:
        port = int(srv.base_url.rsplit(":", 1)[1])
        conns = {kind: socket.create_connection(("127.0.0.1", port), timeout=10)
                 for kind in ("idle", "drip-headers", "partial-body")}
        conns["partial-body"].sendall(head + b'{"texts": ["')
        got = {}
        threads = [threading.Thread(target=lambda k=k, s=s: got.__setitem__(
            k, _wait_closed(s, head if k == "drip-headers" else b""))) for k, s in conns.items()]
        for t in threads:
            t.start()
        for t in threads:
            t.join(70)
        for sock in conns.values():
            sock.close()
    slack = 4.0  # a shared, busy machine
    assert got["idle"][0] <= HEADER_SECONDS + slack and got["idle"][1] == b""
    assert got["drip-headers"][0] <= HEADER_SECONDS + slack  # dripping does not extend the limit
    seconds, answer = got["partial-body"]
    assert seconds <= READ_TIMEOUT + slack
    assert answer.startswith(b"HTTP/1.1 408") and b"application/json" in answer, answer[:300]
