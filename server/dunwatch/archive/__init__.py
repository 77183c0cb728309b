"""Message archives: one importer per format, each yielding normalised Records (or Skipped)."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from . import eml, iosdb, mbox, smsbackup, tabular
from .detect import HEAD, sniff
from .record import ArchiveError, HashingReader, Record, Skipped, sha256_file

TEXT_FORMATS = ("mbox", "eml", "csv", "jsonl")
# format id -> (reader, takes a path rather than a stream)
FORMATS = {"sms-backup": (smsbackup.read, False), "ios-sms": (iosdb.read, True),
           "mbox": (mbox.read, False), "eml": (eml.read, False),
           "csv": (tabular.read_csv, False), "jsonl": (tabular.read_jsonl, False)}


@dataclass
class Source:
    """One input file as the report's `sources` lists it."""
    path: str
    format: str
    sha256: str = ""
    messages: int = 0
    skipped: int = 0
    reasons: dict = field(default_factory=dict)   # skip reason -> count, for the person reading

    def as_json(self) -> dict:
        return {"path": self.path, "format": self.format, "sha256": self.sha256,
                "messages": self.messages, "skipped": self.skipped}


def _open(path: Path):
    """Open read-only, refusing what is not a regular file (a FIFO would block the scan forever)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise ArchiveError("is not a regular file")
        return open(path, "rb")
    except OSError as exc:
        raise ArchiveError(f"cannot be opened ({exc.strerror or exc})") from None


def _refuse_binary(path: Path) -> None:
    """Text exports hold no NUL bytes; a file that starts with them (say, sparse) is no such export."""
    with _open(path) as fh:
        head = fh.read(HEAD)
    if not head:
        raise ArchiveError("is empty")
    if b"\x00" in head:
        raise ArchiveError("holds binary data (NUL bytes), so it is no text export; check the file and --format")


def detect(path) -> str:
    with _open(Path(path)) as fh:
        return sniff(fh.read(HEAD), str(path))


def records(src: Source, number: int, zone):
    """Yield the Records of `src`, counting them and its skips; fill in its hash at the end."""
    path = Path(src.path)
    reader, wants_path = FORMATS[src.format]
    fh = None
    try:
        if wants_path:
            _open(path).close()
            items, fh = reader(path, number, zone), None
        else:
            fh = HashingReader(_open(path))
            if src.format in TEXT_FORMATS:
                _refuse_binary(path)
            items = reader(fh, number, zone)
        for item in items:
            if isinstance(item, Skipped):
                src.skipped += 1
                src.reasons[item.reason] = src.reasons.get(item.reason, 0) + 1
            else:
                src.messages += 1
                yield item
        src.sha256 = sha256_file(path) if wants_path else fh.finish()
    except OSError as exc:
        raise ArchiveError(f"cannot be read ({exc.strerror or exc})") from None
    finally:
        if fh is not None:
            fh.raw.close()


__all__ = ["ArchiveError", "FORMATS", "Record", "Skipped", "Source", "detect", "records"]
