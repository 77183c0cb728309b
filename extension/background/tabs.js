// Per tab, per frame: the phrases each content script reports. Mirrored in storage.session so the
// popup still sees them after the service worker was stopped and restarted.
(function () {
  'use strict';
  const memory = new Map(); // tabId -> Promise of {frameId: {host, born, matches}}
  const keyOf = (tabId) => 'tab:' + tabId;

  // One load per tab: reports from several frames arrive together, and must share one object.
  function get(tabId) {
    if (!memory.has(tabId)) {
      memory.set(tabId, (async () => {
        const stored = chrome.storage.session ? await chrome.storage.session.get(keyOf(tabId)) : {};
        return stored[keyOf(tabId)] || {};
      })());
    }
    return memory.get(tabId);
  }

  /**
   * Store one frame's report. `born` is the reporting document's performance.timeOrigin: a new top
   * document drops the reports of frames older than itself (the previous page), and a late report
   * from such a frame is ignored. (Tab "loading" events also fire for subframe loads, so they cannot
   * tell a new page.)
   */
  async function report(tabId, frameId, { host, matches, messages, born }) {
    const frames = await get(tabId);
    const top = frames[0];
    if (frameId !== 0 && top && born < top.born) return frames;
    if (frameId === 0) {
      for (const id of Object.keys(frames)) if (Number(id) !== 0 && !(frames[id].born >= born)) delete frames[id];
    }
    if (matches.length || frameId === 0) frames[frameId] = { host, born, matches: matches.slice(0, 500), messages: (messages || []).slice(0, 500) };
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
