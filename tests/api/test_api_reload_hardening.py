"""A rulebook the loader did not expect never takes the gunicorn master down (issue 10).

Each of the issue's rulebooks goes through the real master (SIGHUP) and through POST
/v1/admin/reload while a client sends a steady stream: the master stays up, the old rulebook keeps
serving, the reason is logged (SIGHUP) or answered as 422 (HTTP), and no request fails.
"""
from __future__ import annotations

import shutil
import signal

import pytest
import requests

from fixtures.bad_rulebooks import CASES
from support.live_server import live_server

from .helpers import TOKEN, rules_dir
from .test_api_reload import SteadyClients, admin_reload, healthz_digest

pytestmark = pytest.mark.slow


def _fresh(target):
    shutil.rmtree(target)
    shutil.copytree(rules_dir(), target)


def test_no_rulebook_kills_the_master(rules_copy):
    with live_server(rules=rules_copy, token=TOKEN, workers=2,
                     extra_args=["--rate-limit", "0", "--graceful-timeout", "5"]) as srv:
        original = healthz_digest(srv)
        with SteadyClients(srv, clients=1, pause=0.02) as clients:
            for name, (edit, needle) in sorted(CASES.items()):
                _fresh(rules_copy)
                filename = edit(rules_copy)
                r = admin_reload(srv)
                assert r.status_code == 422, (name, r.status_code, r.text[:300])
                message = r.json()["error"]["message"]
                assert needle in message and filename in message, (name, message)

                mark = len(srv.stderr_text())
                srv.process.send_signal(signal.SIGHUP)
                log = srv.wait_for_stderr("SIGHUP: rulebook refused", after=mark, timeout=60)
                assert needle in log[mark:], (name, log[mark:][-2000:])
                assert "Traceback" not in log[mark:] and "Unhandled exception" not in log[mark:], name
                assert srv.process.poll() is None, f"the master exited on {name}"
                assert healthz_digest(srv) == original, name
                clients.pause(0.2)
        assert clients.failures == [], clients.failures[:5]
        assert requests.get(srv.url("/healthz"), timeout=10).status_code == 200
