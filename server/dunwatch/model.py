"""The rulebook's data model: plain frozen records, no behaviour beyond lookups."""
from __future__ import annotations

from dataclasses import dataclass

LANGS = ("zh-Hant", "zh-Hans", "en")
SEVERITIES = ("info", "low", "medium", "high")
STATUSES = ("experimental", "stable", "deprecated")
TEXT_FIELDS = ("title", "message", "explanation", "advice")
_LANG_ALIASES = {"zh-tw": "zh-Hant", "zh-hk": "zh-Hant", "zh-mo": "zh-Hant", "zh-hant": "zh-Hant",
                 "zh-cn": "zh-Hans", "zh-sg": "zh-Hans", "zh-hans": "zh-Hans", "zh": "zh-Hans"}


def pick_lang(lang: str | None) -> str:
    """Return the supported language closest to `lang`; unknown or missing falls back to zh-Hant."""
    if not lang:
        return "zh-Hant"
    low = lang.strip().replace("_", "-").lower()
    if low in _LANG_ALIASES:
        return _LANG_ALIASES[low]
    if low == "en" or low.startswith("en-"):
        return "en"
    if low.startswith("zh-hant"):
        return "zh-Hant"
    if low.startswith("zh-hans"):
        return "zh-Hans"
    return "zh-Hant"


@dataclass(frozen=True)
class Example:
    text: str
    expect: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    status: str
    kind: str                      # a key of kinds.KINDS: "pattern", "near", "meta" or "model"
    report: bool
    text: dict                     # field -> {lang -> str}
    references: tuple = ()         # ({"title", "url"}, ...)
    patterns: tuple = ()           # pattern: any one matching fires the rule (lexicons expanded)
    anti_patterns: tuple = ()
    near: tuple = ()               # near: every item occurs, each within `within` of the next
    within: int = 8
    ordered: bool = False
    discourse: bool = True         # drop matches in reported speech, Q&A, negation (discourse.py)
    context: tuple = ()            # fires only when one of these contexts matches the message
    unless: tuple = ()             # ...and none of these does
    all_of: tuple = ()             # meta: selectors that must all fire
    any_of: tuple = ()             # meta: at least `min_any` of these must fire
    min_any: int = 0
    highlight: str | None = None   # meta: selector whose spans are reported
    falsepositives: tuple = ()
    match_examples: tuple = ()
    no_match_examples: tuple = ()
    source: str = ""               # file the rule came from

    @property
    def active(self) -> bool:
        return self.status != "deprecated"

    def describe(self, lang: str) -> dict:
        """Return the rule as the API and CLI show it, in one language."""
        lang = pick_lang(lang)
        out = {"id": self.id, "category": self.category, "severity": self.severity,
               "status": self.status}
        out.update({f: self.text[f][lang] for f in TEXT_FIELDS})
        out["references"] = [dict(r) for r in self.references]
        return out


@dataclass(frozen=True)
class Category:
    id: str
    severity: str
    title: dict
    description: dict

    def describe(self, lang: str) -> dict:
        lang = pick_lang(lang)
        return {"id": self.id, "title": self.title[lang], "description": self.description[lang]}


@dataclass(frozen=True)
class Rulebook:
    name: str
    version: str
    schema: int
    license: str
    categories: dict               # id -> Category
    contexts: dict                 # name -> tuple of patterns
    lexicons: dict                 # name -> tuple of terms
    discourse: dict                # the discourse gate's patterns (see discourse.py)
    rules: tuple                   # Rule, in file order
    digest: str
    path: str = ""
    model: object = None           # the message model (textmodel.TextModel), or None

    @property
    def info(self) -> dict:
        return {"version": self.version, "digest": self.digest}
