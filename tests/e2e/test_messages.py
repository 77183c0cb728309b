"""Google-Messages-like page: bubbles arrive over time, one inside an open shadow root, one edited."""
import pytest

from .pagejs import DIALOG, HIGHLIGHTS

pytestmark = pytest.mark.browser
URL = "https://messages.google.com/web/conversations/1"

SENT = """() => { globalThis.__sent = []; const s = Dunwatch.state.server; const check = s.check;
  if (!s.__wrapped) { s.check = (texts, lang) => { globalThis.__sent.push(...texts); return check(texts, lang); }; s.__wrapped = true; }
  Dunwatch.state.clearCaches(); }"""


def test_late_bubbles_shadow_root_and_edits_are_followed(ext):
    ext.sw(SENT)
    page = ext.context.new_page()
    page.goto(URL)
    late = "逾期未還，我們將通知你的緊急聯絡人"
    edited = "你到底什麼時候還錢？再不還款，我們將聯繫你的家人"
    want = sorted(m["text"] for text in (late, "欠款逾期未還，律師函已發出", edited) for m in ext.expected(text))
    assert ext.expected(late) and ext.expected(edited), "the rulebook no longer flags the fixture bubbles"
    page.wait_for_function(f"(n) => ({HIGHLIGHTS})().length >= n", arg=len(want), timeout=20000)
    page.wait_for_timeout(1000)
    # Late bubbles, the one in an open shadow root ("律師函已發出") and the one edited in place.
    assert sorted(h["text"] for h in page.evaluate(HIGHLIGHTS)) == want
    assert "律師函已發出" in want
    sent = ext.sw("() => globalThis.__sent")
    assert len(sent) == len(set(sent)), "a text was sent to the server twice"
    assert edited in sent and "您好，請問方便通話嗎？" in sent


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
