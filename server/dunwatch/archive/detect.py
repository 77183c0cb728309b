"""Tell an archive's format from its first bytes (the file name only breaks ties)."""
from __future__ import annotations

from pathlib import Path

from . import eml, iosdb, mbox, smsbackup, tabular
from .record import ArchiveError

HEAD = 65536


def sniff(head: bytes, name: str = "") -> str:
    """Return the format id for a file starting with `head`; raise ArchiveError if none fits."""
    if not head:
        raise ArchiveError("is empty")
    if iosdb.looks_like(head):
        return "ios-sms"
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body.startswith(b"<") and smsbackup.looks_like(head):
        return "sms-backup"
    if mbox.looks_like(body):
        return "mbox"
    if tabular.jsonl_looks_like(body):
        return "jsonl"
    if tabular.csv_looks_like(body):
        return "csv"
    if eml.looks_like(body):
        return "eml"
    if b"\x00" in head[:4096]:
        raise ArchiveError("looks binary and is no archive format Dunwatch reads "
                           "(sms-backup, ios-sms, mbox, eml, csv, jsonl)")
    hint = {".xml": "sms-backup", ".db": "ios-sms", ".mbox": "mbox", ".eml": "eml"}.get(Path(name).suffix)
    if hint:
        raise ArchiveError(f"has the extension of {hint} but not its content; pass --format to insist")
    raise ArchiveError("is in no format Dunwatch can tell; pass --format sms-backup|ios-sms|mbox|eml|csv|jsonl")
