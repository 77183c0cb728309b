// Shared test helpers: a jsdom document from HTML.
let JSDOM;
try {
  ({ JSDOM } = require('jsdom'));
} catch (err) {
  throw new Error('jsdom is missing: run `npm ci` in extension/ before `node --test tests/`');
}

/** Return a jsdom window whose body holds `html`. */
function dom(html) {
  return new JSDOM('<!doctype html><html><head></head><body>' + html + '</body></html>').window;
}

module.exports = { dom };
