// Shared test helpers: a jsdom document from HTML.
const { JSDOM } = require('jsdom');

/** Return a jsdom window whose body holds `html`. */
function dom(html) {
  return new JSDOM('<!doctype html><html><head></head><body>' + html + '</body></html>').window;
}

module.exports = { dom };
