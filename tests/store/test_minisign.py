"""dunwatch.store.minisign against signatures made by the real `minisign` tool."""
from __future__ import annotations

import base64
import subprocess

import pytest

from dunwatch.store.minisign import SignatureError, load_public_key, parse_public_key, verify


def sign(publisher, path, *flags):
    subprocess.run(["minisign", "-S", *flags, "-s", str(publisher.key), "-m", str(path), "-t", "release 9.0.0"],
                   check=True, capture_output=True, timeout=60)
    return (path.parent / (path.name + ".minisig")).read_text(encoding="utf-8")


def algorithm(signature: str) -> bytes:
    return base64.b64decode(signature.splitlines()[1])[:2]


@pytest.fixture
def signed(publisher, tmp_path):
    path = tmp_path / "data.bin"
    path.write_bytes(bytes(range(256)) * 40)
    return path, sign(publisher, path)


def test_prehashed_and_legacy_signatures_verify(publisher, signed):
    path, signature = signed
    key = load_public_key(str(publisher.pub))
    assert verify(path.read_bytes(), signature, key) == "release 9.0.0"
    assert algorithm(signature) == b"ED"  # BLAKE2b-prehashed, minisign's default
    legacy = sign(publisher, path, "-l")
    assert algorithm(legacy) == b"Ed"     # the file itself
    assert verify(path.read_bytes(), legacy, key) == "release 9.0.0"


def test_key_id_is_the_one_minisign_prints(publisher):
    comment, line = publisher.pub.read_text(encoding="utf-8").splitlines()
    assert load_public_key(str(publisher.pub)).id_hex == comment.split()[-1]
    assert parse_public_key(line) == load_public_key(line)  # the base64 line alone (minisign -P)


def test_altered_data_or_trusted_comment_is_refused(publisher, signed):
    path, signature = signed
    key = load_public_key(str(publisher.pub))
    data = bytearray(path.read_bytes())
    data[100] ^= 0x80
    with pytest.raises(SignatureError, match="does not match"):
        verify(bytes(data), signature, key)
    lines = signature.splitlines()
    lines[2] = "trusted comment: release 99.0.0"
    with pytest.raises(SignatureError, match="trusted comment was altered"):
        verify(path.read_bytes(), "\n".join(lines) + "\n", key)


def test_wrong_key_is_named(publisher, stranger, signed):
    path, signature = signed
    other = load_public_key(str(stranger.pub))
    with pytest.raises(SignatureError, match=f"signed by key {load_public_key(str(publisher.pub)).id_hex}, "
                                             f"not by the trusted key {other.id_hex}"):
        verify(path.read_bytes(), signature, other)


@pytest.mark.parametrize("text, reason", [
    ("", "one base64 line"),
    ("untrusted comment: x\nnot base64!!\n", "not valid base64"),
    ("RWQAAAA=", "has 5 bytes, a minisign one has 42"),
])
def test_malformed_keys_are_refused(text, reason):
    with pytest.raises(SignatureError, match=reason):
        parse_public_key(text)


def test_malformed_signature_files_are_refused(publisher, signed):
    path, signature = signed
    key = load_public_key(str(publisher.pub))
    with pytest.raises(SignatureError, match="not in minisign's format"):
        verify(path.read_bytes(), "\n".join(signature.splitlines()[:2]), key)
    with pytest.raises(SignatureError, match="no public key file"):
        load_public_key(str(path.parent / "missing.pub"))
