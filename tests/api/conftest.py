"""Fixtures for the API tests: a shared live server, rulebook copies to break and reload, OpenAPI."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))  # tests/support is shared with the browser tests

from support.live_server import live_server  # noqa: E402
from support.openapi_check import OpenAPIChecker  # noqa: E402

from .helpers import TOKEN, rules_dir  # noqa: E402


@pytest.fixture(scope="session")
def server():
    """One real server for read-only tests: token on, rate limit off (its own tests turn it on)."""
    with live_server(token=TOKEN, extra_args=["--rate-limit", "0"]) as srv:
        yield srv


@pytest.fixture(scope="session")
def openapi():
    return OpenAPIChecker()


@pytest.fixture
def rules_copy(tmp_path) -> Path:
    """A writable copy of the rulebook under test."""
    target = tmp_path / "rules"
    shutil.copytree(rules_dir(), target)
    return target



@pytest.fixture(scope="module")
def tokenless_server():
    with live_server(extra_args=["--rate-limit", "0"]) as srv:
        yield srv


@pytest.fixture(scope="module")
def limited_server():
    """A server whose clients get 2 requests at once and one more per 10 s."""
    with live_server(extra_args=["--rate-limit", "0.1", "--rate-burst", "2"]) as srv:
        yield srv
