"""Pack a rulebook directory into a deterministic .tar.gz with a MANIFEST.json listing every file.

Deterministic so that anyone can rebuild a release from the tagged sources and compare bytes with
what the publisher signed: members in sorted order, fixed owner, mode and mtime, and a gzip header
without a name or a time.
"""
from __future__ import annotations

import datetime
import gzip
import hashlib
import io
import json
import os
import re
import tarfile
from pathlib import Path

import yaml

MANIFEST = "MANIFEST.json"
FORMAT = "dunwatch-rulebook-bundle/1"
CORPUS_DIR = "corpus"  # labelled .jsonl files packed here are run through the quality gate on update
_SKIP = re.compile(r"(^|/)(\.|__pycache__)")


class BundleError(Exception):
    """A bundle or a rulebook directory that cannot be packed or used; str() says why."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def collect(root: Path, corpus=()) -> dict[str, bytes]:
    """Return {archive path: bytes} for every file of the rulebook in `root`, plus `corpus` files."""
    root = Path(root).resolve()
    if not (root / "rulebook.yaml").is_file():
        raise BundleError(f"{root}: no rulebook.yaml; point at a rules directory")
    files = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if _SKIP.search(rel) or path.is_dir() and not path.is_symlink():
            continue
        if path.is_symlink() or not path.is_file():
            raise BundleError(f"{rel}: not a regular file (links are not packed); replace it with a copy")
        files[rel] = path.read_bytes()
    for item in corpus:
        files[f"{CORPUS_DIR}/{Path(item).name}"] = Path(item).read_bytes()
    files.pop(MANIFEST, None)
    return files


def _created(files: dict[str, bytes], version: str) -> str:
    """Return the release date: SOURCE_DATE_EPOCH, else the date on the CHANGELOG heading, else none."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        moment = datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), datetime.timezone.utc)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    log = files.get("CHANGELOG.md", b"").decode("utf-8", "replace")
    match = re.search(rf"^## \[?{re.escape(version)}\]?\D*(\d{{4}}-\d\d-\d\d)", log, re.M)
    return match.group(1) if match else "unknown"


def manifest_for(files: dict[str, bytes], created: str | None = None) -> dict:
    """Build the manifest from rulebook.yaml's name, version and schema and each file's hash."""
    try:
        book = yaml.safe_load(files["rulebook.yaml"].decode("utf-8"))
        meta = {k: book[k] for k in ("name", "version", "schema")}
    except (KeyError, TypeError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise BundleError(f"rulebook.yaml does not give name, version and schema ({exc})") from None
    meta["version"] = str(meta["version"])
    return {"format": FORMAT, **meta, "created": created or _created(files, meta["version"]),
            "files": {name: {"sha256": sha256(data), "size": len(data)} for name, data in sorted(files.items())}}


def write_tar(members: dict[str, bytes], mtime: int = 0) -> bytes:
    """Return the .tar.gz bytes of `members` in the given order, identical for identical input."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), mtime, 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(data))
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as gz:
        gz.write(raw.getvalue())
    return out.getvalue()


def pack(root, corpus=(), created: str | None = None) -> tuple[bytes, dict]:
    """Return (bundle bytes, manifest) for the rulebook in `root`; MANIFEST.json comes first."""
    files = collect(Path(root), corpus)
    manifest = manifest_for(files, created)
    body = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8") + b"\n"
    return write_tar({MANIFEST: body, **dict(sorted(files.items()))}), manifest
