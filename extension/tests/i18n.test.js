const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const I = require('../shared/i18n.js');

const ROOT = path.join(__dirname, '..');
const load = (dir) => JSON.parse(fs.readFileSync(path.join(ROOT, '_locales', dir, 'messages.json'), 'utf8'));
const LOCALES = ['en', 'zh_TW', 'zh_CN'];

function sources(dir) {
  return fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.(js|html)$/.test(f))
    .map((f) => fs.readFileSync(path.join(ROOT, dir, f), 'utf8')).join('\n');
}

test('formatEntry expands named placeholders and $1', () => {
  const entry = { message: 'Server unreachable at $URL$ ($$)', placeholders: { url: { content: '$1' } } };
  assert.equal(I.formatEntry(entry, ['http://127.0.0.1:8737']), 'Server unreachable at http://127.0.0.1:8737 ($)');
  assert.equal(I.formatEntry({ message: 'plain' }), 'plain');
});

test('translator reads a table, case-insensitively, and falls back to the key', () => {
  const t = I.translator({ Card_Close: { message: '關閉' } });
  assert.equal(t('card_close'), '關閉');
  assert.equal(t('missing_key'), 'missing_key');
});

test('the three locales carry the same keys and the same placeholders', () => {
  const [en, ...others] = LOCALES.map(load);
  for (const other of others) {
    assert.deepEqual(Object.keys(other).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      assert.deepEqual(Object.keys(other[key].placeholders || {}), Object.keys(en[key].placeholders || {}), key);
      assert.ok(other[key].message.trim(), key);
    }
  }
});

test('every message key used in the code exists in the default locale', () => {
  const en = load('en');
  const code = ['content', 'popup', 'options', 'background', 'shared'].map(sources).join('\n');
  const used = new Set();
  for (const m of code.matchAll(/\bt\('([a-z0-9_]+)'/g)) if (!m[1].endsWith('_')) used.add(m[1]);
  for (const m of code.matchAll(/data-i18n(?:-[a-z-]+)?="([a-z0-9_]+)"/g)) used.add(m[1]);
  for (const m of code.matchAll(/title: \['([a-z0-9_]+)'/g)) used.add(m[1]);
  for (const sev of ['high', 'medium', 'low', 'info']) used.add('severity_' + sev);
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');
  for (const m of manifest.matchAll(/__MSG_([a-z0-9_]+)__/g)) used.add(m[1]);
  assert.ok(used.size > 40);
  for (const key of used) assert.ok(en[key], 'missing message ' + key);
});
