"""Bad input: a clear error (exit 2, naming the file) or a skipped count; never a traceback, never a
half-written report."""
import json
import os

import pytest

from dunwatch.report.write import atomic_write

from . import archives
from .conftest import dunwatch


def scan(tmp_path, *paths, fmt="auto"):
    out = dunwatch("scan", *paths, "--format", fmt, "--tz", "Asia/Shanghai", "--json", tmp_path / "r.json",
                   "--html", tmp_path / "r.html", "--workers", "1", timeout=120)
    assert "Traceback" not in out.stderr, out.stderr
    return out


def assert_refused(out, tmp_path, path, words):
    assert out.returncode == 2, out.stderr
    assert str(path) in out.stderr and words in out.stderr
    assert not (tmp_path / "r.json").exists() and not (tmp_path / "r.html").exists()
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


def test_truncated_backup_keeps_what_came_before_and_counts_the_cut_message(tmp_path):
    whole = tmp_path / "whole.xml"
    archives.sms_backup(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(data[:data.index(b"<sms ", data.index(b"<sms ") + 10) + 60])   # inside the 2nd <sms>
    out = scan(tmp_path, cut)
    assert out.returncode == 0, out.stderr
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert report["sources"][0]["messages"] == 1 and report["sources"][0]["skipped"] == 1
    assert "truncated" in out.stderr
    assert "1" in (tmp_path / "r.html").read_text("utf-8")


def test_malformed_element_in_the_middle_is_skipped_not_fatal(tmp_path):
    path = tmp_path / "b.xml"
    archives.sms_backup(path)
    data = path.read_bytes().replace(b'address="95588"', b'address="95588" address="dup"', 1)
    path.write_bytes(data)
    out = scan(tmp_path, path)
    assert out.returncode == 0
    src = json.loads((tmp_path / "r.json").read_text("utf-8"))["sources"][0]
    assert (src["messages"], src["skipped"]) == (len(archives.SMS), 1)


def test_wrong_encoding_backup_skips_the_bad_messages(tmp_path):
    path = tmp_path / "gbk.xml"
    archives.sms_backup(path)
    text = path.read_text("utf-8")
    path.write_bytes(text.encode("gb18030"))          # a backup "converted" to GBK but still labelled UTF-8
    out = scan(tmp_path, path)
    assert out.returncode == 0
    src = json.loads((tmp_path / "r.json").read_text("utf-8"))["sources"][0]
    assert src["skipped"] > 0 and src["messages"] + src["skipped"] == len(archives.SMS) + 1
    assert "not well-formed XML" in out.stderr


def test_utf16_backup_is_a_clear_error(tmp_path):
    path = tmp_path / "u16.xml"
    archives.sms_backup(path)
    path.write_bytes(path.read_text("utf-8").encode("utf-16"))
    assert_refused(scan(tmp_path, path, fmt="sms-backup"), tmp_path, path, "UTF-16")


@pytest.mark.parametrize("fmt", ["auto", "sms-backup", "ios-sms", "mbox", "eml", "csv", "jsonl"])
def test_empty_file(tmp_path, fmt):
    path = tmp_path / "empty"
    path.write_bytes(b"")
    out = scan(tmp_path, path, fmt=fmt)
    assert_refused(out, tmp_path, path, "")
    assert any(w in out.stderr for w in ("empty", "not an", "is not"))


def test_binary_file(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(bytes(range(256)) * 64)
    assert_refused(scan(tmp_path, path), tmp_path, path, "binary")


@pytest.mark.parametrize("fmt", ["auto", "sms-backup", "ios-sms", "mbox", "eml", "csv", "jsonl"])
def test_huge_sparse_file(tmp_path, fmt):
    path = tmp_path / "huge.xml"
    with open(path, "wb") as fh:
        fh.truncate(2 << 30)                            # 2 GB of zeros that take no disk space
    out = scan(tmp_path, path, fmt=fmt)
    assert_refused(out, tmp_path, path, "")


def test_missing_file_and_directory(tmp_path):
    assert_refused(scan(tmp_path, tmp_path / "nope.xml"), tmp_path, tmp_path / "nope.xml", "cannot be opened")
    assert_refused(scan(tmp_path, tmp_path), tmp_path, tmp_path, "not a regular file")


def test_one_bad_file_among_good_ones_writes_nothing(tmp_path):
    good, bad = tmp_path / "good.xml", tmp_path / "sms.db"
    archives.sms_backup(good)
    bad.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)   # found only after good.xml is read
    assert_refused(scan(tmp_path, good, bad), tmp_path, bad, "sms.db")


def test_unknown_zone_and_bad_workers(tmp_path):
    path = tmp_path / "b.xml"
    archives.sms_backup(path)
    out = dunwatch("scan", path, "--tz", "Mars/Olympus", "--json", tmp_path / "r.json")
    assert out.returncode == 2 and "Mars/Olympus" in out.stderr and "Traceback" not in out.stderr
    out = dunwatch("scan", path, "--tz", "A" * 300, "--json", tmp_path / "r.json")   # too long for a file name
    assert out.returncode == 2 and "unknown time zone" in out.stderr and "Traceback" not in out.stderr
    out = dunwatch("scan", path, "--workers", "0", "--json", tmp_path / "r.json")
    assert out.returncode == 2 and "--workers" in out.stderr


def test_unwritable_output_is_an_error_and_leaves_no_partial_file(tmp_path):
    path = tmp_path / "b.xml"
    archives.sms_backup(path)
    out = dunwatch("scan", path, "--json", tmp_path / "missing-dir" / "r.json", "--workers", "1")
    assert out.returncode == 2 and "cannot write the report" in out.stderr and "Traceback" not in out.stderr


def test_atomic_write_leaves_the_old_report_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old complete report")

    def boom(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        atomic_write(target, b"%PDF-1.7 half")
    assert target.read_bytes() == b"old complete report"
    assert os.listdir(tmp_path) == ["r.pdf"]
