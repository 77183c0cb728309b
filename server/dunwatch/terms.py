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

_SPECIAL = set("\\.^$*+?{}[]()|")


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
            rest.append(part)
    return literals, rest


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


class TermScanner:
    """One automaton over the literal branches of many patterns; `scan` says where each occurs."""

    def __init__(self):
        self._owners: dict[str, list[int]] = {}
        self._automaton = None

    def add(self, key: int, literals) -> None:
        for term in literals:
            self._owners.setdefault(term, []).append(key)

    def build(self) -> None:
        if not self._owners:
            return
        automaton = ahocorasick.Automaton()
        for term, owners in self._owners.items():
            automaton.add_word(term, (len(term), tuple(owners)))
        automaton.make_automaton()
        self._automaton = automaton

    def scan(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Return {pattern key: every (start, end) of its literal terms in `text`}, overlaps included."""
        out: dict[int, list[tuple[int, int]]] = {}
        if self._automaton is None:
            return out
        for end, (length, owners) in self._automaton.iter(text):
            span = (end + 1 - length, end + 1)
            for key in owners:
                out.setdefault(key, []).append(span)
        return out


def leftmost_longest(spans) -> list[tuple[int, int]]:
    """What a regex alternation (longest term first) reports: non-overlapping, leftmost, longest."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


def compile_rest(rest: list[str]) -> regex.Pattern | None:
    return regex.compile("|".join(f"(?:{p})" for p in rest)) if rest else None
