// Popup: this site's switch, what is flagged on the page (by category, and each phrase), server state,
// the keyboard shortcuts.
(function () {
  'use strict';
  const D = globalThis.Dunwatch;
  const { MSG } = D;
  const { send, h } = D.page;
  const $ = (id) => document.getElementById(id);

  async function activeTab() {
    // ?tab=<id> opens the popup for another tab (the end-to-end tests open the popup as a page).
    const forced = Number(new URLSearchParams(location.search).get('tab'));
    if (forced) return chrome.tabs.get(forced);
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return tab;
  }

  /** Return the tab's host: from its URL (activeTab grants it on click), else from its content script's report. */
  async function hostOf(tab) {
    const fromUrl = tab && D.hosts.hostOf(tab.url);
    if (fromUrl || !tab) return fromUrl || '';
    const frames = await send({ type: MSG.POPUP_BG_TAB, tabId: tab.id });
    return (frames && frames[0] && frames[0].host) || '';
  }

  function showSwitches(settings, host, covered) {
    $('global-on').checked = settings.enabled;
    $('global-on').addEventListener('change', (ev) => D.storage.save({ enabled: ev.target.checked }));
    if (!host) return;
    $('covered').hidden = !covered;
    $('not-covered').hidden = covered;
    $('site-on').checked = settings.sites[host] !== false;
    $('site-on').addEventListener('change', async (ev) => {
      await D.storage.update((s) => ({ sites: { ...s.sites, [host]: ev.target.checked } }));
    });
  }

  async function addSite(host, tab, t) {
    // permissions.request must run in the click's own task: the popup is where the user gesture is.
    const granted = await chrome.permissions.request({ origins: D.hosts.patternsFor(host) });
    if (!granted) {
      $('add-result').textContent = t('popup_add_denied');
      return;
    }
    await send({ type: MSG.POPUP_BG_ADD_SITE, host, tabId: tab.id });
    $('not-covered').hidden = true;
    $('covered').hidden = false;
    $('site-on').checked = true;
    setTimeout(() => showFound(tab, host, t, {}, { status: 'ok' }), 1500);
  }

  let shown = null;

  /** Return the tab's flagged phrases grouped by message (frame by frame), each phrase listed once. */
  function byMessage(frames) {
    const groups = [];
    for (const [frameId, frame] of Object.entries(frames && !frames.error ? frames : {})) {
      const meta = new Map((frame.messages || []).map((m) => [m.id, m]));
      const local = new Map();
      for (const m of frame.matches || []) {
        const id = m.messageId;
        if (!local.has(id)) {
          const group = { frameId: Number(frameId), id, ...(meta.get(id) || {}), phrases: [] };
          local.set(id, group);
          groups.push(group);
        }
        const group = local.get(id);
        if (!group.phrases.some((p) => p.text === m.text && p.rule === m.rule)) group.phrases.push({ ...m, frameId: Number(frameId) });
      }
    }
    return groups;
  }

  async function showFound(tab, host, t, categories, server) {
    const frames = await send({ type: MSG.POPUP_BG_TAB, tabId: tab.id });
    const snapshot = JSON.stringify([frames, server.status]);
    if (snapshot === shown) return; // unchanged: leave the list alone under the user's pointer
    shown = snapshot;
    const groups = byMessage(frames);
    const phrases = groups.flatMap((g) => g.phrases);
    const unchecked = server.status !== 'ok' && !phrases.length;
    $('found').hidden = false;
    $('unchecked').hidden = !unchecked;
    $('none').hidden = phrases.length > 0 || unchecked;
    $('list-title').hidden = phrases.length === 0;
    const byCategory = new Map();
    for (const m of phrases) for (const c of m.categories || [m.category]) byCategory.set(c, (byCategory.get(c) || 0) + 1);
    $('counts').replaceChildren(...[...byCategory].sort((a, b) => b[1] - a[1]).map(([cat, n]) =>
      h('li', { 'data-category': cat }, h('span', {}, D.categories.title(t, cat, categories[cat])), h('span', { class: 'n' }, String(n)))));
    $('phrases').replaceChildren(...groups.map((g, index) => {
      const who = [g.sender, g.time].filter(Boolean).join(' · ') || t('popup_message', String(index + 1));
      const list = h('ul', { class: 'message-phrases' }, ...g.phrases.map((m) => {
        const button = h('button', { type: 'button', 'data-rule': m.rule },
          h('span', { class: 'sev sev-' + m.severity }, D.categories.MARKS[m.severity] + ' ' + t('severity_' + m.severity)),
          h('span', { class: 'phrase-text' }, m.text),
          h('span', { class: 'phrase-rule' }, m.message || D.categories.title(t, m.category, categories[m.category])));
        button.addEventListener('click', async () => {
          await send({ type: MSG.POPUP_BG_REVEAL, tabId: tab.id, frameId: m.frameId, key: m.key });
          await chrome.tabs.update(tab.id, { active: true }).catch(() => {});
          window.close();
        });
        return h('li', {}, button);
      }));
      return h('li', { class: 'message', 'data-message': String(g.id) },
        h('p', { class: 'who' }, who, ' ', h('span', { class: 'n' }, t('popup_phrases_in', String(g.phrases.length)))), list);
    }));
  }

  async function showServer(t) {
    const state = await send({ type: MSG.PAGE_BG_STATUS });
    const line = $('server-state');
    line.classList.toggle('bad', state.status !== 'ok');
    $('server-hint').hidden = state.status !== 'unreachable';
    if (state.status === 'ok') line.textContent = t('popup_server_ok', (state.rulebook && state.rulebook.version) || '?');
    else if (state.status === 'unreachable') line.textContent = t('popup_server_unreachable', state.serverUrl || '');
    else if (state.status === 'unauthorized') line.textContent = t('popup_server_unauthorized');
    else line.textContent = t('popup_server_error', state.error || state.status);
    return state;
  }

  /** Show the keyboard shortcuts for next/previous phrase, as the user has them set (none: no line). */
  async function showShortcut(t) {
    if (!chrome.commands || !chrome.commands.getAll) return;
    const keys = {};
    for (const c of await chrome.commands.getAll().catch(() => [])) keys[c.name] = c.shortcut;
    if (!keys['next-phrase'] && !keys['previous-phrase']) return;
    $('shortcut').textContent = t('popup_shortcut', [keys['next-phrase'] || '–', keys['previous-phrase'] || '–']);
    $('shortcut').hidden = false;
  }

  async function main() {
    const { settings, lang, t } = await D.page.setup();
    $('options').addEventListener('click', () => chrome.runtime.openOptionsPage());
    // The evidence report page lives on the local server (issue 12): a dropped export file never leaves it.
    $('report').addEventListener('click', () => chrome.tabs.create({ url: settings.serverUrl + '/report?lang=' + lang }));
    showShortcut(t);
    const tab = await activeTab();
    const host = await hostOf(tab);
    $('host').textContent = host;
    $('no-page').hidden = Boolean(host);
    const covered = Boolean(host) && (D.hosts.isDefaultHost(host) || settings.addedSites.includes(host));
    showSwitches(settings, host, covered);
    $('add-site').addEventListener('click', () => addSite(host, tab, t));
    const server = await showServer(t);
    let categories = {};
    if (server.status === 'ok') {
      const list = await send({ type: MSG.PAGE_BG_RULES, lang });
      for (const c of (list && list.categories) || []) categories[c.id] = c.title;
    }
    if (covered) {
      await showFound(tab, host, t, categories, server);
      // Mail keeps arriving while the popup is open: follow the page's reports.
      setInterval(() => showFound(tab, host, t, categories, server), 1000);
    }
  }

  main();
})();
