// The only code that talks to the Dunwatch server: one request helper with a timeout, the bearer
// token and retries with backoff, and one function per endpoint (see shared/design CONTRACT.md).
(function () {
  'use strict';

  const TIMEOUT_MS = 10000;
  const BACKOFF_MS = [400, 1200];   // waits before the 2nd and 3rd attempt

  class ServerError extends Error {
    constructor(kind, message, status) {
      super(message);
      this.kind = kind;      // 'unreachable' | 'unauthorized' | 'too-large' | 'http'
      this.status = status || 0;
    }
  }

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  /** Create a client; `config()` resolves to {serverUrl, token}. */
  function createServer({ config, fetchImpl = (...a) => fetch(...a), sleepImpl = sleep }) {
    async function once(path, init) {
      const { serverUrl, token } = await config();
      const headers = { Accept: 'application/json' };
      if (init.body) headers['Content-Type'] = 'application/json';
      if (token) headers.Authorization = 'Bearer ' + token;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      let response;
      try {
        response = await fetchImpl(serverUrl + path, { ...init, headers, signal: controller.signal, credentials: 'omit' });
      } catch (err) {
        throw new ServerError('unreachable', String((err && err.message) || err));
      } finally {
        clearTimeout(timer);
      }
      let body = null;
      try {
        body = await response.json();
      } catch (_) {
        body = null;
      }
      if (response.ok) return body;
      const message = (body && body.error && body.error.message) || 'HTTP ' + response.status;
      if (response.status === 401) throw new ServerError('unauthorized', message, 401);
      if (response.status === 413) throw new ServerError('too-large', message, 413);
      const err = new ServerError('http', message, response.status);
      err.retryAfter = Number(response.headers && response.headers.get && response.headers.get('Retry-After')) || 0;
      throw err;
    }

    /** Send a request, retrying network failures, timeouts, 429 and 5xx with backoff. */
    async function request(path, init = {}) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await once(path, init);
        } catch (err) {
          const retriable = err.kind === 'unreachable' || err.status === 429 || err.status >= 500;
          if (!retriable || attempt >= BACKOFF_MS.length) throw err;
          const wait = Math.max(BACKOFF_MS[attempt], Math.min((err.retryAfter || 0) * 1000, 5000));
          await sleepImpl(wait);
        }
      }
    }

    const q = (lang) => '?lang=' + encodeURIComponent(lang);
    return {
      request,
      check: (texts, lang, options = {}) => {
        const body = { texts: texts.map((text, i) => ({ id: String(i), text })), lang };
        if (options.disabledRules && options.disabledRules.length) body.disabled_rules = options.disabledRules;
        return request('/v1/check', { method: 'POST', body: JSON.stringify(body) });
      },
      rules: (lang) => request('/v1/rules' + q(lang), { method: 'GET' }),
      rule: (id, lang) => request('/v1/rules/' + encodeURIComponent(id) + q(lang), { method: 'GET' }),
      health: () => request('/healthz', { method: 'GET' }),
    };
  }

  const api = { createServer, ServerError, TIMEOUT_MS, BACKOFF_MS };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.server = api;
})();
