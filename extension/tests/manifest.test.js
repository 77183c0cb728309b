const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const hosts = require('../shared/hosts.js');
const paint = require('../content/paint.js');

const ROOT = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));

test('manifest is MV3 with a background both Chrome and Firefox accept', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.background.service_worker, 'background/service-worker.js');
  assert.ok(manifest.background.scripts.length > 3);
  assert.equal(manifest.browser_specific_settings.gecko.strict_min_version, '140.0');
  assert.ok(manifest.browser_specific_settings.gecko.id);
});

test('the service worker imports exactly the files Firefox loads as background scripts', () => {
  const sw = fs.readFileSync(path.join(ROOT, 'background/service-worker.js'), 'utf8');
  const imported = [...sw.matchAll(/'([^']+\.js)'/g)].map((m) => path.normalize(path.join('background', m[1])));
  assert.deepEqual(imported, manifest.background.scripts.map(path.normalize));
});

test('every file the manifest names exists', () => {
  const cs = manifest.content_scripts[0];
  const files = [...manifest.background.scripts, manifest.background.service_worker, ...cs.js, ...cs.css,
    manifest.action.default_popup, manifest.options_ui.page, ...Object.values(manifest.icons)];
  for (const f of files) assert.ok(fs.existsSync(path.join(ROOT, f)), f);
});

test('content scripts run on exactly the default hosts, in all frames', () => {
  const cs = manifest.content_scripts[0];
  assert.deepEqual(cs.matches, hosts.DEFAULT_HOSTS.map((h) => `https://${h}/*`));
  assert.equal(cs.all_frames, true);
  assert.equal(cs.match_about_blank, true);
});

test('permissions stay minimal', () => {
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'scripting', 'storage']);
  assert.deepEqual(manifest.host_permissions, ['http://127.0.0.1/*', 'http://localhost/*']);
});

test('keyboard commands: next and previous phrase, localised, on Alt+Shift+J and Alt+Shift+K', () => {
  assert.deepEqual(Object.keys(manifest.commands), ['next-phrase', 'previous-phrase']);
  assert.equal(manifest.commands['next-phrase'].suggested_key.default, 'Alt+Shift+J');
  assert.equal(manifest.commands['previous-phrase'].suggested_key.default, 'Alt+Shift+K');
  for (const c of Object.values(manifest.commands)) assert.match(c.description, /^__MSG_[a-z_]+__$/);
});

test('the shadow-root copy of the highlight styles matches content/highlight.css', () => {
  const norm = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '').replace(/;}/g, '}');
  const file = fs.readFileSync(path.join(ROOT, 'content/highlight.css'), 'utf8');
  assert.equal(norm(paint.SHADOW_CSS), norm(file));
});

test('hostOf and patternsFor', () => {
  assert.equal(hosts.hostOf('https://Mail.QQ.com/cgi-bin/frame_html?sid=1'), 'mail.qq.com');
  assert.equal(hosts.hostOf('chrome://extensions'), '');
  assert.equal(hosts.hostOf('example.org'), 'example.org');
  assert.deepEqual(hosts.patternsFor('example.org'), ['https://example.org/*', 'http://example.org/*']);
  assert.equal(hosts.serverOriginPattern('http://192.168.1.5:8737'), 'http://192.168.1.5/*');
});
