// Background wiring: messages, keyboard commands, tab lifecycle, settings changes, added sites, first health check.
(function () {
  'use strict';
  const D = globalThis.Dunwatch;
  const { state } = D;

  chrome.runtime.onMessage.addListener(D.handlers.dispatch);

  if (chrome.commands) chrome.commands.onCommand.addListener((name, tab) => D.navigate.command(name, tab));

  chrome.tabs.onRemoved.addListener((tabId) => {
    D.tabs.forget(tabId);
    D.navigate.forget(tabId);
  });

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (changes.serverUrl || changes.token) {
      state.clearCaches();
      state.status = 'unknown';
      D.handlers.handlers['page-bg-status']();
    }
    if (changes.addedSites) D.sites.sync().catch(() => {});
  });
  chrome.permissions.onRemoved.addListener(() => D.sites.sync().catch(() => {}));
  chrome.runtime.onInstalled.addListener(() => D.sites.sync().catch(() => {}));

  D.handlers.handlers['page-bg-status']();
})();
