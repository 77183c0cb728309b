"""A short, bounded load over loopback: concurrent batches of 50 all succeed (and the load helper works)."""
from __future__ import annotations

from support.http_load import run_load


def test_concurrent_batches_all_succeed(server):
    result = run_load(server.base_url, server.headers, seconds=2.0, clients=3, batch=50, unique=True,
                      max_requests=2000)
    assert result["errors"] == 0 and result["requests"] >= 5
    assert result["messages"] == 50 * result["requests"]
