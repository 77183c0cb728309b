// Run the shared page scenarios (tests/e2e/scenarios/*.json) in Firefox ESR with the extension installed
// as a temporary add-on, over WebDriver BiDi (puppeteer-core). Started by tests/e2e/test_firefox.py,
// which serves the fixture sites and the Dunwatch server; the step vocabulary is the one
// tests/e2e/scenarios.py runs in Chromium (see tests/e2e/scenarios/README.md).
//
//   node run.mjs --server http://127.0.0.1:PORT --sites-ip 127.0.0.1 --out results.json [--only TEXT]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { failure, pick, substitute, highlightColours, loadScenarios, serverMatches } from './steps.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const E2E = path.dirname(HERE);
const ROOT = path.resolve(E2E, '..', '..');
const EXTENSION = process.env.DUNWATCH_E2E_EXTENSION || path.join(ROOT, 'extension');
const require = createRequire(path.join(ROOT, 'extension', 'package.json'));
const puppeteer = require('puppeteer-core');
const PROBES = fs.readFileSync(path.join(E2E, 'probes.js'), 'utf8');
const EXT_PROBES = fs.readFileSync(path.join(E2E, 'ext-probes.js'), 'utf8');
// A fixed moz-extension:// UUID, so the runner knows the extension's page URLs.
const UUID = '6b1e2c9a-d0e1-4a2b-9c3d-5e6f70819202';
const EXT_ID = 'dunwatch@dunwatch.github.io';
const HOSTS = ['mail.google.com', 'mail.qq.com', 'messages.google.com', 'outlook.live.com', 'mail.163.com',
  'mail.126.com', 'voice.google.com', 'mail.yahoo.com'];

const args = Object.fromEntries(process.argv.slice(2).reduce((out, a, i, all) =>
  (a.startsWith('--') ? [...out, [a.slice(2), all[i + 1]]] : out), []));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function gotoExtensionPage(page, rel) {
  // Firefox reports no load event for moz-extension:// navigations over BiDi: go, then poll.
  await page.goto(`moz-extension://${UUID}/${rel}`, { timeout: 1500 }).catch(() => {});
  for (let i = 0; i < 50; i++) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.startsWith('moz-extension:') && await page.evaluate(() => document.readyState === 'complete').catch(() => false)) return;
    await sleep(100);
  }
  throw new Error('extension page did not load: ' + rel);
}

class FirefoxRunner {
  constructor(browser, extPage) {
    this.browser = browser;
    this.extPage = extPage;
  }

  async ext(name, a) {
    await this.extPage.evaluate(EXT_PROBES);
    return this.extPage.evaluate((n, xs) => globalThis.__dwExt[n](...xs), name, a);
  }

  async probe(frame, name, a) {
    await frame.evaluate(PROBES);
    return frame.evaluate((n, xs) => window.__dwProbe[n](...xs), name, a);
  }

  async frame(step) {
    const page = this.pages[step.on || this.current];
    let frame = page.mainFrame();
    let x = 0;
    let y = 0;
    for (const selector of step.frame || []) {
      await frame.waitForSelector(selector, { timeout: 15000 });
      const offset = await this.probe(frame, 'frameOffset', [selector]);
      x += offset.x;
      y += offset.y;
      const handle = await frame.$(selector);
      frame = await handle.contentFrame();
    }
    return { page, frame, offset: { x, y } };
  }

  async run(scenario) {
    this.pages = {};
    this.saved = {};
    this.current = null;
    this.lang = (scenario.settings || {}).lang || 'zh-Hant';
    await this.ext('reset', [{ serverUrl: args.server, lang: 'zh-Hant', ...(scenario.settings || {}) }]);
    try {
      for (const [index, step] of scenario.steps.entries()) {
        try {
          await this['do_' + step.do](step);
        } catch (err) {
          throw new Error(`step ${index} (${step.do} ${step.probe || ''}): ${err.message}`);
        }
      }
    } finally {
      for (const page of Object.values(this.pages)) await page.close().catch(() => {});
    }
  }

  async value(step) {
    const a = substitute(step.args || [], this.saved);
    if (step.do === 'ext' || step.ext) return this.ext(step.probe, a);
    const { frame } = await this.frame(step);
    return this.probe(frame, step.probe, a);
  }

  check(step, value) {
    const problem = failure(value, step, this.saved);
    if (problem) throw new Error(problem);
    if (step.save) this.saved[step.save] = pick(value, step.path);
  }

  async do_goto(step) {
    const page = await this.browser.newPage();
    await page.setViewport({ width: step.width || 1280, height: step.height || 800 });
    await page.goto(step.url);
    const name = step.as || 'page';
    this.pages[name] = page;
    this.current = name;
  }

  async do_popup(step) {
    let tab = null;
    for (let i = 0; i < 60 && tab === null; i++) {
      tab = await this.ext('tabId', [step.host]);
      if (tab === null) await sleep(250);
    }
    const page = await this.browser.newPage();
    await page.setViewport({ width: 360, height: 640 });
    await gotoExtensionPage(page, tab === null ? 'popup/popup.html' : `popup/popup.html?tab=${tab}`);
    this.pages.popup = page;
  }

  async do_wait(step) {
    const timeout = step.timeout || 15000;
    let problem = null;
    let value = null;
    for (let i = 0; i < Math.max(1, timeout / 200); i++) {
      try {
        value = await this.value(step);
        problem = failure(value, step, this.saved);
      } catch (err) {
        problem = err.message;
      }
      if (!problem) break;
      await sleep(200);
    }
    if (problem) throw new Error(`after ${timeout} ms: ${problem}`);
    this.check(step, value);
  }

  async do_expect(step) {
    this.check(step, await this.value(step));
  }

  async do_ext(step) {
    return this.do_expect(step);
  }

  async do_click(step) {
    const { page, frame, offset } = await this.frame(step);
    const at = step.at;
    const point = at.probe ? await this.probe(frame, at.probe, substitute(at.args || [], this.saved)) : at;
    if (!point) throw new Error('nothing to click: ' + JSON.stringify(at));
    await page.mouse.click(offset.x + point.x, offset.y + point.y);
    await sleep(step.settle || 150);
  }

  async do_press(step) {
    await this.pages[step.on || this.current].keyboard.press(step.key);
  }

  async do_sleep(step) {
    await sleep(step.ms);
  }

  async do_settings(step) {
    await this.ext('set', [step.values]);
    if (step.values.lang) this.lang = step.values.lang;
  }

  async do_scroll(step) {
    const { frame } = await this.frame(step);
    await frame.evaluate((s, y) => {
      const el = s ? document.querySelector(s) : document.scrollingElement;
      el.scrollTop = y;
    }, step.selector || null, step.y);
    await sleep(100);
  }

  async do_server(step) {
    const { frame } = await this.frame(step);
    const text = await this.probe(frame, 'text', [step.selector]);
    const want = await serverMatches(args.server, text, this.lang);
    if (!want.length && !step.empty) throw new Error('the rulebook no longer flags ' + JSON.stringify(text));
    await this.do_wait({ ...step, probe: 'highlightsIn', args: [step.selector], equals: want });
  }

  async do_contrast(step) {
    const { frame } = await this.frame(step);
    const measured = await this.probe(frame, 'contrast', [highlightColours(ROOT)]);
    const min = step.min || 3;
    const low = Object.entries(measured.ratios).filter(([, v]) => v < min);
    if (Object.keys(measured.ratios).length < 5) throw new Error('styles missing: ' + JSON.stringify(measured));
    if (low.length) throw new Error(`below ${min}:1 on ${measured.background}: ${JSON.stringify(low)}`);
    this.measured = [...(this.measured || []), measured];
  }
}

async function main() {
  const scenarios = loadScenarios(path.join(E2E, 'scenarios'))
    .filter((s) => (s.browsers || ['chromium', 'firefox']).includes('firefox'))
    .filter((s) => !args.only || s.id.includes(args.only));
  const sitesPrefs = args['sites-ip'] === '127.0.0.1'
    ? { 'network.dns.localDomains': HOSTS.join(',') }
    : { 'network.dns.forceResolve': args['sites-ip'] };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: args.firefox || '/usr/bin/firefox-esr',
    protocol: 'webDriverBiDi',
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'], // Firefox 153+: WebDriver may open moz-extension:// pages only with it
    extraPrefsFirefox: {
      ...sitesPrefs,
      'extensions.webextensions.uuids': JSON.stringify({ [EXT_ID]: UUID }),
      'intl.locale.requested': 'zh-TW',
      'intl.accept_languages': 'zh-TW,zh',
    },
  });
  const results = [];
  try {
    await browser.installExtension(EXTENSION);
    const extPage = await browser.newPage();
    await gotoExtensionPage(extPage, 'popup/popup.html?tab=0');
    const runner = new FirefoxRunner(browser, extPage);
    for (const scenario of scenarios) {
      const started = Date.now();
      try {
        await runner.run(scenario);
        results.push({ id: scenario.id, ok: true, ms: Date.now() - started, measured: runner.measured });
      } catch (err) {
        results.push({ id: scenario.id, ok: false, ms: Date.now() - started, error: err.message });
      }
      runner.measured = undefined;
      process.stderr.write(`${results.at(-1).ok ? 'ok  ' : 'FAIL'} ${scenario.id}\n`);
    }
  } finally {
    await browser.close().catch(() => {});
  }
  fs.writeFileSync(args.out, JSON.stringify(results, null, 1));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack || err) + '\n');
  process.exit(2);
});
