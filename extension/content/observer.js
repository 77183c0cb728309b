// Follow late and changing content (single-page webmail): gather the blocks touched by mutations and
// hand them over after a quiet moment, at most every `maxWait` ms while the page keeps changing.
(function () {
  'use strict';
  const { blockOf, isWithin } = globalThis.Dunwatch.collect;

  // Attributes that show or hide content (collapsed messages, quoted history, tabs): a change re-reads
  // the element, so text is counted once it is rendered and dropped once it is not.
  const SHOWING = ['style', 'class', 'hidden', 'open', 'aria-hidden', 'aria-expanded'];

  /**
   * Watch `doc` (and shadow roots added with watch()); call `onDirty(roots)` debounced; `ignore(mutation)`
   * skips one; `onDocumentReplaced()` runs when document.open() replaced the document's content.
   */
  function createObserver({ doc, ignore, onDirty, onDocumentReplaced, wait = 250, maxWait = 1000 }) {
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
        if (m.target === doc && m.type === 'childList' && onDocumentReplaced) onDocumentReplaced();
        note(m.type === 'characterData' ? m.target.parentNode : m.target);
      }
      if (!dirty.size) return;
      const now = Date.now();
      if (!first) first = now;
      clearTimeout(timer);
      timer = setTimeout(fire, now - first >= maxWait ? 0 : wait);
    });
    const options = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: SHOWING };

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
