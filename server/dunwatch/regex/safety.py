"""Check that a pattern compiles, can match normalised text, and cannot hang the engine (SpamAssassin
bug 6558: one rule, 100% CPU). Every pattern of a rulebook passes here: rules, contexts, discourse.

Two checks: a static one on the parsed pattern (unbounded wildcards, nested quantifiers) and a
dynamic one that runs the pattern over pathological strings within a time budget. Matching itself
also runs under a timeout (see ../matcher.py), so a pattern that slips through still cannot hang.
"""
from __future__ import annotations

import functools

import regex

from ..normalize import dead_space
from .parse import C as _C, REPEATS as _REPEATS, parse, walk
from .probes import probe_strings

PROBE_BUDGET = 0.5        # seconds one probe may take before the pattern is called catastrophic (ordinary
                          # patterns take under 25 ms here, so a busy machine does not cause false refusals)
_WILD = (_C.ANY, _C.NOT_LITERAL)


def _is_wild(op, av) -> bool:
    if op in _WILD:
        return True
    if op == _C.IN:
        return any(o == _C.NEGATE for o, _ in av) or any(
            o == _C.CATEGORY and "NOT" in str(a) for o, a in av)
    return False


def static_problems(tree) -> list[tuple[str, str]]:
    out = []
    for op, av in walk(tree):
        if op not in _REPEATS:
            continue
        lo, hi, body = av
        if hi == _C.MAXREPEAT and any(_is_wild(o, a) for o, a in walk(body)):
            out.append(("has an unbounded wildcard (`.*`, `.+`, `[^…]+`)",
                        "bound the gap, e.g. `.{0,8}`"))
        if hi > 1 and any(o in _REPEATS and a[0] != a[1] for o, a in walk(body)):
            out.append(("nests a variable quantifier inside a repeated group (catastrophic "
                        "backtracking)", "rewrite without the outer repetition"))
    return out


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
    if dead_space(pattern):
        return [("has a space between words",
                 "normalised text has none (`call your boss` reads `callyourboss`): drop the space")]
    tree = parse(pattern)
    problems = static_problems(tree) if tree is not None else []
    if problems:
        return problems
    for s in probe_strings(tree):
        try:
            compiled.search(s, timeout=PROBE_BUDGET)
        except TimeoutError:
            return [(f"took over {PROBE_BUDGET}s on a pathological string (catastrophic backtracking)",
                     "remove overlapping alternatives under a repeat, e.g. `(a|a)+`")]
    return []
