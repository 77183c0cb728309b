"""A single RFC 5322 message (.eml)."""
from __future__ import annotations

import re

from .mail import to_record
from .record import ArchiveError

MAX_EML = 64 << 20
_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:", re.MULTILINE)
_KNOWN = (b"from:", b"date:", b"subject:", b"received:", b"mime-version:", b"message-id:", b"to:")


def looks_like(head: bytes) -> bool:
    top = head.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].lower()
    return bool(_HEADER.match(head)) and sum(k in top for k in _KNOWN) >= 2


def read(fh, source: int, zone=None):
    """Yield the one Record (or Skipped) of the message."""
    data = fh.read(MAX_EML + 1)
    if len(data) > MAX_EML:
        raise ArchiveError("is larger than 64 MB, too large for one e-mail message")
    if not looks_like(data[:65536]):
        raise ArchiveError("is not an e-mail message: no From/Date/Subject headers at its start")
    yield to_record(data, source, 0)
