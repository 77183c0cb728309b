"""Check that a pattern compiles and cannot hang the engine (SpamAssassin bug 6558: one rule, 100% CPU).

Two checks: a static one on the parsed pattern (unbounded wildcards, nested quantifiers) and a
dynamic one that runs the pattern over pathological strings within a time budget. Matching itself
also runs under a timeout (see matcher.py), so a pattern that slips through still cannot hang.
"""
from __future__ import annotations

import functools

import regex

try:  # the stdlib parser reads the common subset of `regex` syntax; \p{…} and friends fall back
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _C, sre_parse as _P

PROBE_BUDGET = 0.5        # seconds one probe may take before the pattern is called catastrophic (ordinary
                          # patterns take under 25 ms here, so a busy machine does not cause false refusals)
PROBE_LENGTH = 1000
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT) + ((_C.POSSESSIVE_REPEAT,) if hasattr(_C, "POSSESSIVE_REPEAT") else ())
_WILD = (_C.ANY, _C.NOT_LITERAL)


def parse(pattern: str):
    """Parse with the stdlib parser; None when the pattern uses syntax only `regex` knows."""
    try:
        return _P.parse(pattern)
    except Exception:
        return None


def _children(op, av):
    if op in _REPEATS:
        return [av[2]]
    if op == _C.SUBPATTERN:
        return [av[-1]]
    if op == _C.BRANCH:
        return list(av[1])
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return [av[1]]
    return []


def _walk(items):
    for op, av in items:
        yield op, av
        for child in _children(op, av):
            yield from _walk(child)


def _is_wild(op, av) -> bool:
    if op in _WILD:
        return True
    if op == _C.IN:
        return any(o == _C.NEGATE for o, _ in av) or any(
            o == _C.CATEGORY and "NOT" in str(a) for o, a in av)
    return False


def static_problems(tree) -> list[tuple[str, str]]:
    out = []
    for op, av in _walk(tree):
        if op not in _REPEATS:
            continue
        lo, hi, body = av
        if hi == _C.MAXREPEAT and any(_is_wild(o, a) for o, a in _walk(body)):
            out.append(("has an unbounded wildcard (`.*`, `.+`, `[^…]+`)",
                        "bound the gap, e.g. `.{0,8}`"))
        if hi > 1 and any(o in _REPEATS and a[0] != a[1] for o, a in _walk(body)):
            out.append(("nests a variable quantifier inside a repeated group (catastrophic "
                        "backtracking)", "rewrite without the outer repetition"))
    return out


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
        if op in _REPEATS:
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
        walk = _pumped(tree, 40, branch)
        probes += [walk + "\x00", walk[:-1] + "\x00"]
    return probes


def _probe_strings(pattern: str, tree) -> list[str]:
    chars = []
    for op, av in _walk(tree or []):
        if op == _C.LITERAL and chr(av) not in chars:
            chars.append(chr(av))
    chars = (chars + ["a", "1", "律", " "])[:10]
    chunk = "".join(chars)
    strings = [c * PROBE_LENGTH + "\x00" for c in chars]
    strings.append(chunk * (PROBE_LENGTH // max(len(chunk), 1)) + "\x00")
    strings.append((chars[0] + "\x00") * (PROBE_LENGTH // 2))
    return _structural_probes(tree) + strings


@functools.lru_cache(maxsize=8192)
def check_pattern(pattern: str) -> tuple[tuple[str, str], ...]:
    """Return (what is wrong, how to fix it) pairs for `pattern`; empty when it is safe.

    Cached: rulebooks share anti-patterns between rules (YAML anchors), and a reload re-checks
    every pattern that did not change.
    """
    return tuple(_check(pattern))


def _check(pattern: str) -> list[tuple[str, str]]:
    try:
        compiled = regex.compile(pattern)
    except regex.error as exc:
        return [(f"does not compile ({exc})", "correct the regular expression")]
    if compiled.match(""):
        return [("matches the empty string", "require at least one character")]
    tree = parse(pattern)
    problems = static_problems(tree) if tree is not None else []
    if problems:
        return problems
    for s in _probe_strings(pattern, tree):
        try:
            compiled.search(s, timeout=PROBE_BUDGET)
        except TimeoutError:
            return [(f"took over {PROBE_BUDGET}s on a pathological string (catastrophic backtracking)",
                     "remove overlapping alternatives under a repeat, e.g. `(a|a)+`")]
    return []
