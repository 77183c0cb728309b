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


CATASTROPHIC_BEHIND_A_PREFIX = ["红色警报xq(?:x|x)*y", "红色警报xq(x|x)+y", r"催收通知(?:\d|\d)*号"]


@pytest.mark.parametrize("pattern", CATASTROPHIC_BEHIND_A_PREFIX)
def test_lint_refuses_catastrophic_patterns_behind_a_fixed_prefix(tmp_path, pattern):
    from fixtures.rulebooks import default_rules, write_rulebook as write

    rules = default_rules()
    rules["legal_threat"][0]["patterns"] = ["律师函", pattern]
    root = write(tmp_path / "rules", rules)
    with pytest.raises(RulebookError) as err:
        Engine.from_path(root)
    assert any(repr(pattern) in p and "catastrophic" in p for p in err.value.problems), err.value.problems
    out = subprocess.run(DUNWATCH + ["rules", "lint", str(root)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "catastrophic" in out.stdout and "Traceback" not in out.stderr


def test_structural_probes_leave_the_bundled_patterns_alone(engine):
    """No bundled pattern is refused by the new probes (the bundled rulebook still loads: `engine`)."""
    from dunwatch.regex.safety import check_pattern

    patterns = {p for r in engine.book.rules for p in r.patterns + r.anti_patterns}
    assert patterns and not [p for p in patterns if check_pattern(p)]
