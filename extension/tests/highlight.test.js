const test = require('node:test');
const assert = require('node:assert/strict');
const { createTracker } = require('../content/highlight.js');
const { dom } = require('./helpers.js');

// A fake server: flags every "律師函" in a text.
function answer(text) {
  const matches = [];
  for (let i = text.indexOf('律師函'); i >= 0; i = text.indexOf('律師函', i + 1)) {
    matches.push({ offset: i, length: 3, text: '律師函', rule: 'legal-threat.lawyer-letter', category: 'legal_threat', severity: 'high' });
  }
  return { matches };
}

function setup(html, filter = (m) => m) {
  const w = dom(html);
  const asked = [];
  const answers = new Map();
  const painted = new Set();
  const checker = {
    get: (t) => answers.get(t),
    want: (texts) => { for (const t of texts) if (!answers.has(t)) { asked.push(t); answers.set(t, answer(t)); } },
  };
  const painter = { add: (e) => painted.add(e), remove: (e) => painted.delete(e) };
  const tracker = createTracker({ checker, painter, filter, skip: (el) => el.localName === 'dunwatch-ui' });
  return { w, d: w.document, asked, painted, tracker };
}

test('blocks are checked once; ranges cover the phrase across inline nodes', () => {
  const { d, asked, painted, tracker } = setup('<p id="a">欠款未還，律<b>師</b>函已發出</p><p id="b">明天吃飯</p><p>OK</p>');
  tracker.refresh(d.body);
  assert.deepEqual(asked, ['欠款未還，律師函已發出', '明天吃飯']); // "OK" has no Han: never sent
  assert.deepEqual([...painted].map((e) => e.range.toString()), ['律師函']);
  tracker.refresh(d.body);
  assert.equal(asked.length, 2);
  assert.equal(tracker.entries().length, 1);
});

test('a changed block is checked again; removed blocks lose their highlights', () => {
  const { d, asked, painted, tracker } = setup('<div id="list"><p id="a">律師函已發出，欠款</p><p id="b">普通文字</p></div>');
  tracker.refresh(d.body);
  d.getElementById('b').firstChild.data = '律師函再次發出，欠款';
  tracker.refresh(d.getElementById('b'));
  assert.equal(asked.at(-1), '律師函再次發出，欠款');
  assert.equal(painted.size, 2);
  d.getElementById('a').remove();
  tracker.refresh(d.getElementById('list'));
  assert.equal(painted.size, 1);
  assert.equal(tracker.entries()[0].el, d.getElementById('b'));
});

test('the filter hides matches and repaint applies a new filter without asking again', () => {
  let hide = false;
  const { d, asked, tracker } = setup('<p>律師函已發出，欠款</p>', (ms) => (hide ? [] : ms));
  tracker.refresh(d.body);
  assert.equal(tracker.entries().length, 1);
  hide = true;
  tracker.repaint();
  assert.equal(tracker.entries().length, 0);
  assert.equal(asked.length, 1);
});

test('text inside editable areas and the extension host is never read', () => {
  const { d, asked, tracker } = setup('<div contenteditable>律師函草稿</div><textarea>律師函</textarea><dunwatch-ui>律師函卡片</dunwatch-ui>');
  tracker.refresh(d.body);
  tracker.refresh(d.querySelector('[contenteditable]'));
  assert.deepEqual(asked, []);
});
