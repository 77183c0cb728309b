// Go to a flagged phrase in a tab: scroll to it and open its card (the popup's list and the keyboard
// commands share this path). Remembers the last phrase per tab, so next/previous go on from there.
(function () {
  'use strict';
  const D = globalThis.Dunwatch;
  const { MSG } = D;

  const COMMANDS = { 'next-phrase': 1, 'previous-phrase': -1 };
  const cursors = new Map(); // tabId -> {frameId, key}

  /** Ask the frame's content script to reveal the phrase; resolves to its reply ({ok}). */
  async function reveal(tabId, frameId, key) {
    cursors.set(tabId, { frameId, key });
    return chrome.tabs.sendMessage(tabId, { type: MSG.BG_CS_REVEAL, key }, { frameId });
  }

  /** Run a keyboard command ('next-phrase' or 'previous-phrase') in `tab` (default: the active tab). */
  async function command(name, tab) {
    const direction = COMMANDS[name];
    if (!direction) return { ok: false };
    if (!tab || tab.id === undefined) [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (!tab) return { ok: false };
    const items = D.steps.flatten(await D.tabs.get(tab.id));
    const target = D.steps.step(items, cursors.get(tab.id), direction);
    if (!target) return { ok: false };
    return reveal(tab.id, target.frameId, target.key).catch(() => ({ ok: false })); // no content script here
  }

  D.navigate = { command, reveal, forget: (tabId) => cursors.delete(tabId), COMMANDS };
})();
