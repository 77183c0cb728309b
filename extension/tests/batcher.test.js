const test = require('node:test');
const assert = require('node:assert/strict');
const { createBatcher, MAX_ITEMS } = require('../background/batcher.js');

const result = (text) => ({ id: '0', flagged: false, risk: 'none', score: 0, matches: [], echo: text });

function fakePost(log, opts = {}) {
  return async (texts, lang, options) => {
    log.push({ texts: [...texts], lang, disabled: (options && options.disabledRules) || [] });
    if (opts.fail) throw Object.assign(new Error('down'), { kind: 'unreachable' });
    if (opts.tooLarge && texts.length > 1) throw Object.assign(new Error('413'), { kind: 'too-large', status: 413 });
    return { rulebook: { version: '1', digest: opts.digest ? opts.digest() : 'd1' }, results: texts.map(result) };
  };
}

test('texts asked for together go out in one request, in order', async () => {
  const log = [];
  const b = createBatcher({ post: fakePost(log) });
  const [a, c] = await Promise.all([b.check(['一', '二'], 'zh-Hant'), b.check(['三'], 'zh-Hant')]);
  assert.equal(log.length, 1);
  assert.deepEqual(log[0].texts, ['一', '二', '三']);
  assert.deepEqual(a.map((r) => r.echo), ['一', '二']);
  assert.equal(c[0].echo, '三');
});

test('answers are cached by language and text: unchanged text is never sent again', async () => {
  const log = [];
  const b = createBatcher({ post: fakePost(log) });
  await b.check(['欠款'], 'zh-Hant');
  await b.check(['欠款'], 'zh-Hant');
  assert.equal(log.length, 1);
  await b.check(['欠款'], 'en');
  assert.equal(log.length, 2);
});

test('the same text asked twice while in flight is sent once', async () => {
  const log = [];
  const b = createBatcher({ post: fakePost(log) });
  await Promise.all([b.check(['同'], 'en'), b.check(['同'], 'en')]);
  assert.deepEqual(log.map((l) => l.texts), [['同']]);
});

test('big batches are split by item count', async () => {
  const log = [];
  const b = createBatcher({ post: fakePost(log) });
  const texts = Array.from({ length: MAX_ITEMS * 2 + 1 }, (_, i) => '文' + i);
  const results = await b.check(texts, 'zh-Hans');
  assert.equal(results.length, texts.length);
  assert.deepEqual(log.map((l) => l.texts.length), [MAX_ITEMS, MAX_ITEMS, 1]);
});

test('a 413 splits the batch until it fits', async () => {
  const log = [];
  const b = createBatcher({ post: fakePost(log, { tooLarge: true }) });
  const results = await b.check(['甲', '乙', '丙'], 'en');
  assert.deepEqual(results.map((r) => r.echo), ['甲', '乙', '丙']);
});

test('a failed request answers null, reports the error, and is not cached', async () => {
  const log = [];
  const outcomes = [];
  const b = createBatcher({ post: fakePost(log, { fail: true }), onOutcome: (err) => outcomes.push(err && err.kind) });
  assert.deepEqual(await b.check(['甲'], 'en'), [null]);
  assert.deepEqual(outcomes, ['unreachable']);
  assert.equal(b.size(), 0);
});

test('a new rulebook digest empties the cache', async () => {
  const log = [];
  let digest = 'd1';
  const b = createBatcher({ post: fakePost(log, { digest: () => digest }) });
  await b.check(['甲'], 'en');
  digest = 'd2';
  await b.check(['乙'], 'en');
  assert.equal(b.size(), 1);
});

test('disabled rules go to the server and are part of the cache key (issue 11, defect 11)', async () => {
  const log = [];
  const b = createBatcher({ post: fakePost(log) });
  await b.check(['欠款'], 'en', ['legal-threat.lawyer-letter']);
  await b.check(['欠款'], 'en', ['legal-threat.lawyer-letter']);
  await b.check(['欠款'], 'en', []);
  assert.deepEqual(log.map((l) => l.disabled), [['legal-threat.lawyer-letter'], []]);
});

test('answers are kept under the rulebook digest: a new digest is a miss (issue 11, defect 10)', async () => {
  const log = [];
  let digest = 'd1';
  const b = createBatcher({ post: fakePost(log, { digest: () => digest }) });
  await b.check(['甲'], 'en');
  await b.check(['甲'], 'en');
  assert.equal(log.length, 1);
  digest = 'd2';
  await b.check(['乙'], 'en');
  assert.equal(b.digest(), 'd2');
  await b.check(['甲'], 'en');
  assert.equal(log.length, 3);
});
