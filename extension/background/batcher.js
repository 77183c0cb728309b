// Batch check requests from every tab and frame into few POST /v1/check calls, and cache answers by
// language and text (bounded, least recently used first out; cleared when the rulebook changes).
(function () {
  'use strict';

  const MAX_ITEMS = 64;
  const MAX_CHARS = 60000;
  const DELAY_MS = 40;
  const CACHE_SIZE = 4000;

  /**
   * Create a batcher. `post(texts, lang)` resolves to {rulebook, results} (results in order) or throws;
   * `onOutcome(error|null, rulebook)` hears how each call went (server status).
   */
  function createBatcher({ post, onOutcome, setTimer = setTimeout }) {
    const cache = new Map();     // lang + '\u0000' + text -> result
    const pending = new Map();   // same key -> {text, lang, waiters: [resolve]}
    const queues = new Map();    // lang -> [key]
    let timer = null;
    let digest = null;

    const keyOf = (lang, text) => lang + '\u0000' + text;

    function remember(key, result) {
      cache.delete(key);
      cache.set(key, result);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
    }

    function settle(keys, results) {
      keys.forEach((key, i) => {
        const item = pending.get(key);
        pending.delete(key);
        const result = results ? results[i] || null : null;
        if (result) remember(key, result);
        if (item) item.waiters.forEach((w) => w(result));
      });
    }

    async function send(lang, keys) {
      const texts = keys.map((k) => pending.get(k).text);
      try {
        const reply = await post(texts, lang);
        const version = reply && reply.rulebook && (reply.rulebook.digest || reply.rulebook.version);
        if (version && digest && version !== digest) cache.clear(); // new rulebook: old answers are stale
        if (version) digest = version;
        if (onOutcome) onOutcome(null, reply && reply.rulebook);
        settle(keys, (reply && reply.results) || []);
      } catch (err) {
        if (err && err.kind === 'too-large' && keys.length > 1) {
          const half = Math.ceil(keys.length / 2);
          await Promise.all([send(lang, keys.slice(0, half)), send(lang, keys.slice(half))]);
          return;
        }
        if (onOutcome) onOutcome(err, null);
        settle(keys, null);
      }
    }

    function flush() {
      timer = null;
      for (const [lang, keys] of queues) {
        queues.delete(lang);
        let batch = [];
        let chars = 0;
        for (const key of keys) {
          const len = pending.get(key).text.length;
          if (batch.length && (batch.length >= MAX_ITEMS || chars + len > MAX_CHARS)) {
            send(lang, batch);
            batch = [];
            chars = 0;
          }
          batch.push(key);
          chars += len;
        }
        if (batch.length) send(lang, batch);
      }
    }

    /** Resolve to the result for each text (null where the server gave none), in order. */
    function check(texts, lang) {
      return Promise.all(texts.map((text) => {
        const key = keyOf(lang, text);
        if (cache.has(key)) {
          const hit = cache.get(key);
          remember(key, hit);
          return hit;
        }
        return new Promise((resolve) => {
          const item = pending.get(key);
          if (item) return item.waiters.push(resolve);
          pending.set(key, { text, lang, waiters: [resolve] });
          if (!queues.has(lang)) queues.set(lang, []);
          queues.get(lang).push(key);
          if (!timer) timer = setTimer(flush, DELAY_MS);
        });
      }));
    }

    return { check, clear: () => cache.clear(), size: () => cache.size };
  }

  const api = { createBatcher, MAX_ITEMS, MAX_CHARS, CACHE_SIZE };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.batcher = api;
})();
