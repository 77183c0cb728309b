"""Fresh SMS-length texts for each run, built from the rulebook's own examples plus random filler.

Fresh texts matter: the server caches by text, and a benchmark that repeats texts measures the cache.
"""
from __future__ import annotations

import random

FILLER = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
          "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从"
          "业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么"
          "利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文"
          "總經濟發展裡會們這對時說來還開關點過數學問體應當進動實際")


def _noise(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(FILLER) for _ in range(n))


def make_messages(engine, rng: random.Random, total_bytes: int, heavy: bool) -> list[str]:
    """Return messages of 30-160 characters totalling `total_bytes` of UTF-8."""
    rules = [r for r in engine.book.rules if r.active]
    positives = [e.text for r in rules for e in r.match_examples]
    negatives = [e.text for r in rules for e in r.no_match_examples]
    out, size = [], 0
    while size < total_bytes:
        parts = [_noise(rng, rng.randint(5, 40)), str(rng.randint(1, 99999))]
        parts.append(rng.choice(negatives))
        if heavy:
            parts += [rng.choice(positives), rng.choice(positives)]
        rng.shuffle(parts)
        text = "，".join(parts)[:160]
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def batches(items: list, size: int = 50) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]
