// Page-side probes of the shared e2e scenarios (scenarios/*.json): both runners (Python/Playwright for
// Chromium, Node/puppeteer for Firefox) evaluate this file in a frame's main world, then call
// window.__dwProbe[name](...args). The main world shares the document's highlight registry and can
// read the extension's open shadow root, so it sees what a reader sees, and nothing more.
(() => {
  if (window.__dwProbe) return;
  const ranges = () => {
    const out = [];
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('dunwatch-') || name === 'dunwatch-active') continue;
      for (const r of hl) if (!r.collapsed) out.push({ severity: name.slice(9), range: r });
    }
    return out;
  };
  const ui = () => {
    const host = document.querySelector('dunwatch-ui');
    return host && host.shadowRoot;
  };
  const center = (b) => (b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null);
  const within = (r, selector) => {
    if (!selector) return true;
    const el = r.startContainer.parentElement;
    return Boolean(el && el.closest(selector));
  };
  const dialogEl = () => {
    const root = ui();
    return root && root.querySelector('[role=dialog]');
  };

  // WCAG 2 relative luminance and contrast of "rgb(r, g, b)" strings.
  const channels = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = channels(c).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  window.__dwProbe = {
    /** Every highlighted phrase: [{severity, text}] sorted by text. */
    highlights: () => ranges().map(({ severity, range }) => ({ severity, text: range.toString() }))
      .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)),
    /** Texts highlighted inside the element matching `selector`, sorted. */
    highlightsIn: (selector) => {
      const root = document.querySelector(selector);
      return ranges().filter(({ range }) => root && root.contains(range.startContainer))
        .map(({ range }) => range.toString()).sort();
    },
    /** How many phrases are highlighted (optionally only those of a severity other than info). */
    count: (flaggedOnly) => ranges().filter((h) => !flaggedOnly || h.severity !== 'info').length,
    /** Centre of the first highlighted range with this text (inside `selector` if given). */
    rangeCenter: (text, selector) => {
      const hit = ranges().find(({ range }) => range.toString() === text && within(range, selector));
      return hit ? center(hit.range.getClientRects()[0]) : null;
    },
    /** Centre of a highlighted range with this text inside the open shadow root of `hostSelector`. */
    shadowRangeCenter: (hostSelector, text) => {
      const host = document.querySelector(hostSelector);
      const root = host && host.shadowRoot;
      const hit = root && ranges().find(({ range }) => range.toString() === text && range.startContainer.getRootNode() === root);
      return hit ? center(hit.range.getClientRects()[0]) : null;
    },
    /** Centre of the first occurrence of plain text inside an element. */
    textCenter: (selector, text) => {
      const el = document.querySelector(selector);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(text);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        return center(r.getClientRects()[0]);
      }
      return null;
    },
    /** Centre of an element (or of a point `dx`, `dy` px from its top-left corner). */
    elementCenter: (selector, dx, dy) => {
      const b = document.querySelector(selector).getBoundingClientRect();
      return dx === undefined ? center(b) : { x: b.left + dx, y: b.top + dy };
    },
    /** Where a child frame's viewport starts in this frame's viewport. */
    frameOffset: (selector) => {
      const f = document.querySelector(selector);
      const b = f.getBoundingClientRect();
      return { x: b.left + f.clientLeft, y: b.top + f.clientTop };
    },
    /** The open card: its rule sections, title, category, text, and whether focus is inside. */
    dialog: () => {
      const d = dialogEl();
      if (!d) return null;
      const root = ui();
      const label = root.getElementById(d.getAttribute('aria-labelledby'));
      const active = root.activeElement;
      const box = d.getBoundingClientRect();
      return {
        kind: d.dataset.kind || 'phrase',
        rules: [...d.querySelectorAll('section[data-rule]')].map((s) => s.dataset.rule),
        title: label ? label.textContent : null,
        categories: [...d.querySelectorAll('[data-part=category]')].map((c) => c.textContent),
        text: d.textContent,
        focusInside: document.activeElement === root.host && Boolean(active) && (active === d || d.contains(active)),
        loaded: !d.querySelector('[data-part=details] .note'),
        box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, height: box.height },
      };
    },
    /** Centre of a button of the card (data-action). */
    cardButton: (action) => {
      const d = dialogEl();
      const b = d && d.querySelector(`[data-action="${action}"]`);
      return b ? center(b.getBoundingClientRect()) : null;
    },
    /** Click a card button from page script (a synthetic, untrusted click); returns whether it existed. */
    syntheticClick: (action) => {
      const d = dialogEl();
      const b = d && d.querySelector(`[data-action="${action}"]`);
      if (b) b.click();
      return Boolean(b);
    },
    /** The per-message verdict markers: [{label, x, y}] (centres), in page order. */
    markers: () => {
      const root = ui();
      if (!root) return [];
      return [...root.querySelectorAll('[data-part=marker]')].map((m) => {
        const b = m.getBoundingClientRect();
        return { label: m.getAttribute('aria-label'), message: m.dataset.message, ...center(b) };
      });
    },
    marker: (i) => window.__dwProbe.markers()[i] || null,
    /** Whether a phrase's rects and the open card's box overlap (the card must never cover it). */
    cardCovers: (text, selector) => {
      const d = dialogEl();
      const hit = ranges().find(({ range }) => range.toString() === text && within(range, selector));
      if (!d || !hit) return null;
      const c = d.getBoundingClientRect();
      return [...hit.range.getClientRects()].some((r) => r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top);
    },
    /** Whether the open card covers a phrase highlighted in a same-origin child frame (`frameSelector`). */
    cardCoversInFrame: (frameSelector, text) => {
      const d = dialogEl();
      const frame = document.querySelector(frameSelector);
      if (!d || !frame) return null;
      const at = frame.getBoundingClientRect();
      const c = d.getBoundingClientRect();
      for (const [name, hl] of frame.contentWindow.CSS.highlights) {
        if (!name.startsWith('dunwatch-') || name === 'dunwatch-active') continue;
        for (const r of hl) {
          if (r.toString() !== text) continue;
          return [...r.getClientRects()].some((b) => {
            const left = b.left + at.left + frame.clientLeft;
            const top = b.top + at.top + frame.clientTop;
            return left < c.right && left + b.width > c.left && top < c.bottom && top + b.height > c.top;
          });
        }
      }
      return null;
    },
    /** The page's own click log (fixtures record every click that reaches them). */
    pageClicks: () => window.__pageClicks || [],
    /** Scroll the document so that an element's top sits `y` px below the viewport's top. */
    scrollTop: (selector, y) => {
      const b = document.querySelector(selector).getBoundingClientRect();
      document.scrollingElement.scrollTop += b.top - y;
      return document.querySelector(selector).getBoundingClientRect().top;
    },
    /** Whether an element is rendered. */
    visible: (selector) => {
      const el = document.querySelector(selector);
      return Boolean(el && el.checkVisibility());
    },
    /** How many elements match a selector. */
    countOf: (selector) => document.querySelectorAll(selector).length,
    /** Call a page function by its global name (the fixture's own controls, e.g. expanding a message). */
    call: (name, ...rest) => (window[name](...rest), true),
    /** Any page value by a global name. */
    global: (name) => window[name],
    /** Text content of an element. */
    text: (selector) => {
      const el = document.querySelector(selector);
      return el ? el.textContent : null;
    },
    /** The page as its own scripts see it, without the extension's one host element. */
    snapshot: () => {
      const clone = document.documentElement.cloneNode(true);
      clone.querySelectorAll('dunwatch-ui').forEach((n) => n.remove());
      return clone.outerHTML;
    },
    bodyHTML: () => document.body.innerHTML,
    /** Children of <html> other than head and body (the extension may add exactly one). */
    extraChildren: () => [...document.documentElement.children].map((c) => c.localName).filter((n) => n !== 'head' && n !== 'body'),
    activeId: () => document.activeElement && document.activeElement.id,
    /** Contrast of highlight colours ({style: "rgb(...)"}, read from highlight.css by the runner)
     *  against this page's computed background: {background, ratios: {style: ratio}}. */
    contrast: (styles) => {
      const transparent = (c) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
      let bg = getComputedStyle(document.body).backgroundColor;
      if (transparent(bg)) bg = getComputedStyle(document.documentElement).backgroundColor;
      if (transparent(bg)) bg = 'rgb(255, 255, 255)';
      const ratios = {};
      for (const [name, colour] of Object.entries(styles)) ratios[name] = Math.round(contrast(colour, bg) * 100) / 100;
      return { background: bg, ratios };
    },
    luminanceContrast: (a, b) => contrast(a, b),
  };
})();
