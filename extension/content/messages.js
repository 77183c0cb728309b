// Collect, second half: group a page's blocks into messages, so the engine sees what a reader sees
// (Gmail writes one <div> per line; a rule needing debt context must see the line before). A message is
// the element a host's adapter names (its list rows and reading-pane bodies), else the blocks' parent.
(function () {
  'use strict';

  // Per host: `message` selects a message's container (a list row, a body); `scope` the element around
  // it that carries `sender` and `time`. Data only; hosts not listed use the generic parent grouping.
  const ADAPTERS = {
    'mail.google.com': { message: 'tr.zA, div.a3s', scope: 'tr.zA, div.adn', sender: '.yX .bog, span.gD', time: 'td.xW span, span.g3' },
    'outlook.live.com': {
      message: 'div[role=option], div[aria-label="Message body"]', scope: 'div[role=option], div[data-app-section=ConversationContainer] > div',
      sender: '[data-testid=SenderName], span.OZZZK', time: '[data-testid=SentReceivedSavedTime], span._rWRU',
    },
    'mail.yahoo.com': {
      message: 'li[data-test-id=message-list-item] a, div[data-test-id=message-view-body-content]',
      scope: 'li[data-test-id=message-list-item], div[data-test-id=message-view]',
      sender: '[data-test-id=senders], [data-test-id=message-from] span', time: 'time, [data-test-id=message-date]',
    },
    'voice.google.com': { message: 'gv-text-message-item .content, div.message-row .content', scope: 'gv-text-message-item, div.message-row', sender: '.sender', time: '.timestamp' },
    'messages.google.com': { message: 'mws-message-wrapper', scope: 'mws-message-wrapper', sender: '', time: 'mws-relative-timestamp' },
    'mail.qq.com': { message: '#mailContentContainer, #qqmail_mailcontainer', scope: 'body', sender: '.from', time: '.time' },
    'mail.163.com': { message: 'div.nui-table-row, #content', scope: 'div.nui-table-row, body', sender: '.from, .nui-user', time: '.time, .nui-ico-date' },
  };
  ADAPTERS['outlook.office.com'] = ADAPTERS['outlook.live.com'];
  ADAPTERS['mail.126.com'] = ADAPTERS['mail.163.com'];

  /** Return the adapter for a host, or null (generic grouping). */
  function adapterFor(host) {
    return ADAPTERS[host] || null;
  }

  /** Return the message container of a block element: the adapter's, else its parent (or itself). */
  function containerOf(el, adapter) {
    if (el.nodeType === 1 && adapter) {
      const found = el.closest(adapter.message);
      if (found) return found;
    }
    if (el.nodeType !== 1) return el; // a shadow root or a document is its own message
    return el.parentElement || el;
  }

  /**
   * Group blocks ({el, text, segments}) into messages {el, text, segments}: one text per container,
   * its blocks' texts joined by "\n" (no node), offsets shifted, in document order.
   */
  function group(blocks, adapter) {
    const byContainer = new Map();
    for (const block of blocks) {
      const el = containerOf(block.el, adapter);
      let unit = byContainer.get(el);
      if (!unit) {
        unit = { el, text: '', segments: [] };
        byContainer.set(el, unit);
      }
      if (unit.text) unit.text += '\n';
      const shift = unit.text.length;
      for (const s of block.segments) unit.segments.push({ node: s.node, start: s.start + shift });
      unit.text += block.text;
    }
    return [...byContainer.values()];
  }

  /**
   * Return whether a message is parked off-screen or squeezed to a pixel (screen-reader copies, the
   * "sr-only" pattern): there, but not for the eye. jsdom (no checkVisibility) reads everything.
   */
  function isOffscreen(el) {
    if (el.nodeType !== 1 || typeof el.checkVisibility !== 'function') return false;
    const r = el.getBoundingClientRect();
    const view = el.ownerDocument.defaultView;
    return (r.width <= 1 && r.height <= 1) || r.right + view.scrollX <= 0 || r.bottom + view.scrollY <= 0;
  }

  /** Return the text of the first element matching `selector` in a message's scope, trimmed, or ''. */
  function meta(el, adapter, selector) {
    if (!adapter || !selector || el.nodeType !== 1) return '';
    const scope = (adapter.scope && el.closest(adapter.scope)) || el;
    const found = scope.querySelector(selector);
    return found ? found.textContent.trim().slice(0, 80) : '';
  }

  /** Return {sender, time} of a message where the page shows them ('' otherwise). */
  function describe(el, adapter) {
    return { sender: meta(el, adapter, adapter && adapter.sender), time: meta(el, adapter, adapter && adapter.time) };
  }

  const api = { ADAPTERS, adapterFor, containerOf, group, describe, isOffscreen };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.messages = api;
})();
