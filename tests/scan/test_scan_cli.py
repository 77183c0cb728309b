"""`dunwatch scan` as a subprocess on a real SMS backup and an mbox: every output, every count checked."""
import csv
import hashlib
import io
import json
import subprocess
from collections import Counter

import pytest

from . import archives
from .conftest import check_jsonl, dunwatch


def night(hour: int, start: int = 22, end: int = 8) -> bool:
    return hour >= start or hour < end


@pytest.fixture(scope="module")
def scanned(archive_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    run = dunwatch("scan", archive_dir / "backup.xml", archive_dir / "mail.mbox", "--tz", "Asia/Shanghai",
                   "--lang", "zh-Hans", "--json", out / "r.json", "--html", out / "r.html", "--pdf", out / "r.pdf",
                   "--csv", out / "r.csv", "--workers", "2")
    assert run.returncode == 0, run.stderr
    return out, json.loads((out / "r.json").read_text("utf-8")), run


@pytest.fixture(scope="module")
def reference():
    """What `dunwatch check` says about the very same received texts."""
    rows = archives.expected_texts()
    return rows, check_jsonl([text for _, _, text in rows])


def test_counts_equal_dunwatch_check(scanned, reference):
    _, report, _ = scanned
    rows, results = reference
    flagged = [r for r in results if r["flagged"]]
    assert 0 < len(flagged) < len(rows)
    sent = sum(1 for row in archives.SMS if row[2] == "out")
    assert report["totals"]["messages"] == len(rows) + sent
    assert report["totals"]["incoming"] == len(rows)
    assert report["totals"]["flagged"] == len(flagged)
    expected_cats = Counter(c for r in flagged for c in {m["category"] for m in r["matches"]})
    assert report["by_category"] == dict(expected_cats)
    # Each listed message carries exactly the result `dunwatch check` gives for its text.
    by_text = {text: r for (_, _, text), r in zip(rows, results)}
    texts = {hashlib.sha256(t.encode()).hexdigest(): t for t in by_text}
    for m in report["messages"]:
        reference_result = dict(by_text[texts[m["sha256"]]])
        assert {k: v for k, v in m["result"].items() if k != "id"} == \
               {k: v for k, v in reference_result.items() if k != "id"}


def test_quiet_hours_in_shanghai(scanned, reference):
    _, report, _ = scanned
    rows, results = reference
    expected = sum(1 for (_, local, _), r in zip(rows, results) if r["flagged"] and night(int(local[11:13])))
    assert report["totals"]["quiet_hours_flagged"] == expected > 0
    assert report["quiet_hours"] == {"region": "cn", "start": "22:00", "end": "08:00",
                                     "source": report["quiet_hours"]["source"]}
    assert "GB/T 45251-2025" in report["quiet_hours"]["source"]
    times = [m["time"] for m in report["messages"]]
    assert times == sorted(times) and all(t.endswith("+08:00") for t in times)
    for m in report["messages"]:
        assert m["quiet_hours"] == night(int(m["time"][11:13])) and m["direction"] == "in"


@pytest.mark.parametrize("tz, region, shift, window", [("UTC", "cn", -8, (22, 8)), ("Asia/Taipei", "tw", 0, (22, 7)),
                                                       ("Asia/Hong_Kong", "hk", 0, None)])
def test_quiet_hours_follow_zone_and_region(archive_dir, reference, tmp_path, tz, region, shift, window):
    rows, results = reference
    out = dunwatch("scan", archive_dir / "backup.xml", archive_dir / "mail.mbox", "--tz", tz, "--region", region,
                   "--json", tmp_path / "r.json", "--workers", "1")
    assert out.returncode == 0, out.stderr
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    hour = lambda local: (int(local[11:13]) + shift) % 24  # noqa: E731
    expected = 0 if window is None else sum(
        1 for (_, local, _), r in zip(rows, results) if r["flagged"] and night(hour(local), *window))
    assert report["totals"]["quiet_hours_flagged"] == expected
    assert report["tz"] == tz and report["quiet_hours"]["region"] == region


def test_source_hashes_match_the_files(scanned, archive_dir):
    _, report, _ = scanned
    for src, name in zip(report["sources"], ("backup.xml", "mail.mbox")):
        assert src["sha256"] == hashlib.sha256((archive_dir / name).read_bytes()).hexdigest()
        assert src["skipped"] == 0
    assert [s["format"] for s in report["sources"]] == ["sms-backup", "mbox"]
    assert [s["messages"] for s in report["sources"]] == [len(archives.SMS) + 1, len(archives.MAILS)]


def test_message_hashes_and_senders(scanned, reference):
    _, report, _ = scanned
    rows, results = reference
    flagged_senders = Counter(s for (s, _, _), r in zip(rows, results) if r["flagged"])
    assert {r["sender"]: r["flagged"] for r in report["senders"]} == dict(flagged_senders)
    received = Counter(s for s, _, _ in rows)
    assert all(r["messages"] == received[r["sender"]] for r in report["senders"])
    assert "95588" not in {r["sender"] for r in report["senders"]}   # no flagged message: not listed


def test_pdf_text_layer_holds_the_chinese_phrases(scanned):
    out, report, _ = scanned
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", out / "r.pdf", "-"], capture_output=True, text=True,
                          check=True).stdout
    squeezed = "".join(text.split())
    for phrase in ("催收信息证据报告", "律師函已發出", "失信被执行人", "12321", "12378", "GB/T45251-2025"):
        assert phrase in squeezed, phrase
    for m in report["messages"]:
        for match in m["result"]["matches"]:
            assert "".join(match["text"].split()) in squeezed


def test_pdf_carries_the_json_and_the_rulebook_version(scanned, tmp_path):
    out, report, _ = scanned
    info = subprocess.run(["pdfinfo", "-custom", out / "r.pdf"], capture_output=True, text=True, check=True).stdout
    assert report["rulebook"]["version"] in info and report["rulebook"]["digest"] in info
    subprocess.run(["pdfdetach", "-saveall", "-o", tmp_path, out / "r.pdf"], check=True, capture_output=True)
    attached = json.loads((tmp_path / "dunwatch-report.json").read_text("utf-8"))
    assert attached == report


def test_html_report_highlights_and_links_every_phrase(scanned):
    out, report, _ = scanned
    html = (out / "r.html").read_text("utf-8")
    assert "<script" not in html and "http://" not in html.split("<section id=\"explanations\">")[0]
    for m in report["messages"]:
        for match in m["result"]["matches"]:
            assert f'href="#rule-{match["rule"]}"' in html and f'id="rule-{match["rule"]}"' in html
    assert html.count("<mark>") >= report["totals"]["flagged"]
    assert "10690001*法务部王主任：律師函已發出" in html   # the 12321 line, text unmodified


def test_csv_lists_each_flagged_message(scanned):
    out, report, _ = scanned
    rows = list(csv.DictReader(io.StringIO((out / "r.csv").read_text("utf-8-sig"))))
    assert len(rows) == report["totals"]["flagged"]
    assert [r["text_sha256"] for r in rows] == [m["sha256"] for m in report["messages"]]
    assert all(hashlib.sha256(r["text"].encode()).hexdigest() == r["text_sha256"] for r in rows)


def test_summary_line_and_no_private_text_on_stderr(scanned):
    _, report, run = scanned
    assert f"{report['totals']['flagged']} flagged" in run.stdout
    assert "律" not in run.stderr and "Traceback" not in run.stderr


@pytest.mark.parametrize("lang, phrase", [("zh-Hant", "催收訊息證據報告"), ("en", "Debt-collection message evidence report")])
def test_report_language(archive_dir, tmp_path, lang, phrase):
    out = dunwatch("scan", archive_dir / "messages.jsonl", "--tz", "Asia/Shanghai", "--lang", lang,
                   "--html", tmp_path / "r.html", "--workers", "1")
    assert out.returncode == 0, out.stderr
    assert phrase in (tmp_path / "r.html").read_text("utf-8")


def test_every_format_gives_the_same_counts(archive_dir, tmp_path):
    totals = []
    for name in ("backup.xml", "sms.db", "messages.csv", "messages.jsonl"):
        out = dunwatch("scan", archive_dir / name, "--tz", "Asia/Shanghai", "--json", tmp_path / f"{name}.json")
        assert out.returncode == 0, out.stderr
        t = json.loads((tmp_path / f"{name}.json").read_text("utf-8"))["totals"]
        totals.append((t["incoming"] - (name == "backup.xml"), t["flagged"] - (name == "backup.xml")))
    assert len(set(totals)) == 1   # the backup has one more (MMS) message, flagged


@pytest.mark.parametrize("region, present, absent", [
    ("cn", ("12378", "12321", "96110", "被举报号码*短信内容"), ("HKMA", "1998")),
    ("tw", ("1998", "0800-789-885", "165", "07:00"), ("12378", "HKMA")),
    ("hk", ("HKMA", "18222", "PCPD", "unreasonable hours"), ("12321", "1998")),
])
def test_complaint_channels_per_region(archive_dir, tmp_path, region, present, absent):
    lang = "zh-Hans" if region == "cn" else "en"
    out = dunwatch("scan", archive_dir / "messages.jsonl", "--tz", "Asia/Shanghai", "--region", region,
                   "--lang", lang, "--html", tmp_path / "r.html", "--workers", "1")
    assert out.returncode == 0, out.stderr
    html = (tmp_path / "r.html").read_text("utf-8")
    complain = html.split('<section id="complain">')[1]
    assert all(p in html for p in present), [p for p in present if p not in html]
    assert not any(a in complain for a in absent)
    assert ("<code>10690001*" in html) == (region == "cn")


def test_nothing_flagged_is_said_plainly(tmp_path):
    path = tmp_path / "benign.jsonl"
    path.write_text(json.dumps({"sender": "95588", "time": "2026-03-01T23:00:00+08:00",
                                "text": "妈妈说今天下午回家吃饭，记得买菜"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = dunwatch("scan", path, "--tz", "Asia/Shanghai", "--lang", "en", "--html", tmp_path / "r.html",
                   "--json", tmp_path / "r.json", "--workers", "1")
    assert out.returncode == 0, out.stderr
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert report["totals"] == {"messages": 1, "incoming": 1, "flagged": 0, "quiet_hours_flagged": 0}
    assert report["senders"] == [] and report["messages"] == [] and report["by_category"] == {}
    assert "No message with collection pressure was found." in (tmp_path / "r.html").read_text("utf-8")


def test_progress_bar_on_a_terminal_only(archive_dir, tmp_path):
    import os
    import pty
    import sys

    primary, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "dunwatch", "scan", str(archive_dir / "backup.xml"),
                             "--json", str(tmp_path / "r.json"), "--workers", "1"],
                            stdout=subprocess.PIPE, stderr=secondary, env={**os.environ, "COLUMNS": "100"})
    os.close(secondary)
    seen = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:      # the terminal closes when the command exits
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=120)
    os.close(primary)
    assert proc.returncode == 0
    assert b"scanning messages" in seen                       # rich's bar, drawn on the terminal
    piped = dunwatch("scan", archive_dir / "backup.xml", "--json", tmp_path / "r2.json", "--workers", "1")
    assert "scanning messages" not in piped.stderr            # and not into a pipe or a log


def test_workers_change_nothing_but_speed(archive_dir, tmp_path):
    """One process or two: the same CSV and the same JSON byte for byte, but for the time it was written."""
    outputs = {}
    for workers in ("1", "2"):
        out = tmp_path / workers
        out.mkdir()
        run = dunwatch("scan", archive_dir / "backup.xml", archive_dir / "mail.mbox", "--tz", "Asia/Shanghai",
                       "--json", out / "r.json", "--csv", out / "r.csv", "--workers", workers)
        assert run.returncode == 0, run.stderr
        report = json.loads((out / "r.json").read_text("utf-8"))
        report.pop("generated")
        outputs[workers] = ((out / "r.csv").read_bytes(), json.dumps(report, ensure_ascii=False, sort_keys=True))
    assert outputs["1"] == outputs["2"]
    assert outputs["1"][0].count(b"\n") > 2  # flagged rows to compare, not just a header
