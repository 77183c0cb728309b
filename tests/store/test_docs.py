"""The update commands are documented where users look, and the timer recipe pins the publisher's key."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_and_self_hosting_show_update_and_rollback():
    for doc in ("README.md", "docs/self-hosting.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        for command in ("dunwatch rules update ", "dunwatch rules rollback", "dunwatch rules versions"):
            assert command in text, f"{doc} does not show `{command.strip()}`"


def test_timer_recipe_pins_the_key_and_accepts_nothing_newer():
    unit = (ROOT / "server/deploy/dunwatch-rules-update.service").read_text(encoding="utf-8")
    assert "Environment=DUNWATCH_PUBKEY=" in unit and "SuccessExitStatus=3" in unit
    assert "dunwatch rules update https://" in unit
    assert "OnCalendar=" in (ROOT / "server/deploy/dunwatch-rules-update.timer").read_text(encoding="utf-8")
    server = (ROOT / "server/deploy/dunwatch.service").read_text(encoding="utf-8")
    assert "Environment=DUNWATCH_HOME=/var/lib/dunwatch" in server and "DUNWATCH_HOME=/var/lib/dunwatch" in unit
    guide = (ROOT / "docs/self-hosting.md").read_text(encoding="utf-8")
    assert "dunwatch-rules-update.timer" in guide and "minisign -G" in guide and "make release-rules" in guide
