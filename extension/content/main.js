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
  const adapter = D.messages.adapterFor(host);
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
    onRulebook: () => restart(), // a new rulebook: every highlight on the page is asked for again
  });
  const isOwn = (node) => node.localName === D.card.HOST_TAG;
  const tracker = D.tracker.createTracker({
    checker,
    painter,
    adapter,
    filter: (matches) => D.settings.visibleMatches(matches, settings, host),
    skip: isOwn,
    onShadowRoot: (root) => observer.watch(root),
    onChange: scheduleReport,
  });
  const observer = D.observer.createObserver({
    doc: document,
    ignore: (m) => isOwn(m.target) || (m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every(isOwn) &&
      m.addedNodes.length + m.removedNodes.length > 0),
    onDirty: (roots) => roots.forEach((r) => tracker.refresh(r)),
    onDocumentReplaced: () => listen(), // document.open() erased our listeners (163 Mail rewrites frames)
  });
  const card = D.card.createCard({
    doc: document,
    t: (key, subs) => t(key, subs),
    getRule: (id) => send({ type: MSG.CS_BG_RULE, id, lang }),
    onIgnore: (match) => send({ type: MSG.CS_BG_IGNORE, host, text: match.text }),
    onDisableRule: (match) => send({ type: MSG.CS_BG_DISABLE_RULE, rule: match.rule }),
    onClose: () => {
      painter.setActive([]);
      if (cardFrom !== null) send({ type: MSG.CS_BG_CARD_CLOSED, frameId: cardFrom });
      cardFrom = null;
    },
  });
  let cardFrom = null; // the frame whose phrase the open card explains (cards of frames open up here)
  const markers = D.verdict.createMarkers({
    doc: document,
    layer: () => card.shadow(),
    t: (key, subs) => t(key, subs),
    open: (summary, rect) => show({ kind: 'message', summary }, rect),
  });

  function scheduleReport() {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(report, 300);
  }

  /** Tell the background what is flagged in this frame (badge count, popup list, keyboard order). */
  function report() {
    const messages = running ? tracker.flaggedMessages() : [];
    markers.update(messages);
    const matches = running ? D.order.inDocumentOrder(tracker.entries()).map((e) => ({
      key: e.key, text: e.text, rule: e.match.rule, category: e.match.category, severity: e.match.severity,
      message: e.match.message, categories: [...new Set(e.matches.map((m) => m.category))], messageId: e.message,
    })) : [];
    const described = messages.map((m) => ({ id: m.id, ...D.messages.describe(m.el, adapter) }));
    send({ type: MSG.CS_BG_REPORT, host, matches, messages: described, born: performance.timeOrigin });
  }

  /** Return a rect of this frame in the top document's viewport, or null (a cross-origin ancestor). */
  function inTop(rect) {
    let x = 0;
    let y = 0;
    try {
      for (let w = window; w !== w.top; w = w.parent) {
        const frame = w.frameElement;
        if (!frame) return null;
        const b = frame.getBoundingClientRect();
        x += b.left + frame.clientLeft;
        y += b.top + frame.clientTop;
      }
    } catch (_) {
      return null;
    }
    return { left: rect.left + x, right: rect.right + x, top: rect.top + y, bottom: rect.bottom + y };
  }

  /** Open a card: here in the top document, or, from a frame, in the top document next to the phrase. */
  function show(content, rect) {
    const anchor = window === window.top ? rect : inTop(rect);
    if (window !== window.top && anchor) {
      send({ type: MSG.CS_BG_CARD, content, anchor });
      return;
    }
    openHere(content, anchor || rect, null);
  }

  function openHere(content, anchor, fromFrame) {
    cardFrom = fromFrame;
    if (content.kind === 'message') card.openMessage(content.summary, anchor);
    else card.open(content.matches, anchor);
  }

  /** Open the card for `entries` (one phrase, its rules as sections) next to the first one. */
  function explain(entries) {
    painter.setActive(entries);
    const matches = [];
    for (const e of entries) for (const m of e.matches) if (!matches.some((x) => x.rule === m.rule)) matches.push({ ...m, text: e.text });
    show({ kind: 'phrase', matches }, entries[0].range.getBoundingClientRect());
  }

  // Clicks: only a plain click on a phrase's own visible text is taken (hittest.js); every other
  // click goes on to the page untouched.
  function onClick(ev) {
    if (!running || ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
    if (card.contains(ev)) return;
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return; // the user is selecting text, not asking
    const hits = D.hittest.hitsAt(document, tracker.entries(), ev.clientX, ev.clientY);
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

  function listen() {
    document.addEventListener('click', onClick, true);
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
    tracker.refresh(document.documentElement);
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

  /** Ask again for everything on the page (language, rulebook or server-side rule choice changed). */
  function restart() {
    checker.reset();
    tracker.reset();
    tracker.refresh(document.documentElement);
  }

  async function apply(next) {
    const previous = settings;
    settings = next;
    const langBefore = lang;
    await loadLanguage();
    const on = D.settings.isSiteEnabled(settings, host);
    if (!on) return stop();
    if (!running) return start();
    const serverSide = previous && previous.disabledRules.join('\n') !== settings.disabledRules.join('\n');
    if (lang !== langBefore || serverSide) restart(); // answers come in the language, and without the rules, asked for
    else tracker.repaint(); // categories or ignored phrases changed: answers at hand suffice
  }

  chrome.runtime.onMessage.addListener((message, _sender, reply) => {
    if (!message) return;
    if (message.type === MSG.BG_CS_REVEAL) reply({ ok: reveal(message.key) });
    if (message.type === MSG.BG_CS_CARD && window === window.top) openHere(message.content, message.anchor, message.frameId);
    if (message.type === MSG.BG_CS_CARD_CLOSED) painter.setActive([]);
  });
  listen();
  D.storage.onChange((next) => apply(next));
  D.storage.load().then(apply);
})();
