// Batch check requests from every tab and frame into few POST /v1/check calls, and cache answers: the
// extension's one answer cache, keyed by rulebook digest, language, disabled rules and text (bounded,
// least recently used first out). A new digest makes every old key unreachable, and the cache is cleared.
(function () {
  'use strict';

  const MAX_ITEMS = 64;
  const MAX_CHARS = 60000;
  const DELAY_MS = 40;
  const CACHE_SIZE = 4000;

  /**
   * Create a batcher. `post(texts, lang, {disabledRules})` resolves to {rulebook, results} (results in order) or throws;
   * `onOutcome(error|null, rulebook)` hears how each call went (server status).
   */
  function createBatcher({ post, onOutcome, setTimer = setTimeout }) {
    const cache = new Map();     // digest, lang, disabled rules, text -> result
    const pending = new Map();   // same key -> {text, group, waiters: [resolve]}
    const queues = new Map();    // group (lang + disabled rules) -> {lang, disabledRules, keys: [key]}
    let timer = null;
    let digest = '';

    const groupOf = (lang, disabledRules) => lang + '\u0001' + [...disabledRules].sort().join(',');
    const keyOf = (group, text) => digest + '\u0000' + group + '\u0000' + text;

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
        // Stored under the digest the answer came with (the key it was asked under may name none yet).
        if (result && item) remember(keyOf(item.group, item.text), result);
        if (item) item.waiters.forEach((w) => w(result));
      });
    }

    async function send(queue, keys) {
      const texts = keys.map((k) => pending.get(k).text);
      try {
        const reply = await post(texts, queue.lang, { disabledRules: queue.disabledRules });
        const version = reply && reply.rulebook && (reply.rulebook.digest || reply.rulebook.version);
        if (version && version !== digest) {
          cache.clear(); // new rulebook: old answers are stale (and their keys name the old digest)
          digest = version;
        }
        if (onOutcome) onOutcome(null, reply && reply.rulebook);
        settle(keys, (reply && reply.results) || []);
      } catch (err) {
        if (err && err.kind === 'too-large' && keys.length > 1) {
          const half = Math.ceil(keys.length / 2);
          await Promise.all([send(queue, keys.slice(0, half)), send(queue, keys.slice(half))]);
          return;
        }
        if (onOutcome) onOutcome(err, null);
        settle(keys, null);
      }
    }

    function flush() {
      timer = null;
      for (const [name, queue] of queues) {
        queues.delete(name);
        const { keys } = queue;
        let batch = [];
        let chars = 0;
        for (const key of keys) {
          const len = pending.get(key).text.length;
          if (batch.length && (batch.length >= MAX_ITEMS || chars + len > MAX_CHARS)) {
            send(queue, batch);
            batch = [];
            chars = 0;
          }
          batch.push(key);
          chars += len;
        }
        if (batch.length) send(queue, batch);
      }
    }

    /** Resolve to the result for each text (null where the server gave none), in order. */
    function check(texts, lang, disabledRules = []) {
      const group = groupOf(lang, disabledRules);
      return Promise.all(texts.map((text) => {
        const key = keyOf(group, text);
        if (cache.has(key)) {
          const hit = cache.get(key);
          remember(key, hit);
          return hit;
        }
        return new Promise((resolve) => {
          const item = pending.get(key);
          if (item) return item.waiters.push(resolve);
          pending.set(key, { text, group, waiters: [resolve] });
          if (!queues.has(group)) queues.set(group, { lang, disabledRules: [...disabledRules], keys: [] });
          queues.get(group).keys.push(key);
          if (!timer) timer = setTimer(flush, DELAY_MS);
        });
      }));
    }

    return { check, clear: () => cache.clear(), size: () => cache.size, digest: () => digest };
  }

  const api = { createBatcher, MAX_ITEMS, MAX_CHARS, CACHE_SIZE };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.batcher = api;
})();
