"""A store whose current rulebook no longer loads falls back to the bundled one: never no checking."""
from __future__ import annotations

import json
import os
import shutil

import requests
import yaml

from dunwatch import Engine
from dunwatch.engine import bundled_rules_dir
from support.live_server import live_server

from .conftest import dunwatch


def unloadable_current(home):
    """Make 9.0.0 current, in a schema this Dunwatch does not read (as after a downgrade)."""
    target = home / "rulebooks" / "9.0.0"
    shutil.copytree(bundled_rules_dir(), target)
    book = yaml.safe_load((target / "rulebook.yaml").read_text(encoding="utf-8"))
    book.update(version="9.0.0", schema=99)
    (target / "rulebook.yaml").write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    os.symlink("9.0.0", home / "rulebooks" / "current")


def test_check_warns_and_uses_the_bundled_rulebook(home):
    unloadable_current(home)
    out = dunwatch("check", "--json", "欠款逾期，律師函已發出")
    assert out.returncode == 0, out.stderr
    assert "the store's current rulebook" in out.stderr and "schema 99" in out.stderr
    result = json.loads(out.stdout)
    assert result["rulebook"]["version"] == Engine.default().rulebook["version"]
    assert result["results"][0]["flagged"]


def test_serve_warns_and_serves_the_bundled_rulebook(home, monkeypatch):
    monkeypatch.delenv("DUNWATCH_RULES", raising=False)
    unloadable_current(home)
    with live_server(workers=1) as srv:
        health = requests.get(srv.url("/healthz"), timeout=10).json()
        assert health["rulebook"]["version"] == Engine.default().rulebook["version"]
        assert "serving the bundled one" in srv.stderr_text()
