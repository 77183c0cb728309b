// Map a match (UTF-16 offset and length in a block's text) back to a DOM Range over the text nodes.
(function () {
  'use strict';

  /** Return the index of the last segment starting at or before `offset` (segments sorted by start). */
  function segmentIndex(segments, offset) {
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * Return {node, offset} for a boundary in block text. A start boundary in a gap (a joining "\n")
   * moves forward to the next node; an end boundary moves back to the end of the previous node.
   */
  function boundary(segments, offset, isEnd) {
    const probe = isEnd ? offset - 1 : offset;
    let i = segmentIndex(segments, probe);
    if (i < 0) {
      if (isEnd) return null;
      i = 0;
    }
    const seg = segments[i];
    if (probe < seg.start) return { node: seg.node, offset: 0 };
    const end = seg.start + seg.node.data.length;
    if (probe < end) return { node: seg.node, offset: offset - seg.start };
    if (isEnd) return { node: seg.node, offset: seg.node.data.length };
    const next = segments[i + 1];
    return next ? { node: next.node, offset: 0 } : null;
  }

  /**
   * Return a Range for `length` units at `offset` of `block.text`, or null when the text there is not
   * `expected` (a stale result) or the span covers no node text.
   */
  function rangeFor(block, offset, length, expected) {
    if (!(length > 0) || offset < 0 || offset + length > block.text.length) return null;
    if (expected !== undefined && block.text.slice(offset, offset + length) !== expected) return null;
    const start = boundary(block.segments, offset, false);
    const end = boundary(block.segments, offset + length, true);
    if (!start || !end) return null;
    const doc = start.node.ownerDocument;
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    if (range.collapsed) return null;
    return range;
  }

  const api = { segmentIndex, boundary, rangeFor };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.textmap = api;
})();
