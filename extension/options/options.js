// Options: server address and token, language, categories, rules (by id), sites and ignored phrases.
(function () {
  'use strict';
  const D = globalThis.Dunwatch;
  const { MSG } = D;
  const { send, h } = D.page;
  const $ = (id) => document.getElementById(id);
  const LOOPBACK = new Set(['127.0.0.1', 'localhost']);
  // The contract's fixed category ids: shown (without titles) when the server cannot list them.
  const KNOWN_CATEGORIES = ['legal_threat', 'impersonation', 'criminal_threat', 'credit_threat',
    'third_party_contact', 'home_visit', 'reputation', 'urgency', 'payment_red_flag', 'abuse', 'legit_court_notice'];

  let t = (k) => k;

  function saved() {
    $('saved').textContent = t('options_saved');
    setTimeout(() => { $('saved').textContent = ''; }, 1500);
  }

  async function change(fn) {
    await D.storage.update(fn);
    saved();
  }

  function showGeneral(settings) {
    $('enabled').checked = settings.enabled;
    $('enabled').addEventListener('change', (ev) => change(() => ({ enabled: ev.target.checked })));
    $('lang').value = settings.lang;
    $('lang').addEventListener('change', async (ev) => {
      await D.storage.save({ lang: ev.target.value });
      location.reload(); // re-localize this page and reload rule texts in the new language
    });
  }

  async function showServerState() {
    const state = await send({ type: MSG.PAGE_BG_STATUS });
    const line = $('server-state');
    line.className = state.status === 'ok' ? 'good' : 'bad';
    if (state.status === 'ok') line.textContent = t('popup_server_ok', (state.rulebook && state.rulebook.version) || '?');
    else if (state.status === 'unreachable') line.textContent = t('popup_server_unreachable', state.serverUrl) + ' ' + t('popup_server_hint');
    else if (state.status === 'unauthorized') line.textContent = t('popup_server_unauthorized');
    else line.textContent = t('popup_server_error', state.error || state.status);
    return state;
  }

  function showServer(settings) {
    $('server-url').value = settings.serverUrl;
    $('token').value = settings.token;
    $('server-form').addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const url = D.settings.normalizeServerUrl($('server-url').value);
      if (!url) {
        $('server-state').className = 'bad';
        $('server-state').textContent = t('options_invalid_url');
        return;
      }
      if (!LOOPBACK.has(new URL(url).hostname)) {
        const granted = await chrome.permissions.request({ origins: [D.hosts.serverOriginPattern(url)] });
        if (!granted) {
          $('server-state').className = 'bad';
          $('server-state').textContent = t('options_permission_denied');
          return;
        }
      }
      await D.storage.save({ serverUrl: url, token: $('token').value.trim() });
      saved();
      await showServerState();
    });
  }

  function showCategories(settings, categories) {
    const list = categories.length ? categories : KNOWN_CATEGORIES.map((id) => ({ id, title: id }));
    $('categories').replaceChildren(...list.map((c) => {
      const box = h('input', { type: 'checkbox', id: 'cat-' + c.id, 'data-category': c.id });
      box.checked = !settings.disabledCategories.includes(c.id);
      box.addEventListener('change', () => change((s) => ({
        disabledCategories: D.settings.toggled(s.disabledCategories, c.id, !box.checked),
      })));
      return h('li', {}, box, h('label', { for: 'cat-' + c.id, title: c.description || '' }, c.title || c.id));
    }));
  }

  function ruleItem(rule, settings, categoryTitles) {
    const box = h('input', { type: 'checkbox', id: 'rule-' + rule.id, 'data-rule': rule.id });
    box.checked = !settings.disabledRules.includes(rule.id);
    box.addEventListener('change', () => change((s) => ({
      disabledRules: D.settings.toggled(s.disabledRules, rule.id, !box.checked),
    })));
    const label = h('label', { for: 'rule-' + rule.id },
      rule.title || rule.id, ' ',
      h('span', { class: 'meta' }, [categoryTitles[rule.category] || rule.category, rule.severity && t('severity_' + rule.severity)].filter(Boolean).join(' · ')), ' ',
      h('span', { class: 'rule-id' }, rule.id));
    const item = h('li', {}, box, label);
    item.dataset.search = [rule.id, rule.title, rule.category, categoryTitles[rule.category]].join(' ').toLowerCase();
    return item;
  }

  function showRules(settings, list) {
    const categoryTitles = {};
    for (const c of list.categories || []) categoryTitles[c.id] = c.title;
    const rules = list.rules || [];
    const known = new Set(rules.map((r) => r.id));
    // Rules switched off that this rulebook does not have: kept (by id) in case they come back.
    const unknown = settings.disabledRules.filter((id) => !known.has(id))
      .map((id) => ({ id, title: id, category: t('options_rule_unknown') }));
    $('rules').replaceChildren(...[...rules, ...unknown].map((r) => ruleItem(r, settings, categoryTitles)));
    $('rule-search').addEventListener('input', (ev) => {
      const q = ev.target.value.trim().toLowerCase();
      for (const li of $('rules').children) li.hidden = Boolean(q) && !li.dataset.search.includes(q);
    });
  }

  function showSites(settings) {
    const hosts = [...D.hosts.DEFAULT_HOSTS, ...settings.addedSites.filter((x) => !D.hosts.isDefaultHost(x))];
    $('sites').replaceChildren(...hosts.map((host) => {
      const box = h('input', { type: 'checkbox', id: 'site-' + host, 'data-site': host });
      box.checked = settings.sites[host] !== false;
      box.addEventListener('change', () => change((s) => ({ sites: { ...s.sites, [host]: box.checked } })));
      const item = h('li', {}, box, h('label', { for: 'site-' + host }, host));
      if (!D.hosts.isDefaultHost(host)) {
        const remove = h('button', { type: 'button' }, t('options_site_remove'));
        remove.addEventListener('click', async () => {
          await send({ type: MSG.PAGE_BG_REMOVE_SITE, host });
          item.remove();
          saved();
        });
        item.append(h('span', { class: 'meta' }, t('options_site_added')), remove);
      }
      return item;
    }));
    const ignored = Object.entries(settings.ignored).flatMap(([host, phrases]) => phrases.map((text) => ({ host, text })));
    if (!ignored.length) {
      $('ignored').replaceChildren(h('li', { class: 'hint' }, t('options_ignored_none')));
      return;
    }
    $('ignored').replaceChildren(...ignored.map(({ host, text }) => {
      const again = h('button', { type: 'button' }, t('options_unignore'));
      const item = h('li', {}, h('strong', {}, text), h('span', { class: 'meta' }, host), again);
      again.addEventListener('click', async () => {
        await change((s) => ({ ignored: { ...s.ignored, [host]: D.settings.toggled(s.ignored[host] || [], text, false) } }));
        item.remove();
      });
      return item;
    }));
  }

  async function main() {
    const setup = await D.page.setup();
    t = setup.t;
    const { settings, lang } = setup;
    showGeneral(settings);
    showServer(settings);
    showSites(settings);
    await showServerState();
    const list = await send({ type: MSG.PAGE_BG_RULES, lang });
    const ok = list && !list.error && Array.isArray(list.rules);
    $('rules-unavailable').hidden = ok;
    showCategories(settings, ok ? list.categories || [] : []);
    showRules(settings, ok ? list : { rules: [], categories: [] });
  }

  main();
})();
