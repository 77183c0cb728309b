"""Turn a message's matches into `flagged`, `risk` and `score` (CONTRACT.md)."""
from __future__ import annotations

# How much one distinct firing rule of each severity moves the score. Rules combine like independent
# signals, 1 - prod(1 - w): one high rule is high risk, two mediums stay medium, three become high.
WEIGHTS = {"info": 0.0, "low": 0.25, "medium": 0.5, "high": 0.8}
THRESHOLDS = (("high", 0.8), ("medium", 0.5), ("low", 0.0))


def assess(matches: list[dict]) -> tuple[bool, str, float]:
    """Return (flagged, risk, score) for a message's matches."""
    severities = {m["rule"]: m["severity"] for m in matches if m["severity"] != "info"}
    if not severities:
        return False, "none", 0.0
    remaining = 1.0
    for severity in severities.values():
        remaining *= 1.0 - WEIGHTS[severity]
    score = round(1.0 - remaining, 3)
    risk = next(name for name, floor in THRESHOLDS if score >= floor)
    return True, risk, score
