"""QQ-Mail-like page: the message body in a same-origin iframe, and a part written into an about:blank
iframe by script (as 163 and QQ do)."""
import pytest

from pagejs import DIALOG, HIGHLIGHTS, RANGE_CENTER

pytestmark = pytest.mark.browser
URL = "https://mail.qq.com/cgi-bin/frame_html?sid=fixture"


def frames(page):
    main = page.frame(name="mainFrame")
    assert main is not None
    main.wait_for_load_state()
    blank = next(f for f in page.frames if f.parent_frame == main)
    return main, blank


def test_bodies_in_same_origin_and_about_blank_iframes_are_highlighted(ext):
    page = ext.context.new_page()
    page.goto(URL)
    main, blank = frames(page)
    main.wait_for_function(f"() => ({HIGHLIGHTS})().length >= 3", timeout=15000)
    got = {(h["text"], h["severity"]) for h in main.evaluate(HIGHLIGHTS)}
    assert {("法务部", "medium"), ("移交公安", "high"), ("限24小时", "low")} <= got
    blank.wait_for_function(f"() => ({HIGHLIGHTS})().length >= 2", timeout=15000)
    got = {h["text"] for h in blank.evaluate(HIGHLIGHTS)}
    assert {"把你欠款的事曝光", "让所有人知道"} <= got
    assert not any("账单" in t for t in got)
    # The top document has no flagged text of its own.
    assert page.evaluate(HIGHLIGHTS) == []


def test_clicking_in_an_iframe_opens_the_card_there(ext):
    page = ext.context.new_page()
    page.goto(URL)
    main, _ = frames(page)
    main.wait_for_function(f"() => ({HIGHLIGHTS})().length >= 3", timeout=15000)
    point = main.evaluate(RANGE_CENTER, ["移交公安", "#qq-body"])
    box = page.locator("#mainFrame").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    main.wait_for_function(f"() => {{ const d = ({DIALOG})(); return d && d.loaded; }}", timeout=10000)
    card = main.evaluate(DIALOG)
    assert card["rules"] == ["criminal-threat.police-handover"]
    assert card["category"] == "刑事恐嚇"


def test_badge_counts_phrases_of_every_frame(ext):
    page = ext.context.new_page()
    page.goto(URL)
    main, blank = frames(page)
    main.wait_for_function(f"() => ({HIGHLIGHTS})().length >= 3", timeout=15000)
    blank.wait_for_function(f"() => ({HIGHLIGHTS})().length >= 2", timeout=15000)
    expected = sum(1 for f in (main, blank) for h in f.evaluate(HIGHLIGHTS) if h["severity"] != "info")
    tab = None
    for _ in range(20):
        tab = ext.tab_id("mail.qq.com")
        if tab is not None and ext.badge(tab) == str(expected):
            break
        page.wait_for_timeout(250)
    assert ext.badge(tab) == str(expected)
