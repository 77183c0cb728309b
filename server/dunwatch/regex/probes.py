"""Probe strings for safety.py's dynamic check: what makes a backtracking pattern show itself.

Two families: strings built from the pattern's own structure (its fixed prefix spelled out, its
repeats pumped, a failing last character), and runs of its literal characters.
"""
from __future__ import annotations

from .parse import C as _C, REPEATS, walk

PROBE_LENGTH = 1000


def _one_char(op, av) -> str:
    """A character the item `(op, av)` matches (or a plausible one), for building probe strings."""
    if op == _C.LITERAL:
        return chr(av)
    if op == _C.IN:
        if any(o == _C.NEGATE for o, _ in av):
            return "a" if not any(o == _C.LITERAL and a == ord("a") for o, a in av) else "b"
        for o, a in av:
            if o == _C.LITERAL:
                return chr(a)
            if o == _C.RANGE:
                return chr(a[0])
            if o == _C.CATEGORY:
                return {"DIGIT": "1", "SPACE": " "}.get(str(a).rsplit("_", 1)[-1], "a")
    if op == _C.NOT_LITERAL:
        return "a" if av != ord("a") else "b"
    return "a" if op in (_C.ANY, _C.CATEGORY) else ""


def _pumped(items, repeat: int, branch: int = 0) -> str:
    """A string that walks the pattern with every unbounded repeat taken `repeat` times.

    This is what reaches a catastrophic part behind a fixed prefix (`红色警报xq(?:x|x)*y`, issue 10):
    the prefix is spelled out, the repeat is pumped, and the probe's last character then fails
    the match, so a backtracking engine tries every way of splitting the pumped part.
    """
    out = []
    for op, av in items:
        if op in REPEATS:
            lo, hi, body = av
            times = min(hi, max(lo, repeat)) if hi != _C.MAXREPEAT else max(lo, repeat)
            out.append(_pumped(body, max(repeat // 4, 2), branch) * times)
        elif op == _C.SUBPATTERN:
            out.append(_pumped(av[-1], repeat, branch))
        elif op == _C.BRANCH:
            alternatives = av[1]
            out.append(_pumped(alternatives[branch % len(alternatives)], repeat, branch))
        else:
            out.append(_one_char(op, av))
    return "".join(out)[:4 * PROBE_LENGTH]


def _structural_probes(tree) -> list[str]:
    if tree is None:
        return []
    probes = []
    for branch in (0, 1):
        walked = _pumped(tree, 40, branch)
        probes += [walked + "\x00", walked[:-1] + "\x00"]
    return probes


def probe_strings(tree) -> list[str]:
    """Strings likely to make a catastrophic pattern backtrack: structural ones, then repeated literals."""

    chars = []
    for op, av in walk(tree or []):
        if op == _C.LITERAL and chr(av) not in chars:
            chars.append(chr(av))
    chars = (chars + ["a", "1", "律", " "])[:10]
    chunk = "".join(chars)
    strings = [c * PROBE_LENGTH + "\x00" for c in chars]
    strings.append(chunk * (PROBE_LENGTH // max(len(chunk), 1)) + "\x00")
    strings.append((chars[0] + "\x00") * (PROBE_LENGTH // 2))
    return _structural_probes(tree) + strings
