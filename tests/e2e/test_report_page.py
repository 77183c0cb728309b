"""The /report page in real Chromium: drop an export file, get the same report `dunwatch scan` writes,
with no request leaving the local server."""
from __future__ import annotations

import json
import sys

import pytest

from .harness import ROOT, save_screenshot

sys.path.insert(0, str(ROOT / "tests"))
from scan import archives  # noqa: E402
from scan.conftest import dunwatch as run_dunwatch  # noqa: E402


@pytest.fixture(scope="module")
def backup(tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "backup.xml"
    archives.sms_backup(path)
    return path


@pytest.fixture
def page(ext):
    """A tab in the session's Chromium (one Playwright per process); every request it makes is recorded."""
    tab = ext.context.new_page()
    tab.set_viewport_size({"width": 1100, "height": 1000})
    tab.requests = []
    tab.on("request", lambda r: tab.requests.append(r.url))
    yield tab


def wait_done(tab):
    import re

    from playwright.sync_api import expect

    expect(tab.locator("#status")).to_have_text(re.compile("完成|Done|無法|无法|No report"), timeout=60000)
    return tab.locator("#status").inner_text()


def test_dropped_backup_gives_the_cli_report(page, dunwatch, backup, tmp_path):
    page.goto(dunwatch.base_url + "/report?lang=zh-Hans")
    assert page.locator("h1").inner_text() == "催收信息证据报告"
    # The browser's own zone is the default; the test then asks for Shanghai's.
    assert page.locator("#tz").input_value() == page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
    page.fill("#tz", "Asia/Shanghai")
    page.set_input_files("#file", str(backup))
    assert "完成" in wait_done(page)
    frame = page.frame_locator("#report")
    body = frame.locator("body").inner_text()
    cli = run_dunwatch("scan", backup, "--tz", "Asia/Shanghai", "--lang", "zh-Hans", "--json", tmp_path / "r.json")
    assert cli.returncode == 0, cli.stderr
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    t = report["totals"]
    assert f"在 {t['incoming']} 条收到的信息中，有 {t['flagged']} 条" in body
    assert f"其中 {t['quiet_hours_flagged']} 条" in body
    assert frame.locator("article.msg").count() == t["flagged"]
    assert frame.locator("mark").count() >= t["flagged"]
    assert "backup.xml" in body and report["sources"][0]["sha256"] in body
    # The JSON download is the CLI's summary for the same file (but the time it was made).
    with page.expect_download() as info:
        page.click("#downloads button[data-kind=json]")
    downloaded = json.loads(open(info.value.path(), encoding="utf-8").read())
    for key in ("totals", "by_category", "senders", "messages", "quiet_hours", "rulebook"):
        assert downloaded[key] == report[key], key
    assert downloaded["sources"][0]["sha256"] == report["sources"][0]["sha256"]
    outside = [u for u in page.requests if not u.startswith((dunwatch.base_url, "data:", "blob:", "about:"))]
    assert outside == []
    save_screenshot(page, "report-page.png", full_page=False)


def test_unreadable_file_shows_the_reason(page, dunwatch, tmp_path):
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    page.goto(dunwatch.base_url + "/report?lang=en")
    page.set_input_files("#file", str(empty))
    status = wait_done(page)
    assert "No report" in status and "empty.xml is empty" in status
    assert page.locator("#report").is_hidden()


def test_other_origins_cannot_make_it_scan(page, dunwatch, backup):
    # A page on another origin posting with the page's header needs a preflight the server refuses.
    page.goto(dunwatch.base_url.replace("127.0.0.1", "localhost") + "/report")
    result = page.evaluate("""async (url) => {
        try { const r = await fetch(url + '/report/scan', {method: 'POST', body: 'x',
                                     headers: {'X-Dunwatch-Report': '1'}}); return 'status ' + r.status; }
        catch (e) { return 'blocked'; }
    }""", dunwatch.base_url)
    assert result == "blocked"


def test_html_report_screenshot(page, backup, tmp_path):
    """Render the CLI's HTML report in Chromium: its charts load (data: images, no network)."""
    out = run_dunwatch("scan", backup, "--tz", "Asia/Shanghai", "--lang", "zh-Hant", "--html", tmp_path / "r.html")
    assert out.returncode == 0, out.stderr
    page.goto((tmp_path / "r.html").as_uri())
    sizes = page.evaluate("[...document.images].map(i => i.naturalWidth)")
    assert len(sizes) == 3 and all(w > 100 for w in sizes)
    assert [u for u in page.requests if not u.startswith(("file:", "data:"))] == []
    save_screenshot(page, "report-html.png", full_page=False)


def test_popup_links_to_the_report_page(ext, dunwatch):
    popup = ext.context.new_page()
    popup.goto(ext.ext_url("popup/popup.html"))
    popup.wait_for_selector("#report")
    with ext.context.expect_page() as opened:
        popup.click("#report")
    report = opened.value
    report.wait_for_load_state()
    assert report.url.startswith(dunwatch.base_url + "/report?lang=")
    assert report.locator("h1").inner_text() in ("催收訊息證據報告", "催收信息证据报告", "Debt-collection message evidence report")
    assert report.locator("#file").count() == 1
