"""Extract from a pattern the literal strings a match must contain, for the requirement gates (gate.py).

A pattern yields a list of requirements; each requirement is a set of strings one of which every
match contains, and every requirement must hold (`通知.{0,6}(?:家人|父母)` gives [{通知}, {家人, 父母}]).
A message runs a rule's regex only when all requirements of one of its patterns hold: far fewer
candidates than with one literal per pattern. A pattern whose literals cannot be derived returns
None, and its rule runs on every message: slower, never wrong.
"""
from __future__ import annotations

import regex

from .parse import C as _C, REPEATS as _REPEATS, parse

# \p{..} is `regex` syntax the stdlib parser rejects; \w stands in for it in and out of classes and
# requires no literal, so the derived requirements stay correct.
_PROPERTY = regex.compile(r"\\[pP]\{[^}]*\}")
_MAX_CLASS = 8        # a character class of at most this many literals still narrows the search


def strength(s: frozenset) -> tuple:
    return (min(map(len, s)), -len(s))


def _sequence(items) -> list[frozenset]:
    reqs, run = [], ""
    for op, av in items:
        if op == _C.LITERAL:
            run += chr(av)
            continue
        if run:
            reqs.append(frozenset([run]))
            run = ""
        reqs += _item(op, av)
    if run:
        reqs.append(frozenset([run]))
    return reqs


def _item(op, av) -> list[frozenset]:
    if op == _C.SUBPATTERN:
        return _sequence(av[-1])
    if op == _C.BRANCH:
        best = [max(reqs, key=strength) if reqs else None for reqs in map(_sequence, av[1])]
        return [] if None in best else [frozenset().union(*best)]
    if op in _REPEATS:
        lo, _hi, body = av
        return _sequence(body) if lo >= 1 else []
    if op == _C.IN:
        chars = [chr(a) for o, a in av if o == _C.LITERAL]
        if len(chars) == len(av) and len(chars) <= _MAX_CLASS:
            return [frozenset(chars)]
    return []


def requirements(pattern: str) -> list[frozenset] | None:
    """Return the requirements every match of `pattern` meets, or None if none can be derived."""
    tree = parse(_PROPERTY.sub(r"\\w", pattern))
    if tree is None:
        return None
    reqs = list(dict.fromkeys(_sequence(list(tree))))
    return reqs or None

