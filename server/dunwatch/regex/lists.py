"""Literal alternations as tries: the same matches, without trying every branch.

A lexicon expands to `(?:律师催告函|律师函|…)` with its terms longest first (lexicon.py). The `regex`
module tries such a group branch by branch at each position it reaches, hundreds of branches behind
a `.{0,6}`. As a trie (`(?:律师(?:催告函|函|信|)|…)`) it follows the text's characters instead.
Both try the strings that match at a position longest first and fall back to shorter ones when the
rest of the pattern fails, so the matches are the same as long as the strings come longest first,
which is the only case rewritten (tests/engine/test_gates.py compares the two on random patterns).

Runs of such branches are rewritten wherever they stand, also inside a group that has other
branches (`{family}` holds `(?<=[你您妳])(?:…)` before its hundreds of spellings): the run becomes
one trie in its place, between the same neighbours, so the alternation still tries its branches in
the same order. Until issue 14's third round only whole groups were rewritten, as `regex` named
lists (`\\L<name>`); a list tries every length its strings have where one of them starts, about
three times slower than a trie there (6.7 against 2.3 µs for `{family}`'s 619 spellings).
"""
from __future__ import annotations

import regex

MIN_TERMS = 6     # smaller groups cost the module little as they are
_SPECIAL = set("\\.^$*+?{}[]()|")
_NAME = "dunwatch_list"


class _Unknown(Exception):
    """Syntax the rewriter does not follow: the pattern is compiled as it is."""


def _plain(branch: str) -> bool:
    return bool(branch) and not _SPECIAL.intersection(branch)


def _class_end(p: str, i: int) -> int:
    """The index after the character class starting at p[i] == '['."""
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":  # a nested set (regex's V1 syntax, or a POSIX class): not followed here
            raise _Unknown
        if c == "]":
            return j + 1
        j += 1
    raise _Unknown


def _group_head(p: str, i: int) -> int:
    """The index after the opening of the group at p[i] == '(': '(', '(?:', '(?=', '(?<!', ..."""
    if not p.startswith("(?", i):
        return i + 1
    for head in ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>"):
        if p.startswith(head, i):
            return i + len(head)
    raise _Unknown  # named groups, inline flags, conditionals, comments: left as they are


def _alternation(p: str, i: int, lists: dict, top: bool) -> tuple[str, int]:
    """Rewrite the alternation from p[i] to its group's ')' (or the end); return it and the index there."""
    branches, current = [], []
    while i < len(p):
        c = p[i]
        if c == "\\":
            if p.startswith("\\L<", i):
                raise _Unknown
            current.append(p[i:i + 2])
            i += 2
        elif c == "[":
            j = _class_end(p, i)
            current.append(p[i:j])
            i = j
        elif c == "(":
            j = _group_head(p, i)
            inner, k = _alternation(p, j, lists, False)
            if k >= len(p) or p[k] != ")":
                raise _Unknown
            current.append(p[i:j] + inner + ")")
            i = k + 1
        elif c == ")":
            if top:
                raise _Unknown
            break
        elif c == "|":
            branches.append("".join(current))
            current = []
            i += 1
        else:
            current.append(c)
            i += 1
    branches.append("".join(current))
    return "|".join(_runs(branches, lists)), i


def _runs(branches: list[str], lists: dict) -> list[str]:
    """Replace each run of MIN_TERMS or more plain literal branches, longest first, by a list."""
    out, run = [], []

    def flush():
        if len(run) >= MIN_TERMS:
            name = f"{_NAME}{len(lists)}"
            lists[name] = list(run)
            out.append(trie(run))
        else:
            out.extend(run)
        run.clear()

    for branch in branches:
        if _plain(branch) and (not run or len(run[-1]) >= len(branch)):
            run.append(branch)
            continue
        flush()
        if _plain(branch):
            run.append(branch)  # a longer string than the run's last: a new run starts here
        else:
            out.append(branch)
    flush()
    return out


def trie(words: list[str]) -> str:
    """A group matching `words` (longest first) as a trie: `(?:家(?:里人?|人)|…)`.

    The strings of the run that match at one position are all prefixes of the text there, so they
    lie on one path of the trie; trying each node's longer continuations before ending there tries
    them longest first, as the run's branches did, with the same fallback to shorter ones. The
    module tries such a group about three times faster than a named list where a string starts
    (a list tries every length its strings have)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [regex.escape(ch) + emit(child) for ch, child in node.items() if ch != ""]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ("|" if "" in node else "") + ")"

    return emit(root)


def named_lists(pattern: str) -> tuple[str, dict[str, list[str]]]:
    """Return `pattern` with its runs of longest-first literal branches as tries, and the runs."""
    lists: dict[str, list[str]] = {}
    try:
        rewritten, _end = _alternation(pattern, 0, lists, True)
    except _Unknown:
        return pattern, {}
    return rewritten, lists


def compile_fast(pattern: str) -> regex.Pattern:
    """Compile `pattern` with its long literal runs as tries (the same matches)."""
    rewritten, lists = named_lists(pattern)
    return regex.compile(rewritten if lists else pattern)
