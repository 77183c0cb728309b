const test = require('node:test');
const assert = require('node:assert/strict');
const C = require('../content/collect.js');
const { dom } = require('./helpers.js');

const texts = (blocks) => blocks.map((b) => b.text);

test('text split over inline elements is one block with a node map', () => {
  const w = dom('<p id="p">欠款逾期，律<b>師</b>函<i>已</i>發出</p>');
  const [block] = C.collectBlocks(w.document.getElementById('p'));
  assert.equal(block.text, '欠款逾期，律師函已發出');
  assert.equal(block.segments.length, 5);
  assert.deepEqual(block.segments.map((s) => [s.node.data, s.start]),
    [['欠款逾期，律', 0], ['師', 6], ['函', 7], ['已', 8], ['發出', 9]]);
});

test('nested blocks are blocks of their own, joined by a break in the parent', () => {
  const w = dom('<div id="d">前言<p>段落一</p>結語<div>段落二</div></div>');
  const blocks = C.collectBlocks(w.document.getElementById('d'));
  assert.deepEqual(texts(blocks), ['前言\n結語', '段落一', '段落二']);
  const parent = blocks[0];
  assert.equal(parent.segments[1].start, 3); // "結語" after the joining "\n"
});

test('<br> becomes a newline that maps to no node', () => {
  const w = dom('<div id="d">第一行<br>第二行</div>');
  const [block] = C.collectBlocks(w.document.getElementById('d'));
  assert.equal(block.text, '第一行\n第二行');
  assert.equal(block.segments.length, 2);
});

test('editable areas, form fields, scripts and the extension host are left alone', () => {
  const w = dom(`<div id="d">可讀文字
    <textarea>律師函草稿</textarea><input value="律師函">
    <div contenteditable="true">我正在寫<b>律師函</b></div>
    <div contenteditable="false">不可編輯律師函</div>
    <script>var s = "律師函";</script><style>p{}</style>
    <dunwatch-ui>卡片</dunwatch-ui></div>`);
  const blocks = C.collectBlocks(w.document.getElementById('d'), { skip: (el) => el.localName === 'dunwatch-ui' });
  const all = texts(blocks).join('|');
  assert.ok(all.includes('可讀文字'));
  assert.ok(all.includes('不可編輯律師函'));
  for (const hidden of ['草稿', '我正在寫', 'var s', '卡片']) assert.ok(!all.includes(hidden), hidden);
});

test('isInsideSkipped sees an editable ancestor', () => {
  const w = dom('<div contenteditable><p><span id="s">x</span></p></div><p id="ok">y</p>');
  assert.equal(C.isInsideSkipped(w.document.getElementById('s')), true);
  assert.equal(C.isInsideSkipped(w.document.getElementById('ok')), false);
});

test('open shadow roots are read as blocks of their own', () => {
  const w = dom('<div id="host"></div>');
  const host = w.document.getElementById('host');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<span>律師函</span>已發出';
  const blocks = C.collectBlocks(w.document.body);
  const shadowBlock = blocks.find((b) => b.el === root);
  assert.ok(shadowBlock);
  assert.equal(shadowBlock.text, '律師函已發出');
  assert.equal(C.isWithin(root.firstChild.firstChild, w.document.body), true);
});

test('blockOf climbs inline elements only', () => {
  const w = dom('<div id="d"><p id="p">a<b><i id="i">b</i></b></p></div>');
  const d = w.document;
  assert.equal(C.blockOf(d.getElementById('i').firstChild), d.getElementById('p'));
  assert.equal(C.blockOf(d.getElementById('p')), d.getElementById('p'));
  assert.equal(C.blockOf(d), d);
});

test('worthChecking takes any text with a letter, English too (issue 11, defect 12)', () => {
  assert.equal(C.worthChecking('Hello world'), true);
  assert.equal(C.worthChecking('OK 律'), true);
  assert.equal(C.worthChecking('😀 律師'), true);
  assert.equal(C.worthChecking('12:30 · 😀'), false);
});

test('chunksOf covers the text, keeps offsets, and never splits a surrogate pair', () => {
  const text = ('欠款逾期。'.repeat(30) + '😀').repeat(20);
  const pieces = C.chunksOf(text, 97);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  for (const p of pieces) {
    assert.ok(p.text.length <= 97);
    assert.equal(text.slice(p.offset, p.offset + p.text.length), p.text);
    const last = p.text.charCodeAt(p.text.length - 1);
    assert.ok(!(last >= 0xd800 && last <= 0xdbff), 'ends inside a surrogate pair');
  }
  assert.deepEqual(C.chunksOf('短', 10), [{ offset: 0, text: '短' }]);
});

test('sameBlock compares text and nodes', () => {
  const w = dom('<p id="p">律<b>師</b>函</p>');
  const p = w.document.getElementById('p');
  const [a] = C.collectBlocks(p);
  const [b] = C.collectBlocks(p);
  assert.equal(C.sameBlock(a, b), true);
  p.querySelector('b').firstChild.data = '帥';
  const [c] = C.collectBlocks(p);
  assert.equal(C.sameBlock(a, c), false);
});
