"""Split a pattern into literal terms (for the one-pass term scan) and the rest (still a regex).

Rulebook 2.0 patterns are mostly alternations of lexicon terms (`{legal_doc}|{dispatch}` expands to
hundreds of literals, pinyin spellings included). `branches` flattens the alternation and spells out
every branch made only of literals, `?` and small classes; what is left stays a regex.
"""
from __future__ import annotations

from .parse import C as _C, parse

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
