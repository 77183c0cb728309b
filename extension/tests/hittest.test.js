const test = require('node:test');
const assert = require('node:assert/strict');
const { inRect, underPoint, isControl } = require('../content/hittest.js');
const { dom } = require('./helpers.js');
const { badgeFor, statusOf, flaggedCount } = require('../background/status.js');

const entry = (severity, rects) => ({ match: { severity }, range: { getClientRects: () => rects } });
const rect = (left, top, width, height) => ({ left, top, right: left + width, bottom: top + height });

test('inRect includes the edges (with one pixel of slop)', () => {
  const r = rect(10, 10, 20, 10);
  assert.equal(inRect(r, 10, 10), true);
  assert.equal(inRect(r, 30.5, 20.5), true);
  assert.equal(inRect(r, 32, 15), false);
});

test('underPoint finds ranges over a point on any of their line boxes, most severe first', () => {
  const wrapped = entry('low', [rect(100, 0, 50, 20), rect(0, 20, 40, 20)]); // a phrase over two lines
  const high = entry('high', [rect(0, 20, 30, 20)]);
  const far = entry('medium', [rect(500, 500, 10, 10)]);
  assert.deepEqual(underPoint([wrapped, high, far], 10, 30), [high, wrapped]);
  assert.deepEqual(underPoint([wrapped, high, far], 300, 300), []);
});

test('isControl: links, buttons, menus and ARIA widgets of the page are never taken (issue 11, defect 1)', () => {
  const d = dom('<a href="#"><b id="a">律師函</b></a><div role="menuitem"><span id="m">x</span></div><p id="p">律師函</p><div role="option"><span id="o">x</span></div>').document;
  assert.equal(isControl(d.getElementById('a')), true);
  assert.equal(isControl(d.getElementById('m')), true);
  assert.equal(isControl(d.getElementById('o')), true);
  assert.equal(isControl(d.getElementById('p')), false);
});

test('badgeFor: a down server wins over counts; counts cap at 999+', () => {
  assert.equal(badgeFor('unreachable', 5).text, '!');
  assert.deepEqual(badgeFor('unreachable', 0).title, ['badge_unreachable']);
  assert.equal(badgeFor('unauthorized', 0).text, '!');
  assert.equal(badgeFor('ok', 0).text, '');
  assert.equal(badgeFor('ok', 3).text, '3');
  assert.equal(badgeFor('unknown', 1200).text, '999+');
});

test('statusOf and flaggedCount', () => {
  assert.equal(statusOf(null), 'ok');
  assert.equal(statusOf({ kind: 'unreachable' }), 'unreachable');
  assert.equal(statusOf({ kind: 'http', status: 503 }), 'unreachable');
  assert.equal(statusOf({ kind: 'unauthorized', status: 401 }), 'unauthorized');
  assert.equal(statusOf({ kind: 'http', status: 400 }), 'error');
  const frames = { 0: { matches: [{ severity: 'high' }, { severity: 'info' }] }, 3: { matches: [{ severity: 'low' }] } };
  assert.equal(flaggedCount(frames), 2);
});
