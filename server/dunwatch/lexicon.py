"""Lexicons: named term classes shared by every rule (SpamAssassin's replace_tag, GATE's gazetteers).

A lexicon lives once in `rules/lexicons/*.yaml`; patterns use it by name, `{legal_doc}`, and the name
is expanded at load into an alternation of its terms, longest first, before script conversion, so
lint, the safety checks, the literal prefilter and the digest all see ordinary patterns. A synonym
added to a lexicon reaches every rule that names it.
"""
from __future__ import annotations

import regex

from .normalize import ZHUYIN_LETTERS, ZHUYIN_TONES, dead_space

# `{name}` with a letter first can never be a quantifier such as `{0,6}`.
REF = regex.compile(r"\{([a-z][a-z0-9_]*)\}")
NAME = regex.compile(r"^[a-z][a-z0-9_]*$")
_ENTRY_KEYS = {"term", "region", "note", "source"}
_HAN = regex.compile(r"^\p{Han}{2,6}$")
REGIONS = ("cn", "tw", "hk")
_MAX_DEPTH = 8


class LexiconError(ValueError):
    """A lexicon reference that cannot be expanded (unknown name or a cycle)."""


_ZHUYIN = regex.compile(rf"[{ZHUYIN_LETTERS}]+[{ZHUYIN_TONES}]?$")


def pinyin_variants(term: str) -> list[str]:
    """Return `term` with one or two neighbouring characters written in pinyin (律shi函, sifa程序),
    or one written in Zhuyin (ㄓㄥ信).

    Collectors spell out the word a filter would catch (FACTS.md 4.3-4.4: homophone and Latin
    substitutions); pypinyin gives each character's common reading, ü as both v and u.
    """
    from pypinyin import Style, lazy_pinyin

    if not _HAN.match(term):
        return []
    sounds = [{s, s.replace("v", "u")} for s in lazy_pinyin(term, style=Style.NORMAL)]
    out = []
    for width in (1, 2):
        for i in range(len(term) - width + 1):
            if width == len(term):
                continue  # a whole word in pinyin (lvshihan) is too ambiguous to flag
            heads = [""]
            for k in range(i, i + width):
                heads = [h + s for h in heads for s in sorted(sounds[k])]
            out += [term[:i] + h + term[i + width:] for h in heads]
    # Taiwan writes the hidden character in Zhuyin instead (ㄐㄧㄥˇ察, ㄓㄥ信): one character, without
    # its tone mark, which normalisation drops (normalize.py).
    for i, sound in enumerate(lazy_pinyin(term, style=Style.BOPOMOFO)):
        if _ZHUYIN.match(sound):
            out.append(term[:i] + sound.rstrip(ZHUYIN_TONES) + term[i + 1:])
    return out


def parse_entries(name: str, raw, where: str, problems) -> tuple[str, ...]:
    """Validate one lexicon's raw data and return its terms (regex fragments, usually literals)."""
    pinyin = False
    if isinstance(raw, dict):
        unknown = sorted(set(raw) - {"description", "terms", "pinyin"})
        if unknown:
            problems.add(where, None, f"lexicon {name!r} has unknown field(s) {unknown}",
                         "use `description`, `terms` and `pinyin`")
        pinyin = raw.get("pinyin") is True
        raw = raw.get("terms")
    if not isinstance(raw, list) or not raw:
        problems.add(where, None, f"lexicon {name!r} has no terms", "list its terms under `terms:`")
        return ()
    terms = []
    for item in raw:
        if isinstance(item, dict):
            unknown = sorted(set(item) - _ENTRY_KEYS)
            if unknown or item.get("region", "cn") not in REGIONS:
                problems.add(where, None, f"lexicon {name!r}: entry {item!r} has unknown fields or region",
                             f"use {sorted(_ENTRY_KEYS)}, region one of {REGIONS}")
            item = item.get("term")
        if not isinstance(item, str) or not item.strip():
            problems.add(where, None, f"lexicon {name!r}: an entry is not a non-empty string",
                         "write each term as a string or {term: …, region: …}")
            continue
        if dead_space(item):
            problems.add(where, None, f"lexicon {name!r}: term {item!r} has a space between words",
                         "normalised text has none (`call your boss` reads `callyourboss`): drop the space")
            continue
        terms.append(item.strip())
    if pinyin:
        terms += [v for t in list(terms) for v in pinyin_variants(t)]
    return tuple(dict.fromkeys(terms))


class Lexicons:
    """All lexicons of a rulebook, expandable into patterns."""

    def __init__(self, terms: dict[str, tuple[str, ...]]):
        self.terms = terms
        self._cache: dict[str, str] = {}

    def names_in(self, pattern: str) -> list[str]:
        return REF.findall(pattern)

    def expand(self, pattern: str, _depth: int = 0) -> str:
        """Replace every `{name}` in `pattern` with its lexicon's alternation; raise LexiconError."""
        if "{" not in pattern:
            return pattern
        return REF.sub(lambda m: self._group(m.group(1), _depth), pattern)

    def _group(self, name: str, depth: int) -> str:
        if name in self._cache:
            return self._cache[name]
        if name not in self.terms:
            raise LexiconError(f"unknown lexicon {{{name}}}")
        if depth >= _MAX_DEPTH:
            raise LexiconError(f"lexicon {{{name}}} refers to itself (or nests deeper than {_MAX_DEPTH})")
        expanded = [self.expand(t, depth + 1) for t in self.terms[name]]
        # Longest first: at one position the alternation then prefers the whole term (律师催告函
        # over 律师函 is irrelevant, but 法务部 over 法务 decides how much is highlighted).
        expanded.sort(key=len, reverse=True)
        group = "(?:" + "|".join(expanded) + ")"
        self._cache[name] = group
        return group
