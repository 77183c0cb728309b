// Highlight: the page's messages and their highlights. Collect a subtree, group its blocks into
// messages, diff them against what is known, ask for the texts that are new, and turn answers into
// painted ranges, overlapping matches merged into one. Pure of chrome.*: the requester, the painter and
// the match filter are passed in.
(function () {
  'use strict';
  const D = globalThis.Dunwatch || {};
  const { collectBlocks, worthChecking, chunksOf, sameBlock, isWithin, isInsideSkipped } = D.collect || require('./collect.js');
  const { rangeFor } = D.textmap || require('./textmap.js');
  const { containerOf, group, isOffscreen } = D.messages || require('./messages.js');
  const { rank } = D.categories || require('../shared/categories.js');

  const MAX_TEXT = 6000; // UTF-16 units per request item; longer messages go in pieces

  /**
   * Merge overlapping matches (offsets in one text) into groups {offset, end, matches}, most severe
   * match first and one match per rule (上门催收 fires two rules: one phrase, one count, one card).
   */
  function mergeOverlaps(matches) {
    const sorted = [...matches].sort((a, b) => a.offset - b.offset || b.length - a.length);
    const groups = [];
    for (const m of sorted) {
      const last = groups[groups.length - 1];
      if (last && m.offset < last.end) {
        last.end = Math.max(last.end, m.offset + m.length);
        if (!last.matches.some((x) => x.rule === m.rule)) last.matches.push(m);
      } else {
        groups.push({ offset: m.offset, end: m.offset + m.length, matches: [m] });
      }
    }
    for (const g of groups) g.matches.sort((a, b) => rank(a.severity) - rank(b.severity));
    return groups;
  }

  /**
   * Create a tracker. `checker` has get(text)/want(texts); `painter` has add/remove; `filter(matches)`
   * keeps the matches the user wants; `skip(el)` excludes the extension's own element; `adapter` is
   * the host's message adapter (or null); `onShadowRoot` hears of each open shadow root met (to
   * observe it); `onChange()` runs when highlights change.
   */
  function createTracker({ checker, painter, filter, skip, adapter = null, onShadowRoot, onChange }) {
    const records = new Map(); // message container -> {block, pieces, entries, id}
    const waiting = new Map(); // text -> Set of records
    let nextKey = 1;
    let nextMessage = 1;

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
      rec.results = [];
      for (const piece of rec.pieces) {
        const result = checker.get(piece.text);
        if (!result) continue;
        rec.results.push(result);
        for (const g of mergeOverlaps(filter(result.matches || []))) {
          const offset = piece.offset + g.offset;
          const text = rec.block.text.slice(offset, piece.offset + g.end);
          const range = rangeFor(rec.block, offset, text.length, text);
          if (!range) continue;
          const entry = { key: nextKey++, range, match: g.matches[0], matches: g.matches, text, el: rec.block.el, message: rec.id };
          painter.add(entry);
          rec.entries.push(entry);
        }
      }
    }

    function add(block) {
      const pieces = !worthChecking(block.text) ? []
        : block.text.length > MAX_TEXT ? chunksOf(block.text, MAX_TEXT) : [{ offset: 0, text: block.text }];
      const rec = { block, pieces, entries: [], results: [], id: nextMessage++ };
      records.set(block.el, rec);
      if (!pieces.length) return false;
      for (const p of pieces) {
        if (!waiting.has(p.text)) waiting.set(p.text, new Set());
        waiting.get(p.text).add(rec);
      }
      checker.want(pieces.map((p) => p.text));
      paint(rec);
      return rec.entries.length > 0;
    }

    /** Re-read the messages under `root` (widened to its message); only new or changed text is asked for. */
    function refresh(start) {
      if (!start || isInsideSkipped(start, skip)) return;
      const root = start.nodeType === 1 && start !== start.ownerDocument.documentElement ? containerOf(start, adapter) : start;
      const blocks = collectBlocks(root, { skip });
      for (const b of blocks) if (b.el.nodeType === 11 && onShadowRoot) onShadowRoot(b.el);
      // A message whose container lies outside `root` was read only in part: leave it as it is.
      const fresh = group(blocks, adapter).filter((m) => isWithin(m.el, root) && !isOffscreen(m.el));
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

    /** Forget all messages and highlights. */
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

    /** Return the flagged messages: {id, el, entries, results}, a message with a match above info. */
    function flaggedMessages() {
      const out = [];
      for (const rec of records.values()) {
        const live = rec.entries.filter((e) => !e.range.collapsed);
        if (live.some((e) => e.matches.some((m) => m.severity !== 'info'))) out.push({ id: rec.id, el: rec.block.el, entries: live, results: rec.results });
      }
      return out;
    }

    return { refresh, answered, repaint, reset, entries, flaggedMessages, size: () => records.size };
  }

  const api = { createTracker, mergeOverlaps, MAX_TEXT };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.tracker = api;
})();
