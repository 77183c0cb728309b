"""QQ-Mail-like page: the message body in a same-origin iframe, and a part written into an about:blank
iframe by script (as 163 and QQ do). Expectations come from the live server for the same text."""
import pytest

from .pagejs import DIALOG, HIGHLIGHTS, HIGHLIGHTS_IN, RANGE_CENTER

pytestmark = pytest.mark.browser
URL = "https://mail.qq.com/cgi-bin/frame_html?sid=fixture"
SEVERITY = {"high": 0, "medium": 1, "low": 2, "info": 3}


def open_frames(ext):
    page = ext.context.new_page()
    page.goto(URL)
    main = page.frame(name="mainFrame")
    main.wait_for_load_state()
    blank = next(f for f in page.frames if f.parent_frame == main)
    return page, main, blank


def flagged(ext, frame, selector):
    """Wait until the element's text is highlighted as the server flags it; return the server's matches."""
    text = frame.evaluate("(s) => document.querySelector(s).textContent", selector)
    matches = ext.expected(text)
    assert matches, f"the rulebook no longer flags the fixture text {text!r}"
    want = sorted(m["text"] for m in matches)
    frame.wait_for_function(f"([s, n]) => ({HIGHLIGHTS_IN})(s).length >= n", arg=[selector, len(want)], timeout=15000)
    assert frame.evaluate(HIGHLIGHTS_IN, selector) == want
    return matches


def test_bodies_in_same_origin_and_about_blank_iframes_are_highlighted(ext):
    page, main, blank = open_frames(ext)
    flagged(ext, main, "#qq-body")
    flagged(ext, blank, "#blank-body")
    assert not any("账单" in h["text"] for h in blank.evaluate(HIGHLIGHTS))
    assert page.evaluate(HIGHLIGHTS) == []  # the top document has no flagged text of its own


def test_clicking_in_an_iframe_opens_the_card_there(ext):
    page, main, _ = open_frames(ext)
    matches = flagged(ext, main, "#qq-body")
    target = min(matches, key=lambda m: SEVERITY[m["severity"]])
    point = main.evaluate(RANGE_CENTER, [target["text"], "#qq-body"])
    box = page.locator("#mainFrame").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    main.wait_for_function(f"() => {{ const d = ({DIALOG})(); return d && d.loaded; }}", timeout=10000)
    assert target["rule"] in main.evaluate(DIALOG)["rules"]
    assert page.evaluate(DIALOG) is None  # the card opens in the frame that holds the phrase


def test_badge_counts_phrases_of_every_frame(ext):
    page, main, blank = open_frames(ext)
    flagged(ext, main, "#qq-body")
    flagged(ext, blank, "#blank-body")
    expected = sum(1 for f in (main, blank) for h in f.evaluate(HIGHLIGHTS) if h["severity"] != "info")
    tab = None
    for _ in range(20):
        tab = ext.tab_id("mail.qq.com")
        if tab is not None and ext.badge(tab) == str(expected):
            break
        page.wait_for_timeout(250)
    assert ext.badge(tab) == str(expected)
