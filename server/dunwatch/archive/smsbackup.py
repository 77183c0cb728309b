"""Android "SMS Backup & Restore" XML, streamed one <sms>/<mms> element at a time.

Backups run to hundreds of megabytes, so the file is read in chunks and each top-level message
element is cut out and parsed on its own: memory stays bounded by the largest single message, and
a malformed element is skipped and counted instead of ending the whole file.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from .record import ArchiveError, Record, Skipped
from .xmlrefs import repair

CHUNK = 1 << 20
MAX_ELEMENT = 256 << 20        # one message larger than this is broken, not a message
_START = re.compile(rb"<(sms|mms)[\s/>]")
_SMS_TAG = re.compile(rb"<sms\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_OUT_TYPES = {"2", "3", "4", "5", "6"}   # sent, draft, outbox, failed, queued
_MMS_FROM = "137"                       # PduHeaders.FROM in <addr type=...>


def looks_like(head: bytes) -> bool:
    return b"<smses" in head or bool(_START.search(head))


def _time(value: str | None) -> datetime:
    return datetime.fromtimestamp(int(value) / 1000, tz=timezone.utc)


def _sms(elem, source, index):
    body = elem.get("body")
    if body is None:
        raise ValueError("<sms> without a body attribute")
    direction = "out" if elem.get("type") in _OUT_TYPES else "in"
    return Record(source, index, elem.get("address") or "", _time(elem.get("date")), direction, body)


def _mms(elem, source, index):
    texts = [p.get("text") or "" for p in elem.iter("part") if p.get("ct") == "text/plain"]
    direction = "in" if elem.get("msg_box") == "1" else "out"
    sender = elem.get("address") or ""
    if direction == "in":
        sender = next((a.get("address") for a in elem.iter("addr") if a.get("type") == _MMS_FROM), sender)
    return Record(source, index, sender or "", _time(elem.get("date")), direction, "\n".join(texts))


def _parse(element: bytes, source: int, index: int):
    try:
        elem = ET.fromstring(repair(element))
        return (_sms if elem.tag == "sms" else _mms)(elem, source, index)
    except (ET.ParseError, ValueError, TypeError, OverflowError, OSError) as exc:
        reason = "not well-formed XML" if isinstance(exc, ET.ParseError) else "missing or bad date/body"
        return Skipped(index, reason)


def _element_end(buf: bytes, start: int, kind: bytes, scan_from: int) -> int:
    """Return the end offset of the element starting at `start`, or -1 if not yet in `buf`."""
    if kind == b"sms":
        tag = _SMS_TAG.match(buf, start)
        if not tag:
            return -1
        if buf[tag.end() - 2:tag.end()] == b"/>":
            return tag.end()
        close = buf.find(b"</sms>", tag.end())
        return -1 if close < 0 else close + 6
    close = buf.find(b"</mms>", max(start, scan_from))
    return -1 if close < 0 else close + 6


def read(fh, source: int, zone=None):
    """Yield one Record per <sms>/<mms> element, a Skipped for each one that cannot be parsed."""
    head = fh.read(CHUNK)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArchiveError("is UTF-16; SMS Backup & Restore writes UTF-8: export the backup again")
    if not looks_like(head[:65536]):
        raise ArchiveError("is not an SMS Backup & Restore file: no <smses> or <sms> element at its start")
    buf, pos, index, scan_from, eof = head, 0, 0, 0, False
    while True:
        start = _START.search(buf, pos)
        if start is None:
            pos = max(pos, len(buf) - 8)  # what may be the first bytes of a tag split across chunks
        else:
            end = _element_end(buf, start.start(), start.group(1), scan_from)
            if end >= 0:
                yield _parse(buf[start.start():end], source, index)
                index, pos, scan_from = index + 1, end, 0
                continue
            if len(buf) - start.start() > MAX_ELEMENT:
                yield Skipped(index, "a message element larger than 256 MB")
                index, pos, scan_from = index + 1, start.end(), 0
                continue
            pos, scan_from = start.start(), max(start.start(), len(buf) - 6)
        if eof:
            break
        chunk = fh.read(CHUNK)
        eof = not chunk
        # Drop what is consumed only when reading, so each byte is copied about once.
        buf, scan_from = buf[pos:] + chunk, max(0, scan_from - pos)
        pos = 0
    if start is not None:
        yield Skipped(index, "the file ends inside this message (truncated?)")
