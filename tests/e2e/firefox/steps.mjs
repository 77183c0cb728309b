// What the Firefox runner shares with tests/e2e/scenarios.py, in JavaScript: loading the scenario files,
// "$name" substitution, matchers, the highlight colours of highlight.css, the live server's answer.
import fs from 'node:fs';
import path from 'node:path';

/** Return every scenario, each with its file's name as a prefix of its id. */
export function loadScenarios(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((file) =>
    JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).map((s) => ({ ...s, id: `${file.slice(0, -5)}::${s.name}` })));
}

/** Replace "$name" strings (whole values) by values saved by earlier steps. */
export function substitute(value, saved) {
  if (typeof value === 'string' && value.startsWith('$') && value.slice(1) in saved) return saved[value.slice(1)];
  if (Array.isArray(value)) return value.map((v) => substitute(v, saved));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, saved)]));
  return value;
}

export function pick(value, dotted) {
  for (const part of dotted ? dotted.split('.') : []) value = Array.isArray(value) ? value[Number(part)] : (value || {})[part];
  return value;
}

// Python's == on JSON values.
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const has = (v, x) => (typeof v === 'string' ? v.includes(x) : Array.isArray(v) ? v.some((y) => same(y, x)) : Boolean(v) && x in v);

/** Return why `value` does not satisfy the step's matchers, or null when it does. */
export function failure(value, step, saved) {
  value = pick(value, step.path);
  const size = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).length
    : value && value.length !== undefined ? value.length : value;
  const tests = {
    equals: (w) => same(value, w),
    contains: (w) => value !== null && value !== undefined && has(value, w),
    excludes: (w) => value === null || value === undefined || !has(value, w),
    atLeast: (w) => size !== null && size !== undefined && size >= w,
    atMost: (w) => size !== null && size !== undefined && size <= w,
    length: (w) => value !== null && typeof value === 'object' || typeof value === 'string' ? size === w : false,
    truthy: () => Boolean(value) && !(Array.isArray(value) && !value.length),
    falsy: () => !value || (Array.isArray(value) && !value.length),
    isNull: () => value === null || value === undefined,
    notNull: () => value !== null && value !== undefined,
  };
  for (const [key, test] of Object.entries(tests)) {
    if (!(key in step)) continue;
    const want = substitute(step[key], saved);
    if (!test(want)) return `${key} ${JSON.stringify(want)} failed on ${JSON.stringify(value)}`.slice(0, 2000);
  }
  return null;
}

/** Return the colour each highlight style draws with, from highlight.css (decoration or background). */
export function highlightColours(root) {
  const css = fs.readFileSync(path.join(root, 'extension', 'content', 'highlight.css'), 'utf8');
  const out = {};
  for (const [, name, body] of css.matchAll(/::highlight\(dunwatch-(\w+)\)\s*\{([^}]*)\}/g)) {
    const found = body.match(/text-decoration:[^;]*?(rgb\([^)]*\))/) || body.match(/background-color:\s*(rgb\([^)]*\))/);
    if (found) out[name] = found[1];
  }
  return out;
}

/** Return the phrases a reader sees: overlapping matches merged into one span of `text`, sorted. */
export function merged(text, matches) {
  const spans = [];
  for (const m of [...matches].sort((a, b) => a.offset - b.offset || b.length - a.length)) {
    const last = spans[spans.length - 1];
    if (last && m.offset < last[1]) last[1] = Math.max(last[1], m.offset + m.length);
    else spans.push([m.offset, m.offset + m.length]);
  }
  return spans.map(([a, b]) => text.slice(a, b)).sort();
}

/** Return the phrases the live server flags in `text` (merged, sorted). */
export async function serverMatches(server, text, lang) {
  const response = await fetch(server + '/v1/check', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ texts: [text], lang }),
  });
  const body = await response.json();
  return merged(text, body.results[0].matches);
}
