"""The one record every importer yields, the skip marker, and a reader that hashes what it reads."""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime


class ArchiveError(Exception):
    """A file cannot be read at all (exit 2); the message names the file and what to do."""


@dataclass(frozen=True)
class Record:
    source: int          # index into the scan's sources
    index: int           # position of the message in its file, from 0
    sender: str          # the other party: who wrote an incoming message, who got an outgoing one
    time: datetime       # timezone-aware
    direction: str       # "in" or "out"
    text: str


@dataclass(frozen=True)
class Skipped:
    """A record that could not be parsed; `reason` never quotes message text."""
    index: int
    reason: str


class HashingReader(io.BufferedIOBase):
    """Wrap a binary file opened read-only; every byte read also feeds a SHA-256."""

    def __init__(self, raw):
        super().__init__()
        self.raw = raw
        self.digest = hashlib.sha256()
        self.consumed = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.digest.update(data)
        self.consumed += len(data)
        return data

    read1 = read

    def readable(self) -> bool:
        return True

    def readline(self, size: int = -1) -> bytes:
        data = self.raw.readline(size)
        self.digest.update(data)
        self.consumed += len(data)
        return data

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def finish(self) -> str:
        """Hash whatever the importer left unread and return the file's hex digest."""
        while self.read(1 << 20):
            pass
        return self.digest.hexdigest()


def sha256_file(path) -> str:
    """Return the hex SHA-256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
