"""Read a pattern's structure with the stdlib parser (the common subset of `regex` syntax)."""
from __future__ import annotations

try:  # \p{…} and friends are `regex` syntax the stdlib rejects: callers fall back for those
    from re import _constants as C, _parser as _P
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as C, sre_parse as _P

REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT) + ((C.POSSESSIVE_REPEAT,) if hasattr(C, "POSSESSIVE_REPEAT") else ())


def parse(pattern: str):
    """Parse with the stdlib parser; None when the pattern uses syntax only `regex` knows."""
    try:
        return _P.parse(pattern)
    except Exception:
        return None


def _children(op, av):
    if op in REPEATS:
        return [av[2]]
    if op == C.SUBPATTERN:
        return [av[-1]]
    if op == C.BRANCH:
        return list(av[1])
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    return []


def walk(items):
    """Yield every (op, av) of a parsed pattern, depth first."""
    for op, av in items:
        yield op, av
        for child in _children(op, av):
            yield from walk(child)


def max_width(tree) -> int | None:
    """The most characters one match of a parsed pattern can span; None when unbounded."""
    try:
        hi = tree.getwidth()[1]
    except (AttributeError, OverflowError):
        return None
    return hi if hi < C.MAXREPEAT else None
