"""Gmail-like page: inbox rows rendered by script after load, an opened message, a reply box."""
import pytest

from .harness import save_screenshot
from .pagejs import DIALOG, EXTRA_CHILDREN, HIGHLIGHTS, HIGHLIGHTS_IN, ORDERED, RANGE_CENTER, SNAPSHOT, TEXT_CENTER

pytestmark = pytest.mark.browser
URL = "https://mail.google.com/mail/u/0/#inbox"


def open_inbox(ext, min_highlights=4):
    page = ext.context.new_page()
    page.goto(URL)
    page.wait_for_function("() => window.__rendered !== undefined")
    page.wait_for_function(f"() => ({HIGHLIGHTS})().length >= {min_highlights}", timeout=15000)
    return page


def texts(page):
    return sorted(h["text"] for h in page.evaluate(HIGHLIGHTS))


def test_inbox_and_message_are_highlighted(ext):
    page = open_inbox(ext)
    found = page.evaluate(HIGHLIGHTS)
    # The flagship phrase, three times: an inbox row rendered after load, after emoji, split over <b>/<span>.
    for where in ("#row-0", "#p-emoji", "#p-split"):
        assert "律師函已發出" in page.evaluate(HIGHLIGHTS_IN, where), where
    assert sum(1 for h in found if h["text"] == "律師函已發出") == 3
    # Each block is highlighted exactly as the live server flags its text.
    for where in ("#row-0 .snip", "#p-emoji", "#p-split", "#p-plain"):
        text = page.evaluate("(s) => document.querySelector(s).textContent", where)
        assert page.evaluate(HIGHLIGHTS_IN, where) == sorted(m["text"] for m in ext.expected(text)), where
    assert page.evaluate(HIGHLIGHTS_IN, "#p-plain") == []
    # The reply box and the contenteditable draft are the user's own text: never highlighted.
    assert page.evaluate(HIGHLIGHTS_IN, "#editable") == []
    assert ext.expected(page.evaluate("() => document.getElementById('editable').textContent"))
    save_screenshot(page, "gmail-highlighted.png")


def test_clicking_a_flagged_phrase_opens_the_card(ext):
    page = open_inbox(ext)
    before_focus = page.evaluate("() => document.activeElement.id")
    point = page.evaluate(RANGE_CENTER, ["律師函已發出", "#p-split"])
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(f"() => {{ const d = ({DIALOG})(); return d && d.loaded; }}", timeout=10000)
    card = page.evaluate(DIALOG)
    assert card["rules"] == ["legal-threat.lawyer-letter"]
    assert card["title"]  # the rule's title, in the chosen language (zh-Hant)
    assert card["category"] == "訴訟恐嚇"
    assert "12368" in card["details"]  # the rule's advice, from GET /v1/rules/<id>
    assert card["focusInside"]
    # The page did not see the click that opened the card.
    assert page.evaluate("() => window.__pageClicks.length") == 0
    save_screenshot(page, "gmail-card.png")
    page.keyboard.press("Escape")
    assert page.evaluate(DIALOG) is None
    assert page.evaluate("() => document.activeElement.id") == before_focus


def test_card_close_button_and_english(ext):
    ext.settings({"lang": "en"})
    page = open_inbox(ext)
    point = page.evaluate(RANGE_CENTER, ["律師函已發出", "#p-emoji"])
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(f"() => {{ const d = ({DIALOG})(); return d && d.loaded; }}", timeout=10000)
    card = page.evaluate(DIALOG)
    assert "legal-threat.lawyer-letter" in card["rules"]
    assert card["category"] == "Legal threat"
    assert "12368" in card["details"]
    root = "document.querySelector('dunwatch-ui').shadowRoot"
    assert page.evaluate(f"() => {root}.querySelector('[data-action=ignore]').textContent") == "Not suspicious here"
    page.evaluate(f"() => {root}.querySelector('[data-action=close]').click()")
    assert page.evaluate(DIALOG) is None


def test_not_suspicious_here_and_turn_off_rule(ext):
    page = open_inbox(ext)
    root = "document.querySelector('dunwatch-ui').shadowRoot"
    point = page.evaluate(RANGE_CENTER, ["律師函已發出", "#p-split"])
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(f"() => ({DIALOG})() !== null")
    page.evaluate(f"() => {root}.querySelector('[data-action=ignore]').click()")
    page.wait_for_function(f"() => !({HIGHLIGHTS})().some((h) => h.text === '律師函已發出')", timeout=5000)
    stored = ext.sw("() => chrome.storage.local.get('ignored')")
    assert stored["ignored"] == {"mail.google.com": ["律師函已發出"]}
    others = [h for h in page.evaluate(HIGHLIGHTS)]
    assert others, "other phrases stay highlighted"
    point = page.evaluate(RANGE_CENTER, [others[0]["text"], None])
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(f"() => ({DIALOG})() !== null")
    rule = page.evaluate(DIALOG)["rules"][0]
    page.evaluate(f"() => {root}.querySelector('[data-action=disable-rule]').click()")
    page.wait_for_timeout(500)
    assert rule in ext.sw("() => chrome.storage.local.get('disabledRules')")["disabledRules"]


def test_clicking_ordinary_text_opens_nothing(ext):
    page = open_inbox(ext)
    point = page.evaluate(TEXT_CENTER, ["#p-plain", "吃飯"])
    page.mouse.click(point["x"], point["y"])
    page.wait_for_timeout(300)
    assert page.evaluate(DIALOG) is None
    clicks = page.evaluate("() => window.__pageClicks")
    assert clicks == [{"target": "p-plain", "prevented": False}]
    # A click on an inbox row reaches the page as before.
    point = page.evaluate(TEXT_CENTER, ["#row-1", "週末聚餐"])
    page.mouse.click(point["x"], point["y"])
    assert page.evaluate("() => window.__pageClicks.length") == 2


def test_page_text_and_dom_are_unchanged(ext):
    page = open_inbox(ext)
    rendered = page.evaluate("() => window.__rendered")
    point = page.evaluate(RANGE_CENTER, ["律師函已發出", "#p-split"])
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(f"() => ({DIALOG})() !== null")
    # The page's body is byte for byte what its own script rendered, with highlights and the card up.
    assert page.evaluate("() => document.body.innerHTML") == rendered
    assert '律<b>師</b><span class="x">函</span>已發出' in rendered
    assert page.evaluate(EXTRA_CHILDREN) == ["dunwatch-ui"]  # the one element the extension adds
    snapshot = page.evaluate(SNAPSHOT)
    page.keyboard.press("Escape")
    assert page.evaluate(SNAPSHOT) == snapshot
    assert page.evaluate("() => document.getElementById('compose').value").startswith("草稿：")


def test_site_switch_turns_highlighting_off_and_on(ext):
    page = open_inbox(ext)
    ext.settings({"sites": {"mail.google.com": False}})
    page.wait_for_function(f"() => ({HIGHLIGHTS})().length === 0", timeout=5000)
    point = page.evaluate(TEXT_CENTER, ["#p-split", "已發出"])
    page.mouse.click(point["x"], point["y"])
    assert page.evaluate(DIALOG) is None
    ext.settings({"sites": {"mail.google.com": True}})
    page.wait_for_function(f"() => ({HIGHLIGHTS})().length >= 4", timeout=10000)


def test_global_switch_and_disabled_rule(ext):
    ext.settings({"disabledRules": ["legal-threat.lawyer-letter"]})
    page = open_inbox(ext, min_highlights=1)
    page.wait_for_timeout(500)
    assert "律師函已發出" not in texts(page)
    assert texts(page), "the other rules still highlight"
    ext.settings({"enabled": False})
    page.wait_for_function(f"() => ({HIGHLIGHTS})().length === 0", timeout=5000)


def test_badge_counts_flagged_phrases(ext):
    page = open_inbox(ext)
    page.wait_for_timeout(800)  # the report to the background is debounced
    tab = ext.tab_id("mail.google.com")
    assert tab is not None
    count = int(ext.badge(tab))
    assert count == len([h for h in page.evaluate(HIGHLIGHTS) if h["severity"] != "info"])


def test_keyboard_commands_step_through_phrases_in_document_order(ext):
    page = open_inbox(ext)
    count = len(page.evaluate(HIGHLIGHTS))
    tab = None
    for _ in range(40):  # the page's report to the background is debounced
        tab = ext.tab_id("mail.google.com")
        if tab is not None and ext.sw("async (t) => Dunwatch.steps.flatten(await Dunwatch.tabs.get(t)).length", tab) == count:
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
