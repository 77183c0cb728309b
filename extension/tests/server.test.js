const test = require('node:test');
const assert = require('node:assert/strict');
const { createServer, BACKOFF_MS } = require('../background/server.js');

function response(status, body, headers = {}) {
  return { ok: status >= 200 && status < 300, status, json: async () => body, headers: { get: (k) => headers[k] ?? null } };
}

function client(replies, token = '') {
  const calls = [];
  const waits = [];
  const server = createServer({
    config: async () => ({ serverUrl: 'http://127.0.0.1:8737', token }),
    fetchImpl: async (url, init) => {
      calls.push({ url, init });
      const next = replies.shift();
      if (next instanceof Error) throw next;
      return next;
    },
    sleepImpl: async (ms) => waits.push(ms),
  });
  return { server, calls, waits };
}

test('check posts texts with ids and the language, with the bearer token', async () => {
  const { server, calls } = client([response(200, { results: [] })], 's3cret');
  await server.check(['甲', '乙'], 'zh-Hans');
  assert.equal(calls[0].url, 'http://127.0.0.1:8737/v1/check');
  assert.deepEqual(JSON.parse(calls[0].init.body), { texts: [{ id: '0', text: '甲' }, { id: '1', text: '乙' }], lang: 'zh-Hans' });
  assert.equal(calls[0].init.headers.Authorization, 'Bearer s3cret');
});

test('no token, no Authorization header; rule ids are URL-encoded', async () => {
  const { server, calls } = client([response(200, {})]);
  await server.rule('legal-threat.lawyer-letter', 'en');
  assert.equal(calls[0].url, 'http://127.0.0.1:8737/v1/rules/legal-threat.lawyer-letter?lang=en');
  assert.equal('Authorization' in calls[0].init.headers, false);
});

test('network failures and 5xx are retried with backoff, then succeed', async () => {
  const { server, calls, waits } = client([new TypeError('Failed to fetch'), response(503, {}), response(200, { status: 'ok' })]);
  assert.deepEqual(await server.health(), { status: 'ok' });
  assert.equal(calls.length, 3);
  assert.deepEqual(waits, BACKOFF_MS);
});

test('an unreachable server fails after the last attempt with kind "unreachable"', async () => {
  const { server, calls } = client([new TypeError('x'), new TypeError('x'), new TypeError('x')]);
  await assert.rejects(server.health(), (err) => err.kind === 'unreachable');
  assert.equal(calls.length, BACKOFF_MS.length + 1);
});

test('401 is not retried and says "unauthorized"; the server message is kept', async () => {
  const { server, calls } = client([response(401, { error: { code: 'unauthorized', message: 'token missing' } })]);
  await assert.rejects(server.rules('en'), (err) => err.kind === 'unauthorized' && err.message === 'token missing');
  assert.equal(calls.length, 1);
});

test('429 waits for Retry-After (capped) before retrying', async () => {
  const { server, waits } = client([response(429, {}, { 'Retry-After': '2' }), response(200, {})]);
  await server.health();
  assert.deepEqual(waits, [2000]);
});
