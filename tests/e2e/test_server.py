"""The server as the extension sees it: down, then reachable again."""
import pytest

from .harness import free_port
from .pagejs import HIGHLIGHTS

pytestmark = pytest.mark.browser


def test_server_down_shows_on_the_badge_and_recovers(ext):
    down = f"http://127.0.0.1:{free_port()}"
    ext.settings({"serverUrl": down})
    page = ext.context.new_page()
    page.goto("https://mail.google.com/mail/u/0/")
    page.wait_for_function("() => window.__rendered !== undefined")
    badge = None
    for _ in range(40):
        badge = ext.badge()
        if badge == "!":
            break
        page.wait_for_timeout(250)
    assert badge == "!"
    assert "unreachable" in ext.sw("() => chrome.action.getTitle({})") or "無法連線" in ext.sw("() => chrome.action.getTitle({})")
    status = ext.sw("() => Dunwatch.state.status")
    assert status == "unreachable"
    assert page.evaluate(HIGHLIGHTS) == []
    # Back up: the content script's retry (with backoff) brings the highlights without a reload.
    ext.settings({"serverUrl": ext.server_url})
    page.wait_for_function(f"() => ({HIGHLIGHTS})().length >= 4", timeout=20000)
    assert ext.badge() == ""
