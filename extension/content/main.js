// The content script's data flow: collect -> request -> highlight -> explain, wired to settings.
(function () {
  'use strict';
  const D = globalThis.Dunwatch;
  const { MSG } = D;

  // Once per document: the manifest, registered scripts and executeScript may all inject this file.
  if (document.__dunwatch) return;
  document.__dunwatch = true;
  if (!D.paint.supported(window)) return; // no CSS Custom Highlight API: never fall back to editing the page

  /** Return the host whose per-site switch applies: the top page's, also inside (about:blank) frames. */
  function siteHost() {
    try {
      if (window.top.location.hostname) return window.top.location.hostname;
    } catch (_) { /* cross-origin parent */ }
    const ancestors = location.ancestorOrigins;
    if (ancestors && ancestors.length) return D.hosts.hostOf(ancestors[ancestors.length - 1]);
    return location.hostname;
  }

  const host = siteHost();
  let settings = null;
  let lang = 'en';
  let t = D.i18n.translator(null);
  let running = false;
  let reportTimer = null;

  function send(message) {
    return chrome.runtime.sendMessage(message).catch(() => null); // the extension was reloaded or updated
  }

  const painter = D.paint.createPainter(window);
  const checker = D.checker.createChecker({
    send: (texts) => send({ type: MSG.CS_BG_CHECK, texts, lang }),
    onResults: (texts) => tracker.answered(texts),
  });
  const isOwn = (node) => node.localName === D.card.HOST_TAG;
  const tracker = D.tracker.createTracker({
    checker,
    painter,
    filter: (matches) => D.settings.visibleMatches(matches, settings, host),
    skip: isOwn,
    onShadowRoot: (root) => observer.watch(root),
    onChange: scheduleReport,
  });
  const observer = D.observer.createObserver({
    doc: document,
    ignore: (m) => m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every(isOwn) &&
      m.addedNodes.length + m.removedNodes.length > 0,
    onDirty: (roots) => roots.forEach((r) => tracker.refresh(r)),
  });
  const card = D.card.createCard({
    doc: document,
    t: (key, subs) => t(key, subs),
    getRule: (id) => send({ type: MSG.CS_BG_RULE, id, lang }),
    onIgnore: (match) => send({ type: MSG.CS_BG_IGNORE, host, text: match.text }),
    onDisableRule: (match) => send({ type: MSG.CS_BG_DISABLE_RULE, rule: match.rule }),
    onClose: () => painter.setActive([]),
  });

  function scheduleReport() {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(report, 300);
  }

  /** Tell the background what is flagged in this frame (badge count, popup list, keyboard order). */
  function report() {
    const matches = running ? D.order.inDocumentOrder(tracker.entries()).map((e) => ({
      key: e.key, text: e.match.text, rule: e.match.rule, category: e.match.category,
      severity: e.match.severity, message: e.match.message,
    })) : [];
    send({ type: MSG.CS_BG_REPORT, host, matches, born: performance.timeOrigin });
  }

  /** Open the card for `entries` next to the first one. */
  function explain(entries) {
    painter.setActive(entries);
    card.open(entries.map((e) => e.match), entries[0].range.getBoundingClientRect());
  }

  // Clicks: hit-test against the highlights' rects. Only a plain click on a highlight is taken;
  // every other click goes on to the page untouched.
  function onClick(ev) {
    if (!running || ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
    if (card.contains(ev)) return;
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return; // the user is selecting text, not asking
    const hits = D.hittest.hitsAt(tracker.entries(), ev.clientX, ev.clientY);
    if (!hits.length) {
      if (card.isOpen()) {
        card.close({ restore: false }); // a click elsewhere closes the card and goes on to the page
        painter.setActive([]);
      }
      return;
    }
    ev.preventDefault();
    ev.stopPropagation();
    explain(hits);
  }

  function reveal(key) {
    const entry = tracker.entries().find((e) => e.key === key);
    if (!entry) return false;
    const target = entry.range.startContainer.parentElement;
    if (target) target.scrollIntoView({ block: 'center', inline: 'nearest' });
    explain([entry]);
    return true;
  }

  async function loadLanguage() {
    lang = D.settings.resolveLang(settings.lang, chrome.i18n.getUILanguage());
    if (settings.lang === 'auto') {
      t = D.i18n.translator(null);
    } else {
      const table = await send({ type: MSG.CS_BG_LOCALE, lang });
      t = D.i18n.translator(table && !table.error ? table : null);
    }
  }

  function start() {
    if (running) return;
    running = true;
    painter.show();
    observer.start();
    tracker.refresh(document.body || document.documentElement);
    scheduleReport();
  }

  function stop() {
    if (!running) return;
    running = false;
    observer.stop();
    card.close({ restore: false });
    tracker.reset();
    painter.hide();
    scheduleReport();
  }

  async function apply(next) {
    const previous = settings;
    settings = next;
    const langBefore = lang;
    await loadLanguage();
    const on = D.settings.isSiteEnabled(settings, host);
    if (!on) return stop();
    if (!running) return start();
    if (lang !== langBefore) {
      checker.reset(); // messages come in the chosen language: ask again
      tracker.reset();
      tracker.refresh(document.body || document.documentElement);
    } else {
      tracker.repaint(); // rules, categories or ignored phrases changed: answers at hand suffice
    }
  }

  chrome.runtime.onMessage.addListener((message, _sender, reply) => {
    if (message && message.type === MSG.BG_CS_REVEAL) reply({ ok: reveal(message.key) });
  });
  document.addEventListener('click', onClick, true);
  D.storage.onChange((next) => apply(next));
  D.storage.load().then(apply);
})();
