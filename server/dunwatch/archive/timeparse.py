"""Turn the time fields of CSV and JSONL exports into timezone-aware datetimes."""
from __future__ import annotations

from datetime import datetime, timezone, tzinfo

_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M")


def from_epoch(value: float) -> datetime:
    """Read epoch seconds or, when the number is too large for seconds, epoch milliseconds."""
    seconds = value / 1000 if abs(value) > 1e11 else value
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


def parse_time(value, zone: tzinfo) -> datetime:
    """Parse ISO 8601, 'YYYY-MM-DD HH:MM[:SS]' or epoch s/ms; a time without offset is in `zone`."""
    if isinstance(value, bool):
        raise ValueError("time is not a date")
    if isinstance(value, (int, float)):
        return from_epoch(value)
    if not isinstance(value, str) or not value.strip():
        raise ValueError("no time")
    text = value.strip()
    if text.isdigit():
        return from_epoch(int(text))
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        for fmt in _FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        if parsed is None:
            raise ValueError("time is not ISO 8601, 'YYYY-MM-DD HH:MM' or epoch") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)
