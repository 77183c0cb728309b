"""The popup and the options page, driven as pages of the extension."""
import pytest

from .harness import free_port, save_screenshot
from .pagejs import DIALOG, HIGHLIGHTS

pytestmark = pytest.mark.browser


def gmail_tab(ext):
    page = ext.context.new_page()
    page.goto("https://mail.google.com/mail/u/0/")
    page.wait_for_function(f"() => ({HIGHLIGHTS})().length >= 4", timeout=15000)
    tab = None
    for _ in range(20):
        tab = ext.tab_id("mail.google.com")
        if tab is not None:
            break
        page.wait_for_timeout(250)
    return page, tab


def test_popup_counts_lists_and_reveals_phrases(ext):
    page, tab = gmail_tab(ext)
    popup = ext.context.new_page()
    popup.set_viewport_size({"width": 340, "height": 640})
    popup.goto(ext.ext_url(f"popup/popup.html?tab={tab}"))
    popup.wait_for_selector("#phrases li.message")
    assert popup.text_content("#host") == "mail.google.com"
    assert popup.is_checked("#site-on")
    assert "1.0" in popup.text_content("#server-state") or "規則庫" in popup.text_content("#server-state")
    highlighted = page.evaluate(HIGHLIGHTS)
    phrases = "#phrases .message-phrases li"
    popup.wait_for_function("(n) => document.querySelectorAll('#phrases .message-phrases li').length >= n",
                            arg=len({h["text"] for h in highlighted}))
    assert "訴訟恐嚇" in popup.text_content("#counts")
    # By message, each phrase once: 律師函已發出 twice in the opened message's body is listed once.
    assert len({h["text"] for h in highlighted}) <= popup.locator(phrases).count() < len(highlighted)
    assert "legal-threat" not in popup.text_content("#phrases")  # no rule ids in the UI
    # The footer names the keyboard shortcuts for next/previous phrase, as chrome.commands has them.
    popup.wait_for_selector("#shortcut:not([hidden])")
    assert "Alt+Shift+J" in popup.text_content("#shortcut") and "Alt+Shift+K" in popup.text_content("#shortcut")
    save_screenshot(popup, "popup.png", full_page=True)
    # A click on a phrase scrolls to it and opens its card in the page.
    popup.locator("#phrases button", has_text="律師函已發出").first.click()
    page.wait_for_function(f"() => ({DIALOG})() !== null", timeout=5000)
    assert "legal-threat.lawyer-letter" in page.evaluate(DIALOG)["rules"]


def test_popup_site_switch(ext):
    page, tab = gmail_tab(ext)
    popup = ext.context.new_page()
    popup.goto(ext.ext_url(f"popup/popup.html?tab={tab}"))
    popup.wait_for_selector("#phrases li.message")
    popup.uncheck("#site-on")
    page.wait_for_function(f"() => ({HIGHLIGHTS})().length === 0", timeout=5000)
    assert ext.sw("() => chrome.storage.local.get('sites')")["sites"] == {"mail.google.com": False}


def test_popup_shows_an_unreachable_server_with_a_hint(ext):
    ext.settings({"serverUrl": f"http://127.0.0.1:{free_port()}"})
    popup = ext.context.new_page()
    popup.goto(ext.ext_url("popup/popup.html"))
    popup.wait_for_function("() => document.getElementById('server-state').classList.contains('bad')", timeout=15000)
    assert "127.0.0.1" in popup.text_content("#server-state")
    assert popup.is_visible("#server-hint")
    assert "make run" in popup.text_content("#server-hint")


def test_options_server_rules_and_categories(ext):
    ext.settings({"serverUrl": f"http://127.0.0.1:{free_port()}", "disabledRules": ["old.rule-gone"]})
    options = ext.context.new_page()
    options.goto(ext.ext_url("options/options.html"))
    options.wait_for_selector("#rules-unavailable", state="visible", timeout=15000)
    assert "make run" in options.text_content("#server-state")
    # Point the extension at the live server through the form.
    options.fill("#server-url", ext.server_url + "/")
    options.click("#server-save")
    options.wait_for_function("() => document.getElementById('server-state').className === 'good'", timeout=15000)
    assert ext.sw("() => chrome.storage.local.get('serverUrl')")["serverUrl"] == ext.server_url
    options.reload()
    options.wait_for_selector("#rules li")
    total = options.locator("#rules li").count()
    assert total > 10
    # The rule that is not in this rulebook stays listed (by id), switched off.
    assert not options.is_checked("[data-rule='old.rule-gone']")
    options.fill("#rule-search", "lawyer-letter")
    visible = options.locator("#rules li:not([hidden])")
    assert visible.count() == 1
    options.uncheck("[data-rule='legal-threat.lawyer-letter']")
    options.wait_for_timeout(300)
    disabled = ext.sw("() => chrome.storage.local.get('disabledRules')")["disabledRules"]
    assert sorted(disabled) == ["legal-threat.lawyer-letter", "old.rule-gone"]
    options.uncheck("[data-category='urgency']")
    options.wait_for_timeout(300)
    assert ext.sw("() => chrome.storage.local.get('disabledCategories')")["disabledCategories"] == ["urgency"]
    options.fill("#rule-search", "")
    options.evaluate("() => { document.activeElement.blur(); window.scrollTo(0, 0); }")
    save_screenshot(options, "options.png")
