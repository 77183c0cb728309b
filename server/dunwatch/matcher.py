"""Find which rules fire in a normalised message, and where.

Compiles a Rulebook once. Each rule that reads text is compiled by its kind's module (kinds/); every
regex it holds, and every anti-pattern, registers its literals in one literal index, with the words
of the contexts. Per message the index says which literals occur; only rules whose requirements hold
run, under a timeout per search. Then the discourse gate drops matches in reported speech, anti-
patterns drop overlapping spans, and meta rules are evaluated over what fired.
"""
from __future__ import annotations

import logging
import time

import regex

from .discourse import Discourse
from .kinds import KINDS, TEXT_KINDS
from .kinds.meta import MetaSet
from .model import Rulebook
from .normalize import convert_chars
from .prefilter import LiteralIndex, Prefilter
from .terms import TermScanner, branches, compile_rest

MATCH_BUDGET = 0.1   # seconds one search may spend on one message before it is skipped for it
log = logging.getLogger("dunwatch.engine")


class Matcher:
    """Run a rulebook's rules over normalised text."""

    def __init__(self, book: Rulebook):
        self.book = book
        self.timeouts = 0
        self._compiled = []
        self._rules = Prefilter()             # entries: (rule index, regex number)
        self._antis = Prefilter()             # entries: anti-pattern index
        self._anti: list[regex.Pattern] = []   # unique anti-patterns, shared by the rules that list them
        self._rule_antis: list[tuple] = []
        anti_index: dict[str, int] = {}
        self._scanner = TermScanner()
        for rule in book.rules:
            if rule.kind not in TEXT_KINDS or not rule.active:
                continue
            index = len(self._compiled)

            def register(pattern, number, index=index):
                converted = convert_chars(pattern)
                literals, rest = branches(converted)
                key = (index, number)
                self._scanner.add(key, literals)
                if rest:  # only a pattern with a regex part needs the literal prefilter
                    self._rules.add(converted, key)
                return key, compile_rest(rest)

            compiled = KINDS[rule.kind].compile(rule, self._search, register)
            # A rule found by the term scan alone: its candidacy and its spans come from the scan.
            compiled.scanned = all(rest is None for _key, rest in compiled.regexes)
            self._compiled.append(compiled)
            antis = []
            for pattern in map(convert_chars, rule.anti_patterns):
                if pattern not in anti_index:
                    anti_index[pattern] = len(self._anti)
                    self._anti.append(regex.compile(pattern))
                    self._antis.add(pattern, anti_index[pattern])
                antis.append(anti_index[pattern])
            self._rule_antis.append(tuple(antis))
        literals = self._rules.literals | self._antis.literals
        # Contexts are vocabularies: their literal words go into the term scan too, the rest of
        # each pattern stays a regex.
        self._contexts: dict[str, regex.Pattern | None] = {}
        for name, patterns in book.contexts.items():
            words, rest = [], []
            for p in patterns:
                lit, other = branches(convert_chars(p))
                words += lit
                rest += other
            self._scanner.add(("context", name), words)
            self._contexts[name] = compile_rest(rest)
        self._index = LiteralIndex(literals)
        self._scanner.build()
        # Only characters some gate tests matter: intersecting with them is cheaper than set(text).
        self._chars = frozenset(self._rules.chars | self._antis.chars)
        self._discourse = Discourse(book.discourse, convert_chars, self._search)
        self._metas = MetaSet([r for r in book.rules if r.kind == "meta" and r.active],
                              [c.rule for c in self._compiled])

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

        `everything` runs every rule without the prefilter: for tests that prove it loses nothing.
        `deadline` (time.monotonic()) caps every search, so a request's total time is bounded too.
        """
        def search(rx, t, rule_id):
            return self._search(rx, t, rule_id, deadline)

        present, chars = self._index.present(text), self._chars.intersection(text)
        candidates: dict[int, list[int]] = {}
        if everything:
            entries = [(i, n) for i, c in enumerate(self._compiled) for n in range(len(c.regexes))]
            live_antis = set(range(len(self._anti)))
        else:
            entries = self._rules.select(present, chars)
            live_antis = None  # worked out on first need: most messages fire nothing
        hits = self._scanner.scan(text)
        for index, number in entries:
            candidates.setdefault(index, []).append(number)
        for key in hits:  # patterns with literal branches: the scan names them
            if key[0] == "context":
                continue
            index, number = key
            candidates.setdefault(index, []).append(number)
        fired: dict[str, list[tuple[int, int]]] = {}
        contexts: dict[str, bool] = {}
        blocked: dict[int, list] = {}
        regions = None
        for index in sorted(candidates):
            c = self._compiled[index]
            rule = c.rule
            if rule.id in disabled or (c.needs_all and len(set(candidates[index])) < len(c.regexes)):
                continue
            # Rules found by the term scan alone are cheaper to run than their contexts are to test.
            spans = c.run(text, candidates[index], hits, search) if c.scanned else None
            if spans == [] or (rule.context and not any(
                    self._context(name, text, hits, contexts, search) for name in rule.context)) or any(
                    self._context(name, text, hits, contexts, search) for name in rule.unless):
                continue
            if spans is None:
                spans = c.run(text, candidates[index], hits, search)
            if spans and rule.discourse:
                if regions is None:
                    regions = self._discourse.regions(text, search)
                spans = [s for s in spans if not Discourse.drops(s, regions, c.needs_all)]
            antis = self._rule_antis[index]
            if spans and antis:
                if live_antis is None:
                    live_antis = set(self._antis.select(present, chars))
                stops = [s for k in antis if k in live_antis for s in self._blocked(k, text, rule.id, blocked, search)]
                spans = [s for s in spans if not any(s[0] < b and a < s[1] for a, b in stops)]
            if spans:
                fired[rule.id] = spans
        if fired:
            self._metas.fire(fired, disabled)
        return fired

    def _blocked(self, k: int, text: str, rule_id: str, cache: dict, search) -> list:
        if k not in cache:
            cache[k] = search(self._anti[k], text, rule_id) or []
        return cache[k]

    def _context(self, name: str, text: str, hits, cache: dict, search) -> bool:
        if name not in cache:
            rest = self._contexts[name]
            cache[name] = bool(hits.get(("context", name))) or (
                rest is not None and bool(search(rest, text, f"context:{name}")))
        return cache[name]
