// Follow late and changing content (single-page webmail): gather the blocks touched by mutations and
// hand them over after a quiet moment, at most every `maxWait` ms while the page keeps changing.
(function () {
  'use strict';
  const { blockOf, isWithin } = globalThis.Dunwatch.collect;

  /** Watch `doc` (and shadow roots added with watch()); call `onDirty(roots)` debounced; `ignore(mutation)` skips one. */
  function createObserver({ doc, ignore, onDirty, wait = 250, maxWait = 1000 }) {
    const dirty = new Set();
    let timer = null;
    let first = 0;

    function fire() {
      timer = null;
      first = 0;
      const roots = [...dirty].filter((r) => r.isConnected);
      dirty.clear();
      // Keep only outermost roots: refreshing a root covers everything inside it.
      const outer = roots.filter((r) => !roots.some((o) => o !== r && isWithin(r, o)));
      if (outer.length) onDirty(outer);
    }

    function note(node) {
      if (!node) return;
      const root = blockOf(node);
      if (root) dirty.add(root.nodeType === 9 ? root.body || root.documentElement : root);
    }

    const observer = new MutationObserver((mutations) => {
      for (const m of mutations) {
        if (ignore && ignore(m)) continue;
        note(m.type === 'characterData' ? m.target.parentNode : m.target);
      }
      if (!dirty.size) return;
      const now = Date.now();
      if (!first) first = now;
      clearTimeout(timer);
      timer = setTimeout(fire, now - first >= maxWait ? 0 : wait);
    });
    const options = { childList: true, subtree: true, characterData: true };

    return {
      // Observing the document node (not <html>) also survives document.open()/write() in about:blank frames.
      start: () => observer.observe(doc, options),
      watch: (shadowRoot) => observer.observe(shadowRoot, options),
      stop: () => {
        observer.disconnect();
        clearTimeout(timer);
        dirty.clear();
      },
    };
  }

  globalThis.Dunwatch.observer = { createObserver };
})();
