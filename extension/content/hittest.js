// Hit-test a click (highlights have no DOM to click): a card may open only when the phrase's own text
// is the topmost visible thing under the pointer, and never on a control of the page. A phrase under a
// sticky bar, clipped by an overflow box or covered by a menu is not what the reader clicked.
(function () {
  'use strict';
  const { rank } = (globalThis.Dunwatch && globalThis.Dunwatch.categories) || require('../shared/categories.js');

  const SLOP = 1; // px: rects are fractional, and a click on the underline's edge should still count
  // What the page means to be clicked: its own click goes first, always.
  const CONTROLS = [
    'a[href]', 'button', 'input', 'select', 'textarea', 'label', 'summary', 'option', '[contenteditable]:not([contenteditable=false])',
    ...['button', 'link', 'menu', 'menubar', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'checkbox',
      'radio', 'switch', 'option', 'combobox', 'listbox', 'slider', 'treeitem', 'dialog'].map((r) => `[role=${r}]`),
  ].join(', ');

  /** Return whether point (x, y) lies inside a DOMRect-like {left, right, top, bottom}. */
  function inRect(rect, x, y) {
    return x >= rect.left - SLOP && x <= rect.right + SLOP && y >= rect.top - SLOP && y <= rect.bottom + SLOP;
  }

  /** Return whether an element or one of its ancestors (across shadow roots) is a control. */
  function isControl(el) {
    for (let n = el; n; n = n.parentElement || (n.getRootNode && n.getRootNode().host) || null) {
      if (n.nodeType === 1 && n.matches(CONTROLS)) return true;
    }
    return false;
  }

  /** Return the topmost element at (x, y), descending into open shadow roots. */
  function topElement(doc, x, y) {
    let el = doc.elementFromPoint(x, y);
    while (el && el.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  }

  /** Return the text position under (x, y) as {node, offset}, looking into `roots` (shadow roots), or null. */
  function caretAt(doc, x, y, roots) {
    if (typeof doc.caretPositionFromPoint === 'function') {
      const pos = doc.caretPositionFromPoint(x, y, roots.length ? { shadowRoots: roots } : undefined);
      return pos && pos.offsetNode ? { node: pos.offsetNode, offset: pos.offset } : null;
    }
    if (typeof doc.caretRangeFromPoint === 'function') {
      const r = doc.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
    return null;
  }

  function rangeHolds(range, caret) {
    try {
      return range.isPointInRange(caret.node, caret.offset);
    } catch (_) {
      return false; // another tree
    }
  }

  /** Return the entries whose range has a client rect under (x, y), most severe first (geometry only). */
  function underPoint(entries, x, y) {
    const hits = entries.filter((entry) => [...entry.range.getClientRects()].some((r) => inRect(r, x, y)));
    return hits.sort((a, b) => rank(a.match.severity) - rank(b.match.severity));
  }

  /**
   * Return the entries the reader clicked at (x, y) in `doc`: under the point, their text topmost there
   * (the caret the browser finds at the point lies in the phrase), and no control of the page at the point.
   */
  function hitsAt(doc, entries, x, y) {
    const candidates = underPoint(entries, x, y);
    if (!candidates.length) return [];
    const top = topElement(doc, x, y);
    if (!top || isControl(top)) return [];
    const roots = [...new Set(candidates.map((e) => e.range.startContainer.getRootNode()).filter((r) => r.host))];
    const caret = caretAt(doc, x, y, roots);
    if (!caret) return candidates.filter((e) => e.range.intersectsNode(top) && top.contains(e.range.startContainer));
    const node = caret.node.nodeType === 3 ? caret.node.parentNode : caret.node;
    if (!(top === node || top.contains(node) || (node.contains && node.contains(top)))) return [];
    return candidates.filter((e) => rangeHolds(e.range, caret));
  }

  const api = { inRect, isControl, underPoint, hitsAt, CONTROLS };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.hittest = api;
})();
