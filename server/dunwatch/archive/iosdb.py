"""iOS Messages `sms.db` (SQLite), opened read-only and immutable so not even a -wal file appears."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from .record import ArchiveError, Record, Skipped

MAGIC = b"SQLite format 3\x00"
APPLE_EPOCH = datetime(2001, 1, 1, tzinfo=timezone.utc)
_QUERY = """SELECT m.ROWID, m.text, m.attributedBody, m.date, m.is_from_me, h.id
            FROM message m LEFT JOIN handle h ON h.ROWID = m.handle_id ORDER BY m.ROWID"""
_QUERY_OLD = _QUERY.replace("m.attributedBody", "NULL")  # before iOS 16 there is no such column


def looks_like(head: bytes) -> bool:
    return head.startswith(MAGIC)


def apple_time(value) -> datetime:
    """Seconds since 2001-01-01 UTC; iOS 11 and later store nanoseconds instead."""
    value = int(value)
    return APPLE_EPOCH + (timedelta(microseconds=value // 1000) if abs(value) > 1e11 else timedelta(seconds=value))


def attributed_text(blob: bytes | None) -> str | None:
    """Pull the plain string out of an NSAttributedString typedstream (iOS 16+ leaves `text` NULL)."""
    if not blob:
        return None
    at = blob.find(b"NSString")
    if at < 0:
        return None
    plus = blob.find(b"+", at + 8)
    if plus < 0 or plus + 1 >= len(blob):
        return None
    i, length = plus + 1, blob[plus + 1]
    if length == 0x81:                    # typedstream: 0x81 = 16-bit length follows, little-endian
        length, i = int.from_bytes(blob[i + 1:i + 3], "little"), i + 3
    elif length == 0x82:                  # 0x82 = 32-bit length follows
        length, i = int.from_bytes(blob[i + 1:i + 5], "little"), i + 5
    else:
        i += 1
    return blob[i:i + length].decode("utf-8", "replace")


def _connect(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True)


def read(path, source: int, zone=None):
    """Yield one Record per row of `message`; a row without a usable date is Skipped."""
    path = Path(path)
    try:
        db = _connect(path)
        try:
            rows = db.execute(_QUERY)
        except sqlite3.OperationalError as exc:
            if "attributedBody" not in str(exc):
                raise
            rows = db.execute(_QUERY_OLD)
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"is not an iOS sms.db this version can read ({exc})") from None
    try:
        for index, (_rowid, text, body, date, from_me, handle) in enumerate(rows):
            try:
                when = apple_time(date)
            except (TypeError, ValueError, OverflowError):
                yield Skipped(index, "no usable date")
                continue
            if text is None:
                text = attributed_text(body) or ""
            yield Record(source, index, handle or "", when, "out" if from_me else "in", text)
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"is damaged: reading stopped at a broken page ({exc})") from None
    finally:
        db.close()
