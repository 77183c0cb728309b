"""Fresh SMS-length texts for each run, built from the real corpus and the rulebook's examples.

Fresh texts matter: the server caches by text, and a benchmark that repeats texts measures the cache.
Ordinary text is the benign corpus (news sentences, ads, reminders, hard negatives); collection-heavy
text joins collection items and rule examples, so most messages fire several rules.
"""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


@lru_cache(maxsize=None)
def _corpus(label: str) -> tuple[str, ...]:
    texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item["label"] == label:
                    texts.append(item["text"])
    return tuple(texts)


def make_messages(engine, rng: random.Random, total_bytes: int, heavy: bool) -> list[str]:
    """Return unique messages of up to 200 characters totalling `total_bytes` of UTF-8."""
    if heavy:
        pool = list(_corpus("collection")) + [e.text for r in engine.book.rules if r.active
                                              for e in r.match_examples]
    else:
        pool = list(_corpus("benign"))
    out, size = [], 0
    while size < total_bytes:
        parts = [rng.choice(pool) for _ in range(rng.randint(1, 2))]
        text = f"{rng.randint(1, 999999)} " + "。".join(parts)
        text = text[:200]
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def batches(items: list, size: int = 50) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]
