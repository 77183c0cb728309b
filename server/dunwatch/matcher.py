"""Find which rules fire in a normalised message, and where.

Compiles a Rulebook once. Every pattern and anti-pattern is compiled on its own (in the normalised
alphabet), and the literals its matches must contain go into one literal index, with the words of
the contexts. Per message the index says which literals occur; only patterns whose requirements all
hold run their regex, under a timeout. Meta rules are then evaluated over what fired.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import regex

from .model import Rule, Rulebook
from .normalize import convert_chars
from .prefilter import Gate, LiteralIndex, Prefilter, gate

MATCH_BUDGET = 0.1   # seconds one pattern may spend on one message before it is skipped for it
log = logging.getLogger("dunwatch.engine")


def compile_patterns(patterns) -> regex.Pattern:
    """Compile patterns into one regex over normalised text (characters converted like the text)."""
    return regex.compile("|".join(f"(?:{convert_chars(p)})" for p in patterns))


def _leftmost(found: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Keep non-overlapping spans, leftmost first and, at one start, the earlier pattern.

    This is what one alternation of all of a rule's patterns would report, so rule authors can
    reason about a rule as the union of its patterns.
    """
    out: list[tuple[int, int]] = []
    for start, _number, end in sorted(found):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


@dataclass
class _Compiled:
    rule: Rule
    patterns: tuple          # one compiled regex per pattern
    anti: tuple              # indices into Matcher._anti


class Matcher:
    """Run a rulebook's pattern and meta rules over normalised text."""

    def __init__(self, book: Rulebook):
        self.book = book
        self.timeouts = 0
        self._compiled: list[_Compiled] = []
        self._rules = Prefilter()             # entries: (rule index, pattern index)
        self._antis = Prefilter()             # entries: anti-pattern index
        self._anti: list[regex.Pattern] = []   # unique anti-patterns, shared by the rules that list them
        anti_index: dict[str, int] = {}
        for rule in book.rules:
            if rule.kind != "pattern" or not rule.active:
                continue
            index = len(self._compiled)
            converted = [convert_chars(p) for p in rule.patterns]
            for number, pattern in enumerate(converted):
                self._rules.add(pattern, (index, number))
            antis = []
            for pattern in map(convert_chars, rule.anti_patterns):
                if pattern not in anti_index:
                    anti_index[pattern] = len(self._anti)
                    self._anti.append(regex.compile(pattern))
                    self._antis.add(pattern, anti_index[pattern])
                antis.append(anti_index[pattern])
            self._compiled.append(_Compiled(rule, tuple(regex.compile(p) for p in converted), tuple(antis)))
        literals = self._rules.literals | self._antis.literals
        self._contexts: dict[str, Gate | regex.Pattern] = {}
        for name, patterns in book.contexts.items():
            words = [convert_chars(p) for p in patterns]
            if all(regex.escape(w, literal_spaces=True) == w for w in words):
                self._contexts[name] = gate([frozenset(words)])  # plain words: the automaton finds them
                literals |= {w for w in words if len(w) >= 2}
            else:
                self._contexts[name] = compile_patterns(patterns)
        self._index = LiteralIndex(literals)
        # Only characters some gate tests matter: intersecting with them is cheaper than set(text).
        self._chars = frozenset(self._rules.chars | self._antis.chars).union(
            *(ctx.chars for ctx in self._contexts.values() if isinstance(ctx, Gate)))
        self._metas = [r for r in book.rules if r.kind == "meta" and r.active]
        self._category = {c.rule.id: c.rule.category for c in self._compiled}
        self._meta_sets = [(m, [self._selector_ids(x) for x in m.all_of], [self._selector_ids(x) for x in m.any_of],
                            self._selector_ids(m.highlight)) for m in self._metas]

    def _search(self, rx: regex.Pattern, text: str, rule_id: str,
                deadline: float | None = None) -> list[tuple[int, int]] | None:
        budget = MATCH_BUDGET if deadline is None else min(MATCH_BUDGET, max(deadline - time.monotonic(), 1e-3))
        try:
            return [m.span() for m in rx.finditer(text, timeout=budget) if m.end() > m.start()]
        except TimeoutError:
            self.timeouts += 1
            log.warning("rule %s exceeded its %.2fs budget on one message; skipped", rule_id, MATCH_BUDGET)
            return None

    def fire(self, text: str, disabled=frozenset(), everything: bool = False,
             deadline: float | None = None) -> dict[str, list[tuple[int, int]]]:
        """Return {rule id: spans in `text`} for every enabled rule that fires, signals and metas included.

        `everything` runs every pattern without the prefilter: for tests that prove it loses nothing.
        `deadline` (time.monotonic()) caps every search, so a request's total time is bounded too.
        """
        present, chars = self._index.present(text), self._chars.intersection(text)
        candidates: dict[int, list[int]] = {}
        if everything:
            entries = [(i, n) for i, c in enumerate(self._compiled) for n in range(len(c.patterns))]
            live_antis = set(range(len(self._anti)))
        else:
            entries = self._rules.select(present, chars)
            live_antis = None  # worked out on first need: most messages fire nothing
        for index, number in entries:
            candidates.setdefault(index, []).append(number)
        fired: dict[str, list[tuple[int, int]]] = {}
        contexts: dict[str, bool] = {}
        blocked: dict[int, list] = {}
        for index in sorted(candidates):
            c = self._compiled[index]
            rule = c.rule
            if rule.id in disabled or (rule.context and not any(
                    self._context(name, text, present, chars, contexts, deadline) for name in rule.context)):
                continue
            found = [(a, number, b) for number in candidates[index]
                     for a, b in self._search(c.patterns[number], text, rule.id, deadline) or []]
            spans = _leftmost(found)
            if spans and c.anti:
                if live_antis is None:
                    live_antis = set(self._antis.select(present, chars))
                stops = [s for k in c.anti if k in live_antis
                         for s in self._blocked(k, text, rule.id, blocked, deadline)]
                spans = [s for s in spans if not any(s[0] < b and a < s[1] for a, b in stops)]
            if spans:
                fired[rule.id] = spans
        if self._metas and fired:
            self._fire_metas(fired, disabled)
        return fired

    def _blocked(self, k: int, text: str, rule_id: str, cache: dict, deadline=None) -> list:
        if k not in cache:
            cache[k] = self._search(self._anti[k], text, rule_id, deadline) or []
        return cache[k]

    def _context(self, name: str, text: str, present: set, chars: set, cache: dict, deadline=None) -> bool:
        if name not in cache:
            ctx = self._contexts[name]
            if isinstance(ctx, Gate):
                cache[name] = ctx.holds(present, chars)
            else:
                cache[name] = bool(self._search(ctx, text, f"context:{name}", deadline))
        return cache[name]

    def _selector_ids(self, selector: str) -> frozenset:
        """Return the pattern rule ids a meta selector (`rule-id` or `category:<id>`) stands for."""
        if selector.startswith("category:"):
            return frozenset(rid for rid, cat in self._category.items() if cat == selector[9:])
        return frozenset([selector])

    def _fire_metas(self, fired: dict, disabled) -> None:
        ids = fired.keys()
        for meta, all_of, any_of, highlight in self._meta_sets:
            if meta.id in disabled or any(s.isdisjoint(ids) for s in all_of):
                continue
            if any_of and sum(not s.isdisjoint(ids) for s in any_of) < meta.min_any:
                continue
            fired[meta.id] = sorted({span for rid in highlight.intersection(ids) for span in fired[rid]})
