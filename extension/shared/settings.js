// The one defaults object, and the pure functions that read user settings (merge, per-site switch,
// language, which matches to show). Storage lives in storage.js; nothing here touches chrome.*.
(function () {
  'use strict';

  const LANGS = ['zh-Hant', 'zh-Hans', 'en'];

  const DEFAULTS = Object.freeze({
    serverUrl: 'http://127.0.0.1:8737',
    token: '',
    lang: 'auto',            // 'auto' (from the browser UI language) or one of LANGS
    enabled: true,           // the global switch
    disabledCategories: [],  // category ids the user switched off
    disabledRules: [],       // rule ids; stored by id so they survive rulebook updates
    sites: {},               // host -> false when switched off there (absent = on)
    addedSites: [],          // hosts the user added beyond the defaults
    ignored: {},             // host -> phrases marked "not suspicious here"
  });

  const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const uniqueStrings = (v) => (Array.isArray(v) ? [...new Set(v.filter((s) => typeof s === 'string' && s))] : []);

  /** Return a clean server URL (http or https, no trailing slash), or '' when the input is not one. */
  function normalizeServerUrl(value) {
    if (typeof value !== 'string') return '';
    try {
      const url = new URL(value.trim());
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
      return (url.origin + url.pathname).replace(/\/+$/, '');
    } catch (_) {
      return '';
    }
  }

  /** Merge stored values over the defaults, dropping anything of the wrong shape. */
  function mergeSettings(stored) {
    const s = isPlainObject(stored) ? stored : {};
    const out = {
      serverUrl: normalizeServerUrl(s.serverUrl) || DEFAULTS.serverUrl,
      token: typeof s.token === 'string' ? s.token.trim() : DEFAULTS.token,
      lang: s.lang === 'auto' || LANGS.includes(s.lang) ? s.lang : DEFAULTS.lang,
      enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULTS.enabled,
      disabledCategories: uniqueStrings(s.disabledCategories),
      disabledRules: uniqueStrings(s.disabledRules),
      sites: {},
      addedSites: uniqueStrings(s.addedSites).map((h) => h.toLowerCase()),
      ignored: {},
    };
    if (isPlainObject(s.sites)) {
      for (const [host, on] of Object.entries(s.sites)) if (typeof on === 'boolean') out.sites[host.toLowerCase()] = on;
    }
    if (isPlainObject(s.ignored)) {
      for (const [host, phrases] of Object.entries(s.ignored)) {
        const list = uniqueStrings(phrases);
        if (list.length) out.ignored[host.toLowerCase()] = list;
      }
    }
    return out;
  }

  /** Return whether highlighting runs on `host` (global switch and per-site switch). */
  function isSiteEnabled(settings, host) {
    if (!settings.enabled) return false;
    return settings.sites[host] !== false;
  }

  /** Map a setting and the browser UI language (e.g. "zh-TW") to zh-Hant, zh-Hans or en. */
  function resolveLang(setting, uiLanguage) {
    if (LANGS.includes(setting)) return setting;
    const ui = String(uiLanguage || '').toLowerCase().replace('_', '-');
    if (!ui.startsWith('zh')) return 'en';
    if (/^zh-(tw|hk|mo|hant)/.test(ui)) return 'zh-Hant';
    return 'zh-Hans';
  }

  /** Return the _locales folder for a resolved language. */
  function localeDir(lang) {
    return { 'zh-Hant': 'zh_TW', 'zh-Hans': 'zh_CN', en: 'en' }[lang] || 'en';
  }

  /** Keep the matches the user still wants to see on `host` (rules, categories, ignored phrases). */
  function visibleMatches(matches, settings, host) {
    const rules = new Set(settings.disabledRules);
    const categories = new Set(settings.disabledCategories);
    const ignored = new Set(settings.ignored[host] || []);
    return matches.filter((m) => !rules.has(m.rule) && !categories.has(m.category) && !ignored.has(m.text));
  }

  /** Return a copy of `list` with `item` added or removed. */
  function toggled(list, item, present) {
    const rest = list.filter((x) => x !== item);
    return present ? [...rest, item] : rest;
  }

  const api = {
    LANGS, DEFAULTS, normalizeServerUrl, mergeSettings, isSiteEnabled, resolveLang, localeDir,
    visibleMatches, toggled,
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.settings = api;
})();
