// The one place for the category ids (CONTRACT.md) and the severity order: the content script, the
// background, the popup and the options read them from here. Titles come from _locales
// (category_<id>), so they show even when the server is down.
(function () {
  'use strict';

  const CATEGORIES = Object.freeze([
    'legal_threat', 'impersonation', 'criminal_threat', 'credit_threat', 'third_party_contact', 'home_visit',
    'reputation', 'urgency', 'payment_red_flag', 'abuse', 'legit_court_notice',
  ]);
  const SEVERITIES = Object.freeze(['high', 'medium', 'low', 'info']); // most severe first
  const MARKS = Object.freeze({ high: '▲', medium: '◆', low: '●', info: 'ℹ' });

  /** Return a severity's rank: 0 for high … 3 for info, 9 for an unknown one. */
  function rank(severity) {
    const i = SEVERITIES.indexOf(severity);
    return i < 0 ? 9 : i;
  }

  /** Return the most severe of some severities ('info' when there are none). */
  function worst(severities) {
    return [...severities].sort((a, b) => rank(a) - rank(b))[0] || 'info';
  }

  /** Return a category's title in the UI language: the locale's, else the server's, else a generic one. */
  function title(t, id, serverTitle) {
    const key = 'category_' + id;
    const own = CATEGORIES.includes(id) ? t(key) : '';
    if (own && own !== key) return own;
    return serverTitle || t('category_other');
  }

  const api = { CATEGORIES, SEVERITIES, MARKS, rank, worst, title };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.categories = api;
})();
