"""The `pattern` kind: any one of a rule's regular expressions matching fires the rule."""
from __future__ import annotations

from ..terms import leftmost_longest
from .common import Compiled, expand_all, leftmost

FIELDS = {"patterns", "anti_patterns"}


def validate(raw, where, rid, problems, lexicons) -> dict:
    """Return the kind's Rule fields from `raw`, adding any problem found."""
    patterns = expand_all(raw, "patterns", where, rid, problems, lexicons, required=True)
    return {"patterns": patterns}


class PatternRule(Compiled):
    """Run each candidate pattern; report the leftmost non-overlapping spans of all of them."""

    def __init__(self, rule, search, register):
        super().__init__(rule, search)
        self.regexes = self.compile_each(rule.patterns, register)

    def run(self, text: str, numbers, hits) -> list[tuple[int, int]]:
        found = [(a, n, b) for n in numbers for a, b in leftmost_longest(self.find(n, text, hits))]
        return leftmost(found)


def compile(rule, search, register) -> PatternRule:
    return PatternRule(rule, search, register)
