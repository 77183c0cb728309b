const test = require('node:test');
const assert = require('node:assert/strict');
const { dom } = require('./helpers.js');
const { inDocumentOrder } = require('../content/order.js');
const { flatten, step } = require('../background/steps.js');

/** Return an entry whose range covers the first `length` characters of the element's first text node. */
function entry(win, el, name, length = 2) {
  const range = win.document.createRange();
  range.setStart(el.firstChild, 0);
  range.setEnd(el.firstChild, length);
  return { name, range };
}

test('inDocumentOrder sorts ranges by where they start, not by when they were found', () => {
  const win = dom('<p id="a">律師函已發出</p><div><p id="b">通知家人</p></div><p id="c">移送警方處理</p>');
  const $ = (id) => win.document.getElementById(id);
  const later = entry(win, $('c'), 'c');
  const inner = entry(win, $('b'), 'b');
  const first = entry(win, $('a'), 'a');
  const sameNode = { name: 'a2', range: win.document.createRange() };
  sameNode.range.setStart($('a').firstChild, 3);
  sameNode.range.setEnd($('a').firstChild, 5);
  assert.deepEqual(inDocumentOrder([later, sameNode, inner, first]).map((e) => e.name), ['a', 'a2', 'b', 'c']);
});

test('inDocumentOrder puts an open shadow root\'s phrases where its host is', () => {
  const win = dom('<p id="a">律師函已發出</p><div id="host"><p id="light">光</p></div><p id="c">移送警方處理</p>');
  const doc = win.document;
  const root = doc.getElementById('host').attachShadow({ mode: 'open' });
  root.innerHTML = '<p id="s">法務部通知</p><slot></slot>';
  const shadow = entry(win, root.getElementById('s'), 's');
  const light = entry(win, doc.getElementById('light'), 'light', 1);
  const a = entry(win, doc.getElementById('a'), 'a');
  const c = entry(win, doc.getElementById('c'), 'c');
  assert.deepEqual(inDocumentOrder([c, light, shadow, a]).map((e) => e.name), ['a', 's', 'light', 'c']);
});

test('flatten lists every frame\'s phrases, top frame first, each in its reported order', () => {
  const frames = {
    7: { matches: [{ key: 1 }] },
    0: { matches: [{ key: 5 }, { key: 2 }] },
    3: { matches: [] },
  };
  assert.deepEqual(flatten(frames), [{ frameId: 0, key: 5 }, { frameId: 0, key: 2 }, { frameId: 7, key: 1 }]);
  assert.deepEqual(flatten(undefined), []);
});

test('step goes to the next or previous phrase and wraps around', () => {
  const items = [{ frameId: 0, key: 5 }, { frameId: 0, key: 2 }, { frameId: 7, key: 2 }];
  assert.deepEqual(step(items, null, 1), items[0]);
  assert.deepEqual(step(items, null, -1), items[2]);
  assert.deepEqual(step(items, items[0], 1), items[1]);
  assert.deepEqual(step(items, { frameId: 0, key: 2 }, 1), items[2]); // the same key in another frame is another phrase
  assert.deepEqual(step(items, items[2], 1), items[0]);
  assert.deepEqual(step(items, items[0], -1), items[2]);
  assert.deepEqual(step(items, { frameId: 0, key: 99 }, 1), items[0]); // gone (repainted): start over
  assert.deepEqual(step(items, { frameId: 0, key: 99 }, -1), items[2]);
  assert.deepEqual(step([items[1]], items[1], 1), items[1]);
  assert.equal(step([], null, 1), null);
});
