"""The message model: a logistic regression over character n-grams that says how much a whole
message reads like collection pressure rather than text *about* collection.

SpamAssassin pairs its rules with a Bayes classifier trained on the user's own mail; Dunwatch pairs
its rules with this model, trained by `dunwatch rules train` on the tuning part of the corpus only
(never the frozen part). The rules still find and explain every phrase; the model only vetoes: when a
message that the rules flag scores below `threshold`, the engine drops its matches. News, advice
columns, police warnings and forum posts quote the collectors' very words, and the discourse gate's
markers cannot list every way such text is written; the model weighs all of the text at once.

The model is data (`rules/model/message.json`), part of the rulebook's digest and bundle:
  {"format": 1, "ngrams": [1, 3], "bias": b, "threshold": t, "min_chars": 40, "weights": {...}, ...}
A message's features are its distinct character n-grams (whitespace dropped), each worth
1/sqrt(number of distinct n-grams), so long and short messages score on one scale.
"""
from __future__ import annotations

import math

FORMAT = 1
MAX_NGRAM = 4
MAX_WEIGHTS = 200_000
MAX_GRAM_CHARS = 16


class ModelError(ValueError):
    """The model file is not a valid message model."""


def compact(text: str) -> str:
    """`text` without whitespace: what the model reads, and what `min_chars` counts."""
    return "".join(text.split())


def ngrams(text: str, low: int, high: int) -> set[str]:
    """Distinct character n-grams of `text` with whitespace removed, for n in low..high."""
    chars = compact(text)
    return {chars[i:i + n] for n in range(low, high + 1) for i in range(len(chars) - n + 1)}


class TextModel:
    """An immutable, validated message model."""

    def __init__(self, data):
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ModelError(f"not a message model of format {FORMAT} (a JSON object with \"format\": {FORMAT})")
        grams = data.get("ngrams")
        if (not isinstance(grams, list) or len(grams) != 2 or not all(type(n) is int for n in grams)
                or not 1 <= grams[0] <= grams[1] <= MAX_NGRAM):
            raise ModelError(f"`ngrams` must be [low, high] with 1 <= low <= high <= {MAX_NGRAM}")
        self.low, self.high = grams
        self.bias = _number(data.get("bias"), "bias")
        # A short message gives the model too few n-grams to outweigh the rules (明天上门催收 is six
        # characters): below `min_chars` it never vetoes.
        self.min_chars = data.get("min_chars", 0)
        if type(self.min_chars) is not int or not 0 <= self.min_chars <= 10_000:
            raise ModelError("`min_chars` must be a whole number from 0 to 10,000")
        self.threshold = _number(data.get("threshold"), "threshold")
        if not 0.0 <= self.threshold < 1.0:
            raise ModelError("`threshold` must be a probability from 0 up to 1")
        weights = data.get("weights")
        if not isinstance(weights, dict) or len(weights) > MAX_WEIGHTS:
            raise ModelError(f"`weights` must map n-grams to numbers (at most {MAX_WEIGHTS:,})")
        for gram, weight in weights.items():
            if not 1 <= len(gram) <= MAX_GRAM_CHARS:
                raise ModelError(f"weight key {gram[:20]!r} is not an n-gram of 1 to {MAX_GRAM_CHARS} characters")
            _number(weight, f"weight of {gram!r}")
        self.weights = {gram: float(w) for gram, w in weights.items()}

    def probability(self, text: str) -> float:
        """How likely the (normalised) message is collection pressure, from 0 to 1."""
        grams = ngrams(text, self.low, self.high)
        score = self.bias
        if grams:
            weights = self.weights
            score += sum(weights.get(g, 0.0) for g in grams) / math.sqrt(len(grams))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))

    def vetoes(self, text: str) -> bool:
        """True when the model is confident enough that the message is not collection pressure."""
        if len(compact(text)) < self.min_chars:
            return False
        return self.probability(text) < self.threshold


def _number(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ModelError(f"`{what}` must be a finite number")
    return float(value)
