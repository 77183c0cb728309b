"""mbox files (mboxo/mboxrd), split on "From " lines while streaming; never opened for writing."""
from __future__ import annotations

import re

from .mail import to_record
from .record import ArchiveError

_QUOTED_FROM = re.compile(rb"^>(>*From )")


def looks_like(head: bytes) -> bool:
    return head.startswith(b"From ")


def _messages(fh):
    lines = []
    for line in fh:
        # Every unquoted "From " line starts a message, as Python's mailbox module reads it too.
        if line.startswith(b"From "):
            if lines:
                yield b"".join(lines)
            lines = []
            continue
        lines.append(_QUOTED_FROM.sub(rb"\1", line))
    if lines:
        yield b"".join(lines)


def read(fh, source: int, zone=None):
    """Yield one Record (or Skipped) per message in the mbox."""
    first = fh.readline()
    if not first.startswith(b"From "):
        raise ArchiveError("is not an mbox file: it does not start with a 'From ' line")
    for index, data in enumerate(_messages(fh)):
        yield to_record(data, source, index)
