// Per tab, per frame: the phrases each content script reports. Mirrored in storage.session so the
// popup still sees them after the service worker was stopped and restarted.
(function () {
  'use strict';
  const memory = new Map(); // tabId -> {frameId: {host, matches}}
  const keyOf = (tabId) => 'tab:' + tabId;

  async function get(tabId) {
    if (memory.has(tabId)) return memory.get(tabId);
    const stored = chrome.storage.session ? await chrome.storage.session.get(keyOf(tabId)) : {};
    const frames = stored[keyOf(tabId)] || {};
    memory.set(tabId, frames);
    return frames;
  }

  async function report(tabId, frameId, { host, matches }) {
    const frames = await get(tabId);
    if (matches.length) frames[frameId] = { host, matches: matches.slice(0, 500) };
    else delete frames[frameId];
    if (chrome.storage.session) await chrome.storage.session.set({ [keyOf(tabId)]: frames });
    return frames;
  }

  async function forget(tabId) {
    memory.delete(tabId);
    if (chrome.storage.session) await chrome.storage.session.remove(keyOf(tabId));
  }

  globalThis.Dunwatch.tabs = { get, report, forget, known: () => [...memory.keys()] };
})();
