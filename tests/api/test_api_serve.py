"""`dunwatch serve` as a process: startup line, settings precedence, refusals, clean shutdown."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
import requests

from support.live_server import ServerFailed, live_server

from .helpers import TOKEN, break_lint, test_engine

LAUNCH = "import sys; from dunwatch.cli import main; sys.argv[0] = 'dunwatch'; sys.exit(main())"


def run_serve(*args, env=None, timeout=30):
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-c", LAUNCH, "serve", *args], capture_output=True, text=True,
                          timeout=timeout, env=full_env, stdin=subprocess.DEVNULL)


def test_startup_prints_the_url_and_the_rulebook_version():
    engine = test_engine()
    with live_server() as srv:
        line = srv.stdout_text()
    assert f"listening on {srv.base_url}" in line
    assert f"rulebook {engine.rulebook['version']}" in line and engine.rulebook["digest"] in line


@pytest.mark.parametrize("how", ["SIGTERM", "Ctrl-C"])
def test_shuts_down_cleanly(how):
    with live_server(workers=2) as srv:
        if how == "SIGTERM":
            srv.process.send_signal(signal.SIGTERM)
        else:  # a terminal's Ctrl-C reaches the whole foreground process group
            os.killpg(srv.process.pid, signal.SIGINT)
        assert srv.process.wait(20) == 0
        time.sleep(0.2)
        log = srv.stderr_text()
    assert "Traceback" not in log and "Shutting down" in log
    assert "[ERROR]" not in log and "[CRITICAL]" not in log


def test_a_broken_rulebook_stops_startup_with_the_reason(rules_copy):
    break_lint(rules_copy)
    done = run_serve("--port", "0", "--rules", str(rules_copy))
    assert done.returncode == 1
    assert "catastrophic" in done.stderr and "Traceback" not in done.stderr
    assert "listening" not in done.stdout


def test_a_missing_rules_directory_stops_startup(tmp_path):
    done = run_serve("--port", "0", "--rules", str(tmp_path / "nowhere"))
    assert done.returncode != 0 and "Traceback" not in done.stderr and done.stderr.strip()


def test_bad_settings_are_named(tmp_path):
    done = run_serve("--port", "0", env={"DUNWATCH_MAX_TEXTS": "lots"})
    assert done.returncode == 2 and "max_texts" in done.stderr
    done = run_serve("--port", "0", "--cors-origin", "*")
    assert done.returncode == 2 and "cors_origins" in done.stderr


def _check(srv, count, headers=None):
    return requests.post(srv.url("/v1/check"), json={"texts": ["x"] * count}, headers=headers or srv.headers,
                         timeout=10)


def test_environment_overrides_defaults_and_flags_override_environment():
    with live_server(env={"DUNWATCH_MAX_TEXTS": "3", "DUNWATCH_RATE_LIMIT": "0"}) as srv:
        r = _check(srv, 4)
        assert r.status_code == 400 and "is 3" in r.json()["error"]["message"]
        assert _check(srv, 3).status_code == 200
    with live_server(env={"DUNWATCH_MAX_TEXTS": "3"}, extra_args=["--max-texts", "5"]) as srv:
        assert _check(srv, 5).status_code == 200 and _check(srv, 6).status_code == 400


def test_token_from_the_environment_and_from_a_file(tmp_path):
    with live_server(env={"DUNWATCH_TOKEN": "from-env"}) as srv:
        assert _check(srv, 1, {"X": "none"}).status_code == 401
        assert _check(srv, 1, {"Authorization": "Bearer from-env"}).status_code == 200
        assert "token required" in srv.stdout_text()
    token_file = tmp_path / "token"
    token_file.write_text("from-file\n")
    with live_server(extra_args=["--token-file", token_file]) as srv:
        assert _check(srv, 1, {"Authorization": "Bearer from-file"}).status_code == 200
        assert _check(srv, 1, {"Authorization": "Bearer from-env"}).status_code == 401


def test_the_helper_reports_a_server_that_cannot_start(rules_copy):
    break_lint(rules_copy)
    with pytest.raises(ServerFailed, match="catastrophic"):
        with live_server(rules=rules_copy):
            pass


def test_several_workers_serve():
    with live_server(token=TOKEN, workers=3, extra_args=["--rate-limit", "0"]) as srv:
        deadline = time.monotonic() + 20
        while srv.stderr_text().count("Booting worker with pid") < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert srv.stderr_text().count("Booting worker with pid") == 3
        assert all(_check(srv, 2).status_code == 200 for _ in range(20))
