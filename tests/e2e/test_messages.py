"""Google-Messages-like page: bubbles arrive over time, one inside an open shadow root, one edited."""
import pytest

from pagejs import DIALOG, HIGHLIGHTS

pytestmark = pytest.mark.browser
URL = "https://messages.google.com/web/conversations/1"

SENT = """() => { globalThis.__sent = []; const s = Dunwatch.state.server; const check = s.check;
  if (!s.__wrapped) { s.check = (texts, lang) => { globalThis.__sent.push(...texts); return check(texts, lang); }; s.__wrapped = true; }
  Dunwatch.state.clearCaches(); }"""


def test_late_bubbles_shadow_root_and_edits_are_followed(ext):
    ext.sw(SENT)
    page = ext.context.new_page()
    page.goto(URL)
    page.wait_for_function(f"""() => ({HIGHLIGHTS})().some((h) => h.text === '聯繫你的家人')""", timeout=20000)
    got = {h["text"] for h in page.evaluate(HIGHLIGHTS)}
    assert "通知你的緊急聯絡人" in got          # a bubble that arrived after load
    assert "律師函已發出" in got                  # inside an open shadow root
    assert "聯繫你的家人" in got                  # a bubble whose text changed in place
    page.wait_for_timeout(1000)
    sent = ext.sw("() => globalThis.__sent")
    assert len(sent) == len(set(sent)), "a text was sent to the server twice"
    assert not any("方便通話" in s and "聯繫" not in s for s in sent[sent.index(next(s for s in sent if "聯繫你的家人" in s)):])


def test_click_inside_shadow_root_opens_the_card(ext):
    page = ext.context.new_page()
    page.goto(URL)
    page.wait_for_function(f"""() => ({HIGHLIGHTS})().some((h) => h.text === '律師函已發出')""", timeout=20000)
    point = page.evaluate("""() => {
      for (const r of CSS.highlights.get('dunwatch-high')) if (r.toString() === '律師函已發出') {
        const b = r.getClientRects()[0]; return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; } }""")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(f"() => ({DIALOG})() !== null", timeout=10000)
    assert page.evaluate(DIALOG)["rules"] == ["legal-threat.lawyer-letter"]
