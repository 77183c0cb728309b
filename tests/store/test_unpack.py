"""dunwatch.store.unpack on hostile archives: every one is refused with BundleError, none crashes."""
from __future__ import annotations

import gzip
import io
import tarfile
import zlib

import pytest
from hypothesis import given, settings, strategies as st

from dunwatch.store.bundle import BundleError, write_tar
from dunwatch.store.unpack import MAX_MEMBERS, MAX_UNPACKED_BYTES, members, open_bundle


def test_a_gzip_bomb_is_refused_without_unpacking_it():
    squeezer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * (1 << 20)
    bomb = b"".join(squeezer.compress(chunk) for _ in range(MAX_UNPACKED_BYTES // len(chunk) + 8))
    bomb += squeezer.flush()
    assert len(bomb) < 1 << 20
    with pytest.raises(BundleError, match="unpacks to more than"):
        members(bomb)


def test_too_many_members_are_refused():
    many = write_tar({f"f{i}.yaml": b"" for i in range(MAX_MEMBERS + 1)})
    with pytest.raises(BundleError, match=f"more than {MAX_MEMBERS} members"):
        members(many)


@pytest.mark.parametrize("name", ["/etc/passwd", "a/../../b.yaml", "..", ".hidden.yaml", "a\\..\\b", "a//b"])
def test_unsafe_names_are_refused(name):
    with pytest.raises(BundleError, match="unsafe path"):
        members(write_tar({name: b"x"}))


def test_devices_and_directories_are_refused():
    for kind in (tarfile.CHRTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE, tarfile.LNKTYPE):
        raw = io.BytesIO()
        with tarfile.open(fileobj=raw, mode="w") as tar:
            info = tarfile.TarInfo("rules.yaml")
            info.type = kind
            tar.addfile(info)
        with pytest.raises(BundleError, match="not a regular file"):
            members(gzip.compress(raw.getvalue()))


def test_duplicate_members_are_refused():
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        for data in (b"one", b"two"):
            info = tarfile.TarInfo("rulebook.yaml")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    with pytest.raises(BundleError, match="appears twice"):
        members(gzip.compress(raw.getvalue()))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096), st.booleans())
def test_arbitrary_bytes_never_crash(data, wrap):
    with pytest.raises(BundleError):
        open_bundle(gzip.compress(data) if wrap else data)
