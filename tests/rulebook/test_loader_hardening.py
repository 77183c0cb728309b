"""Rulebooks that crashed the loader (issue 10) are RulebookErrors naming file and key, in process and in the CLI."""
from __future__ import annotations

import subprocess
import sys

import pytest

from dunwatch import Engine, RulebookError
from fixtures.bad_rulebooks import CASES
from fixtures.rulebooks import write_rulebook

DUNWATCH = [sys.executable, "-m", "dunwatch"]


@pytest.fixture(params=sorted(CASES))
def broken(request, tmp_path):
    """A small valid rulebook with one of the issue's edits: (directory, file at fault, expected text)."""
    edit, needle = CASES[request.param]
    root = write_rulebook(tmp_path / "rules")
    return root, edit(root), needle


def test_loader_names_file_and_key(broken):
    root, filename, needle = broken
    with pytest.raises(RulebookError) as err:
        Engine.from_path(root)
    problems = [p for p in err.value.problems if needle in p]
    assert problems and all(p.startswith(filename + ":") for p in problems), err.value.problems


@pytest.mark.parametrize("command", [["rules", "lint"], ["rules", "test"], ["check", "--rules"]])
def test_cli_says_what_is_wrong_without_a_traceback(broken, command):
    root, filename, needle = broken
    args = DUNWATCH + command + [str(root)] + (["你好"] if command[0] == "check" else [])
    out = subprocess.run(args, capture_output=True, text=True, timeout=120)
    both = out.stdout + out.stderr
    assert out.returncode in (1, 2), both
    assert "Traceback" not in both and needle in both and filename in both, both
