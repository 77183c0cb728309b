const test = require('node:test');
const assert = require('node:assert/strict');
const S = require('../shared/settings.js');

test('mergeSettings returns the defaults for nothing stored', () => {
  const s = S.mergeSettings(undefined);
  assert.equal(s.serverUrl, 'http://127.0.0.1:8737');
  assert.equal(s.enabled, true);
  assert.equal(s.lang, 'auto');
  assert.deepEqual(s.disabledRules, []);
  assert.deepEqual(s.sites, {});
});

test('mergeSettings keeps good values and drops wrong shapes', () => {
  const s = S.mergeSettings({
    serverUrl: 'http://localhost:9000/', token: ' abc ', lang: 'xx', enabled: 'no',
    disabledRules: ['legal-threat.lawyer-letter', 'legal-threat.lawyer-letter', 3, ''],
    sites: { 'Mail.Google.com': false, 'mail.qq.com': 'off' },
    ignored: { 'mail.qq.com': ['律師函', 7], 'x.com': 'nope' },
    addedSites: ['Example.COM'], unknown: 1,
  });
  assert.equal(s.serverUrl, 'http://localhost:9000');
  assert.equal(s.token, 'abc');
  assert.equal(s.lang, 'auto');
  assert.equal(s.enabled, true);
  assert.deepEqual(s.disabledRules, ['legal-threat.lawyer-letter']);
  assert.deepEqual(s.sites, { 'mail.google.com': false });
  assert.deepEqual(s.ignored, { 'mail.qq.com': ['律師函'] });
  assert.deepEqual(s.addedSites, ['example.com']);
  assert.equal('unknown' in s, false);
});

test('mergeSettings refuses a server URL that is not http(s)', () => {
  assert.equal(S.mergeSettings({ serverUrl: 'javascript:alert(1)' }).serverUrl, S.DEFAULTS.serverUrl);
  assert.equal(S.mergeSettings({ serverUrl: 'not a url' }).serverUrl, S.DEFAULTS.serverUrl);
  assert.equal(S.normalizeServerUrl('https://dw.example.org/base/'), 'https://dw.example.org/base');
});

test('disabled rules are kept by id even when the rulebook no longer has them', () => {
  const s = S.mergeSettings({ disabledRules: ['gone.rule-from-1-0'] });
  assert.deepEqual(s.disabledRules, ['gone.rule-from-1-0']);
});

test('isSiteEnabled honours the global and the per-site switch', () => {
  const s = S.mergeSettings({ sites: { 'mail.qq.com': false } });
  assert.equal(S.isSiteEnabled(s, 'mail.google.com'), true);
  assert.equal(S.isSiteEnabled(s, 'mail.qq.com'), false);
  assert.equal(S.isSiteEnabled({ ...s, enabled: false }, 'mail.google.com'), false);
});

test('resolveLang maps browser languages to the three rule languages', () => {
  assert.equal(S.resolveLang('auto', 'zh-TW'), 'zh-Hant');
  assert.equal(S.resolveLang('auto', 'zh_HK'), 'zh-Hant');
  assert.equal(S.resolveLang('auto', 'zh-CN'), 'zh-Hans');
  assert.equal(S.resolveLang('auto', 'zh'), 'zh-Hans');
  assert.equal(S.resolveLang('auto', 'en-US'), 'en');
  assert.equal(S.resolveLang('auto', 'de'), 'en');
  assert.equal(S.resolveLang('zh-Hans', 'zh-TW'), 'zh-Hans');
  assert.equal(S.localeDir('zh-Hant'), 'zh_TW');
});

test('visibleMatches drops disabled rules, disabled categories and ignored phrases', () => {
  const matches = [
    { text: '律師函已發出', rule: 'legal-threat.lawyer-letter', category: 'legal_threat' },
    { text: '上門催收', rule: 'home-visit.visit-threat', category: 'home_visit' },
    { text: '限24小時', rule: 'urgency.hours-deadline', category: 'urgency' },
    { text: '聯繫你的家人', rule: 'third-party-contact.family', category: 'third_party_contact' },
  ];
  const s = S.mergeSettings({
    disabledRules: ['legal-threat.lawyer-letter'], disabledCategories: ['urgency'],
    ignored: { 'mail.qq.com': ['上門催收'] },
  });
  assert.deepEqual(S.visibleMatches(matches, s, 'mail.qq.com').map((m) => m.text), ['聯繫你的家人']);
  assert.deepEqual(S.visibleMatches(matches, s, 'mail.google.com').map((m) => m.text), ['上門催收', '聯繫你的家人']);
});

test('toggled adds once and removes', () => {
  assert.deepEqual(S.toggled(['a'], 'b', true), ['a', 'b']);
  assert.deepEqual(S.toggled(['a', 'b'], 'b', true), ['a', 'b']);
  assert.deepEqual(S.toggled(['a', 'b'], 'a', false), ['b']);
});
