// One verdict per message: a small marker at the start of each flagged message (drawn in the
// extension's own shadow root, beside the text, never in it), and the message card it opens, which
// sums up the claims and says which ones a real court notice would carry (FACTS.md 1.2, 1.4, 1.5).
(function () {
  'use strict';
  const D = globalThis.Dunwatch;

  // Per category: would a genuine court notice carry such a claim, and the sourced fact that says so
  // (locale key verdict_fact_<id>). 'maybe': a real notice may state it, but only with its hallmarks.
  const SIZE = 14; // px, the marker's width (card-style.js)
  const COURT = {
    legal_threat: 'maybe', impersonation: 'no', criminal_threat: 'no', credit_threat: 'no',
    third_party_contact: 'no', home_visit: 'no', reputation: 'no', urgency: 'no', payment_red_flag: 'no',
    abuse: 'no', legit_court_notice: 'yes',
  };

  /** Return a message's summary: its claims by category, most severe first, phrases de-duplicated. */
  function summarize(message) {
    const byCategory = new Map();
    for (const entry of message.entries) {
      for (const m of entry.matches) {
        if (!byCategory.has(m.category)) byCategory.set(m.category, { category: m.category, severity: m.severity, phrases: [] });
        const claim = byCategory.get(m.category);
        if (D.categories.rank(m.severity) < D.categories.rank(claim.severity)) claim.severity = m.severity;
        if (!claim.phrases.includes(entry.text)) claim.phrases.push(entry.text);
      }
    }
    const claims = [...byCategory.values()].sort((a, b) => D.categories.rank(a.severity) - D.categories.rank(b.severity));
    return { id: message.id, claims, severity: D.categories.worst(claims.map((c) => c.severity)) };
  }

  /** Fill the message card's dialog (explain.js calls this); returns the id of its title. */
  function fill(dialog, summary, { doc, t, el }) {
    const sec = el(doc, 'section', { 'data-part': 'verdict' });
    sec.append(el(doc, 'h2', { id: 'dw-verdict' }, t('verdict_title', String(summary.claims.length))));
    const list = el(doc, 'ul', { class: 'claims' });
    for (const claim of summary.claims) {
      const court = COURT[claim.category] || 'no';
      const item = el(doc, 'li', { 'data-category': claim.category, 'data-court': court });
      item.append(
        el(doc, 'span', { class: 'tag sev-' + claim.severity }, t('severity_' + claim.severity)),
        el(doc, 'span', { class: 'tag category', 'data-part': 'category' }, D.categories.title(t, claim.category)),
        el(doc, 'p', { class: 'phrase' }, claim.phrases.map((p) => '「' + p + '」').join(' ')),
        el(doc, 'p', { class: 'court court-' + court }, t('verdict_court_' + court)),
        el(doc, 'p', {}, t('verdict_fact_' + claim.category)),
      );
      list.append(item);
    }
    sec.append(list, el(doc, 'h3', {}, t('verdict_verify_title')), el(doc, 'p', {}, t('verdict_verify')));
    dialog.append(sec);
    return 'dw-verdict';
  }

  /**
   * Create the markers of one document, drawn in `layer()` (the card's shadow root). `open(summary,
   * rect)` opens a message card. update(messages) redraws them; they follow scrolling and resizing.
   */
  function createMarkers({ doc, layer, t, open }) {
    let shown = [];
    let frame = 0;

    function anchorOf(message) {
      const first = message.entries[0] && message.entries[0].range;
      const box = message.el.nodeType === 1 ? message.el.getBoundingClientRect() : null;
      const line = first ? first.getClientRects()[0] : null;
      if (!box && !line) return null;
      // Just before the message's first text, but inside the message's own box: never over the page
      // around it (a navigation pane, the next column).
      const left = line ? line.left - SIZE - 2 : box.left;
      return { left: box ? Math.max(box.left, left) : left, top: line ? line.top : box.top };
    }

    function position() {
      frame = 0;
      const view = doc.defaultView;
      for (const { node, message } of shown) {
        const at = anchorOf(message);
        const visible = at && at.top >= 0 && at.top < view.innerHeight && message.entries.length > 0;
        node.style.display = visible ? '' : 'none';
        if (!visible) continue;
        node.style.left = Math.max(0, at.left) + 'px';
        node.style.top = Math.max(0, at.top) + 'px';
      }
    }

    function schedule() {
      if (!frame) frame = doc.defaultView.requestAnimationFrame(position);
    }

    function update(messages) {
      shown.forEach(({ node }) => node.remove());
      shown = [];
      if (!messages.length) return;
      const root = layer();
      for (const message of messages) {
        const summary = summarize(message);
        const label = t('verdict_marker', [String(summary.claims.length), summary.claims.map((c) => D.categories.title(t, c.category)).join('、')]);
        const node = doc.createElement('button');
        node.className = 'marker m-' + summary.severity;
        node.type = 'button';
        node.dataset.part = 'marker';
        node.dataset.message = String(message.id);
        node.setAttribute('aria-label', label);
        node.title = label;
        node.textContent = D.categories.MARKS[summary.severity];
        node.addEventListener('click', (ev) => {
          if (!ev.isTrusted) return;
          ev.stopPropagation(); // the marker is ours; the page's own handlers have no business with it
          open(summarize(message), node.getBoundingClientRect());
        });
        root.append(node);
        shown.push({ node, message });
      }
      position();
    }

    doc.defaultView.addEventListener('scroll', schedule, { capture: true, passive: true });
    doc.defaultView.addEventListener('resize', schedule, { passive: true });
    return { update, position, count: () => shown.length };
  }

  D.verdict = { summarize, fill, createMarkers, COURT };
})();
