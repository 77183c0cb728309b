"""Scan once: every literal term of the rulebook found in one pass over a message.

Rulebook 2.0 patterns are mostly alternations of lexicon terms, which regex/branches.py spells out
as literals. One Aho-Corasick automaton (ahocorasick-rs: Rust, overlapping matches, code-point
offsets) holds them all, with the literals every remaining regex, anti-pattern and context needs
(regex/literals.py), so one linear pass per message tells every rule what it needs to know: which
of its terms occur and where, and whether its regexes can match at all. The automaton cannot
backtrack, so it needs no time budget. docs/performance.md has the alternatives' figures.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import reduce
from operator import or_

import ahocorasick_rs

from .regex.lists import compile_fast
from .regex.literals import requirements, starts, width


class Hits:
    """One message's term occurrences: `present` maps each term id found to its spans.

    `mask` has the bit of every pattern key and requirement one of whose terms occurs, and `rules`
    the bit of every rule an occurring term anchors (Matcher): a gate is one AND of two ints,
    where testing the message's terms against sets of thousands of ids cost more than the rules.
    """

    __slots__ = ("present", "mask", "rules", "_scanner", "_by_key", "memo")

    def __init__(self, present: dict, mask: int, rules: int, scanner):
        self.present = present
        self.mask = mask
        self.rules = rules
        self._scanner = scanner
        self._by_key = None  # key -> spans, built on the first get(): most messages never ask
        self.memo = {}       # what the matcher derives from these hits once (discourse parts)

    def get(self, key, default=()):
        """The spans of every occurrence of the terms of the pattern named `key` (do not mutate).

        All keys are grouped in one walk over the message's terms (a few dozen, each in a few
        keys), not one walk per key asked for: a lexicon's key is asked for by every rule,
        context and discourse part using it (issue 14 profile: the largest Python cost).
        """
        by_key = self._by_key
        if by_key is None:
            by_key = self._by_key = self._scanner.group(self.present)
        return by_key.get(key, default)


def term_cost(term: str) -> int:
    """How often a term is expected in ordinary text, roughly: short Chinese terms are common."""
    return {1: 10000, 2: 30}.get(len(term), 1)


MAX_STARTS = 16  # with more places to try than this, one scan of the whole message is cheaper


class Gated:
    """A regex with the literals every match must contain, as requirement bits the scan sets.

    `possible(hits)` is False when one requirement has no term in the message: the regex cannot
    match, so it does not run. The requirements are necessary conditions (tests/engine/test_gates.py).
    When every match starts with one of a few strings, `starts(hits)` says where the message holds
    them: the only places a match can begin. With a bounded width it keeps only those close enough
    before an occurrence of the rarest requirement to reach it (a match holds one).
    """

    __slots__ = ("rx", "needs", "need_mask", "alts", "alt_masks", "start_key", "rare_key", "width",
                 "branch_parts", "branch_gates")

    def __init__(self, pattern: str, needs, start_key=None, rare_key=None, alts=None):
        self.rx = compile_fast(pattern)
        self.needs = needs
        self.need_mask = 0  # set by TermScanner.build
        # For an alternation whose every branch has requirements: each branch's, all of which that
        # branch needs. One branch must be able to match, a stronger gate than the union of their
        # strongest requirements (`needs`): a branch holding a common `:` no longer opens the whole
        # regex when its other words are absent (issue 14: the cost growth with rulebook size).
        self.alts = alts
        self.alt_masks = ()  # set by TermScanner.build
        self.start_key = start_key
        self.rare_key = rare_key
        self.width = width(pattern) if rare_key is not None else None
        # For an alternation without strings all its matches start with, when some branches have
        # them: per branch, its requirements (term ids) and the key of its start strings (None:
        # it can start anywhere). Set by TermScanner.rest; `branch_gates` has the bits (build).
        self.branch_parts = ()
        self.branch_gates = ()

    def possible(self, hits: Hits) -> bool:
        mask = hits.mask
        if mask & self.need_mask != self.need_mask:
            return False
        return not self.alt_masks or any(mask & m == m for m in self.alt_masks)

    def starts(self, hits: Hits | None) -> list[int] | None:
        """Where in the message a match can start, in order; None when anywhere (or too many)."""
        if hits is None:
            return None
        if self.start_key is None:
            return self._branch_starts(hits) if self.branch_gates else None
        found = sorted({a for a, _b in hits.get(self.start_key)})
        if self.width is not None:
            # Keep s when some rare occurrence (a, b) has s <= a and b <= s + width: with the
            # occurrences sorted by start, only those from bisect(s) on can qualify.
            near = sorted(hits.get(self.rare_key))
            heads = [a for a, _b in near]
            width = self.width
            kept = []
            for s in found:
                for a, b in near[bisect_left(heads, s):]:
                    if a > s + width:
                        break
                    if b <= s + width:
                        kept.append(s)
                        break
            found = kept
        return found if len(found) <= MAX_STARTS else None

    def _branch_starts(self, hits: Hits) -> list[int] | None:
        """Where a match can start when each branch that can match (all its requirements occur)
        starts with known strings: a match of the alternation is a match of one of its branches,
        and a branch one of whose requirements is absent matches nowhere (issue 14: the regex of
        third-party-contact.third-party-signal ran over every message holding a 你)."""
        mask = hits.mask
        found: set[int] = set()
        for need, key in self.branch_gates:
            if mask & need == need:
                if key is None:
                    return None
                found.update([a for a, _b in hits.get(key)])
                if len(found) > MAX_STARTS:
                    return None
        return sorted(found)

    def finditer(self, text: str, timeout=None):
        return self.rx.finditer(text, timeout=timeout)


class TermScanner:
    """One automaton over every term registered; `scan` says where each occurs."""

    def __init__(self):
        self._ids: dict[str, int] = {}      # term -> id (its index in the automaton)
        self._terms_of: dict = {}            # pattern key -> frozenset of term ids
        self._gated: list[Gated] = []
        self._bits: dict = {}
        self.masks: list[int] = []           # term id -> bits of the keys and requirements it is in
        self.rule_masks: list[int] = []      # term id -> bits of the rules it anchors
        self.keys_of: list[tuple] = []       # term id -> the pattern keys it is a term of
        self._terms: list[str] = []
        self._automaton = None

    def ids(self, literals) -> frozenset:
        """Register `literals` as terms; return their ids."""
        out = []
        for term in literals:
            i = self._ids.get(term)
            if i is None:
                i = self._ids[term] = len(self._terms)
                self._terms.append(term)
            out.append(i)
        return frozenset(out)

    def add(self, key, literals) -> None:
        """Register the literal branches of the pattern named `key`."""
        ids = self.ids(literals)
        if ids:
            self._terms_of[key] = self._terms_of.get(key, frozenset()) | ids

    def terms_of(self, key) -> frozenset:
        return self._terms_of.get(key, frozenset())

    def term(self, term_id: int) -> str:
        return self._terms[term_id]

    def bit(self, key) -> int:
        """The bit `key` sets in Hits.mask when one of its terms occurs (0: it has no terms)."""
        return self._bits.get(key, 0)

    def gated(self, pattern: str) -> Gated:
        """Compile `pattern` with its requirements and the strings its matches start with as terms."""
        n = len(self._gated)
        heads, start_key, rare_key = starts(pattern), None, None
        reqs = requirements(pattern) or []
        if heads:
            start_key = ("starts", n)
            self.add(start_key, heads)
            if reqs:
                rare_key = ("rarest", n)
                self.add(rare_key, min(reqs, key=lambda need: sum(map(term_cost, need))))
        gated = Gated(pattern, tuple(self.ids(r) for r in reqs), start_key, rare_key)
        self._gated.append(gated)
        return gated

    def rest(self, rest: list[str]) -> Gated | None:
        """The non-literal branches of a pattern as one gated regex (None when there are none)."""
        if not rest:
            return None
        n = len(self._gated)
        gated = self.gated("|".join(f"(?:{p})" for p in rest))
        if len(rest) > 1:
            per_branch = [requirements(p) for p in rest]
            if all(per_branch):
                gated.alts = [tuple(self.ids(r) for r in reqs) for reqs in per_branch]
            if gated.start_key is None:
                heads = [starts(p) for p in rest]
                # Worth it when some branch has start strings and every branch can be ruled out
                # by them or by its requirements.
                if any(heads) and all(h or r for h, r in zip(heads, per_branch)):
                    parts = []
                    for i, (h, reqs) in enumerate(zip(heads, per_branch)):
                        key = None
                        if h:
                            key = ("branch-starts", n, i)
                            self.add(key, h)
                        parts.append((tuple(self.ids(r) for r in reqs or ()), key))
                    gated.branch_parts = tuple(parts)
        return gated

    def build(self, anchors: dict | None = None) -> None:
        """Build the automaton and each term's bits; `anchors` maps term ids to rule bits."""
        masks = [0] * len(self._terms)
        for key, ids in self._terms_of.items():
            bit = self._bits[key] = 1 << len(self._bits)
            for t in ids:
                masks[t] |= bit
        count = len(self._bits)
        bit_of: dict[frozenset, int] = {}  # one bit per distinct requirement, however many regexes share it

        def requirement_bit(need: frozenset) -> int:
            nonlocal count
            bit = bit_of.get(need)
            if bit is None:
                bit = bit_of[need] = 1 << count
                count += 1
                for t in need:
                    masks[t] |= bit
            return bit

        for gated in self._gated:
            for need in gated.needs:
                gated.need_mask |= requirement_bit(need)
            if gated.alts:
                gated.alt_masks = tuple(sum(map(requirement_bit, set(branch))) for branch in gated.alts)
            gated.branch_gates = tuple((sum(map(requirement_bit, set(needs))), key)
                                       for needs, key in gated.branch_parts)
        keys_of: list[list] = [[] for _ in self._terms]
        for key, ids in self._terms_of.items():
            for t in ids:
                keys_of[t].append(key)
        same: dict[tuple, tuple] = {}  # most terms share their keys with their lexicon: one tuple each
        self.keys_of = [same.setdefault(k, k) for k in map(tuple, keys_of)]
        shared: dict[int, int] = {}  # most terms share their bits with their lexicon: keep one int each
        self.masks = [shared.setdefault(m, m) for m in masks]
        rules = [0] * len(self._terms)
        for t, bits in (anchors or {}).items():
            rules[t] = shared.setdefault(bits, bits)
        self.rule_masks = rules
        self._automaton = ahocorasick_rs.AhoCorasick(self._terms) if self._terms else None

    def group(self, present: dict) -> dict:
        """Map each key to the spans of its terms in `present`, terms in the order they occur."""
        keys_of, out = self.keys_of, {}
        for t, spans in present.items():
            for key in keys_of[t]:
                found = out.get(key)
                if found is None:
                    out[key] = list(spans)  # a copy: `spans` is present's own list
                else:
                    found.extend(spans)
        return out

    def scan(self, text: str) -> Hits:
        """Return the message's term occurrences (every (start, end), overlaps included)."""
        present: dict[int, list[tuple[int, int]]] = {}
        mask = rules = 0
        if self._automaton is not None:
            for term, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
                if term in present:
                    present[term].append((start, end))
                else:
                    present[term] = [(start, end)]
            if present:  # the bits OR-ed in C (reduce over map), not one Python step per term
                mask = reduce(or_, map(self.masks.__getitem__, present))
                rules = reduce(or_, map(self.rule_masks.__getitem__, present))
        return Hits(present, mask, rules, self)


def leftmost_longest(spans) -> list[tuple[int, int]]:
    """What a regex alternation (longest term first) reports: non-overlapping, leftmost, longest."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out
