"""Find which rules fire in a normalised message, and where.

Compiles a Rulebook once: each pattern rule's patterns become one regex (in the normalised
alphabet), its literals go into one Aho-Corasick automaton. Per message, the automaton names the
candidate rules; only those run their regex, under a timeout. Meta rules are then evaluated over
what fired.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import ahocorasick
import regex

from .literals import requirements, strength
from .model import Rule, Rulebook
from .normalize import convert_chars

MATCH_BUDGET = 0.1   # seconds one rule may spend on one message before it is skipped for it
log = logging.getLogger("dunwatch.engine")


def compile_patterns(patterns) -> regex.Pattern:
    """Compile patterns into one regex over normalised text (characters converted like the text)."""
    return regex.compile("|".join(f"(?:{convert_chars(p)})" for p in patterns))


@dataclass
class _Compiled:
    rule: Rule
    regex: regex.Pattern
    anti: regex.Pattern | None


class Matcher:
    """Run a rulebook's pattern and meta rules over normalised text."""

    def __init__(self, book: Rulebook):
        self.book = book
        self.timeouts = 0
        self._contexts = {name: compile_patterns(p) for name, p in book.contexts.items()}
        self._compiled: list[_Compiled] = []
        self._always: list[int] = []
        self._automaton = ahocorasick.Automaton()
        # Each pattern with derivable literals becomes a "key" with its requirements. Literals of two
        # or more characters go into the automaton, which reports those present; single characters
        # stay out of it (they would hit on nearly every message) and are tested with `in`. A key is
        # a candidate when its strongest requirement is met and every other one holds.
        self._keys: list[tuple[int, tuple, tuple]] = []
        self._by_literal: dict[str, list[int]] = {}
        self._weak_keys: list[int] = []
        literals: set[str] = set()
        for rule in book.rules:
            if rule.kind != "pattern" or not rule.active:
                continue
            index = len(self._compiled)
            anti = compile_patterns(rule.anti_patterns) if rule.anti_patterns else None
            self._compiled.append(_Compiled(rule, compile_patterns(rule.patterns), anti))
            pattern_reqs = [requirements(convert_chars(p)) for p in rule.patterns]
            if any(reqs is None for reqs in pattern_reqs):
                self._always.append(index)
                continue
            for reqs in pattern_reqs:
                reqs = sorted(reqs, key=strength, reverse=True)
                strong = [r for r in reqs if strength(r)[0] >= 2]
                weak = tuple(tuple(r) for r in reqs if strength(r)[0] < 2)
                key = len(self._keys)
                self._keys.append((index, tuple(strong[1:]), weak))
                if strong:
                    for literal in strong[0]:
                        self._by_literal.setdefault(literal, []).append(key)
                    literals.update(*strong)
                else:
                    self._weak_keys.append(key)
        for literal in literals:
            self._automaton.add_word(literal, literal)
        if literals:
            self._automaton.make_automaton()
        self._metas = [r for r in book.rules if r.kind == "meta" and r.active]
        self._category = {c.rule.id: c.rule.category for c in self._compiled}

    def _candidates(self, text: str) -> set[int]:
        found = set(self._always)
        keys = set(self._weak_keys)
        present = set()
        if self._automaton.kind == ahocorasick.AHOCORASICK:
            present = {literal for _end, literal in self._automaton.iter(text)}
            for literal in present:
                keys.update(self._by_literal.get(literal, ()))
        for key in keys:
            index, strong_rest, weak = self._keys[key]
            if (index not in found and all(not req.isdisjoint(present) for req in strong_rest)
                    and all(any(ch in text for ch in req) for req in weak)):
                found.add(index)
        return found

    def _search(self, rx: regex.Pattern, text: str, rule_id: str) -> list[tuple[int, int]] | None:
        try:
            return [m.span() for m in rx.finditer(text, timeout=MATCH_BUDGET) if m.end() > m.start()]
        except TimeoutError:
            self.timeouts += 1
            log.warning("rule %s exceeded its %.2fs budget on one message; skipped", rule_id, MATCH_BUDGET)
            return None

    def fire(self, text: str, disabled=frozenset()) -> dict[str, list[tuple[int, int]]]:
        """Return {rule id: spans in `text`} for every enabled rule that fires, signals and metas included."""
        fired: dict[str, list[tuple[int, int]]] = {}
        context_cache: dict[str, bool] = {}
        for index in sorted(self._candidates(text)):
            c = self._compiled[index]
            rule = c.rule
            if rule.id in disabled:
                continue
            if rule.context and not any(self._context(name, text, context_cache) for name in rule.context):
                continue
            spans = self._search(c.regex, text, rule.id)
            if spans and c.anti is not None:
                blocked = self._search(c.anti, text, rule.id) or []
                spans = [s for s in spans if not any(s[0] < b and a < s[1] for a, b in blocked)]
            if spans:
                fired[rule.id] = spans
        if self._metas:
            self._fire_metas(fired, disabled)
        return fired

    def _context(self, name: str, text: str, cache: dict) -> bool:
        if name not in cache:
            cache[name] = bool(self._search(self._contexts[name], text, f"context:{name}"))
        return cache[name]

    def _fire_metas(self, fired: dict, disabled) -> None:
        if not fired:
            return
        by_category: dict[str, list] = {}
        for rid, spans in fired.items():
            by_category.setdefault(self._category[rid], []).extend(spans)

        def spans_of(selector: str) -> list:
            if selector.startswith("category:"):
                return by_category.get(selector[9:], [])
            return fired.get(selector, [])

        for meta in self._metas:
            if meta.id in disabled or not all(spans_of(s) for s in meta.all_of):
                continue
            if meta.any_of and sum(1 for s in meta.any_of if spans_of(s)) < meta.min_any:
                continue
            fired[meta.id] = sorted(set(spans_of(meta.highlight)))
