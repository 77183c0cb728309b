// UI strings: chrome.i18n for the browser's language, or a messages.json table when the user chose
// another language in the options (chrome.i18n cannot switch language at run time).
(function () {
  'use strict';

  /** Expand one messages.json entry the way chrome.i18n does: $name$ placeholders, then $1..$9. */
  function formatEntry(entry, subs) {
    if (!entry || typeof entry.message !== 'string') return '';
    const args = subs === undefined ? [] : [].concat(subs).map(String);
    const placeholders = entry.placeholders || {};
    let text = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name) => {
      const ph = placeholders[name.toLowerCase()] || placeholders[name];
      return ph ? ph.content : whole;
    });
    text = text.replace(/\$(\$|[1-9])/g, (whole, d) => (d === '$' ? '$' : args[Number(d) - 1] ?? ''));
    return text;
  }

  /** Return a `t(key, subs)` that reads `table` (a parsed messages.json), or chrome.i18n when null. */
  function translator(table) {
    const lower = {};
    if (table) for (const [k, v] of Object.entries(table)) lower[k.toLowerCase()] = v;
    return function t(key, subs) {
      if (table) {
        const entry = lower[key.toLowerCase()];
        if (entry) return formatEntry(entry, subs);
      }
      if (typeof chrome !== 'undefined' && chrome.i18n) return chrome.i18n.getMessage(key, subs) || key;
      return key;
    };
  }

  /** Fill elements carrying data-i18n (text), data-i18n-placeholder, data-i18n-title, data-i18n-aria-label. */
  function localizeDocument(doc, t) {
    for (const el of doc.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const attr of ['placeholder', 'title', 'aria-label']) {
      const data = 'i18n' + attr.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
      for (const el of doc.querySelectorAll('[data-i18n-' + attr + ']')) el.setAttribute(attr, t(el.dataset[data]));
    }
  }

  const api = { formatEntry, translator, localizeDocument };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.i18n = api;
})();
