"""Open a downloaded bundle in memory, refusing anything a packed rulebook would never contain.

Only regular files with plain relative names; no links, devices, directories or duplicates; sizes
and member counts bounded before anything is decompressed past the limit; every file exactly as
MANIFEST.json says, and nothing it does not list. Nothing here touches the disk.
"""
from __future__ import annotations

import io
import json
import re
import tarfile
import zlib

from .bundle import FORMAT, MANIFEST, BundleError, sha256

MAX_BUNDLE_BYTES = 20 * 1024 * 1024      # compressed, as downloaded (the bundled rulebook is ~0.1 MB)
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 2000
_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$")


def gunzip(data: bytes, limit: int = MAX_UNPACKED_BYTES) -> bytes:
    """Decompress one complete gzip stream of at most `limit` bytes, or raise BundleError."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise BundleError(f"the bundle is not a valid .tar.gz ({exc})") from None
    if len(out) > limit:
        raise BundleError(f"the bundle unpacks to more than {limit} bytes; refused")
    if not inflater.eof:
        raise BundleError("the bundle is truncated: its gzip stream ends early (an incomplete download?)")
    if inflater.unused_data:
        raise BundleError("the bundle has bytes after its gzip stream")
    return out


def check_name(name: str) -> None:
    """Refuse absolute paths, `..`, backslashes, hidden and odd names: only what `rules pack` writes."""
    if not _NAME.match(name) or ".." in name.split("/"):
        raise BundleError(f"unsafe path in the bundle: {name!r} (only plain relative names are allowed)")


def members(data: bytes) -> dict[str, bytes]:
    """Return {name: bytes} of the archive's regular files, refusing anything else."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError(f"the bundle is {len(data)} bytes, over the {MAX_BUNDLE_BYTES}-byte limit")
    raw = gunzip(data)
    files = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(raw), mode="r:") as tar:
            for count, info in enumerate(tar, 1):
                if count > MAX_MEMBERS:
                    raise BundleError(f"the bundle has more than {MAX_MEMBERS} members; refused")
                check_name(info.name)
                if not info.isreg():
                    raise BundleError(f"{info.name!r} is not a regular file (a link, device or "
                                      "directory); refused")
                if info.name in files:
                    raise BundleError(f"{info.name!r} appears twice in the bundle")
                files[info.name] = tar.extractfile(info).read()
    except tarfile.TarError as exc:
        raise BundleError(f"the bundle is not a valid tar archive ({exc})") from None
    return files


def read_manifest(files: dict[str, bytes]) -> dict:
    """Parse MANIFEST.json and check its shape."""
    if MANIFEST not in files:
        raise BundleError(f"the bundle has no {MANIFEST}")
    try:
        manifest = json.loads(files[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError(f"{MANIFEST} is not valid JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(f"{MANIFEST} is not a {FORMAT} manifest")
    for key in ("name", "version", "created"):
        if not isinstance(manifest.get(key), str):
            raise BundleError(f"{MANIFEST}: `{key}` is missing")
    listed = manifest.get("files")
    if not isinstance(listed, dict) or not all(isinstance(v, dict) for v in listed.values()):
        raise BundleError(f"{MANIFEST}: `files` must map each path to its sha256 and size")
    return manifest


def open_bundle(data: bytes) -> tuple[dict, dict[str, bytes]]:
    """Return (manifest, files without the manifest) once every file matches the manifest exactly."""
    files = members(data)
    manifest = read_manifest(files)
    body = {name: blob for name, blob in files.items() if name != MANIFEST}
    listed = manifest["files"]
    extra, missing = sorted(set(body) - set(listed)), sorted(set(listed) - set(body))
    if extra:
        raise BundleError(f"{', '.join(map(repr, extra))} in the bundle but not in its manifest; refused")
    if missing:
        raise BundleError(f"{', '.join(map(repr, missing))} in the manifest but missing from the bundle")
    for name, entry in sorted(listed.items()):
        if entry.get("sha256") != sha256(body[name]) or entry.get("size") != len(body[name]):
            raise BundleError(f"{name!r} does not match the sha256 in the manifest; refused")
    if "rulebook.yaml" not in body:
        raise BundleError("the bundle has no rulebook.yaml")
    return manifest, body
