// What the popup and the options page share: messaging the background and the UI language.
(function () {
  'use strict';
  const D = globalThis.Dunwatch;

  /** Send a message to the background; resolves to its reply (or {error}). */
  function send(message) {
    return chrome.runtime.sendMessage(message).catch((err) => ({ error: String(err.message || err) }));
  }

  /** Load the settings and the translator for the chosen language, and localize the page. */
  async function setup() {
    const settings = await D.storage.load();
    const lang = D.settings.resolveLang(settings.lang, chrome.i18n.getUILanguage());
    let table = null;
    if (settings.lang !== 'auto') {
      const url = chrome.runtime.getURL('_locales/' + D.settings.localeDir(lang) + '/messages.json');
      table = await fetch(url).then((r) => r.json()).catch(() => null);
    }
    const t = D.i18n.translator(table);
    document.documentElement.lang = lang;
    D.i18n.localizeDocument(document, t);
    return { settings, lang, t };
  }

  /** Create an element with attributes and text (text through textContent only). */
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v === null || v === undefined) continue;
      if (k in node && typeof v !== 'string') node[k] = v;
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  D.page = { send, setup, h };
})();
