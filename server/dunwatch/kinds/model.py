"""The `model` kind: a category's head of the message model (textmodel.py) finds what no pattern lists.

A model rule reads no pattern. It fires when none of its category's reported rules fired, the
message model scores the message as collection pressure (`add.message`) and the category's head
scores it as using the tactic (`add.category`); it is reported at the clause that weighs most for
that head among the clauses no reported rule marked (none left, no finding). Its contexts,
`unless` and the discourse gate apply as to any rule. Without a model file
(or with a format-1 model that only vetoes) a model rule never fires: the rules alone decide.
"""
from __future__ import annotations

FIELDS: set[str] = set()


def validate(raw, where, rid, problems, lexicons) -> dict:
    """A model rule has no fields of its own: its category names its head."""
    return {}


def check_heads(rules, model, problems) -> None:
    """Every active model rule's category has a head in a model that adds findings."""
    if model is None or model.add is None:
        return
    for rule in rules:
        if rule.kind == "model" and rule.active and rule.category not in model.heads:
            problems.add(rule.source, rule.id, f"the message model has no head {rule.category!r}",
                         "retrain with `dunwatch rules train` so that every category has a head")


class ModelSet:
    """A rulebook's model rules, with what each needs to know of the other rules."""

    def __init__(self, model, rules: list):
        self.model = model
        self.entries = [r for r in rules if r.kind == "model" and r.active] if model is not None else []
        # Which category each reported rule speaks for: a model rule stays silent when one did.
        self._category = {r.id: r.category for r in rules if r.report and r.kind != "model"}

    def fire(self, text: str, fired: dict, disabled, in_context, silenced, drops, gates=None) -> None:
        """Add each model rule that fires to `fired` (rule id -> spans).

        `in_context(rule)` tests the rule's contexts, `silenced(rule)` its `unless`; `drops(span)`
        asks the discourse gate. With a set as `gates` the model is not asked: the categories whose
        model rule would be free to fire (no rule of theirs fired, contexts hold, `unless` does not)
        are added to it, for training to choose the model's thresholds under the rules' own gates.
        """
        if not self.entries:
            return
        found = {self._category.get(rid) for rid in fired}
        if gates is not None:
            gates.update(r.category for r in self.entries if r.id not in disabled and r.category not in found
                         and in_context(r) and not silenced(r))
            return
        # The message head first: it decides for three messages in four that no model rule can
        # fire, while the contexts of every model rule (regexes among them) cost more than it does.
        # `unless` waits for the category heads (issue 14: cost per message).
        pending = [r for r in self.entries if r.id not in disabled and r.category not in found]
        if not pending or not self.model.may_add(text):
            return
        wanted = {r.category: r for r in pending if in_context(r)}
        taken = [span for rid, spans in fired.items() if rid in self._category for span in spans]
        for head in self.model.additions(text, wanted):
            rule = wanted[head]
            span = self.model.clause(text, head, taken)
            if span is None or silenced(rule) or (rule.discourse and drops(span)):
                continue
            fired[rule.id] = [span]
