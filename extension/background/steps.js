// Keyboard stepping through a tab's flagged phrases: every frame's report (already in document order),
// frames in frame order, one list; next and previous wrap around. Pure: no chrome.*.
(function () {
  'use strict';

  /** Return the phrases of a tab's frames ({frameId: {matches}}) as one list of {frameId, key}. */
  function flatten(frames) {
    const ids = Object.keys(frames || {}).map(Number).sort((a, b) => a - b);
    const items = [];
    for (const frameId of ids) for (const m of frames[frameId].matches || []) items.push({ frameId, key: m.key });
    return items;
  }

  /**
   * Return the item after (direction 1) or before (direction -1) `current` ({frameId, key} or null),
   * wrapping around; with no current item (or one that is gone), the first or the last. Null if none.
   */
  function step(items, current, direction) {
    if (!items.length) return null;
    const at = current ? items.findIndex((i) => i.frameId === current.frameId && i.key === current.key) : -1;
    if (at < 0) return direction < 0 ? items[items.length - 1] : items[0];
    return items[(at + (direction < 0 ? -1 : 1) + items.length) % items.length];
  }

  const api = { flatten, step };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.steps = api;
})();
