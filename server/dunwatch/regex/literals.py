"""Extract from a pattern the literal strings a match must contain, for the requirement gates (gate.py).

A pattern yields a list of requirements; each requirement is a set of strings one of which every
match contains, and every requirement must hold (`通知.{0,6}(?:家人|父母)` gives [{通知}, {家人, 父母}]).
A message runs a rule's regex only when all requirements of one of its patterns hold: far fewer
candidates than with one literal per pattern. A pattern whose literals cannot be derived returns
None, and its rule runs on every message: slower, never wrong.
"""
from __future__ import annotations

import regex

from .parse import C as _C, REPEATS as _REPEATS, max_width, parse

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



_ZERO_WIDTH = (_C.ASSERT, _C.ASSERT_NOT, _C.AT)


def _starts(items) -> set | None:
    items = list(items)
    while items and items[0][0] in _ZERO_WIDTH:  # lookarounds and anchors consume nothing
        items = items[1:]
    if not items:
        return None
    (op, av), rest = items[0], items[1:]
    if op == _C.SUBPATTERN:
        return _starts(list(av[-1]) + rest) if not av[1] and not av[2] else None  # no inline flags
    if op == _C.BRANCH:
        out = set()
        for branch in av[1]:
            found = _starts(list(branch) + rest)
            if found is None:
                return None
            out |= found
        return out
    if op == _C.LITERAL:
        heads = {chr(av)}
    elif op == _C.IN and all(o == _C.LITERAL for o, _ in av) and len(av) <= _MAX_CLASS:
        heads = {chr(a) for _, a in av}
    elif op in _REPEATS and av[0] >= 1:
        return _starts(av[2])
    else:
        return None
    run = ""  # the literal characters that follow make the strings longer, so rarer in text
    for o, a in rest:
        if o != _C.LITERAL:
            break
        run += chr(a)
    return {h + run for h in heads}


def starts(pattern: str) -> list[str] | None:
    """Return strings one of which every match of `pattern` starts with, or None.

    `(?<!\\d)(?:今天|明天)前` starts with 今天前 or 明天前: the term scan finds those, and the regex
    is tried only where one stands instead of at every position of the message.
    """
    tree = parse(_PROPERTY.sub(r"\\w", pattern))
    found = None if tree is None else _starts(list(tree))
    return sorted(found) if found else None


def width(pattern: str) -> int | None:
    """The most characters one match of `pattern` can span; None when unbounded or unknown."""
    tree = parse(_PROPERTY.sub(r"\\w", pattern))
    return None if tree is None else max_width(tree)
