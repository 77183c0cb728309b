// What the toolbar shows: the server's state and the count of flagged phrases per tab.
(function () {
  'use strict';

  /** Return the badge for a server state and a tab's count: {text, color, title: [i18n key, subs]}. */
  function badgeFor(status, count) {
    if (status === 'unreachable') return { text: '!', color: '#6e7781', title: ['badge_unreachable'] };
    if (status === 'unauthorized') return { text: '!', color: '#9a6700', title: ['badge_unauthorized'] };
    if (!count) return { text: '', color: '#b91c1c', title: ['badge_none'] };
    return { text: count > 999 ? '999+' : String(count), color: '#b91c1c', title: ['badge_count', String(count)] };
  }

  /** Return the status a request outcome implies ('ok', 'unreachable', 'unauthorized' or 'error'). */
  function statusOf(error) {
    if (!error) return 'ok';
    if (error.kind === 'unreachable' || error.status === 429 || error.status >= 500) return 'unreachable';
    if (error.kind === 'unauthorized') return 'unauthorized';
    return 'error';
  }

  /** Count the phrases that make a message flagged (every severity but info). */
  function flaggedCount(frames) {
    let n = 0;
    for (const frame of Object.values(frames || {})) for (const m of frame.matches || []) if (m.severity !== 'info') n++;
    return n;
  }

  const api = { badgeFor, statusOf, flaggedCount };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.status = api;
})();
