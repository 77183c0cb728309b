// Extension-side probes of the shared e2e scenarios: evaluated in an extension context (Chromium: the
// service worker; Firefox: an extension page), then called as globalThis.__dwExt[name](...args).
(() => {
  if (globalThis.__dwExt) return;
  // Chromium's service worker is the background itself; Firefox's background is an event page.
  const background = async () => (globalThis.Dunwatch && globalThis.Dunwatch.state ? globalThis
    : chrome.runtime.getBackgroundPage());

  // The extension has no "tabs" permission (no tab URLs): find tabs by what their content scripts reported.
  async function tabId(host) {
    const bg = await background();
    let best = null;
    for (const id of bg.Dunwatch.tabs.known()) {
      const frames = await bg.Dunwatch.tabs.get(id);
      const open = await chrome.tabs.get(id).then(() => true, () => false);
      if (open && Object.values(frames).some((f) => f.host === host) && (best === null || id > best)) best = id;
    }
    return best;
  }

  // One wrapper around the server client, installed once: it records what is sent (and the options)
  // and, when a scenario asks, makes answers name another rulebook digest.
  async function wrapped() {
    const bg = await background();
    const server = bg.Dunwatch.state.server;
    if (!server.__original) {
      const original = server.check;
      server.__original = original;
      server.check = async (texts, ...rest) => {
        bg.__sent = [...(bg.__sent || []), ...texts];
        bg.__options = [...(bg.__options || []), rest[1] || null];
        const reply = await original(texts, ...rest);
        return bg.__fakeDigest ? { ...reply, rulebook: { ...reply.rulebook, digest: bg.__fakeDigest } } : reply;
      };
    }
    return bg;
  }

  globalThis.__dwExt = {
    tabId,
    /** The badge text of the newest tab showing `host` ('' when none). */
    badge: async (host) => {
      const id = await tabId(host);
      return id === null ? null : chrome.action.getBadgeText({ tabId: id });
    },
    badgeCount: async (host) => {
      const id = await tabId(host);
      return id === null ? null : Number(await chrome.action.getBadgeText({ tabId: id })) || 0;
    },
    title: async (host) => {
      const id = await tabId(host);
      return chrome.action.getTitle(id === null ? {} : { tabId: id });
    },
    storage: async (key) => (await chrome.storage.local.get(key))[key],
    set: async (values) => { await chrome.storage.local.set(values); return true; },
    reset: async (values) => {
      (await background()).__fakeDigest = null; // a scenario's stand-in rulebook does not outlive it
      await chrome.storage.local.clear();
      await chrome.storage.local.set(values);
      return true;
    },
    /** What the background holds for the tab: [{frameId, messages, matches}] counts. */
    reported: async (host) => {
      const bg = await background();
      const id = await tabId(host);
      const frames = await bg.Dunwatch.tabs.get(id);
      return Object.values(frames).reduce((n, f) => n + (f.matches || []).length, 0);
    },
    status: async () => (await background()).Dunwatch.state.status,
    /** Texts sent to the server since the last call of watchSent. */
    watchSent: async () => {
      const bg = await wrapped();
      bg.__sent = [];
      bg.__options = [];
      bg.Dunwatch.state.clearCaches();
      return true;
    },
    /** From now on, the server's answers name this rulebook digest (as after a rulebook update). */
    fakeDigest: async (digest) => {
      const bg = await wrapped();
      bg.__fakeDigest = digest;
      bg.__sent = [];
      return true;
    },
    sentTwice: async () => {
      const sent = (await background()).__sent || [];
      return [...new Set(sent.filter((t, i) => sent.indexOf(t) !== i))];
    },
    /** Whether the badge of `host`'s tab shows the sum of these counts. */
    badgeSum: async (host, ...counts) => {
      const id = await tabId(host);
      return id !== null && Number(await chrome.action.getBadgeText({ tabId: id })) === counts.reduce((a, b) => a + b, 0);
    },
    sent: async () => JSON.parse(JSON.stringify((await background()).__sent || [])),
    /** The options (disabled_rules, ...) of each /v1/check call since watchSent. */
    sentOptions: async () => JSON.parse(JSON.stringify((await background()).__options || [])),
    command: async (name, host) => {
      const bg = await background();
      return JSON.parse(JSON.stringify(await bg.Dunwatch.navigate.command(name, { id: await tabId(host) })));
    },
  };
})();
