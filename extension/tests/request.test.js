const test = require('node:test');
const assert = require('node:assert/strict');
const { createChecker, RETRY_MS, MAX_PER_MESSAGE, DELIVER_MS } = require('../content/request.js');

function manualTimers() {
  const queue = [];
  return {
    setTimer: (fn, ms) => { queue.push({ fn, ms }); return queue.length; },
    async run() {
      while (queue.length) {
        const { fn } = queue.shift();
        await fn();
        await new Promise((r) => setImmediate(r));
      }
    },
    delays: () => queue.map((q) => q.ms),
    queue,
  };
}

test('texts are sent once and remembered', async () => {
  const sent = [];
  const timers = manualTimers();
  const answered = [];
  const c = createChecker({
    send: async (texts) => { sent.push(texts); return { results: texts.map((t) => ({ matches: [], t })) }; },
    onResults: (texts) => answered.push(...texts),
    setTimer: timers.setTimer,
  });
  c.want(['甲', '乙', '甲']);
  c.want(['乙']);
  await timers.run();
  assert.deepEqual(sent, [['甲', '乙']]);
  assert.deepEqual(answered, ['甲', '乙']);
  c.want(['甲', '乙']);
  await timers.run();
  assert.equal(sent.length, 1);
  assert.equal(c.get('甲').t, '甲');
});

test('unanswered texts are retried later with growing delays', async () => {
  let up = false;
  const sent = [];
  const timers = manualTimers();
  const c = createChecker({
    send: async (texts) => { sent.push(texts); return up ? { results: texts.map(() => ({ matches: [] })) } : { results: [null] }; },
    onResults: () => {},
    setTimer: timers.setTimer,
  });
  c.want(['甲']);
  await timers.queue.shift().fn();            // first flush: server down
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(timers.delays(), [RETRY_MS[0]]);
  await timers.queue.shift().fn();            // retry: still down
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(timers.delays(), [RETRY_MS[1]]);
  up = true;
  await timers.run();
  assert.ok(c.get('甲'));
  assert.equal(sent.length, 3);
});

test('answers to one flush are handed on together once the last request is answered', async () => {
  const timers = manualTimers();
  const calls = [];
  const replies = [];
  const c = createChecker({
    send: (texts) => new Promise((resolve) => replies.push(() => resolve({ results: texts.map(() => ({ matches: [] })) }))),
    onResults: (texts) => calls.push(texts),
    setTimer: timers.setTimer,
  });
  const texts = Array.from({ length: MAX_PER_MESSAGE + 1 }, (_, i) => '文' + i);
  c.want(texts);
  await timers.queue.shift().fn();             // flush: two requests in flight
  assert.equal(replies.length, 2);
  replies[0]();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(calls, []);                 // one still in flight: held back, at most DELIVER_MS
  assert.deepEqual(timers.delays(), [DELIVER_MS]);
  replies[1]();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(calls, [texts]);            // the last answer hands everything on at once
  await timers.run();                          // the pending timer finds nothing left to hand on
  assert.equal(calls.length, 1);
});

test('answers held back are handed on after DELIVER_MS while a request is slow', async () => {
  const timers = manualTimers();
  const calls = [];
  const replies = [];
  const c = createChecker({
    send: (texts) => new Promise((resolve) => replies.push(() => resolve({ results: texts.map(() => ({ matches: [] })) }))),
    onResults: (texts) => calls.push(texts),
    setTimer: timers.setTimer,
  });
  const texts = Array.from({ length: MAX_PER_MESSAGE + 1 }, (_, i) => '字' + i);
  c.want(texts);
  await timers.queue.shift().fn();
  replies[0]();
  await new Promise((r) => setImmediate(r));
  await timers.queue.shift().fn();             // DELIVER_MS later, the other request still out
  assert.deepEqual(calls, [texts.slice(0, MAX_PER_MESSAGE)]);
  replies[1]();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(calls, [texts.slice(0, MAX_PER_MESSAGE), texts.slice(MAX_PER_MESSAGE)]);
});

test('a reply from a new rulebook tells the page, which asks again (issue 11, defect 10)', async () => {
  const timers = manualTimers();
  let digest = 'sha256:a';
  const told = [];
  const c = createChecker({
    send: async (texts) => ({ rulebook: { version: '1', digest }, results: texts.map((t) => ({ matches: [], t })) }),
    onResults: () => {},
    onRulebook: (rulebook) => told.push(rulebook.digest),
    setTimer: timers.setTimer,
  });
  c.want(['甲']);
  await timers.run();
  assert.equal(c.digest(), 'sha256:a');
  digest = 'sha256:b';
  c.want(['乙']);
  await timers.run();
  assert.deepEqual(told, ['sha256:b']);
  assert.equal(c.get('乙'), undefined); // the stale-era reply is dropped; the page resets and asks again
});
