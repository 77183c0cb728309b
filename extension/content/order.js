// Document order of highlighted ranges, also across open shadow roots (a host's shadow content comes
// where the host is). Pure DOM, no chrome.*: the report lists phrases in this order, and the keyboard
// command steps through that list.
(function () {
  'use strict';

  /** Return the node and the shadow hosts around it, innermost first. */
  function hostChain(node) {
    const chain = [node];
    for (let root = node.getRootNode(); root.host; root = root.host.getRootNode()) chain.push(root.host);
    return chain;
  }

  /** Compare two nodes of one tree: -1 when `a` comes first (an ancestor comes before its descendants). */
  function compareNodes(a, b) {
    if (a === b) return 0;
    const pos = a.compareDocumentPosition(b);
    return pos & 4 || pos & 16 ? -1 : 1; // FOLLOWING or CONTAINED_BY
  }

  /** Compare two Ranges by their start, in the order a reader meets them. */
  function compareRanges(a, b) {
    const na = a.startContainer;
    const nb = b.startContainer;
    if (na.getRootNode() === nb.getRootNode()) {
      try {
        return a.compareBoundaryPoints(0 /* Range.START_TO_START */, b);
      } catch (_) {
        return compareNodes(na, nb);
      }
    }
    // Different trees: compare the innermost pair of nodes (node or host) that share a tree.
    const ca = hostChain(na);
    const cb = hostChain(nb);
    for (const x of ca) {
      const y = cb.find((n) => n.getRootNode() === x.getRootNode());
      if (!y) continue;
      if (x !== y) return compareNodes(x, y);
      return ca.indexOf(x) > cb.indexOf(y) ? 1 : -1; // same host: its shadow content comes first
    }
    return 0; // disconnected: leave as is
  }

  /** Return a copy of `entries` ({range, …}) in document order. */
  function inDocumentOrder(entries) {
    return [...entries].sort((a, b) => compareRanges(a.range, b.range));
  }

  const api = { compareRanges, inDocumentOrder };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.order = api;
})();
