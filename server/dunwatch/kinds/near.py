"""The `near` kind: every listed item occurs, in any order, each within `within` characters of the next.

Order-free proximity (spaCy's Matcher with bounded gaps): `near: ['{legal_doc}', '{dispatch}']`
fires on 律师函已发出, 已向你发出律师函 and 律师函将于明日寄往. The reported span covers all items.
A gap never crosses the end of a sentence, so two unrelated sentences do not make a claim.
"""
from __future__ import annotations

from .common import Compiled, expand_all

FIELDS = {"near", "within", "ordered", "anti_patterns"}
MAX_ITEMS = 4
MAX_WITHIN = 40
DEFAULT_WITHIN = 8
SENTENCE_END = frozenset("。!?;\n\r\u2028\u2029")
_MAX_SPANS = 64          # per item and message: enough for any real message, bounded for hostile ones


def validate(raw, where, rid, problems, lexicons) -> dict:
    """Return the kind's Rule fields from `raw`, adding any problem found."""
    items = expand_all(raw, "near", where, rid, problems, lexicons, required=True)
    if not 2 <= len(raw.get("near") or ()) <= MAX_ITEMS:
        problems.add(where, rid, f"`near` lists {len(raw.get('near') or ())} items",
                     f"list 2 to {MAX_ITEMS} items (patterns or lexicon names)")
    within = raw.get("within", DEFAULT_WITHIN)
    if isinstance(within, bool) or not isinstance(within, int) or not 0 <= within <= MAX_WITHIN:
        problems.add(where, rid, f"`within` {within!r} is not a whole number from 0 to {MAX_WITHIN}",
                     "give the largest gap in characters between two items")
        within = DEFAULT_WITHIN
    ordered = raw.get("ordered", False)
    if not isinstance(ordered, bool):
        problems.add(where, rid, f"`ordered` {ordered!r} is not true or false", "write `ordered: true`")
        ordered = False
    return {"near": items, "within": within, "ordered": ordered}


class NearRule(Compiled):
    def __init__(self, rule, search, register):
        super().__init__(rule, search)
        self.regexes = self.compile_each(rule.near, register)
        # Items found by the term scan alone cost nothing to look up: try them first, fail fast.
        self._order = sorted(range(len(self.regexes)), key=lambda n: self.regexes[n][1] is not None)
        self.within = rule.within
        self.ordered = rule.ordered

    @property
    def needs_all(self) -> bool:
        return True

    def run(self, text: str, numbers, hits) -> list[tuple[int, int]]:
        if len(set(numbers)) < len(self.regexes):
            return []  # the prefilter says some item cannot occur
        spans = []
        for n in self._order:
            found = self.find(n, text, hits)
            if not found:
                return []
            # At one start only the longest term counts (法务部门, not 法务): the claim, not a fragment.
            longest = {}
            for a, b in found:
                longest[a] = max(b, longest.get(a, b))
            spans += [(a, b, n) for a, b in sorted(longest.items())[:_MAX_SPANS]]
        spans.sort()
        windows = [w for i in range(len(spans)) if (w := self._chain(text, spans, i)) is not None]
        # Of overlapping windows the tightest wins: it is the claim, not the words around it.
        kept: list[tuple[int, int]] = []
        for a, b in sorted(windows, key=lambda w: (w[1] - w[0], w[0])):
            if all(b <= x or a >= y for x, y in kept):
                kept.append((a, b))
        return sorted(kept)

    def _chain(self, text, spans, first):
        """Return the shortest window starting with spans[first] that holds every item, or None."""
        a, end, item = spans[first]
        if self.ordered and item != 0:
            return None
        best = self._extend(text, spans, first, end, {item})
        return None if best is None else (a, best)

    def _extend(self, text, spans, i, end, covered):
        if len(covered) == len(self.regexes):
            return end
        for j in range(i + 1, len(spans)):
            start, stop, item = spans[j]
            if start - end > self.within:
                break
            if start < end or item in covered or (self.ordered and item != len(covered)):
                continue
            if SENTENCE_END.isdisjoint(text[end:start]):
                found = self._extend(text, spans, j, stop, covered | {item})
                if found is not None:
                    return found
        return None


def compile(rule, search, register) -> NearRule:
    return NearRule(rule, search, register)
