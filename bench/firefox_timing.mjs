// Time to highlights in Firefox ESR (the extension as a temporary add-on, over WebDriver BiDi): load
// each page URL given, wait until the highlight registry holds the expected ranges and has been quiet
// for a second, and print {runs: [{ready_to_highlights_ms, count, expected}]} as JSON. Started by
// bench/firefox_bench.py, which serves the pages (mail.google.com on 127.0.0.1:443) and the server.
//
//   node firefox_timing.mjs --server URL --pages URL,URL,... --expected N,N,...
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = process.env.DUNWATCH_BENCH_EXTENSION || path.join(ROOT, 'extension');
const require = createRequire(path.join(ROOT, 'extension', 'package.json'));
const puppeteer = require('puppeteer-core');
const UUID = '6b1e2c9a-d0e1-4a2b-9c3d-5e6f70819203';
const args = Object.fromEntries(process.argv.slice(2).reduce((out, a, i, all) =>
  (a.startsWith('--') ? [...out, [a.slice(2), all[i + 1]]] : out), []));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const browser = await puppeteer.launch({
  browser: 'firefox', executablePath: args.firefox || '/usr/bin/firefox-esr', protocol: 'webDriverBiDi',
  headless: true, acceptInsecureCerts: true, args: ['--remote-allow-system-access'],
  extraPrefsFirefox: {
    'network.dns.localDomains': 'mail.google.com',
    'extensions.webextensions.uuids': JSON.stringify({ 'dunwatch@dunwatch.github.io': UUID }),
  },
});
const out = { runs: [], firefox: await browser.version() };
try {
  await browser.installExtension(EXTENSION);
  const ext = await browser.newPage();
  await ext.goto(`moz-extension://${UUID}/popup/popup.html?tab=0`, { timeout: 1500 }).catch(() => {});
  for (let i = 0; i < 50 && !(await ext.evaluate(() => location.protocol).catch(() => '')).startsWith('moz-extension'); i++) await sleep(100);
  await ext.evaluate((url) => chrome.storage.local.set({ serverUrl: url, lang: 'zh-Hant' }), args.server);
  const expected = args.expected.split(',').map(Number);
  for (const [i, url] of args.pages.split(',').entries()) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(url);
    const deadline = Date.now() + 30000;
    let b = null;
    while (Date.now() < deadline) {
      b = await page.evaluate(() => ({ ...window.__bench, now: performance.now() }));
      if (b.rendered > 0 && b.count >= expected[i] && b.now - b.changed > 1000) break;
      await sleep(100);
    }
    out.runs.push({ ready_to_highlights_ms: b.changed - b.rendered, count: b.count, expected: expected[i] });
    await page.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out) + '\n');
