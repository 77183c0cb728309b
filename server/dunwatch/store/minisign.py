"""Verify minisign signatures (https://jedisct1.github.io/minisign/) with `cryptography`'s Ed25519.

A public key is "Ed" + 8-byte key id + 32-byte Ed25519 key. A signature file holds an untrusted
comment, "Ed"/"ED" + key id + the 64-byte signature of the file ("ED": of its BLAKE2b-512 hash, the
default since minisign 0.8), a trusted comment, and a global signature over the signature and the
trusted comment, so the trusted comment cannot be swapped either.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

_TRUSTED = "trusted comment: "


class SignatureError(Exception):
    """A key or signature that cannot be used, or a signature that does not verify; str() says why."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    key: bytes

    @property
    def id_hex(self) -> str:
        """Return the key id as minisign prints it (a little-endian number in upper-case hex)."""
        return key_id_text(self.key_id)


def key_id_text(key_id: bytes) -> str:
    return format(int.from_bytes(key_id, "little"), "X")


def _b64(text: str, size: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError(f"{what} is not valid base64") from None
    if len(raw) != size:
        raise SignatureError(f"{what} has {len(raw)} bytes, a minisign one has {size}")
    return raw


def parse_public_key(text: str) -> PublicKey:
    """Parse a minisign public key: the .pub file's text or its base64 line alone (minisign -P)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if lines and lines[0].startswith("untrusted comment:"):
        lines = lines[1:]
    if len(lines) != 1:
        raise SignatureError("a minisign public key is one base64 line, after an optional comment line")
    raw = _b64(lines[0], 42, "the public key")
    if raw[:2] != b"Ed":
        raise SignatureError("the public key is not an Ed25519 minisign key")
    return PublicKey(raw[2:10], raw[10:])


def load_public_key(value: str) -> PublicKey:
    """Return the key in file `value`, or `value` itself when it is a key rather than a path."""
    if re.fullmatch(r"RW[A-Za-z0-9+/]{54}", value.strip()):
        return parse_public_key(value)
    path = Path(value).expanduser()
    if path.is_file():
        try:
            return parse_public_key(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise SignatureError(f"cannot read the public key {path}: {exc}") from None
        except SignatureError as exc:
            raise SignatureError(f"{path}: {exc}") from None
    raise SignatureError(f"no public key file at {path} (nor is it a minisign key's base64 line)")


def verify(data: bytes, signature_text: str, key: PublicKey) -> str:
    """Check `data` against a .minisig file's text; return the trusted comment or raise SignatureError."""
    lines = signature_text.replace("\r\n", "\n").split("\n")
    if len(lines) < 4 or not lines[0].startswith("untrusted comment:") or not lines[2].startswith(_TRUSTED):
        raise SignatureError("the .minisig file is not in minisign's format (4 lines: untrusted "
                             "comment, signature, trusted comment, global signature)")
    sig = _b64(lines[1], 74, "the signature")
    algorithm, key_id, signature = sig[:2], sig[2:10], sig[10:]
    if algorithm not in (b"Ed", b"ED"):
        raise SignatureError(f"unknown signature algorithm {algorithm!r}")
    if key_id != key.key_id:
        raise SignatureError(f"signed by key {key_id_text(key_id)}, not by the trusted key {key.id_hex}")
    trusted = lines[2][len(_TRUSTED):].encode("utf-8")
    global_sig = _b64(lines[3], 64, "the trusted comment's signature")
    public = Ed25519PublicKey.from_public_bytes(key.key)
    message = hashlib.blake2b(data, digest_size=64).digest() if algorithm == b"ED" else data
    try:
        public.verify(signature, message)
    except InvalidSignature:
        raise SignatureError(f"the signature of key {key.id_hex} does not match this file: it was "
                             "altered, corrupted or cut short after signing") from None
    try:
        public.verify(global_sig, signature + trusted)
    except InvalidSignature:
        raise SignatureError("the trusted comment was altered after signing") from None
    return trusted.decode("utf-8")
