"""Engine against the naive pipeline (OpenCC per message, then a regex search per rule), side by side."""
from __future__ import annotations

import dataclasses
import random
import re

import regex

from dunwatch import Engine
from dunwatch.normalize import convert_chars

from .stats import summary, timed
from .texts import batches, make_messages

RUNS = 5
TOTAL_BYTES = 2 * 1024 * 1024


class NaivePipeline:
    """What a first version would do: convert each message with OpenCC, then try every rule."""

    def __init__(self, engine: Engine):
        import opencc

        self.cc = opencc.OpenCC("t2s")
        self.rules = []
        for rule in engine.book.rules:
            if rule.kind != "pattern" or not rule.active:
                continue
            compiled = []
            for p in rule.patterns:
                p = convert_chars(p)
                try:
                    compiled.append(re.compile(p))
                except re.error:  # \p{Han} and friends: the stdlib cannot, so use `regex`
                    compiled.append(regex.compile(p))
            self.rules.append((rule.id, compiled))

    def check(self, texts):
        out = []
        for text in texts:
            t = self.cc.convert(text).lower()
            out.append([rid for rid, pats in self.rules if any(p.search(t) for p in pats)])
        return out


def _variant(pattern: str, rng: random.Random) -> str:
    """Replace every Han character of a pattern with a random one: a distinct phrase, same shape."""
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) if "\u4e00" <= c <= "\u9fff" else c for c in pattern)


def scaled(engine: Engine, count: int, rng: random.Random) -> Engine:
    """Return an engine with `count` pattern rules: the real ones, then variants of them."""
    base = [r for r in engine.book.rules if r.kind == "pattern" and r.active]
    rules = list(base[:count])
    while len(rules) < count:
        r = base[len(rules) % len(base)]
        rules.append(dataclasses.replace(r, id=f"{r.id}-v{len(rules)}",
                                         patterns=tuple(_variant(p, rng) for p in r.patterns),
                                         anti_patterns=()))
    return Engine(dataclasses.replace(engine.book, rules=tuple(rules)))


def _mixed(engine, rng, total_bytes):
    texts = make_messages(engine, rng, total_bytes * 0.8, False) + make_messages(engine, rng, total_bytes * 0.2, True)
    rng.shuffle(texts)
    return texts


def _side_by_side(engine: Engine, naive: NaivePipeline, make, rng) -> dict:
    """Time the engine and the naive pipeline on the same fresh texts, RUNS times."""
    engine_t, naive_t, sizes = [], [], []
    for _ in range(RUNS):
        texts = make(rng)
        sizes.append((len(texts), sum(len(t.encode()) for t in texts)))
        groups = batches(texts)
        engine_t.append(timed(lambda: [engine.check(g) for g in groups]))
        naive_t.append(timed(lambda: [naive.check(g) for g in groups]))
    return {
        "messages": sizes[-1][0], "bytes": sizes[-1][1],
        "engine_us_per_message": summary([t / n * 1e6 for t, (n, _) in zip(engine_t, sizes)]),
        "naive_us_per_message": summary([t / n * 1e6 for t, (n, _) in zip(naive_t, sizes)]),
        "engine_mb_s": summary([b / t / 1e6 for t, (_, b) in zip(engine_t, sizes)]),
        "naive_mb_s": summary([b / t / 1e6 for t, (_, b) in zip(naive_t, sizes)]),
        "speedup": summary([n / e for n, e in zip(naive_t, engine_t)]),
    }


def run() -> dict:
    bundled = Engine.default()
    rng = random.Random()
    figures = {"runs": RUNS, "books": {}}
    for label, engine in (("bundled", bundled), ("300 rules", scaled(bundled, 300, random.Random(300)))):
        naive = NaivePipeline(engine)
        book = {"rules": len(naive.rules)}
        book["mixed"] = _side_by_side(engine, naive, lambda r: _mixed(bundled, r, TOTAL_BYTES), rng)
        for heavy, kind in ((False, "ordinary"), (True, "collection-heavy")):
            book[kind] = _side_by_side(engine, naive, lambda r: make_messages(bundled, r, TOTAL_BYTES // 4, heavy), rng)
        figures["books"][label] = book
    texts = make_messages(bundled, rng, TOTAL_BYTES // 4, heavy=False)
    growth = {}
    for count in (100, 1000):
        engine = scaled(bundled, count, random.Random(count))
        groups = batches(texts)
        growth[count] = summary([timed(lambda: [engine.check(g) for g in groups]) / len(texts) * 1e6
                                 for _ in range(RUNS)])
    figures["rule_growth_us_per_message"] = growth
    figures["rule_growth_ratio"] = growth[1000]["median"] / growth[100]["median"]
    return figures
