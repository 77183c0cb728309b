"""One e-mail message (bytes) to one Record: any declared charset, GB labels read as GB18030."""
from __future__ import annotations

import codecs
import email
import email.policy
from email.header import decode_header
from email.utils import getaddresses, parsedate_to_datetime

from .htmltext import html_to_text
from .record import Record, Skipped

# Mail labelled gb2312 or gbk routinely holds characters only GB18030 has; GB18030 is a superset
# of both, so decoding with it never loses what the label promised.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "x-gbk": "gb18030",
              "euc-cn": "gb18030", "gb_2312-80": "gb18030", "x-euc-cn": "gb18030", "csgb2312": "gb18030"}


def codec(label: str | None) -> str:
    """Return a codec that can decode text declared as `label` (UTF-8 when unknown)."""
    name = (label or "utf-8").strip().strip('"').lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


def _header(value) -> str:
    if value is None:
        return ""
    parts = []
    for chunk, label in decode_header(str(value)):
        parts.append(chunk.decode(codec(label), "replace") if isinstance(chunk, bytes) else chunk)
    return "".join(parts).strip()


def _decoded(part) -> str:
    payload = part.get_payload(decode=True) or b""
    return payload.decode(codec(part.get_content_charset()), "replace")


def body_text(msg) -> str:
    """Prefer text/plain; fall back to HTML rendered as text. Attachments are left out."""
    plain, html = [], []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            plain.append(_decoded(part))
        elif kind == "text/html":
            html.append(html_to_text(_decoded(part)))
    return "\n".join(plain if plain else html).strip()


def to_record(data: bytes, source: int, index: int):
    """Parse one message; a message without a readable Date is Skipped."""
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    try:
        when = parsedate_to_datetime(_header(msg["Date"]))
    except (TypeError, ValueError, IndexError):
        return Skipped(index, "no readable Date header")
    if when.tzinfo is None:
        return Skipped(index, "Date header without a time zone")
    found = getaddresses([_header(msg["From"])])
    name, address = found[0] if found else ("", "")
    subject, body = _header(msg["Subject"]), body_text(msg)
    text = f"{subject}\n\n{body}" if subject and body else subject or body
    return Record(source, index, address or name, when, "in", text)
