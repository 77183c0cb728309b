"""The engine: normalise (a batch at a time), match, map offsets back, score. Knows nothing of HTTP."""
from __future__ import annotations

import gc
import time
from pathlib import Path

from .matcher import Matcher
from .model import Rulebook, pick_lang
from .normalize import normalize, normalize_batch
from .rulebook import load_rulebook
from .scoring import assess


def bundled_rules_dir() -> Path:
    """Return the rulebook shipped with the package (rules/ at the repository root)."""
    return (Path(__file__).parent / "rules").resolve()


def _items(texts) -> list[tuple[str, str]]:
    items = []
    for index, item in enumerate(texts):
        if isinstance(item, str):
            items.append((str(index), item))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            items.append((str(item.get("id", index)), item["text"]))
        else:
            raise TypeError(f"texts[{index}] must be a string or {{'id', 'text'}}")
    return items


_frozen = False


def _freeze_once() -> None:
    """Take what the first engine loaded out of the cyclic collector's sight, once per process.

    Loading a rulebook brings in pypinyin's tables (about 190,000 lists) and the engine itself; they
    live as long as the process. Left tracked, every collection the per-message results trigger
    walks them all, which measured slower than the engine's own work. Later engines (a rulebook
    update) stay tracked, so a replaced one is still collected.
    """
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


class Engine:
    """Check messages against one loaded rulebook. Immutable once built; safe to share across threads."""

    def __init__(self, book: Rulebook):
        self.book = book
        self._matcher = Matcher(book)
        self._rules = {rule.id: rule for rule in book.rules}
        self._stable = frozenset(rule.id for rule in book.rules if rule.status == "stable")
        _freeze_once()

    @classmethod
    def default(cls) -> "Engine":
        return cls.from_path(bundled_rules_dir())

    @classmethod
    def from_path(cls, path) -> "Engine":
        return cls(load_rulebook(path))

    @property
    def rulebook(self) -> dict:
        return self.book.info

    @property
    def timeouts(self) -> int:
        """How many (rule, message) searches were skipped for exceeding their time budget."""
        return self._matcher.timeouts

    def fire(self, text: str, disabled=frozenset()) -> dict:
        """Return every rule that fires on `text` (signals included) with its normalised spans."""
        return self._matcher.fire(normalize(text).text, frozenset(disabled))

    def check(self, texts, lang="zh-Hant", disabled_rules=(), categories=None,
              deadline: float | None = None, veto: bool = True) -> list[dict]:
        """Check each text; return one CONTRACT.md result object per text, in order.

        `categories` None reports every category, an empty list none. `deadline` (a time.monotonic()
        value) caps the whole call: a text not checked completely by then comes back with what was
        found and `"incomplete": true`, so a hostile batch cannot hold a server (issue 10).
        `veto` False leaves the message model out (textmodel.py): no veto and no model rules, the
        patterns' findings alone, for training it.
        """
        lang = pick_lang(lang)
        disabled = frozenset(disabled_rules or ())
        wanted = frozenset(categories) if categories is not None else None
        items = _items(texts)
        norms = normalize_batch([text for _mid, text in items])
        model = self.book.model if veto else None
        return [self._check_one(mid, text, norm, lang, disabled, wanted, deadline, model)
                for (mid, text), norm in zip(items, norms)]

    def _check_one(self, mid, text, norm, lang, disabled, wanted, deadline=None, model=None) -> dict:
        if deadline is not None and time.monotonic() >= deadline:
            return {"id": mid, "flagged": False, "risk": "none", "score": 0.0, "matches": [], "incomplete": True}
        matches = []
        for rule_id, spans in self._matcher.fire(norm.text, disabled, deadline=deadline,
                                                 model=model is not None).items():
            rule = self._rules[rule_id]
            if not rule.report or (wanted is not None and rule.category not in wanted):
                continue
            for start, end in spans:
                offset, length, a, b = norm.both_spans(start, end)
                matches.append({"offset": offset, "length": length, "text": text[a:b],
                                "rule": rule.id, "category": rule.category,
                                "severity": rule.severity, "message": rule.text["message"][lang]})
        # The message model reads the whole text: a news story or an advice column that quotes the
        # collectors' words is vetoed as a whole (rules/README.md, "The message model"). Notes of
        # severity info (a genuine court notice's hallmarks) are not pressure and stay.
        if model is not None and any(m["severity"] != "info" for m in matches) and model.vetoes(
                norm.text, stable=self.has_stable_finding(matches)):
            matches = [m for m in matches if m["severity"] == "info"]
        matches.sort(key=lambda m: (m["offset"], -m["length"], m["rule"]))
        flagged, risk, score = assess(matches)
        result = {"id": mid, "flagged": flagged, "risk": risk, "score": score, "matches": matches}
        if deadline is not None and time.monotonic() >= deadline:
            result["incomplete"] = True  # a search may have been cut short by the deadline
        return result

    def has_stable_finding(self, matches) -> bool:
        """Whether a stable rule (one real collection messages fire, rules/README.md) reported one of
        `matches` as pressure: a short message with such a finding is never vetoed (TextModel.vetoes)."""
        return any(m["rule"] in self._stable for m in matches if m["severity"] != "info")

    def model_gates(self, texts) -> list[set[str]]:
        """For each text, the categories whose model rule its contexts and `unless` leave free to
        fire and no rule of that category fired: what training needs to weigh the model's additions."""
        out = []
        for norm in normalize_batch(list(texts)):
            gates: set[str] = set()
            self._matcher.fire(norm.text, gates=gates)
            out.append(gates)
        return out

    def categories(self, lang="zh-Hant") -> list[dict]:
        return [c.describe(lang) for c in self.book.categories.values()]

    def rules(self, lang="zh-Hant") -> list[dict]:
        return [r.describe(lang) for r in self.book.rules if r.active and r.report]

    def rule(self, rule_id: str, lang="zh-Hant") -> dict | None:
        rule = self._rules.get(rule_id)
        return rule.describe(lang) if rule else None

    def run_examples(self) -> list[str]:
        """Run every rule's examples; return one line per failure (empty when all pass)."""
        from .authoring.examples import failures

        return failures(self)
