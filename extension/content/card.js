// Explain: the card that opens on a highlight. It is an accessible dialog inside an open shadow root on
// one host element appended to <html> (the only node Dunwatch adds to a page). Server text goes in
// through textContent only.
(function () {
  'use strict';

  const HOST_TAG = 'dunwatch-ui';
  const MARGIN = 8;
  const GAP = 6;

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
        el(doc, 'span', { class: 'tag category', 'data-part': 'category' }, match.category),
      );
      const title = el(doc, 'h2', { id: titleId, 'data-part': 'title' }, match.message || match.rule);
      const phrase = el(doc, 'p', { class: 'phrase' }, t('card_phrase', match.text));
      const details = el(doc, 'div', { 'data-part': 'details' });
      details.append(el(doc, 'p', { class: 'note' }, t('card_loading')));
      const actions = el(doc, 'div', { class: 'actions' });
      const ignore = el(doc, 'button', { type: 'button', 'data-action': 'ignore' }, t('card_ignore'));
      const disable = el(doc, 'button', { type: 'button', 'data-action': 'disable-rule' }, t('card_disable_rule'));
      const done = el(doc, 'p', { class: 'done', role: 'status' });
      ignore.addEventListener('click', () => act(onIgnore, match, done, t('card_ignored')));
      disable.addEventListener('click', () => act(onDisableRule, match, done, t('card_rule_disabled')));
      actions.append(ignore, disable);
      sec.append(tags, title, phrase, details, actions, done, el(doc, 'p', { class: 'rule-id' }, match.rule));
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
      if (category && category.title) part.category.textContent = category.title;
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

    // Below the phrase, or above it when there is more room there; never over it: the card gets at
    // most the height of the side it is on and scrolls inside.
    function place(anchor) {
      const view = doc.defaultView;
      const vw = doc.documentElement.clientWidth || view.innerWidth;
      const vh = view.innerHeight;
      const below = vh - anchor.bottom - GAP - MARGIN;
      const above = anchor.top - GAP - MARGIN;
      dialog.style.maxHeight = '';
      const natural = dialog.offsetHeight;
      const downward = natural <= below || below >= above;
      const room = Math.max(120, downward ? below : above);
      if (natural > room) dialog.style.maxHeight = room + 'px';
      const h = Math.min(natural, room);
      const w = dialog.offsetWidth;
      const left = Math.max(MARGIN, Math.min(anchor.left, vw - w - MARGIN));
      const top = downward ? anchor.bottom + GAP : anchor.top - GAP - h;
      dialog.style.left = left + 'px';
      dialog.style.top = Math.max(MARGIN, Math.min(top, vh - h - MARGIN)) + 'px';
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

    /** Open the card for the matches under one click (most severe first), next to `anchor` (a DOMRect). */
    function open(matches, anchor) {
      const wasOpen = isOpen();
      if (!wasOpen) returnFocus = doc.activeElement;
      close({ restore: false });
      ensureHost();
      const id = ++openId;
      dialog = el(doc, 'div', { class: 'card', role: 'dialog', tabindex: '-1', 'aria-modal': 'false' });
      const top = el(doc, 'div', { class: 'top' });
      const closeBtn = el(doc, 'button', { class: 'close', type: 'button', 'aria-label': t('card_close'), 'data-action': 'close' }, '×');
      closeBtn.addEventListener('click', () => close());
      top.append(el(doc, 'span', { class: 'brand' }, t('card_brand')), closeBtn);
      dialog.append(top);
      const parts = matches.map((m, i) => section(m, i));
      parts.forEach((p) => dialog.append(p.sec));
      dialog.setAttribute('aria-labelledby', parts[0].titleId);
      dialog.append(el(doc, 'p', { class: 'note' }, t('card_disclaimer')));
      dialog.addEventListener('keydown', onKey);
      shadow.append(dialog);
      place(anchor);
      dialog.focus({ preventScroll: true });
      matches.forEach((m, i) => {
        Promise.resolve(getRule(m.rule)).catch(() => null).then((info) => {
          if (id !== openId) return;
          fillDetails(parts[i], m, info);
          place(anchor);
        });
      });
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

    return { open, close, isOpen, contains, isHost: (node) => node === host };
  }

  const api = { createCard, safeUrl, HOST_TAG };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.card = api;
})();
