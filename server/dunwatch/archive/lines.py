"""Read lines with a length limit, so a file with no newline (a sparse 2 GB file) cannot fill memory."""
from __future__ import annotations

MAX_LINE = 1 << 20
TOO_LONG = None   # yielded in place of a line over MAX_LINE, after consuming it


def bounded_lines(fh, limit: int = MAX_LINE):
    """Yield each line of binary `fh` (with its newline), or TOO_LONG for a line over `limit` bytes."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = fh.readline(limit)
        yield TOO_LONG
