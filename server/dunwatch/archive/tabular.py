"""CSV with a header (sender,time,text[,direction]) and JSONL ({"sender","time","text"[,"direction"]})."""
from __future__ import annotations

import csv
import json

from .lines import TOO_LONG, bounded_lines
from .record import ArchiveError, Record, Skipped
from .timeparse import parse_time

_DIRECTIONS = {"in": "in", "received": "in", "incoming": "in", "inbox": "in", "1": "in",
               "out": "out", "sent": "out", "outgoing": "out", "2": "out"}
REQUIRED = ("sender", "time", "text")


def _direction(value) -> str:
    if value is None or value == "":
        return "in"
    found = _DIRECTIONS.get(str(value).strip().lower())
    if found is None:
        raise ValueError("direction is not in/out")
    return found


def _record(row: dict, source: int, index: int, zone):
    try:
        if any(not isinstance(row.get(k), (str, int, float)) for k in REQUIRED):
            raise ValueError("sender, time or text missing")
        text = str(row["text"])
        if any("\udc80" <= ch <= "\udcff" for ch in text + str(row["sender"])):
            raise ValueError("bytes that are not UTF-8")
        return Record(source, index, str(row["sender"]).strip(), parse_time(row["time"], zone),
                      _direction(row.get("direction")), text)
    except (ValueError, OverflowError, OSError) as exc:
        return Skipped(index, str(exc))


def csv_looks_like(head: bytes) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace").lower()
    columns = {c.strip().strip('"') for c in first.split(",")}
    return set(REQUIRED) <= columns


def read_csv(fh, source: int, zone):
    """Yield one Record per data row; a row with a bad time, direction or encoding is Skipped."""
    too_long = []

    def lines():
        # surrogateescape keeps bytes that are not UTF-8 visible, so the row is skipped, not garbled.
        for n, line in enumerate(bounded_lines(fh)):
            if line is TOO_LONG:
                too_long.append(n)
                continue
            yield line.decode("utf-8", "surrogateescape").lstrip("\ufeff") if n == 0 else \
                line.decode("utf-8", "surrogateescape")

    reader = csv.DictReader(lines())
    header = {(name or "").strip().lower() for name in (reader.fieldnames or [])}
    if not set(REQUIRED) <= header:
        raise ArchiveError("is not a message CSV: its header needs the columns sender,time,text")
    rename = {name: (name or "").strip().lower() for name in reader.fieldnames}
    index = 0
    try:
        for index, row in enumerate(reader):
            while too_long:
                too_long.pop()
                yield Skipped(index, "a line longer than 1 MB")
            yield _record({rename.get(k, k): v for k, v in row.items() if k}, source, index, zone)
    except csv.Error:
        yield Skipped(index + 1, "broken CSV quoting; the rest of the file cannot be split into rows")
    for _ in too_long:
        yield Skipped(index + 1, "a line longer than 1 MB")


def jsonl_looks_like(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def read_jsonl(fh, source: int, zone):
    """Yield one Record per non-empty line; a line that is not such an object is Skipped."""
    index = -1
    for line in bounded_lines(fh):
        if line is not TOO_LONG and not line.strip():
            continue
        index += 1
        if line is TOO_LONG:
            yield Skipped(index, "a line longer than 1 MB")
            continue
        try:
            row = json.loads(line.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            yield Skipped(index, "not a JSON object in UTF-8")
            continue
        yield _record(row if isinstance(row, dict) else {}, source, index, zone)
