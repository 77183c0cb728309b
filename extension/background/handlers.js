// The one handler table: every message the background answers, by type (see shared/messages.js).
(function () {
  'use strict';
  const D = globalThis.Dunwatch;
  const { MSG } = D;
  const { state } = D;

  // Extension pages (popup, options, also when opened in a tab) have our own origin; content scripts the page's.
  const fromPage = (sender) => Boolean(sender.url) && sender.url.startsWith(chrome.runtime.getURL(''));

  async function ruleInfo(id, lang) {
    const key = lang + ':' + id;
    if (!state.ruleCache.has(key)) {
      const [rule, list] = await Promise.all([state.server.rule(id, lang), rulesList(lang).catch(() => null)]);
      const category = list && list.categories ? list.categories.find((c) => c.id === rule.category) : null;
      state.ruleCache.set(key, { rule, category: category || null });
    }
    return state.ruleCache.get(key);
  }

  async function rulesList(lang) {
    if (!state.rulesCache.has(lang)) {
      const list = await state.server.rules(lang);
      state.noteOutcome(null, list.rulebook);
      state.rulesCache.set(lang, list);
    }
    return state.rulesCache.get(lang);
  }

  async function localeTable(lang) {
    const dir = D.settings.localeDir(lang);
    if (!state.locales.has(dir)) {
      const response = await fetch(chrome.runtime.getURL('_locales/' + dir + '/messages.json'));
      state.locales.set(dir, await response.json());
    }
    return state.locales.get(dir);
  }

  async function checkTexts(texts, lang) {
    if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) throw new Error('texts must be strings');
    // Rules the user turned off go to the server (which also drops meta rules built on them).
    const { disabledRules } = await D.storage.load();
    const results = await state.batcher.check(texts, D.settings.LANGS.includes(lang) ? lang : 'zh-Hant', disabledRules);
    return { results, status: state.status, rulebook: state.rulebook };
  }

  async function status() {
    try {
      const health = await state.server.health();
      state.noteOutcome(null, health && health.rulebook);
    } catch (err) {
      state.noteOutcome(err, null);
    }
    const { serverUrl } = await D.storage.load();
    return { status: state.status, rulebook: state.rulebook, error: state.error, serverUrl };
  }

  const handlers = {
    [MSG.CS_BG_CHECK]: (msg) => checkTexts(msg.texts, msg.lang),
    [MSG.CS_BG_RULE]: (msg) => ruleInfo(String(msg.id), msg.lang),
    [MSG.CS_BG_LOCALE]: (msg) => localeTable(msg.lang),
    [MSG.CS_BG_REPORT]: async (msg, sender) => {
      const frames = await D.tabs.report(sender.tab.id, sender.frameId || 0, msg);
      await state.updateBadge(sender.tab.id, frames);
      return { ok: true };
    },
    [MSG.CS_BG_CARD]: async (msg, sender) => {
      const message = { type: MSG.BG_CS_CARD, content: msg.content, anchor: msg.anchor, frameId: sender.frameId || 0 };
      await chrome.tabs.sendMessage(sender.tab.id, message, { frameId: 0 });
      return { ok: true };
    },
    [MSG.CS_BG_CARD_CLOSED]: async (msg, sender) => {
      await chrome.tabs.sendMessage(sender.tab.id, { type: MSG.BG_CS_CARD_CLOSED }, { frameId: Number(msg.frameId) || 0 });
      return { ok: true };
    },
    [MSG.CS_BG_IGNORE]: async (msg) => {
      await D.storage.update((s) => {
        const list = s.ignored[msg.host] || [];
        return { ignored: { ...s.ignored, [msg.host]: D.settings.toggled(list, msg.text, true) } };
      });
      return { ok: true };
    },
    [MSG.CS_BG_DISABLE_RULE]: async (msg) => {
      await D.storage.update((s) => ({ disabledRules: D.settings.toggled(s.disabledRules, msg.rule, true) }));
      return { ok: true };
    },
    [MSG.PAGE_BG_STATUS]: () => status(),
    [MSG.PAGE_BG_RULES]: (msg) => rulesList(msg.lang),
    [MSG.POPUP_BG_TAB]: (msg) => D.tabs.get(msg.tabId),
    [MSG.POPUP_BG_REVEAL]: (msg) => D.navigate.reveal(msg.tabId, msg.frameId, msg.key),
    [MSG.POPUP_BG_ADD_SITE]: (msg) => D.sites.add(msg.host, msg.tabId),
    [MSG.PAGE_BG_REMOVE_SITE]: (msg) => D.sites.remove(msg.host),
  };

  /** Answer one runtime message; page-only types are refused from content scripts. */
  function dispatch(msg, sender, reply) {
    const handler = msg && typeof msg.type === 'string' && handlers[msg.type];
    if (!handler) return false;
    if (!msg.type.startsWith('cs-') && !fromPage(sender)) return false;
    if (msg.type.startsWith('cs-') && (!sender.tab || fromPage(sender))) return false;
    Promise.resolve()
      .then(() => handler(msg, sender))
      .then(reply, (err) => reply({ error: String((err && err.message) || err), kind: err && err.kind }));
    return true; // the reply comes asynchronously
  }

  D.handlers = { handlers, dispatch };
})();
