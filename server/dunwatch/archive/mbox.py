"""mbox files (mboxo/mboxrd), split on "From " lines while streaming; never opened for writing."""
from __future__ import annotations

import re

from .lines import TOO_LONG, bounded_lines
from .mail import to_record
from .record import ArchiveError, Skipped

_QUOTED_FROM = re.compile(rb"^>(>*From )")


def looks_like(head: bytes) -> bool:
    return head.startswith(b"From ")


def _messages(fh):
    """Yield each message's bytes, or TOO_LONG for one holding a line over the limit."""
    lines, broken = [], False
    for line in bounded_lines(fh):
        if line is TOO_LONG:
            broken = True
            continue
        # Every unquoted "From " line starts a message, as Python's mailbox module reads it too.
        if line.startswith(b"From "):
            if lines or broken:
                yield TOO_LONG if broken else b"".join(lines)
            lines, broken = [], False
            continue
        lines.append(_QUOTED_FROM.sub(rb"\1", line))
    if lines or broken:
        yield TOO_LONG if broken else b"".join(lines)


def read(fh, source: int, zone=None):
    """Yield one Record (or Skipped) per message in the mbox."""
    first = fh.readline()
    if not first.startswith(b"From "):
        raise ArchiveError("is not an mbox file: it does not start with a 'From ' line")
    for index, data in enumerate(_messages(fh)):
        yield Skipped(index, "a line longer than 1 MB") if data is TOO_LONG else to_record(data, source, index)
