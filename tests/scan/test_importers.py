"""Each importer on a real-format file: the records, their times and directions, nothing modified."""
import hashlib
import os
from datetime import timezone
from zoneinfo import ZoneInfo

import pytest

from dunwatch.archive import ArchiveError, Source, detect, records
from dunwatch.archive.iosdb import apple_time
from dunwatch.archive.xmlrefs import repair

from . import archives

SHANGHAI = ZoneInfo("Asia/Shanghai")


def read(path, fmt=None):
    src = Source(str(path), fmt or detect(path))
    return list(records(src, 0, SHANGHAI)), src


def local(record):
    return record.time.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("name, fmt", [("backup.xml", "sms-backup"), ("sms.db", "ios-sms"), ("mail.mbox", "mbox"),
                                       ("one.eml", "eml"), ("messages.csv", "csv"), ("messages.jsonl", "jsonl")])
def test_format_is_told_from_content(archive_dir, name, fmt, tmp_path):
    assert detect(archive_dir / name) == fmt
    renamed = tmp_path / "export.dat"   # the content decides, not the name
    renamed.write_bytes((archive_dir / name).read_bytes())
    assert detect(renamed) == fmt


def test_sms_backup_joins_surrogate_pairs_and_reads_mms(archive_dir):
    got, src = read(archive_dir / "backup.xml")
    assert src.skipped == 0 and src.messages == len(archives.SMS) + 1
    expected = [(s, t, d, x) for s, t, d, x in archives.SMS] + [(archives.MMS[0], archives.MMS[1], "in", archives.MMS[2])]
    assert [(r.sender, local(r), r.direction, r.text) for r in got] == expected
    assert "😡" in got[2].text and "👊🏻" in got[4].text   # written as &#55357;&#56865; etc.
    assert all(r.time.tzinfo is not None for r in got)


def test_surrogate_repair_keeps_pairs_and_replaces_lone_halves():
    assert repair(b'<sms body="a&#55357;&#56832;b" />') == b'<sms body="a&#128512;b" />'
    assert repair(b'<sms body="&#xD83D;&#xDE00;" />') == b'<sms body="&#128512;" />'
    assert repair(b'<sms body="x&#55357;y&#56832;&#1;" />') == b'<sms body="x&#65533;y&#65533;&#65533;" />'


def test_ios_db_reads_nanosecond_dates_and_attributed_body(archive_dir):
    before = sorted(os.listdir(archive_dir))
    got, src = read(archive_dir / "sms.db")
    assert [(r.sender, local(r), r.direction, r.text) for r in got] == list(archives.SMS)
    assert sorted(os.listdir(archive_dir)) == before          # no -wal, -shm or journal appeared
    assert src.sha256 == hashlib.sha256((archive_dir / "sms.db").read_bytes()).hexdigest()


def test_apple_time_reads_seconds_and_nanoseconds():
    assert apple_time(0).isoformat() == "2001-01-01T00:00:00+00:00"
    assert apple_time(788_918_400) == apple_time(788_918_400 * 1_000_000_000)
    assert apple_time(788_918_400).astimezone(timezone.utc).year == 2026


def test_mbox_decodes_gb2312_label_as_gb18030_and_html_only_mail(archive_dir):
    got, src = read(archive_dir / "mail.mbox")
    assert src.messages == 3 and src.skipped == 0
    assert [(r.sender, local(r), r.text) for r in got] == archives.expected_texts()[-3:]
    assert "朱镕基" in got[0].text            # 镕 is not in GB2312: decoding by the label would fail
    assert "color" not in got[1].text        # the style block is not text
    assert all(r.direction == "in" for r in got)


def test_eml_is_one_message(archive_dir):
    got, _ = read(archive_dir / "one.eml")
    assert len(got) == 1 and got[0].text.startswith("还款通知\n\n您因贷款")


@pytest.mark.parametrize("name", ["messages.csv", "messages.jsonl"])
def test_tabular_formats(archive_dir, name):
    got, src = read(archive_dir / name)
    assert src.skipped == 0
    assert [(r.sender, local(r), r.direction, r.text) for r in got] == list(archives.SMS)


def test_bad_rows_are_skipped_and_counted(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_bytes(
                     b'{"sender":"1","time":"2026-03-01 10:00","text":"ok"}\n[1,2]\n'
                     b'{"sender":"1","time":"yesterday","text":"x"}\n\xff\xfe\n'
                     b'{"sender":"1","time":"2026-03-01 10:00","text":"y","direction":"sideways"}\n')
    got, src = read(path, "jsonl")
    assert [r.text for r in got] == ["ok"] and src.skipped == 4
    csv = tmp_path / "m.csv"
    csv.write_bytes("sender,time,text\n1,2026-03-01 10:00,好\n2,2026-03-01 11:00,".encode() + "壞".encode("gbk") + b"\n")
    got, src = read(csv, "csv")
    assert [r.text for r in got] == ["好"] and src.skipped == 1   # the GBK row is not guessed at


def test_files_are_read_not_written(archive_dir):
    for name in ("backup.xml", "mail.mbox", "messages.csv"):
        path = archive_dir / name
        stat, digest = path.stat(), hashlib.sha256(path.read_bytes()).hexdigest()
        _, src = read(path)
        assert src.sha256 == digest
        assert path.stat().st_mtime_ns == stat.st_mtime_ns and hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_not_a_regular_file_is_refused(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(ArchiveError, match="not a regular file"):
        detect(tmp_path / "fifo")
