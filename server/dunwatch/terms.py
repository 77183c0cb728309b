"""Scan once: every literal term of every lexicon-built pattern found in one pass over a message.

Rulebook 2.0 patterns are mostly alternations of lexicon terms (`{legal_doc}|{dispatch}` expands to
hundreds of literals, pinyin spellings included). The `regex` module tries such an alternation
branch by branch at every position: about 120 µs a search on an SMS. An Aho-Corasick automaton
(pyahocorasick) finds all terms of all patterns in one linear pass (about 5 µs), and cannot
backtrack, so it needs no time budget. A pattern is split into its literal branches, which the
automaton finds, and the rest, which still runs as a regex under the time budget.
"""
from __future__ import annotations

import ahocorasick
import regex

from .safety import _C, parse

_SPECIAL = set("\\.^$*+?{}[]()|")
MAX_EXPANSION = 20000  # a branch that spells out to more strings than this stays a regex


def _top_level(pattern: str) -> list[str] | None:
    """Split `pattern` at its top-level `|`; None when the brackets do not balance."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth or in_class:
        return None
    parts.append(pattern[start:])
    return parts


def branches(pattern: str) -> tuple[list[str], list[str]]:
    """Return (literal branches, other branches) of an alternation, flattening `(?:a|b)` groups."""
    literals, rest = [], []
    stack = [pattern]
    while stack:
        part = stack.pop()
        pieces = _top_level(part)
        if pieces is None:
            rest.append(part)
            continue
        if len(pieces) > 1:
            stack.extend(reversed(pieces))
        elif part.startswith("(?:") and part.endswith(")") and _top_level(part[3:-1]) is not None \
                and _balanced_group(part):
            stack.append(part[3:-1])
        elif part and not (_SPECIAL & set(part)):
            literals.append(part)
        elif part:
            spelled = literalize(part)
            if spelled is None:
                rest.append(part)
            else:
                literals.extend(spelled)
    return literals, rest


def literalize(pattern: str, limit: int = MAX_EXPANSION) -> list[str] | None:
    """Spell out a pattern made only of literals, alternations, `?` and small character classes.

    `(?:你|您)的?(?:家人|父母)` becomes 你的家人, 你家人, 您的父母…: strings the automaton finds in
    one pass. None when the pattern has anything else (wildcards, open repeats, lookarounds) or
    spells out to more than `limit` strings.
    """
    tree = parse(pattern)
    if tree is None:
        return None
    try:
        out = _spell(list(tree), limit)
    except _TooBig:
        return None
    return None if out is None or "" in out else sorted(out)


class _TooBig(Exception):
    pass


def _spell(items, limit) -> set | None:
    strings = {""}
    for op, av in items:
        if op == _C.LITERAL:
            options = {chr(av)}
        elif op == _C.SUBPATTERN:
            options = _spell(list(av[-1]), limit)
        elif op == _C.BRANCH:
            options = set()
            for branch in av[1]:
                part = _spell(list(branch), limit)
                if part is None:
                    return None
                options |= part
        elif op == _C.IN and all(o == _C.LITERAL for o, _ in av) and len(av) <= 12:
            options = {chr(a) for _, a in av}
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            body = _spell(list(av[2]), limit)
            options = None if body is None else body | {""}
        else:
            return None
        if options is None:
            return None
        strings = {a + b for a in strings for b in options}
        if len(strings) > limit:
            raise _TooBig
    return strings


def _balanced_group(part: str) -> bool:
    """True when the `(?:` at the start closes at the very end (not `(?:a)(?:b)`)."""
    depth, i = 0, 0
    while i < len(part):
        c = part[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = part.find("]", i + 1)
            i = (j if j > 0 else len(part)) + 1
            continue
        depth += c == "("
        depth -= c == ")"
        if depth == 0 and i < len(part) - 1:
            return False
        i += 1
    return True


class Hits:
    """One message's term occurrences, looked up by pattern key on demand.

    Terms are shared by many patterns (你 is in every lexicon of the addressee), so spans are kept
    per term and gathered for a key only when a rule asks for it.
    """

    __slots__ = ("_by_term", "_terms_of", "_owners", "_keys")

    def __init__(self, by_term: dict, terms_of: dict, owners: dict):
        self._by_term = by_term
        self._terms_of = terms_of
        self._owners = owners
        self._keys = None

    def keys(self):
        """Every pattern key with at least one of its terms in the message."""
        if self._keys is None:
            keys = set()
            for term in self._by_term:
                keys.update(self._owners[term])
            self._keys = keys
        return self._keys

    def __iter__(self):
        return iter(self.keys())

    def get(self, key, default=()):
        terms = self._terms_of.get(key)
        if not terms:
            return default
        present = self._by_term
        if len(present) < len(terms):
            found = [s for t, spans in present.items() if t in terms for s in spans]
        else:
            found = [s for t in terms if t in present for s in present[t]]
        return found or default


class TermScanner:
    """One automaton over the literal branches of many patterns; `scan` says where each occurs."""

    def __init__(self):
        self._owners: dict[str, list] = {}
        self._terms_of: dict = {}
        self._automaton = None

    def add(self, key, literals) -> None:
        for term in literals:
            self._owners.setdefault(term, []).append(key)
        if literals:
            self._terms_of[key] = frozenset(self._terms_of.get(key, ())) | frozenset(literals)

    def build(self) -> None:
        self._owners = {t: tuple(o) for t, o in self._owners.items()}
        if not self._owners:
            return
        automaton = ahocorasick.Automaton()
        for term in self._owners:
            automaton.add_word(term, (len(term), term))
        automaton.make_automaton()
        self._automaton = automaton

    def scan(self, text: str) -> Hits:
        """Return the message's term occurrences (every (start, end), overlaps included)."""
        by_term: dict[str, list[tuple[int, int]]] = {}
        if self._automaton is not None:
            for end, (length, term) in self._automaton.iter(text):
                by_term.setdefault(term, []).append((end + 1 - length, end + 1))
        return Hits(by_term, self._terms_of, self._owners)


def leftmost_longest(spans) -> list[tuple[int, int]]:
    """What a regex alternation (longest term first) reports: non-overlapping, leftmost, longest."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


class GatedRegex:
    """A regex that first checks, in C, the literals every match must contain (literals.py)."""

    __slots__ = ("_rx", "_needs")

    def __init__(self, pattern: str):
        from .literals import requirements

        self._rx = regex.compile(pattern)
        self._needs = tuple(tuple(r) for r in requirements(pattern) or ())

    def finditer(self, text: str, timeout=None):
        for options in self._needs:
            if not any(lit in text for lit in options):
                return iter(())
        return self._rx.finditer(text, timeout=timeout)


def compile_rest(rest: list[str]) -> GatedRegex | None:
    return GatedRegex("|".join(f"(?:{p})" for p in rest)) if rest else None
