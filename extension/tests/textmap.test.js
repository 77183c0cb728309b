const test = require('node:test');
const assert = require('node:assert/strict');
const C = require('../content/collect.js');
const T = require('../content/textmap.js');
const { dom } = require('./helpers.js');

function blockOf(html) {
  const w = dom('<div id="d">' + html + '</div>');
  return C.collectBlocks(w.document.getElementById('d'))[0];
}

test('a match over three inline nodes maps to one range with that text', () => {
  const block = blockOf('欠款未還，律<b>師</b>函已發出');
  const offset = block.text.indexOf('律師函');
  const range = T.rangeFor(block, offset, 3, '律師函');
  assert.equal(range.toString(), '律師函');
  assert.equal(range.startContainer.data, '欠款未還，律');
  assert.equal(range.endContainer.data, '函已發出');
  assert.equal(range.endOffset, 1);
});

test('offsets are UTF-16 code units: emoji before the phrase', () => {
  const block = blockOf('😡👊 欠款逾期 <span>🙂</span>律師函已發出');
  const offset = block.text.indexOf('律師函已發出');
  assert.equal(offset, [...'😡👊 欠款逾期 🙂'].length + 3); // three astral characters = three extra units
  const range = T.rangeFor(block, offset, 6, '律師函已發出');
  assert.equal(range.toString(), '律師函已發出');
});

test('a match ending at a node end does not spill into the next node', () => {
  const block = blockOf('<span>律師函</span><span>已發出</span>');
  const range = T.rangeFor(block, 0, 3, '律師函');
  assert.equal(range.endContainer.data, '律師函');
  assert.equal(range.endOffset, 3);
});

test('a start in a joining gap moves to the next node, an end in a gap to the previous node end', () => {
  const block = blockOf('律師<br>函件');
  assert.equal(block.text, '律師\n函件');
  assert.equal(T.rangeFor(block, 2, 3).toString(), '函件');
  assert.equal(T.rangeFor(block, 0, 3).toString(), '律師');
});

test('a stale or out-of-range match gives no range', () => {
  const block = blockOf('律師函已發出');
  assert.equal(T.rangeFor(block, 0, 3, '別的字'), null);
  assert.equal(T.rangeFor(block, 4, 10), null);
  assert.equal(T.rangeFor(block, 0, 0), null);
  assert.equal(T.rangeFor(block, -1, 2), null);
});

test('segmentIndex finds the last segment at or before an offset', () => {
  const segs = [{ start: 0 }, { start: 5 }, { start: 9 }];
  assert.equal(T.segmentIndex(segs, 0), 0);
  assert.equal(T.segmentIndex(segs, 4), 0);
  assert.equal(T.segmentIndex(segs, 5), 1);
  assert.equal(T.segmentIndex(segs, 100), 2);
});

test('every offset of a mixed text maps back to the same characters', () => {
  const block = blockOf('a😀<b>b律</b>師<i>😡函<u>c</u></i>d');
  for (let start = 0; start < block.text.length; start++) {
    for (let end = start + 1; end <= block.text.length; end++) {
      const want = block.text.slice(start, end);
      const range = T.rangeFor(block, start, end - start, want);
      assert.ok(range, `no range for ${start}..${end}`);
      assert.equal(range.toString(), want);
    }
  }
});
