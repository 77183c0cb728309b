"""Fold Checked messages into the contract's summary (CONTRACT.md, "Archive scan and evidence report")."""
from __future__ import annotations

from collections import Counter, defaultdict


class Tally:
    """Counts over every message, details of flagged received ones only."""

    def __init__(self):
        self.messages = self.incoming = self.quiet_flagged = 0
        self.by_category = Counter()
        self.flagged = []                                  # Checked, flagged and received
        self.senders = defaultdict(lambda: {"messages": 0, "flagged": 0, "first": None, "last": None,
                                            "quiet_hours": 0})
        self.hours = [[0, 0] for _ in range(24)]           # hour -> [received, flagged]
        self.days = defaultdict(Counter)                   # "YYYY-MM-DD" -> category -> flagged

    def add(self, c) -> None:
        self.messages += 1
        if c.direction != "in":
            return
        self.incoming += 1
        hour = int(c.time[11:13])
        self.hours[hour][0] += 1
        s = self.senders[c.sender]
        s["messages"] += 1
        s["quiet_hours"] += c.quiet
        # ISO strings in one zone sort in time order, so min/max of strings is first/last.
        s["first"] = c.time if s["first"] is None else min(s["first"], c.time)
        s["last"] = c.time if s["last"] is None else max(s["last"], c.time)
        if not c.flagged:
            return
        s["flagged"] += 1
        self.hours[hour][1] += 1
        self.quiet_flagged += c.quiet
        self.by_category.update(c.categories)
        self.days[c.time[:10]].update(c.categories)
        self.flagged.append(c)

    def sender_rows(self) -> list[dict]:
        """Senders with at least one flagged message, most flagged first.

        Friends and family who only wrote ordinary messages stay out of a report meant for a
        regulator; they still count in the totals.
        """
        rows = [{"sender": k, **v} for k, v in self.senders.items() if v["flagged"]]
        return sorted(rows, key=lambda r: (-r["flagged"], -r["messages"], r["sender"]))

    def summary(self, rulebook: dict, generated: str, tz: str, quiet: dict, sources: list[dict]) -> dict:
        flagged = sorted(self.flagged, key=lambda c: (c.time, c.source, c.index))
        return {
            "rulebook": dict(rulebook), "generated": generated, "tz": tz, "quiet_hours": quiet,
            "sources": sources,
            "totals": {"messages": self.messages, "incoming": self.incoming, "flagged": len(flagged),
                       "quiet_hours_flagged": self.quiet_flagged},
            "by_category": dict(self.by_category.most_common()),
            "senders": self.sender_rows(),
            "messages": [{"source": c.source, "index": c.index, "sender": c.sender, "time": c.time,
                          "direction": c.direction, "quiet_hours": c.quiet, "sha256": c.sha256,
                          "result": c.result} for c in flagged],
        }

    def charts(self) -> dict:
        """Data behind the report's charts (not part of the JSON contract)."""
        return {"hours": self.hours, "days": {d: dict(v) for d, v in sorted(self.days.items())}}

    def texts(self) -> dict:
        """(source, index) -> text of each flagged message, for highlighting in the report."""
        return {(c.source, c.index): c.text for c in self.flagged}
