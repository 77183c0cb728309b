"""Gmail-like page, Chromium only: what needs the extension's internals (keyboard commands) and the
docs' screenshots. The page scenarios themselves are in scenarios/*.json and run in both browsers."""
import pytest

from .harness import save_screenshot
from .pagejs import DIALOG, HIGHLIGHTS, ORDERED, RANGE_CENTER

pytestmark = pytest.mark.browser
URL = "https://mail.google.com/mail/u/0/#inbox"


def open_inbox(ext, min_highlights=4):
    page = ext.context.new_page()
    page.goto(URL)
    page.wait_for_function("() => window.__rendered !== undefined")
    page.wait_for_function(f"() => ({HIGHLIGHTS})().length >= {min_highlights}", timeout=15000)
    return page


def test_screenshots_of_highlights_and_card(ext):
    page = open_inbox(ext)
    save_screenshot(page, "gmail-highlighted.png")
    point = page.evaluate(RANGE_CENTER, ["律師函已發出", "#p-split"])
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(f"() => {{ const d = ({DIALOG})(); return d && d.loaded; }}", timeout=10000)
    assert "12368" in page.evaluate(DIALOG)["details"]
    save_screenshot(page, "gmail-card.png")


def texts(page):
    return sorted(h["text"] for h in page.evaluate(HIGHLIGHTS))


def test_global_switch_and_disabled_rule(ext):
    # Every rule that flags the phrase (the live rulebook may have several), switched off.
    rules = sorted({m["rule"] for m in ext.expected("欠款逾期未還，律師函已發出。") if m["text"] == "律師函已發出"})
    assert rules
    ext.settings({"disabledRules": rules})
    page = open_inbox(ext, min_highlights=1)
    page.wait_for_timeout(500)
    assert "律師函已發出" not in texts(page)
    assert texts(page), "the other rules still highlight"
    ext.settings({"enabled": False})
    page.wait_for_function(f"() => ({HIGHLIGHTS})().length === 0", timeout=5000)


def test_keyboard_commands_step_through_phrases_in_document_order(ext):
    page = open_inbox(ext)
    tab = None
    for _ in range(40):  # answers trickle in, and the page's report to the background is debounced
        count = len(page.evaluate(HIGHLIGHTS))
        tab = ext.tab_id("mail.google.com")
        if tab is not None and ext.sw("async (t) => Dunwatch.steps.flatten(await Dunwatch.tabs.get(t)).length", tab) == count:
            page.wait_for_timeout(500)
            if len(page.evaluate(HIGHLIGHTS)) == count:
                break
        page.wait_for_timeout(250)
    ordered = page.evaluate(ORDERED)["ordered"]
    assert len(ordered) == count >= 4
    before_focus = page.evaluate("() => document.activeElement.id")

    def press(command):
        # What chrome.commands.onCommand runs for Alt+Shift+J / Alt+Shift+K (headless Chromium cannot
        # press browser-level extension shortcuts).
        reply = ext.sw("([name, tab]) => Dunwatch.navigate.command(name, { id: tab })", [command, tab])
        assert reply == {"ok": True}
        page.wait_for_function(f"() => {{ const d = ({DIALOG})(); return d && d.focusInside; }}", timeout=5000)
        active = page.evaluate(ORDERED)["active"]
        assert len(active) == 1
        card = page.evaluate(DIALOG)
        assert active[0]["text"] in card["text"]  # the card is about the phrase marked active
        return active[0]

    assert press("next-phrase") == ordered[0]
    assert press("next-phrase") == ordered[1]
    assert press("previous-phrase") == ordered[0]
    assert press("previous-phrase") == ordered[-1]  # wraps around
    assert press("next-phrase") == ordered[0]
    page.keyboard.press("Escape")
    assert page.evaluate(DIALOG) is None
    assert page.evaluate("() => document.activeElement.id") == before_focus
