"""JavaScript run in the page's main world to observe what the extension did (it shares the document's
highlight registry and can read the card's open shadow root)."""

HIGHLIGHTS = """() => {
  const out = [];
  for (const [name, hl] of CSS.highlights) {
    if (!name.startsWith('dunwatch-') || name === 'dunwatch-active') continue;
    for (const r of hl) if (!r.collapsed) out.push({ severity: name.slice(9), text: r.toString() });
  }
  return out;
}"""

# Centre of the first highlighted range with this text (optionally inside an element matching a selector).
RANGE_CENTER = """([text, selector]) => {
  for (const [name, hl] of CSS.highlights) {
    if (!name.startsWith('dunwatch-') || name === 'dunwatch-active') continue;
    for (const r of hl) {
      if (r.toString() !== text) continue;
      const el = r.startContainer.parentElement;
      if (selector && !(el && el.closest(selector))) continue;
      const b = r.getClientRects()[0];
      if (b) return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
  }
  return null;
}"""

# Centre of the first occurrence of some plain text inside an element (for clicks on ordinary text).
TEXT_CENTER = """([selector, text]) => {
  const el = document.querySelector(selector);
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i); r.setEnd(n, i + text.length);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  return null;
}"""

DIALOG = """() => {
  const host = document.querySelector('dunwatch-ui');
  const root = host && host.shadowRoot;
  const d = root && root.querySelector('[role=dialog]');
  if (!d) return null;
  const label = root.getElementById(d.getAttribute('aria-labelledby'));
  const active = root.activeElement;
  return {
    rules: [...d.querySelectorAll('section')].map((s) => s.dataset.rule),
    title: label ? label.textContent : null,
    category: d.querySelector('[data-part=category]').textContent,
    details: d.querySelector('[data-part=details]').textContent,
    text: d.textContent,
    focusInside: document.activeElement === host && Boolean(active) && (active === d || d.contains(active)),
    loaded: !d.querySelector('[data-part=details] .note'),
  };
}"""

# The page as its own scripts see it, without the extension's one host element.
SNAPSHOT = """() => {
  const clone = document.documentElement.cloneNode(true);
  clone.querySelectorAll('dunwatch-ui').forEach((n) => n.remove());
  return clone.outerHTML;
}"""

EXTRA_CHILDREN = """() => [...document.documentElement.children].map((c) => c.localName).filter((n) => n !== 'head' && n !== 'body')"""

# Highlighted texts whose range starts inside the element matching a selector.
HIGHLIGHTS_IN = """(selector) => {
  const root = document.querySelector(selector);
  const out = [];
  for (const [name, hl] of CSS.highlights) {
    if (!name.startsWith('dunwatch-') || name === 'dunwatch-active') continue;
    for (const r of hl) if (!r.collapsed && root.contains(r.startContainer)) out.push(r.toString());
  }
  return out.sort();
}"""

# Highlighted ranges in document order, and the active one (the phrase whose card is open): each as its
# text and the id of the nearest element with one.
ORDERED = """() => {
  const where = (r) => { const el = r.startContainer.parentElement; const c = el && el.closest('[id]'); return c ? c.id : null; };
  const ranges = [];
  for (const [name, hl] of CSS.highlights) {
    if (!name.startsWith('dunwatch-') || name === 'dunwatch-active') continue;
    for (const r of hl) if (!r.collapsed) ranges.push(r);
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const active = [...(CSS.highlights.get('dunwatch-active') || [])];
  return {
    ordered: ranges.map((r) => ({ text: r.toString(), where: where(r) })),
    active: active.map((r) => ({ text: r.toString(), where: where(r) })),
  };
}"""
