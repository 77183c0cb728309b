// The page's blocks and their highlights: collect a subtree, diff it against what is known, ask for
// the texts that are new, and turn answers into painted ranges. Pure of chrome.*: the checker, the
// painter and the match filter are passed in.
(function () {
  'use strict';
  const { collectBlocks, worthChecking, chunksOf, sameBlock, isWithin, isInsideSkipped } =
    globalThis.Dunwatch && globalThis.Dunwatch.collect ? globalThis.Dunwatch.collect : require('./collect.js');
  const { rangeFor } =
    globalThis.Dunwatch && globalThis.Dunwatch.textmap ? globalThis.Dunwatch.textmap : require('./textmap.js');

  const MAX_TEXT = 6000; // UTF-16 units per request item; longer blocks go in pieces

  /**
   * Create a tracker. `checker` has get(text)/want(texts); `painter` has add/remove; `filter(matches)`
   * keeps the matches the user wants; `skip(el)` excludes the extension's own element; `onShadowRoot`
   * hears of each open shadow root met (to observe it); `onChange()` runs when highlights change.
   */
  function createTracker({ checker, painter, filter, skip, onShadowRoot, onChange }) {
    const records = new Map(); // block element -> {block, pieces, entries}
    const waiting = new Map(); // text -> Set of records
    let nextKey = 1;

    function drop(el) {
      const rec = records.get(el);
      if (!rec) return;
      rec.entries.forEach((e) => painter.remove(e));
      rec.entries = [];
      for (const p of rec.pieces) {
        const set = waiting.get(p.text);
        if (set) {
          set.delete(rec);
          if (!set.size) waiting.delete(p.text);
        }
      }
      records.delete(el);
    }

    function paint(rec) {
      rec.entries.forEach((e) => painter.remove(e));
      rec.entries = [];
      for (const piece of rec.pieces) {
        const result = checker.get(piece.text);
        if (!result) continue;
        for (const match of filter(result.matches || [])) {
          const range = rangeFor(rec.block, piece.offset + match.offset, match.length, match.text);
          if (!range) continue;
          const entry = { key: nextKey++, range, match, el: rec.block.el };
          painter.add(entry);
          rec.entries.push(entry);
        }
      }
    }

    function add(block) {
      const pieces = !worthChecking(block.text) ? []
        : block.text.length > MAX_TEXT ? chunksOf(block.text, MAX_TEXT) : [{ offset: 0, text: block.text }];
      const rec = { block, pieces, entries: [] };
      records.set(block.el, rec);
      if (block.el.nodeType === 11 && onShadowRoot) onShadowRoot(block.el);
      if (!pieces.length) return false;
      for (const p of pieces) {
        if (!waiting.has(p.text)) waiting.set(p.text, new Set());
        waiting.get(p.text).add(rec);
      }
      checker.want(pieces.map((p) => p.text));
      paint(rec);
      return rec.entries.length > 0;
    }

    /** Re-read the blocks under `root`; only new or changed text is asked for. */
    function refresh(root) {
      if (!root || isInsideSkipped(root, skip)) return;
      const fresh = collectBlocks(root, { skip });
      const seen = new Set(fresh.map((b) => b.el));
      let changed = false;
      for (const el of [...records.keys()]) {
        if (!seen.has(el) && (!el.isConnected || isWithin(el, root))) {
          changed = changed || records.get(el).entries.length > 0;
          drop(el);
        }
      }
      for (const block of fresh) {
        const old = records.get(block.el);
        if (old && sameBlock(old.block, block)) continue;
        if (old) {
          changed = changed || old.entries.length > 0;
          drop(block.el);
        }
        changed = add(block) || changed;
      }
      if (changed && onChange) onChange();
    }

    /** Paint the records that were waiting for these texts. */
    function answered(texts) {
      let changed = false;
      for (const text of texts) {
        for (const rec of waiting.get(text) || []) {
          paint(rec);
          changed = true;
        }
      }
      if (changed && onChange) onChange();
    }

    /** Repaint everything from the answers at hand (the user's filters changed). */
    function repaint() {
      for (const rec of records.values()) paint(rec);
      if (onChange) onChange();
    }

    /** Forget all blocks and highlights. */
    function reset() {
      for (const el of [...records.keys()]) drop(el);
      if (onChange) onChange();
    }

    /** Return the painted entries whose ranges still cover text. */
    function entries() {
      const out = [];
      for (const rec of records.values()) for (const e of rec.entries) if (!e.range.collapsed) out.push(e);
      return out;
    }

    return { refresh, answered, repaint, reset, entries, size: () => records.size };
  }

  const api = { createTracker, MAX_TEXT };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.tracker = api;
})();
