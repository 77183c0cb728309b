"""Disguise text the way collectors do (FACTS.md section 4), to measure the engine's robustness."""
from __future__ import annotations

import random
from functools import lru_cache

import regex

_HAN_PAIR = regex.compile(r"(?<=\p{Han})(?=\p{Han})")
_FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_SYMBOLS = ["*", "-", "☆", "★", ".", "_", "~", "♥", "😀"]


@lru_cache(maxsize=1)
def _converters():
    import opencc  # opencc-python-reimplemented: the naive, phrase-aware converter

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


@lru_cache(maxsize=1)
def _reverse_lookalikes() -> dict[str, str]:
    from importlib import resources

    text = resources.files("dunwatch").joinpath("data/lookalikes.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    # the table folds seen -> meant; a collector writes meant as seen
    return {meant: seen for seen, meant, *_ in rows}


def spaces(text: str, rng: random.Random) -> str:
    return _HAN_PAIR.sub(lambda m: " ", text)


def symbols(text: str, rng: random.Random) -> str:
    return _HAN_PAIR.sub(lambda m: rng.choice(_SYMBOLS), text)


def zero_width(text: str, rng: random.Random) -> str:
    return _HAN_PAIR.sub(lambda m: rng.choice(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]), text)


def fullwidth_digits(text: str, rng: random.Random) -> str:
    return text.translate(_FULLWIDTH_DIGITS)


def swap_script(text: str, rng: random.Random) -> str:
    t2s, s2t = _converters()
    simplified = t2s.convert(text)
    return s2t.convert(text) if simplified == text else simplified


def lookalikes(text: str, rng: random.Random) -> str:
    table = _reverse_lookalikes()
    return "".join(table.get(ch, ch) for ch in text)


TRANSFORMS = {"spaces": spaces, "symbols": symbols, "zero_width": zero_width,
              "fullwidth_digits": fullwidth_digits, "swap_script": swap_script, "lookalikes": lookalikes}
