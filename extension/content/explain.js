// Explain: the card that opens on a highlight (one section per rule of the phrase), or on a message's
// verdict marker (what the message claims, and what a real court notice would carry). It is an accessible dialog inside an open shadow root on
// one host element appended to <html> (the only node Dunwatch adds to a page). Server text goes in
// through textContent only.
(function () {
  'use strict';

  const HOST_TAG = 'dunwatch-ui';
  const MARGIN = 8;
  const GAP = 6;
  const MIN_ROOM = 160; // px: less than this above and below, and the card goes beside the phrase

  function el(doc, tag, attrs, text) {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /** Return the URL if it is http(s), else null (references come from the server; no javascript: links). */
  function safeUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
    } catch (_) {
      return null;
    }
  }

  /**
   * Create the card of one document. `getRule(id)` resolves to {rule, category} or null;
   * `onIgnore(match)` and `onDisableRule(match)` carry out the two actions; `onClose()` runs on close.
   */
  function createCard({ doc, t, getRule, onIgnore, onDisableRule, onClose }) {
    const C = globalThis.Dunwatch.categories;
    let host = null;
    let shadow = null;
    let dialog = null;
    let returnFocus = null;
    let openId = 0;

    function ensureHost() {
      if (host && host.isConnected) return;
      host = doc.createElement(HOST_TAG);
      // Inline style set through CSSOM (not markup), so page CSP on style attributes does not apply.
      host.style.setProperty('all', 'initial', 'important');
      host.style.setProperty('position', 'fixed', 'important');
      host.style.setProperty('top', '0', 'important');
      host.style.setProperty('left', '0', 'important');
      host.style.setProperty('width', '0', 'important');
      host.style.setProperty('height', '0', 'important');
      host.style.setProperty('z-index', '2147483647', 'important');
      shadow = host.attachShadow({ mode: 'open' });
      const css = globalThis.Dunwatch.CARD_CSS;
      try {
        const sheet = new doc.defaultView.CSSStyleSheet();
        sheet.replaceSync(css);
        shadow.adoptedStyleSheets = [sheet];
      } catch (_) {
        shadow.appendChild(el(doc, 'style', {}, css));
      }
      doc.documentElement.appendChild(host);
    }

    function section(match, index) {
      const sec = el(doc, 'section', { 'data-rule': match.rule });
      const titleId = 'dw-title-' + index;
      const tags = el(doc, 'div');
      tags.append(
        el(doc, 'span', { class: 'tag sev-' + match.severity }, t('severity_' + match.severity)),
        el(doc, 'span', { class: 'tag category', 'data-part': 'category' }, C.title(t, match.category)),
      );
      const title = el(doc, 'h2', { id: titleId, 'data-part': 'title' }, match.message || C.title(t, match.category));
      const phrase = el(doc, 'p', { class: 'phrase' }, t('card_phrase', match.text));
      const details = el(doc, 'div', { 'data-part': 'details' });
      details.append(el(doc, 'p', { class: 'note' }, t('card_loading')));
      const actions = el(doc, 'div', { class: 'actions' });
      const ignore = el(doc, 'button', { type: 'button', 'data-action': 'ignore' }, t('card_ignore'));
      const disable = el(doc, 'button', { type: 'button', 'data-action': 'disable-rule' }, t('card_disable_rule'));
      const done = el(doc, 'p', { class: 'done', role: 'status' });
      // Only the reader's own clicks count: the page can reach this open shadow root and call .click().
      ignore.addEventListener('click', (ev) => ev.isTrusted && act(onIgnore, match, done, t('card_ignored')));
      disable.addEventListener('click', (ev) => ev.isTrusted && act(onDisableRule, match, done, t('card_rule_disabled')));
      actions.append(ignore, disable);
      sec.append(tags, title, phrase, details, actions, done);
      return { sec, titleId, title, details, category: tags.lastChild };
    }

    async function act(fn, match, done, text) {
      await fn(match);
      done.textContent = text;
    }

    function fillDetails(part, match, info) {
      part.details.textContent = '';
      if (!info || !info.rule) {
        part.details.append(el(doc, 'p', { class: 'note' }, t('card_details_unavailable')));
        return;
      }
      const { rule, category } = info;
      if (rule.title) part.title.textContent = rule.title;
      part.category.textContent = C.title(t, match.category, category && category.title);
      if (match.message && match.message !== rule.title) part.details.append(el(doc, 'p', {}, match.message));
      if (rule.explanation) part.details.append(el(doc, 'h3', {}, t('card_why')), el(doc, 'p', {}, rule.explanation));
      if (rule.advice) part.details.append(el(doc, 'h3', {}, t('card_advice')), el(doc, 'p', {}, rule.advice));
      const refs = (rule.references || []).filter((r) => r && (r.title || r.url));
      if (refs.length) {
        const list = el(doc, 'ul');
        for (const ref of refs) {
          const item = el(doc, 'li');
          const url = safeUrl(ref.url);
          if (url) item.append(el(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, ref.title || url));
          else item.textContent = ref.title;
          list.append(item);
        }
        part.details.append(el(doc, 'h3', {}, t('card_references')), list);
      }
    }

    // Below the phrase, or above it when there is more room there, or beside it when neither side has
    // room for a readable card; never over it: the card gets the room of its side and scrolls inside.
    function place(anchor) {
      const view = doc.defaultView;
      const vw = doc.documentElement.clientWidth || view.innerWidth;
      const vh = view.innerHeight;
      const below = vh - anchor.bottom - GAP - MARGIN;
      const above = anchor.top - GAP - MARGIN;
      dialog.style.maxHeight = '';
      const natural = dialog.offsetHeight;
      const w = dialog.offsetWidth;
      const downward = natural <= below || below >= above;
      const room = downward ? below : above;
      const right = vw - anchor.right - GAP - MARGIN;
      const left = anchor.left - GAP - MARGIN;
      if (room < Math.min(natural, MIN_ROOM) && Math.max(right, left) >= w) {
        const h = Math.min(natural, vh - 2 * MARGIN);
        dialog.style.maxHeight = h + 'px';
        dialog.style.left = (right >= w ? anchor.right + GAP : anchor.left - GAP - w) + 'px';
        dialog.style.top = Math.max(MARGIN, Math.min(anchor.top, vh - h - MARGIN)) + 'px';
        return;
      }
      const h = Math.max(0, Math.min(natural, room));
      dialog.style.maxHeight = h + 'px';
      dialog.style.left = Math.max(MARGIN, Math.min(anchor.left, vw - w - MARGIN)) + 'px';
      dialog.style.top = (downward ? anchor.bottom + GAP : anchor.top - GAP - h) + 'px';
    }

    function onKey(ev) {
      if (ev.key === 'Escape') {
        ev.stopPropagation();
        close();
      } else if (ev.key === 'Tab') {
        const items = [...dialog.querySelectorAll('button, a[href]')];
        if (!items.length) return;
        const first = items[0];
        const last = items[items.length - 1];
        const current = shadow.activeElement;
        if (ev.shiftKey && (current === first || current === dialog)) {
          ev.preventDefault();
          last.focus();
        } else if (!ev.shiftKey && current === last) {
          ev.preventDefault();
          first.focus();
        }
      }
    }

    /** Replace the dialog by a new one built by `fill(dialog)` (which returns its label id), next to `anchor`. */
    function show(kind, fill, anchor) {
      if (!isOpen()) returnFocus = doc.activeElement;
      close({ restore: false });
      ensureHost();
      dialog = el(doc, 'div', { class: 'card', role: 'dialog', tabindex: '-1', 'aria-modal': 'false', 'data-kind': kind });
      const top = el(doc, 'div', { class: 'top' });
      const closeBtn = el(doc, 'button', { class: 'close', type: 'button', 'aria-label': t('card_close'), 'data-action': 'close' }, '×');
      closeBtn.addEventListener('click', (ev) => ev.isTrusted && close());
      top.append(el(doc, 'span', { class: 'brand' }, t('card_brand')), closeBtn);
      dialog.append(top);
      dialog.setAttribute('aria-labelledby', fill(dialog));
      dialog.append(el(doc, 'p', { class: 'note' }, t('card_disclaimer')));
      dialog.addEventListener('keydown', onKey);
      shadow.append(dialog);
      place(anchor);
      dialog.focus({ preventScroll: true });
      return ++openId;
    }

    /** Open the card for one phrase's matches (one section per rule, most severe first), next to `anchor`. */
    function open(matches, anchor) {
      let parts = [];
      const id = show('phrase', (d) => {
        parts = matches.map((m, i) => section(m, i));
        parts.forEach((p) => d.append(p.sec));
        return parts[0].titleId;
      }, anchor);
      matches.forEach((m, i) => {
        Promise.resolve(getRule(m.rule)).catch(() => null).then((info) => {
          if (id !== openId) return;
          fillDetails(parts[i], m, info);
          place(anchor);
        });
      });
    }

    /** Open the card of a whole message (see verdict.js), next to its marker. */
    function openMessage(summary, anchor) {
      show('message', (d) => globalThis.Dunwatch.verdict.fill(d, summary, { doc, t, el }), anchor);
    }

    /** Close the card and give focus back to where it was. */
    function close(opts) {
      if (!dialog) return;
      dialog.remove();
      dialog = null;
      openId++;
      if (!opts || opts.restore !== false) {
        const target = returnFocus;
        returnFocus = null;
        if (target && target.isConnected && typeof target.focus === 'function') target.focus({ preventScroll: true });
        if (onClose) onClose();
      }
    }

    function isOpen() {
      return Boolean(dialog);
    }

    /** Return whether an event happened inside the card. */
    function contains(ev) {
      return Boolean(host) && ev.composedPath().includes(host);
    }

    return { open, openMessage, close, isOpen, contains, ensureHost, shadow: () => (ensureHost(), shadow), isHost: (node) => node === host };
  }

  const api = { createCard, safeUrl, HOST_TAG };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.card = api;
})();
