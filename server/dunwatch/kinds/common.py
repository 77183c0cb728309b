"""What the text-reading kinds share: pattern fields expanded from lexicons, span selection."""
from __future__ import annotations

from ..lexicon import LexiconError
from ..regex.safety import check_pattern


def expand_all(raw, key, where, rid, problems, lexicons, required=False) -> tuple:
    """Validate the list `raw[key]`, expand lexicon names and check each pattern's safety."""
    from ..schema import str_list  # late: schema imports the kinds

    out = []
    for p in str_list(raw.get(key), where, rid, key, problems, required=required):
        try:
            expanded = lexicons.expand(p)
        except LexiconError as exc:
            problems.add(where, rid, f"`{key}` pattern {p!r}: {exc}",
                         "define the lexicon in rules/lexicons/ or correct its name")
            continue
        for what, fix in check_pattern(expanded):
            problems.add(where, rid, f"pattern {p!r}: {what}", fix)
        out.append(expanded)
    return tuple(out)


def leftmost(found) -> list[tuple[int, int]]:
    """Keep non-overlapping spans, leftmost first and, at one start, the earlier pattern.

    `found` holds (start, pattern number, end). This is what one alternation of all of a rule's
    patterns would report, so authors can reason about a rule as the union of its patterns.
    """
    out: list[tuple[int, int]] = []
    for start, _number, end in sorted(found):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


class Compiled:
    """A rule compiled for one matcher: `run(text, numbers, hits)` returns its spans in normalised text.

    Each pattern is registered with the matcher, which returns (key, rest): its literal branches are
    found by the matcher's one-pass term scan (`hits.get(key)`, overlaps included) and the rest, if
    any, by a gated regex (terms.Gated) under the time budget.
    """

    def __init__(self, rule, search):
        self.rule = rule
        self._search = search

    def find(self, number: int, text: str, hits, search=None) -> list[tuple[int, int]]:
        key, rest = self.regexes[number]
        found = list(hits.get(key, ()))
        if rest is not None and rest.possible(hits):
            found += (search or self._search)(rest, text, self.rule.id, hits=hits) or []
        return found

    @staticmethod
    def compile_each(patterns, register) -> tuple:
        return tuple(register(p, n) for n, p in enumerate(patterns))

    @property
    def needs_all(self) -> bool:
        """True when every pattern must occur for the rule to fire (near), not any one (pattern)."""
        return False
