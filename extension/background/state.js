// The background's shared state: the server client, the batcher, caches and the server status.
(function () {
  'use strict';
  const D = globalThis.Dunwatch;

  const state = {
    status: 'unknown',
    rulebook: null,
    error: null,
    ruleCache: new Map(),
    rulesCache: new Map(),
    locales: new Map(),
  };

  state.server = D.server.createServer({ config: () => D.storage.load() });

  /** Record how a request went; repaint every badge when the status changes. */
  state.noteOutcome = function noteOutcome(error, rulebook) {
    const next = D.status.statusOf(error);
    state.error = error ? String(error.message || error) : null;
    if (rulebook) {
      const changed = state.rulebook && rulebook.digest && state.rulebook.digest !== rulebook.digest;
      state.rulebook = rulebook;
      if (changed) state.clearCaches();
    }
    if (next !== state.status) {
      state.status = next;
      state.updateAllBadges();
    }
  };

  state.clearCaches = function clearCaches() {
    state.batcher.clear();
    state.ruleCache.clear();
    state.rulesCache.clear();
  };

  state.batcher = D.batcher.createBatcher({
    post: (texts, lang, options) => state.server.check(texts, lang, options),
    onOutcome: (error, rulebook) => state.noteOutcome(error, rulebook),
  });

  async function paint(tabId, frames) {
    const badge = D.status.badgeFor(state.status, D.status.flaggedCount(frames));
    const target = tabId === undefined ? {} : { tabId };
    const [key, ...subs] = badge.title;
    await Promise.all([
      chrome.action.setBadgeText({ ...target, text: badge.text }),
      chrome.action.setBadgeBackgroundColor({ ...target, color: badge.color }),
      chrome.action.setTitle({ ...target, title: chrome.i18n.getMessage(key, subs) }),
    ]).catch(() => {}); // the tab closed meanwhile
  }

  state.updateBadge = (tabId, frames) => paint(tabId, frames);

  state.updateAllBadges = async function updateAllBadges() {
    await paint(undefined, {});
    for (const tabId of D.tabs.known()) await paint(tabId, await D.tabs.get(tabId));
  };

  D.state = state;
})();
