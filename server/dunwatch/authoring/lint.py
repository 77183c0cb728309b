"""Lint a rulebook: the loader's schema errors plus checks on what makes a rule trustworthy."""
from __future__ import annotations

import re

from ..regex.literals import requirements
from ..normalize import convert_chars, script
from ..rulebook import RulebookError, load_rulebook

# Disguises collectors use (FACTS.md section 4): invisible characters, full-width forms, and
# spaces or symbols inside a word.
_DISGUISED = re.compile(r"[\u200b-\u200f\u2060\ufeff\uff01-\uff5e]|"
                        r"[\u4e00-\u9fff][^\u4e00-\u9fff\w，。！？；：、,.!?;:]+[\u4e00-\u9fff]")
_UPPER_LITERAL = re.compile(r"(?<!\\)(?<!\\[pPN]\{)[A-Z]")


def _rule_findings(rule) -> tuple[list[str], list[str]]:
    errors, warnings = [], []
    where = f"{rule.source}: {rule.id}"
    scripts = {script(e.text) for e in rule.match_examples}
    if not scripts & {"hant", "mixed"} or not scripts & {"hans", "mixed", "neutral"}:
        errors.append(f"{where}: match examples are not in both scripts (found {sorted(scripts)}). "
                      "Fix: add a Traditional and a Simplified example.")
    if rule.severity != "info" and not any(_DISGUISED.search(e.text) for e in rule.match_examples):
        warnings.append(f"{where}: no match example is disguised (spaces, symbols, zero-width, "
                        "full-width); collectors disguise words, so test that the rule still fires")
    for pattern in rule.patterns:
        if requirements(convert_chars(pattern)) is None:
            warnings.append(f"{where}: pattern {pattern!r} has no literal the prefilter can use; "
                            "it runs on every message")
        if _UPPER_LITERAL.search(pattern):
            warnings.append(f"{where}: pattern {pattern!r} has upper-case letters, but text is "
                            "matched in lower case")
    return errors, warnings


def lint(path) -> tuple[list[str], list[str]]:
    """Return (errors, warnings) for the rulebook at `path`."""
    try:
        book = load_rulebook(path)
    except RulebookError as exc:
        return exc.problems, []
    errors, warnings = [], []
    for rule in book.rules:
        if rule.active:
            e, w = _rule_findings(rule)
            errors += e
            warnings += w
    return errors, warnings
