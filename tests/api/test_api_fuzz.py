"""Fuzz the real server from its OpenAPI document with schemathesis: no 5xx, every answer as documented.

Bounded: MAX_EXAMPLES cases per operation and a wall-clock budget, so it stays well under a minute.
"""
from __future__ import annotations

import time

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (content_type_conformance, negative_data_rejection,
                                               response_schema_conformance, status_code_conformance)

from support.live_server import live_server
from support.openapi_check import load_document

from .helpers import TOKEN

MAX_EXAMPLES = 150
BUDGET_SECONDS = 45.0
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance, negative_data_rejection]
CASES = {"count": 0, "started": None}


@pytest.fixture(scope="module")
def fuzz_server():
    # The admin reload is left out of fuzzing: it restarts workers, which is its own test's job.
    with live_server(token=TOKEN, extra_args=["--rate-limit", "0", "--max-texts", "50",
                                              "--max-text-chars", "2000"]) as srv:
        yield srv


def _operations():
    # The admin reload is left out: it restarts workers, which its own test covers under load.
    schema = schemathesis.openapi.from_dict(load_document())
    ops = [result.ok() for result in schema.get_all_operations()]
    return {f"{op.method.upper()} {op.path}": op for op in ops if op.path != "/v1/admin/reload"}


OPERATIONS = _operations()
# Negative cases need something to break: operations without parameters or body get positive ones only.
RUNS = [(label, mode) for label, op in sorted(OPERATIONS.items())
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
        if mode is GenerationMode.POSITIVE or len(op.query) or len(op.path_parameters) or len(op.body)]


# hypothesis' @given is used directly (not schemathesis' pytest plugin, whose fixture loader breaks on
# pytest 9): one test per operation and generation mode, each bounded by MAX_EXAMPLES.
@pytest.mark.parametrize("label,mode", RUNS)
def test_fuzz_no_server_errors_and_documented_answers(fuzz_server, label, mode):
    CASES["started"] = CASES["started"] or time.monotonic()

    @given(case=OPERATIONS[label].as_strategy(generation_mode=mode))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        if time.monotonic() - CASES["started"] > BUDGET_SECONDS:
            return  # budget spent: later examples pass without a request
        CASES["count"] += 1
        case.call_and_validate(base_url=fuzz_server.base_url, headers=fuzz_server.headers,
                               checks=CHECKS, timeout=30)

    run()


def test_fuzzing_ran_cases(fuzz_server):
    """Runs after the fuzz test (file order): the fuzzer must really have exercised the server."""
    print(f"schemathesis cases: {CASES['count']}")
    assert CASES["count"] >= 50
    assert "Traceback" not in fuzz_server.stderr_text() and "[ERROR]" not in fuzz_server.stderr_text()
