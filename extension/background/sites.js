// Sites the user added from the popup: an optional host permission (asked for in the popup, where the
// user's click is) and a registered content script, kept in step with settings.addedSites.
(function () {
  'use strict';
  const D = globalThis.Dunwatch;
  const PREFIX = 'dw-site-';

  function contentFiles() {
    const entry = chrome.runtime.getManifest().content_scripts[0];
    return { js: entry.js, css: entry.css };
  }

  async function granted(host) {
    return chrome.permissions.contains({ origins: D.hosts.patternsFor(host) });
  }

  async function register(host) {
    const { js, css } = contentFiles();
    const script = {
      id: PREFIX + host, matches: D.hosts.patternsFor(host), js, css, allFrames: true,
      runAt: 'document_idle', persistAcrossSessions: true, matchOriginAsFallback: true,
    };
    try {
      await chrome.scripting.registerContentScripts([script]);
    } catch (err) {
      delete script.matchOriginAsFallback; // not known to every browser version
      await chrome.scripting.registerContentScripts([script]);
    }
  }

  /** Register scripts for added sites that have their permission; drop the others. */
  async function sync() {
    const settings = await D.storage.load();
    const registered = await chrome.scripting.getRegisteredContentScripts();
    const have = new Set(registered.map((s) => s.id).filter((id) => id.startsWith(PREFIX)));
    const want = new Set();
    for (const host of settings.addedSites) if (await granted(host)) want.add(PREFIX + host);
    const stale = [...have].filter((id) => !want.has(id));
    if (stale.length) await chrome.scripting.unregisterContentScripts({ ids: stale });
    for (const id of want) if (!have.has(id)) await register(id.slice(PREFIX.length));
  }

  /** Add a site whose permission the popup obtained, and start checking the open tab at once. */
  async function add(host, tabId) {
    if (!host || !(await granted(host))) return { ok: false, error: 'permission' };
    await D.storage.update((s) => ({
      addedSites: D.settings.toggled(s.addedSites, host, true),
      sites: { ...s.sites, [host]: true },
    }));
    await sync();
    if (tabId !== undefined) {
      const { js, css } = contentFiles();
      await chrome.scripting.insertCSS({ target: { tabId, allFrames: true }, files: css }).catch(() => {});
      await chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files: js }).catch(() => {});
    }
    return { ok: true };
  }

  /** Remove an added site and give its permission back. */
  async function remove(host) {
    await D.storage.update((s) => ({ addedSites: D.settings.toggled(s.addedSites, host, false) }));
    await sync();
    await chrome.permissions.remove({ origins: D.hosts.patternsFor(host) }).catch(() => false);
    return { ok: true };
  }

  D.sites = { sync, add, remove };
})();
