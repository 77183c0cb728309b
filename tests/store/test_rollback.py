"""`dunwatch rules rollback` and `versions`, and the store keeping its last three versions."""
from __future__ import annotations

import json
import os

from .conftest import dunwatch


def install(publisher, version, bundle=None):
    out = dunwatch("rules", "update", bundle or publisher.bundle(version), "--pubkey", publisher.pub)
    assert out.returncode == 0, out.stderr
    return out


def current(home):
    return os.readlink(home / "rulebooks" / "current")


def served_version():
    return json.loads(dunwatch("check", "--json", "x").stdout)["rulebook"]["version"]


def test_rollback_returns_to_the_previous_version_and_update_does_not_undo_it(home, publisher):
    install(publisher, "9.0.0")
    release = publisher.bundle("9.1.0")
    install(publisher, "9.1.0", release)
    assert current(home) == "9.1.0" and served_version() == "9.1.0"
    out = dunwatch("rules", "rollback")
    assert out.returncode == 0 and "9.1.0 -> 9.0.0" in out.stdout, out.stderr
    assert current(home) == "9.0.0" and served_version() == "9.0.0"
    listing = dunwatch("rules", "versions").stdout.splitlines()
    assert listing == ["  9.1.0  (rolled back)", "* 9.0.0  (current)"]
    # An unattended timer fetching the same release again must not undo the rollback.
    again = dunwatch("rules", "update", release, "--pubkey", publisher.pub)
    assert again.returncode == 3 and "was rolled back from" in again.stderr
    assert current(home) == "9.0.0"
    install(publisher, "9.2.0")  # the publisher's next release installs as usual
    assert current(home) == "9.2.0"


def test_rollback_with_nothing_older_is_refused(home, publisher):
    out = dunwatch("rules", "rollback")
    assert out.returncode == 1 and "no current rulebook" in out.stderr
    install(publisher, "9.0.0")
    out = dunwatch("rules", "rollback")
    assert out.returncode == 1 and "nothing to roll back to" in out.stderr
    assert current(home) == "9.0.0"


def test_store_keeps_the_last_three_versions(home, publisher):
    for version in ("9.0.0", "9.1.0", "9.2.0"):
        install(publisher, version)
    out = install(publisher, "9.10.0")  # numeric order: 9.10 is newer than 9.2
    assert "removed old versions: 9.0.0" in out.stdout
    assert sorted(p.name for p in (home / "rulebooks").iterdir() if not p.name.startswith(".")) == \
        ["9.1.0", "9.10.0", "9.2.0", "current"]
    assert current(home) == "9.10.0"
