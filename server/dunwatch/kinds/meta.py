"""The `meta` kind: small rules combined, SpamAssassin-style ("all of these and two of those").

A meta rule reads no text; it fires when its selectors fired in one message and is reported at the
spans of its `highlight` selector. Selectors are rule ids, `category:<id>` (signals included) or
`reported:<id>` (the category's reported rules only), resolved to sets of rule ids once, when the
matcher is built.
"""
from __future__ import annotations

FIELDS = {"all", "any", "min", "highlight"}


def validate(raw, where, rid, problems, lexicons) -> dict:
    """Return the kind's Rule fields from `raw`, adding any problem found."""
    from ..schema import str_list  # late: schema imports the kinds

    all_of = str_list(raw.get("all"), where, rid, "all", problems)
    any_of = str_list(raw.get("any"), where, rid, "any", problems)
    min_any = raw.get("min", 1 if any_of else 0)
    if not all_of and not any_of:
        problems.add(where, rid, "a meta rule needs `all` or `any`", "list the selectors it combines")
    if isinstance(min_any, bool) or not isinstance(min_any, int) or not 0 <= min_any <= len(any_of):
        problems.add(where, rid, f"`min` {min_any!r} must be between 0 and len(any)", "fix `min`")
        min_any = 0
    highlight = raw.get("highlight") or (all_of or any_of or (None,))[0]
    if highlight not in all_of + any_of:
        problems.add(where, rid, f"`highlight` {highlight!r} is not among `all`/`any`",
                     "name one of the selectors the rule combines")
    return {"all_of": all_of, "any_of": any_of, "min_any": min_any, "highlight": highlight}


def check_selectors(rules, categories, text_kinds, problems) -> None:
    """Every selector names a category or a rule that reads text (not another meta rule)."""
    kinds = {r.id: r.kind for r in rules}
    for rule in rules:
        for sel in rule.all_of + rule.any_of:
            if sel.startswith(("category:", "reported:")):
                if sel.split(":", 1)[1] not in categories:
                    problems.add(rule.source, rule.id, f"selector {sel!r} names no category",
                                 f"use one of {sorted(categories)}")
            elif kinds.get(sel) not in text_kinds:
                problems.add(rule.source, rule.id, f"selector {sel!r} is not a pattern or near rule",
                             "name a pattern or near rule id, or `category:<id>`")


class MetaSet:
    """A rulebook's meta rules with their selectors resolved to rule-id sets."""

    def __init__(self, metas, rules: list):
        def ids(selector):
            kind, _, category = selector.partition(":")
            if kind in ("category", "reported"):  # reported: leaves out the signals
                return frozenset(r.id for r in rules if r.category == category and (kind == "category" or r.report))
            return frozenset([selector])

        self.entries = [(m, [ids(s) for s in m.all_of], [ids(s) for s in m.any_of], ids(m.highlight))
                        for m in metas]

    def fire(self, fired: dict, disabled) -> None:
        """Add every meta rule whose conditions hold to `fired` (rule id -> spans)."""
        ids = fired.keys()
        for meta, all_of, any_of, highlight in self.entries:
            if meta.id in disabled or any(s.isdisjoint(ids) for s in all_of):
                continue
            if any_of and sum(not s.isdisjoint(ids) for s in any_of) < meta.min_any:
                continue
            fired[meta.id] = sorted({span for rid in highlight.intersection(ids) for span in fired[rid]})
