// Which sites Dunwatch runs on by default, and how a host name maps to a permission pattern.
(function () {
  'use strict';

  // Kept in step with manifest.json content_scripts.matches (tests/manifest.test.js checks it).
  const DEFAULT_HOSTS = [
    'mail.google.com', 'outlook.live.com', 'outlook.office.com', 'mail.yahoo.com',
    'mail.qq.com', 'wx.mail.qq.com', 'exmail.qq.com', 'mail.163.com', 'mail.126.com',
    'mail.yeah.net', 'mail.sina.com.cn', 'mail.sohu.com', 'mail.aliyun.com', 'mail.10086.cn',
    'messages.google.com', 'voice.google.com',
  ];

  /** Return the host of a URL or a bare host name, lower-cased, or '' when there is none. */
  function hostOf(input) {
    if (!input) return '';
    const text = String(input).trim();
    try {
      const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : 'https://' + text);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
      return url.hostname.toLowerCase();
    } catch (_) {
      return '';
    }
  }

  /** Return the match patterns that cover one host (both schemes: some webmail still serves http). */
  function patternsFor(host) {
    return ['https://' + host + '/*', 'http://' + host + '/*'];
  }

  /** Return the permission origin pattern for a server URL (host_permissions use no port). */
  function serverOriginPattern(serverUrl) {
    try {
      const url = new URL(serverUrl);
      return url.protocol + '//' + url.hostname + '/*';
    } catch (_) {
      return '';
    }
  }

  function isDefaultHost(host) {
    return DEFAULT_HOSTS.includes(host);
  }

  const api = { DEFAULT_HOSTS, hostOf, patternsFor, serverOriginPattern, isDefaultHost };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else globalThis.Dunwatch.hosts = api;
})();
