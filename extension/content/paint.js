// Highlight: paint ranges with the CSS Custom Highlight API. The page's nodes are never touched; the
// browser draws the ranges, and live Ranges follow the DOM as it changes.
(function () {
  'use strict';

  const { SEVERITIES } = (globalThis.Dunwatch && globalThis.Dunwatch.categories) || require('../shared/categories.js');
  const NAME = (severity) => 'dunwatch-' + severity;
  const ACTIVE = 'dunwatch-active';

  // Same rules as content/highlight.css: document stylesheets do not reach into shadow trees, so open
  // shadow roots that hold highlighted text get this copy as an adopted stylesheet.
  const SHADOW_CSS = `
::highlight(dunwatch-high) { background-color: rgba(232, 48, 48, 0.14); text-decoration: underline wavy rgb(232, 48, 48); text-decoration-thickness: 2px; }
::highlight(dunwatch-medium) { background-color: rgba(214, 100, 0, 0.13); text-decoration: underline dotted rgb(214, 100, 0); text-decoration-thickness: 3px; }
::highlight(dunwatch-low) { background-color: rgba(176, 128, 0, 0.14); text-decoration: underline dashed rgb(176, 128, 0); text-decoration-thickness: 2px; }
::highlight(dunwatch-info) { text-decoration: underline double rgb(59, 110, 245); }
::highlight(dunwatch-active) { background-color: rgb(180, 83, 9); color: rgb(255, 255, 255); }
`;

  /** Return whether this browser can paint custom highlights (Chromium 105+, Firefox 140+). */
  function supported(win) {
    return Boolean(win.CSS && win.CSS.highlights && typeof win.Highlight === 'function');
  }

  /** Create the painter of one document: add/remove entries ({range, match}), mark the active one. */
  function createPainter(win) {
    const registry = win.CSS.highlights;
    const layers = {};
    SEVERITIES.forEach((sev, i) => {
      const layer = new win.Highlight();
      layer.priority = SEVERITIES.length - i; // high on top where matches overlap
      layers[sev] = layer;
    });
    const active = new win.Highlight();
    active.priority = SEVERITIES.length + 1;
    const styled = new WeakSet();

    function layerOf(entry) {
      return layers[entry.match.severity] || layers.info;
    }

    function styleShadowRoot(node) {
      const root = node.getRootNode();
      if (!root || root === win.document || root.host === undefined || styled.has(root)) return;
      styled.add(root);
      try {
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(SHADOW_CSS);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      } catch (_) {
        // No constructable stylesheets here: the text is still listed in the popup and clickable.
      }
    }

    return {
      add(entry) {
        layerOf(entry).add(entry.range);
        styleShadowRoot(entry.range.startContainer);
      },
      remove(entry) {
        layerOf(entry).delete(entry.range);
        active.delete(entry.range);
      },
      setActive(entries) {
        active.clear();
        for (const e of entries) active.add(e.range);
      },
      show() {
        for (const sev of SEVERITIES) registry.set(NAME(sev), layers[sev]);
        registry.set(ACTIVE, active);
      },
      hide() {
        for (const sev of SEVERITIES) registry.delete(NAME(sev));
        registry.delete(ACTIVE);
      },
      clear() {
        for (const sev of SEVERITIES) layers[sev].clear();
        active.clear();
      },
    };
  }

  const api = { SEVERITIES, SHADOW_CSS, supported, createPainter };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.paint = api;
})();
