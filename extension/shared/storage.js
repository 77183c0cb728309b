// The one storage wrapper: settings live in chrome.storage.local under the keys of DEFAULTS.
// (local, not sync: the token should not travel, and ignored phrases can exceed sync quotas.)
(function () {
  'use strict';
  const { DEFAULTS, mergeSettings } = globalThis.Dunwatch.settings;

  /** Read every setting, merged over the defaults. */
  async function load() {
    const stored = await chrome.storage.local.get(Object.keys(DEFAULTS));
    return mergeSettings(stored);
  }

  /** Write some settings (unknown keys are refused so typos do not linger in storage). */
  async function save(patch) {
    const clean = {};
    for (const [key, value] of Object.entries(patch)) {
      if (!(key in DEFAULTS)) throw new Error('unknown setting ' + key);
      clean[key] = value;
    }
    await chrome.storage.local.set(clean);
  }

  /** Read, change with `fn(settings) -> patch`, write; returns the merged result. */
  async function update(fn) {
    const settings = await load();
    const patch = fn(settings) || {};
    await save(patch);
    return mergeSettings({ ...settings, ...patch });
  }

  /** Call `fn(settings)` whenever a setting changes. */
  function onChange(fn) {
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !Object.keys(changes).some((k) => k in DEFAULTS)) return;
      load().then(fn);
    });
  }

  globalThis.Dunwatch.storage = { load, save, update, onChange };
})();
