// Hit-test a click against the client rects of highlighted ranges (highlights have no DOM to click).
(function () {
  'use strict';

  const SLOP = 1; // px: rects are fractional, and a click on the underline's edge should still count

  /** Return whether point (x, y) lies inside a DOMRect-like {left, right, top, bottom}. */
  function inRect(rect, x, y) {
    return x >= rect.left - SLOP && x <= rect.right + SLOP && y >= rect.top - SLOP && y <= rect.bottom + SLOP;
  }

  /** Return the entries whose range has a client rect under (x, y), most severe first. */
  function hitsAt(entries, x, y) {
    const order = { high: 0, medium: 1, low: 2, info: 3 };
    const hits = [];
    for (const entry of entries) {
      const rects = entry.range.getClientRects();
      for (let i = 0; i < rects.length; i++) {
        if (inRect(rects[i], x, y)) {
          hits.push(entry);
          break;
        }
      }
    }
    return hits.sort((a, b) => (order[a.match.severity] ?? 9) - (order[b.match.severity] ?? 9));
  }

  const api = { inRect, hitsAt };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.hittest = api;
})();
