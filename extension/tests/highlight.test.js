const test = require('node:test');
const assert = require('node:assert/strict');
const { createTracker, mergeOverlaps } = require('../content/highlight.js');
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

test('the blocks of one message go out as one text; ranges cover the phrase across inline nodes (issue 11, defect 3)', () => {
  const { d, asked, painted, tracker } = setup('<div id="m"><p id="a">欠款未還，律<b>師</b>函已發出</p><p id="b">明天吃飯</p><p>OK</p></div><div id="n"><p>12:30</p></div>');
  tracker.refresh(d.body);
  assert.deepEqual(asked, ['欠款未還，律師函已發出\n明天吃飯\nOK']); // "12:30" has no letter: never sent
  assert.deepEqual([...painted].map((e) => e.range.toString()), ['律師函']);
  tracker.refresh(d.body);
  assert.equal(asked.length, 1);
  assert.equal(tracker.entries().length, 1);
  assert.equal(tracker.flaggedMessages().length, 1);
});

test('a changed line re-reads its whole message; removed messages lose their highlights', () => {
  const { d, asked, painted, tracker } = setup('<div id="list"><div id="m1"><p id="a">律師函已發出，欠款</p></div><div id="m2"><p id="b">普通文字</p></div></div>');
  tracker.refresh(d.body);
  d.getElementById('b').firstChild.data = '律師函再次發出，欠款';
  tracker.refresh(d.getElementById('b'));
  assert.equal(asked.at(-1), '律師函再次發出，欠款');
  assert.equal(painted.size, 2);
  d.getElementById('m1').remove();
  tracker.refresh(d.getElementById('list'));
  assert.equal(painted.size, 1);
  assert.equal(tracker.entries()[0].el, d.getElementById('m2'));
});

test('overlapping matches merge into one phrase with one section per rule (issue 11, defect 6)', () => {
  const a = { offset: 2, length: 4, rule: 'home-visit.door', severity: 'medium', category: 'home_visit' };
  const b = { offset: 4, length: 2, rule: 'abuse.x', severity: 'high', category: 'abuse' };
  const c = { offset: 2, length: 4, rule: 'home-visit.door', severity: 'medium', category: 'home_visit' };
  const groups = mergeOverlaps([a, b, c, { offset: 9, length: 1, rule: 'u', severity: 'low' }]);
  assert.deepEqual(groups.map((g) => [g.offset, g.end, g.matches.map((m) => m.rule)]), [[2, 6, ['abuse.x', 'home-visit.door']], [9, 10, ['u']]]);
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
