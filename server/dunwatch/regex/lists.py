"""Literal alternations as `regex` named lists: the same matches, without trying every branch.

A lexicon expands to `(?:律师催告函|律师函|…)` with its terms longest first (lexicon.py). The `regex`
module tries such a group branch by branch at each position it reaches, hundreds of branches behind
a `.{0,6}`; a named list `\\L<name>` is one set lookup per candidate length. Both try the strings
that match at a position longest first and fall back to shorter ones when the rest of the pattern
fails, so the matches are the same as long as the group's strings come longest first, which is the
only case rewritten (tests/engine/test_gates.py compares the two on random patterns).
"""
from __future__ import annotations

import regex

MIN_TERMS = 6     # smaller groups cost the module little as they are
_SPECIAL = r"\\.^$*+?{}\[\]()|"
# A non-capturing group of plain literals, not preceded by a backslash that would escape its "(".
_GROUP = regex.compile(rf"(?<!\\)\(\?:((?:[^{_SPECIAL}]+\|)+[^{_SPECIAL}]+)\)")


def named_lists(pattern: str) -> tuple[str, dict[str, list[str]]]:
    """Return `pattern` with its long longest-first literal groups as `\\L<…>`, and the lists."""
    lists: dict[str, list[str]] = {}

    def replace(m):
        terms = m.group(1).split("|")
        if len(terms) < MIN_TERMS or any(len(a) < len(b) for a, b in zip(terms, terms[1:])):
            return m.group(0)
        name = f"dunwatch_list{len(lists)}"
        lists[name] = terms
        return rf"\L<{name}>"

    return _GROUP.sub(replace, pattern), lists


def compile_fast(pattern: str) -> regex.Pattern:
    """Compile `pattern` with its long literal groups as named lists (the same matches)."""
    rewritten, lists = named_lists(pattern)
    return regex.compile(rewritten, **lists) if lists else regex.compile(pattern)
