"""Find which rules fire in a normalised message, and where.

Compiles a Rulebook once. Each rule that reads text is compiled by its kind's module (kinds/); the
literal branches of every pattern, the literals every remaining regex, anti-pattern and context
must contain, and the discourse gate's markers all go into one term automaton (terms.py). Per
message one scan finds them all. Each rule is indexed by its *anchors*: terms one of which occurs
in every message the rule fires on, taken from its rarest part (the rarest item of a `near` rule),
so a common term like 你 names no rule and a message whose terms anchor nothing costs one scan.
Only anchored rules run, each pattern only where its terms or gate say it can match, regexes under
a timeout per search. Then contexts, the discourse gate and anti-patterns, all computed only for a
rule that found something, and meta rules over what fired.
"""
from __future__ import annotations

import logging
import time

from .discourse import Discourse
from .kinds import KINDS, TEXT_KINDS
from .kinds.meta import MetaSet
from .kinds.model import ModelSet
from .model import Rulebook
from .normalize import convert_chars
from .regex.branches import branches
from .terms import TermScanner, term_cost

MATCH_BUDGET = 0.1   # seconds one search may spend on one message before it is skipped for it
log = logging.getLogger("dunwatch.engine")


class Matcher:
    """Run a rulebook's rules over normalised text."""

    def __init__(self, book: Rulebook):
        self.book = book
        self.timeouts = 0
        self._scanner = scanner = TermScanner()
        self._compiled = []
        self._anti = []                       # unique anti-patterns (Gated), shared by the rules listing them
        self._rule_antis: list[tuple] = []
        anti_index: dict[str, int] = {}
        for rule in book.rules:
            if rule.kind not in TEXT_KINDS or not rule.active:
                continue
            index = len(self._compiled)

            def register(pattern, number, index=index):
                literals, rest = branches(convert_chars(pattern))
                key = (index, number)
                scanner.add(key, literals)
                return key, scanner.rest(rest)

            compiled = KINDS[rule.kind].compile(rule, self._search, register)
            # A rule found by the term scan alone: its candidacy and its spans come from the scan.
            compiled.scanned = all(rest is None for _key, rest in compiled.regexes)
            self._compiled.append(compiled)
            antis = []
            for pattern in map(convert_chars, rule.anti_patterns):
                if pattern not in anti_index:
                    anti_index[pattern] = len(self._anti)
                    self._anti.append(scanner.gated(pattern))
                antis.append(anti_index[pattern])
            self._rule_antis.append(tuple(antis))
        # Contexts are vocabularies: their literal words go into the term scan too, the rest of
        # each pattern stays a regex.
        self._contexts = {}
        for name, patterns in book.contexts.items():
            words, rest = [], []
            for p in patterns:
                lit, other = branches(convert_chars(p))
                words += lit
                rest += other
            scanner.add(("context", name), words)
            self._contexts[name] = scanner.rest(rest)
        self._discourse = Discourse(book.discourse, convert_chars, self._search, scanner)
        self._metas = MetaSet([r for r in book.rules if r.kind == "meta" and r.active],
                              [c.rule for c in self._compiled])
        self._models = ModelSet(book.model, list(book.rules))
        anchors, self._always = self._index()
        scanner.build(anchors)
        # Per rule: (pattern number, the bit of its literal terms, its gated rest) for the gates below.
        self._entries = [tuple((n, scanner.bit(key), rest) for n, (key, rest) in enumerate(c.regexes))
                         for c in self._compiled]

    def _index(self) -> tuple[dict, int]:
        """Map each anchor term id to the bits of the rules it anchors; the bits of rules no term anchors."""
        anchors: dict[int, int] = {}
        always = 0

        def cost(ids) -> int:
            return sum(term_cost(self._scanner.term(t)) for t in ids)

        def options(terms, rest):
            # Terms one of which occurs wherever this pattern matches: its literal branches, plus
            # the rarest requirement of its regex part. None when the regex part requires nothing.
            if rest is None:
                return terms
            if not rest.needs:
                return None
            options = list(rest.needs)
            if rest.alts:  # every branch has requirements: one of each branch's rarest occurs
                options.append(frozenset().union(*(min(branch, key=cost) for branch in rest.alts)))
            return terms | min(options, key=cost)

        for index, c in enumerate(self._compiled):
            parts = [options(self._scanner.terms_of(key), rest) for key, rest in c.regexes]
            if c.needs_all:  # every item must occur: the rarest one anchors the rule
                known = [p for p in parts if p is not None]
                chosen = min(known, key=lambda p: sum(term_cost(self._scanner.term(t)) for t in p)) if known else None
            else:            # any pattern may fire it: all of them anchor it
                chosen = None if None in parts else frozenset().union(*parts)
            if chosen is None:
                always |= 1 << index
                continue
            for term in chosen:
                anchors[term] = anchors.get(term, 0) | 1 << index
        return anchors, always

    def _search(self, rx, text: str, rule_id: str, deadline: float | None = None,
                hits=None) -> list[tuple[int, int]] | None:
        """The non-empty spans `finditer` would give, or None when the search ran out of time.

        Given the message's hits, a gated regex whose matches start with known strings is tried
        only where they stand (the same spans: a match can begin nowhere else, and each is the one
        a search from there finds), all tries sharing one budget.
        """
        budget = MATCH_BUDGET if deadline is None else min(MATCH_BUDGET, max(deadline - time.monotonic(), 1e-3))
        places = rx.starts(hits) if hits is not None else None
        try:
            if places is None:
                return [m.span() for m in rx.finditer(text, timeout=budget) if m.end() > m.start()]
            spans, end, limit = [], 0, time.monotonic() + budget
            for pos in places:
                if pos < end:
                    continue
                left = limit - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                m = rx.rx.match(text, pos, timeout=left)
                if m is None:
                    continue
                if m.end() == m.start():  # finditer's rules for empty matches: let it decide
                    return self._search(rx, text, rule_id, deadline)
                spans.append(m.span())
                end = m.end()
            return spans
        except TimeoutError:
            self.timeouts += 1
            log.warning("rule %s exceeded its %.2fs budget on one message; skipped", rule_id, MATCH_BUDGET)
            return None

    def candidates(self, hits) -> list[int]:
        """The indices of the rules one of whose anchors occurs (or that no term anchors), in order."""
        bits = hits.rules | self._always
        out = []
        while bits:
            low = bits & -bits
            out.append(low.bit_length() - 1)
            bits ^= low
        return out

    def fire(self, text: str, disabled=frozenset(), everything: bool = False,
             deadline: float | None = None, model: bool = True, gates=None) -> dict[str, list[tuple[int, int]]]:
        """Return {rule id: spans in `text`} for every enabled rule that fires, signals and metas included.

        `everything` runs every rule and pattern without the anchors and gates: for tests that
        prove they lose nothing. `deadline` (time.monotonic()) caps every search, so a request's
        total time is bounded too. `model` False leaves out the model rules (kinds/model.py): the
        patterns' findings alone, for training the model. A set as `gates` receives the categories
        whose model rule the rules' own gates leave free (ModelSet.fire), and the model is not asked.
        """
        def search(rx, t, rule_id, hits=None):
            return self._search(rx, t, rule_id, deadline, hits)

        hits = self._scanner.scan(text)
        if everything:
            hits.mask = -1  # every bit set: every gate holds, every regex runs
        mask = hits.mask
        indices = range(len(self._compiled)) if everything else self.candidates(hits)
        fired: dict[str, list[tuple[int, int]]] = {}
        contexts: dict[str, bool] = {}
        blocked: dict[int, list] = {}
        regions = None
        for index in indices:
            c = self._compiled[index]
            rule = c.rule
            if rule.id in disabled:
                continue
            if everything:
                numbers = list(range(len(c.regexes)))
            else:
                numbers = [n for n, bit, rest in self._entries[index]
                           if mask & bit or (rest is not None and rest.possible(hits))]
                if not numbers or (c.needs_all and len(numbers) < len(c.regexes)):
                    continue
            # Rules found by the term scan alone are cheaper to run than their contexts are to test.
            spans = c.run(text, numbers, hits, search) if c.scanned else None
            if spans == [] or (rule.context and not any(
                    self._context(name, text, hits, contexts, search) for name in rule.context)) or any(
                    self._context(name, text, hits, contexts, search) for name in rule.unless):
                continue
            if spans is None:
                spans = c.run(text, numbers, hits, search)
            if spans and rule.discourse:
                if regions is None:
                    regions = self._discourse.regions(text, hits, search)
                spans = [s for s in spans if not Discourse.drops(s, regions, c.needs_all)]
            antis = self._rule_antis[index]
            if spans and antis:
                stops = [s for k in antis if self._anti[k].possible(hits)
                         for s in self._blocked(k, text, rule.id, blocked, search, hits)]
                spans = [s for s in spans if not any(s[0] < b and a < s[1] for a, b in stops)]
            if spans:
                fired[rule.id] = spans
        if fired:
            self._metas.fire(fired, disabled)
        if model:
            def in_context(rule):
                return not rule.context or any(self._context(name, text, hits, contexts, search)
                                               for name in rule.context)

            def silenced(rule):
                return any(self._context(name, text, hits, contexts, search) for name in rule.unless)

            def drops(span):
                nonlocal regions
                if regions is None:
                    regions = self._discourse.regions(text, hits, search)
                return Discourse.drops(span, regions, False)

            self._models.fire(text, fired, disabled, in_context, silenced, drops, gates)
        return fired

    def _blocked(self, k: int, text: str, rule_id: str, cache: dict, search, hits) -> list:
        if k not in cache:
            cache[k] = search(self._anti[k], text, rule_id, hits) or []
        return cache[k]

    def _context(self, name: str, text: str, hits, cache: dict, search) -> bool:
        if name not in cache:
            rest = self._contexts[name]
            cache[name] = bool(hits.get(("context", name))) or (
                rest is not None and rest.possible(hits) and bool(search(rest, text, f"context:{name}", hits)))
        return cache[name]
