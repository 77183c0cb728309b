"""The engine against OpenCC conversion alone and the naive pipeline, side by side; how its cost grows.

Figures (issue 14), each a median over RUNS runs on fresh texts:
- the whole engine vs opencc-python-reimplemented's t2s conversion of the same text vs the naive
  pipeline (that conversion, then a regex search per pattern rule), CPU time of this process;
- per-message cost against the rulebook's size (100 … 3,000 rules) and against message length
  (50 … 20,000 characters), to show sub-linear and linear growth;
- a loaded engine's memory and the rulebook's load time, each in a fresh process.
"""
from __future__ import annotations

import dataclasses
import json
import random
import re
import subprocess
import sys
import time

import regex

from dunwatch import Engine
from dunwatch.normalize import convert_chars
from dunwatch.regex.branches import branches

from .stats import summary
from .texts import batches, make_messages

RUNS = 5
TOTAL_BYTES = 2 * 1024 * 1024
NAIVE_BYTES = 256 * 1024           # the naive pipeline is slow: timed on a slice, reported per message
RULE_COUNTS = (100, 300, 1000, 3000)
LENGTHS = (50, 200, 1000, 5000, 20000)
LENGTH_CHARS = 400_000             # characters per run and length
LOADS = 3
VARIANT_TERMS = 64                 # literal branches kept per variant pattern (see `scaled`)


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


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


def _variant_pattern(pattern: str, rng: random.Random) -> str:
    """A variant of a lexicon-built pattern: its regex part and VARIANT_TERMS of its literal terms.

    A real rule spells out to thousands of terms (lexicons times pinyin spellings); thousands of
    rules each with terms of their own would be a rulebook no one writes (3,000 full copies hold
    7.8 million terms and 14 GB). New rules reuse lexicons; a variant adds a lexicon's worth.
    """
    literals, rest = branches(convert_chars(pattern))
    kept = rng.sample(literals, min(len(literals), VARIANT_TERMS))
    return "|".join([_variant(t, rng) for t in kept] + [f"(?:{_variant(r, rng)})" for r in rest])


def scaled(engine: Engine, count: int, rng: random.Random) -> Engine:
    """Return an engine with `count` pattern rules: the real ones, then variants of them (new phrases)."""
    base = [r for r in engine.book.rules if r.kind == "pattern" and r.active]
    rules = list(base[:count])
    while len(rules) < count:
        r = base[len(rules) % len(base)]
        rules.append(dataclasses.replace(r, id=f"{r.id}-v{len(rules)}",
                                         patterns=tuple(_variant_pattern(p, rng) for p in r.patterns),
                                         anti_patterns=(), context=(), unless=()))
    return Engine(dataclasses.replace(engine.book, rules=tuple(rules)))


def mixed(engine, rng, total_bytes):
    """80% ordinary, 20% collection-heavy SMS-length texts, shuffled."""
    texts = make_messages(engine, rng, total_bytes * 0.8, False) + make_messages(engine, rng, total_bytes * 0.2, True)
    rng.shuffle(texts)
    return texts


def versus(engine: Engine, rng) -> dict:
    """Engine, OpenCC alone and the naive pipeline on the same fresh texts, RUNS times."""
    import opencc

    cc, naive = opencc.OpenCC("t2s"), NaivePipeline(engine)
    engine_t, opencc_t, naive_t, ratio, sizes = [], [], [], [], []
    for _ in range(RUNS):
        texts = mixed(engine, rng, TOTAL_BYTES)
        groups = batches(texts)
        sizes.append((len(texts), sum(len(t.encode()) for t in texts)))
        e = cpu(lambda: [engine.check(g) for g in groups])
        c = cpu(lambda: [cc.convert(t) for t in texts])
        part = texts[:max(1, len(texts) * NAIVE_BYTES // TOTAL_BYTES)]
        n = cpu(lambda: naive.check(part)) * len(texts) / len(part)
        engine_t.append(e)
        opencc_t.append(c)
        naive_t.append(n)
        ratio.append(e / c)
    per_msg = lambda ts: summary([t / m * 1e6 for t, (m, _) in zip(ts, sizes)])  # noqa: E731
    return {"messages": sizes[-1][0], "bytes": sizes[-1][1], "pattern_rules": len(naive.rules),
            "engine_us_per_message": per_msg(engine_t), "opencc_us_per_message": per_msg(opencc_t),
            "naive_us_per_message": per_msg(naive_t),
            "engine_mb_s": summary([b / t / 1e6 for t, (_, b) in zip(engine_t, sizes)]),
            "engine_over_opencc": summary(ratio),
            "naive_over_engine": summary([n / e for n, e in zip(naive_t, engine_t)])}


def rule_growth(bundled: Engine, rng) -> dict:
    """Per-message cost at each rulebook size, on the same mixed texts; build time of each engine."""
    texts = mixed(bundled, rng, TOTAL_BYTES // 4)
    groups = batches(texts)
    out = {}
    for count in RULE_COUNTS:
        start = time.perf_counter()
        engine = scaled(bundled, count, random.Random(count))
        built = time.perf_counter() - start
        out[count] = {"us_per_message": summary([cpu(lambda: [engine.check(g) for g in groups]) / len(texts) * 1e6
                                                 for _ in range(RUNS)]),
                      "build_s": built}
        del engine
    return out


def _long_texts(engine, rng, length: int) -> list[str]:
    """Texts of exactly `length` characters: corpus messages (80/20 mixed) joined by newlines."""
    pool = mixed(engine, rng, 200_000)
    out, need = [], max(1, LENGTH_CHARS // length)
    while len(out) < need:
        parts, size = [], 0
        while size < length:
            parts.append(rng.choice(pool))
            size += len(parts[-1]) + 1
        out.append("\n".join(parts)[:length])
    return out


def length_growth(engine: Engine, rng) -> dict:
    """Cost per character at each message length (batches of 50 messages, fresh texts each run)."""
    out = {}
    for length in LENGTHS:
        samples = []
        for _ in range(RUNS):
            texts = _long_texts(engine, rng, length)
            groups = batches(texts)
            samples.append(cpu(lambda: [engine.check(g) for g in groups]) / (len(texts) * length) * 1e9)
        out[length] = {"ns_per_char": summary(samples)}
    return out


_PROBE = """
import json, resource, sys, time
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
import dunwatch.engine, dunwatch.normalize  # the code, before any rulebook
before = rss()
start = time.perf_counter()
engine = dunwatch.engine.Engine.default()
loaded = time.perf_counter() - start
engine.check(["warm up"])
print(json.dumps({"load_s": loaded, "rss_mb": rss() - before}))
"""


def load_and_memory() -> dict:
    """Rulebook load time and a loaded engine's resident memory, each in a fresh process."""
    runs = [json.loads(subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                                      check=True, timeout=300).stdout) for _ in range(LOADS)]
    return {"load_s": summary([r["load_s"] for r in runs]), "rss_mb": summary([r["rss_mb"] for r in runs])}


def run() -> dict:
    bundled = Engine.default()
    rng = random.Random()
    figures = {"runs": RUNS, "rules": len([r for r in bundled.book.rules if r.active]),
               "rulebook": bundled.rulebook["version"]}
    figures["versus"] = versus(bundled, rng)
    figures["rule_growth"] = rule_growth(bundled, rng)
    g = figures["rule_growth"]
    figures["rule_growth_ratio"] = g[3000]["us_per_message"]["median"] / g[300]["us_per_message"]["median"]
    figures["length"] = length_growth(bundled, rng)
    n = figures["length"]
    figures["length_ratio"] = n[20000]["ns_per_char"]["median"] / n[200]["ns_per_char"]["median"]
    figures.update(load_and_memory())
    return figures
