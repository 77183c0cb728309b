// Request: ask the background to check texts, remembering every answer by text for the rulebook
// digest it came with, so unchanged text is never sent twice and a new rulebook is noticed at once. Texts the server could not answer are retried with backoff. Answers are handed on
// together: each hand-over repaints highlights, and every repaint costs the page a rendering frame.
(function () {
  'use strict';

  const MAX_PER_MESSAGE = 40;
  const RETRY_MS = [2000, 5000, 15000, 30000, 60000];
  // While answers to a flush keep arriving, hand them on at most this often; the last one goes at once.
  const DELIVER_MS = 150;

  /**
   * Create a checker. `send(texts)` resolves to {results: [result|null]} in the same order (null:
   * not answered); `onResults(texts)` is called with the texts that just got an answer: once when no
   * request is left in flight, and meanwhile at most every DELIVER_MS (a page of 1,000 messages sends
   * 25 requests whose answers trickle in; painting each one separately costs a frame apiece, frames
   * that the local server's work on the same cores can stretch past 50 ms).
   */
  function createChecker({ send, onResults, onRulebook, setTimer = setTimeout }) {
    const answers = new Map();   // text -> result, all from the rulebook `digest`
    let digest = null;
    const queued = new Set();    // texts waiting for the next flush
    const inFlight = new Set();
    let flushTimer = null;
    let failures = 0;
    let retryTimer = null;
    const failed = new Set();
    const ready = new Set();     // answered texts not yet handed on
    let deliverTimer = null;

    function deliver() {
      deliverTimer = null;
      if (!ready.size) return;
      const texts = [...ready];
      ready.clear();
      onResults(texts);
    }

    function schedule(delay) {
      if (flushTimer) return;
      flushTimer = setTimer(() => {
        flushTimer = null;
        flush();
      }, delay);
    }

    async function sendBatch(texts) {
      texts.forEach((t) => inFlight.add(t));
      let reply = null;
      try {
        reply = await send(texts);
      } catch (_) {
        reply = null;
      }
      texts.forEach((t) => inFlight.delete(t));
      const next = reply && reply.rulebook && reply.rulebook.digest;
      if (next && digest && next !== digest) {
        // The rulebook changed under this page: every answer at hand is stale. The owner resets and
        // asks again; this reply is dropped with the rest.
        digest = next;
        if (onRulebook) onRulebook(reply.rulebook);
        return;
      }
      if (next) digest = next;
      const done = [];
      texts.forEach((text, i) => {
        const result = reply && reply.results ? reply.results[i] : null;
        if (result) {
          answers.set(text, result);
          done.push(text);
        } else {
          failed.add(text);
        }
      });
      if (done.length) {
        failures = 0;
        done.forEach((t) => ready.add(t));
        if (!inFlight.size && !queued.size) deliver();
        else if (!deliverTimer) deliverTimer = setTimer(deliver, DELIVER_MS);
      }
      if (failed.size) retryLater();
    }

    function retryLater() {
      if (retryTimer) return;
      const delay = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)];
      failures += 1;
      retryTimer = setTimer(() => {
        retryTimer = null;
        const again = [...failed];
        failed.clear();
        again.forEach((t) => queued.add(t));
        flush();
      }, delay);
    }

    function flush() {
      const texts = [...queued];
      queued.clear();
      for (let i = 0; i < texts.length; i += MAX_PER_MESSAGE) sendBatch(texts.slice(i, i + MAX_PER_MESSAGE));
    }

    return {
      /** Return the answer for a text, or undefined while there is none. */
      get: (text) => answers.get(text),
      /** Ask for texts that have no answer and are not on their way. */
      want(texts) {
        let added = false;
        for (const t of texts) {
          if (answers.has(t) || inFlight.has(t) || queued.has(t) || failed.has(t)) continue;
          queued.add(t);
          added = true;
        }
        if (added) schedule(30);
      },
      /** Forget every answer (the language or the rulebook changed). */
      reset() {
        answers.clear();
        failed.clear();
        ready.clear();
        failures = 0;
      },
      size: () => answers.size,
      digest: () => digest,
    };
  }

  const api = { createChecker, MAX_PER_MESSAGE, RETRY_MS, DELIVER_MS };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.checker = api;
})();
