"""The message model: logistic regressions over character n-grams that read a whole message at once.

SpamAssassin pairs its rules with a Bayes classifier trained on the user's own mail; Dunwatch pairs
its rules with this model, trained by `dunwatch rules train` on the tuning part of the corpus only
(never the frozen part). It has one *head* per question, all over the same n-grams:

- `message`: how much the message reads like collection pressure rather than text *about*
  collection. When the rules flag a message that scores below `threshold`, the engine drops its
  matches (a veto): news, advice columns, police warnings and forum posts quote the collectors' very
  words, and the discourse gate's markers cannot list every way such text is written.
- one head per category (`abuse`, `urgency`, ...): how much the message uses that tactic. When the
  rules found nothing of a category, the message scores at least `add.message` and the category's
  head at least `add.category`, a `model` rule (kinds/model.py) reports the clause that weighs most
  for that head. Collectors word a threat in more ways than patterns list; the heads learn from all
  of the labelled messages at once.

The model is data (`rules/model/message.json`), part of the rulebook's digest and bundle:
  {"format": 2, "ngrams": [1, 3], "threshold": t, "min_chars": 40, "short_threshold": s, "short_min_chars": 10,
   "add": {"message": a, "category": c},
   "heads": {"message": {"bias": b, "weights": {n-gram: weight}}, "abuse": {...}, ...}, ...}
Format 1 (a message head alone, "bias" and "weights" at the top) still loads and never adds.
A message's features are its distinct character n-grams (whitespace dropped), each worth
1/sqrt(number of distinct n-grams), so long and short messages score on one scale.
"""
from __future__ import annotations

import math
from operator import add

import regex

from ._ngrams import Table

FORMATS = (1, 2)
FORMAT = 2
MESSAGE = "message"
MAX_NGRAM = 4
MAX_HEADS = 32
MAX_WEIGHTS = 200_000        # per head
MAX_GRAM_CHARS = 16
# Clause ends in normalised text (full-width punctuation is folded to ASCII) and line breaks;
# not 、, which joins the items of one enumeration.
# A comma or point between digits (3,600元, 2.5万) is part of a number, not the end of a clause.
_CLAUSE = regex.compile(r"(?:[^,;:。.!?\n]|(?<=\d)[,.](?=\d))+")


class ModelError(ValueError):
    """The model file is not a valid message model."""


def compact(text: str) -> str:
    """`text` without whitespace: what the model reads, and what `min_chars` counts."""
    return "".join(text.split())


def ngrams(text: str, low: int, high: int) -> set[str]:
    """Distinct character n-grams of `text` with whitespace removed, for n in low..high."""
    chars = compact(text)
    out: set[str] = set()
    current = list(chars)
    for n in range(1, high + 1):
        if n > 1:  # each n-gram is an (n-1)-gram and the next character: map() runs this in C
            current = list(map(add, current, chars[n - 1:]))
        if n >= low:
            out.update(current)
    return out


def sigmoid(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))


class TextModel:
    """An immutable, validated message model."""

    def __init__(self, data):
        if not isinstance(data, dict) or data.get("format") not in FORMATS:
            raise ModelError(f"not a message model of format {FORMAT} (a JSON object with \"format\": {FORMAT})")
        grams = data.get("ngrams")
        if (not isinstance(grams, list) or len(grams) != 2 or not all(type(n) is int for n in grams)
                or not 1 <= grams[0] <= grams[1] <= MAX_NGRAM):
            raise ModelError(f"`ngrams` must be [low, high] with 1 <= low <= high <= {MAX_NGRAM}")
        self.low, self.high = grams
        # A short message gives the model too few n-grams to outweigh the rules (明天上门催收 is six
        # characters): below `min_chars` it vetoes only below `short_threshold`.
        self.min_chars = data.get("min_chars", 0)
        if type(self.min_chars) is not int or not 0 <= self.min_chars <= 10_000:
            raise ModelError("`min_chars` must be a whole number from 0 to 10,000")
        self.threshold = _probability(data.get("threshold"), "threshold")
        # Shorter messages are vetoed only below this far lower bar (0: never), chosen like
        # `threshold`: family and work chat that jokes with 老赖 or 上门 is short too.
        self.short_threshold = _probability(data.get("short_threshold", 0.0), "short_threshold")
        # and under `short_min_chars` (明天上门催收) never: a few n-grams decide nothing.
        self.short_min_chars = data.get("short_min_chars", self.min_chars)
        if type(self.short_min_chars) is not int or not 0 <= self.short_min_chars <= self.min_chars:
            raise ModelError("`short_min_chars` must be a whole number from 0 to `min_chars`")
        if data["format"] == 1:
            heads, add = {MESSAGE: {"bias": data.get("bias"), "weights": data.get("weights")}}, None
        else:
            heads, add = data.get("heads"), data.get("add")
        if not isinstance(heads, dict) or MESSAGE not in heads or len(heads) > MAX_HEADS:
            raise ModelError(f"`heads` must map up to {MAX_HEADS} names to heads, `{MESSAGE}` among them")
        # `add` None: the model only vetoes. Otherwise both thresholds are probabilities.
        self.add = None
        if add is not None:
            if not isinstance(add, dict) or set(add) != {MESSAGE, "category"}:
                raise ModelError("`add` must be {\"message\": p, \"category\": p}")
            self.add = (_probability(add[MESSAGE], "add.message"), _probability(add["category"], "add.category"))
        self.heads = tuple([MESSAGE] + sorted(h for h in heads if h != MESSAGE))
        rows: dict[str, list[float]] = {}
        bias = []
        for column, name in enumerate(self.heads):
            head = heads[name]
            if not isinstance(name, str) or not isinstance(head, dict):
                raise ModelError(f"head {name!r} must be an object with `bias` and `weights`")
            bias.append(_number(head.get("bias"), f"bias of head {name!r}"))
            weights = head.get("weights")
            if not isinstance(weights, dict) or len(weights) > MAX_WEIGHTS:
                raise ModelError(f"`weights` of head {name!r} must map n-grams to numbers (at most {MAX_WEIGHTS:,})")
            for gram, weight in weights.items():
                if not 1 <= len(gram) <= MAX_GRAM_CHARS:
                    raise ModelError(f"weight key {gram[:20]!r} is not an n-gram of 1 to {MAX_GRAM_CHARS} characters")
                row = rows.get(gram)
                if row is None:
                    row = rows[gram] = [0.0] * len(self.heads)
                row[column] = _number(weight, f"weight of {gram!r}")
        self._bias = tuple(bias)
        self._column = {name: column for column, name in enumerate(self.heads)}
        # Every head's sums run in C (_ngrams.c), one row of weights per n-gram (a column per
        # head, the message head first): building ~150 n-gram strings per message and looking each
        # up in a dict was a fifth of the engine's time; for all heads, a set of n-gram strings
        # and a numpy sum of matrix rows took about 6x the C call's time (bench/notes.md, third round).
        # A head without a weight for an n-gram has 0.0 in its row, which leaves its sum as it was.
        self._table = Table(list(rows), [w for row in rows.values() for w in row], self.low, self.high,
                            len(self.heads))
        self._last_p = (None, 0.0)

    def scores(self, text: str) -> dict[str, float]:
        """Each head's probability for the (normalised) message, from 0 to 1."""
        # As in `probability`: over the distinct n-grams in the order they first occur.
        sums, count = self._table.scores(text)
        if not count:
            return {name: sigmoid(bias) for name, bias in zip(self.heads, self._bias)}
        root = math.sqrt(count)
        return {name: sigmoid(bias + total / root) for name, bias, total in zip(self.heads, self._bias, sums)}

    def probability(self, text: str) -> float:
        """How likely the (normalised) message is collection pressure, from 0 to 1.

        The engine asks twice about a message it flags (model rules, then the veto): the last
        answer is kept. One tuple is replaced whole, so threads sharing the model never mix two."""
        last = self._last_p
        if last[0] == text:
            return last[1]
        # The weights of the message's distinct n-grams, summed in the order they first occur
        # (a set of strings summed them in hash order, which changes with every process).
        total, count = self._table.score(text)
        score = self._bias[0]
        if count:
            score += total / math.sqrt(count)
        p = sigmoid(score)
        self._last_p = (text, p)
        return p

    def vetoes(self, text: str, stable: bool = False) -> bool:
        """True when the model is confident enough that the message is not collection pressure.

        `stable`: a stable rule (one real collection messages fire, rules/README.md) found
        something. A short message is then never vetoed: a few n-grams cannot outweigh a phrase
        proven on real messages (明天上门催收，请在家等候 scored 0.08, beside 明天上门维修).
        """
        length = len(compact(text))
        if length < self.short_min_chars or (stable and length < self.min_chars):
            return False
        bar = self.threshold if length >= self.min_chars else self.short_threshold
        return bar > 0.0 and self.probability(text) < bar

    def may_add(self, text: str) -> bool:
        """Whether `additions` can name any head for the message, whatever `wanted` holds: the
        model adds findings, the message is long enough and the message head reaches `add.message`.
        Most messages stop here, at one head's cost, before anything asks the model rules' contexts."""
        # Under `short_min_chars` a few n-grams decide nothing (你好 scored 0.99 on the abuse head).
        return (self.add is not None and len(compact(text)) >= self.short_min_chars
                and self.probability(text) >= self.add[0])

    def additions(self, text: str, wanted) -> list[str]:
        """The heads among `wanted` whose tactic the message uses, by the `add` thresholds."""
        if not wanted or not self.may_add(text):
            return []
        least_category = self.add[1]
        scores = self.scores(text)
        return [h for h in self.heads[1:] if h in wanted and scores[h] >= least_category]

    def clause(self, text: str, head: str, avoid=()) -> tuple[int, int] | None:
        """The clause of `text` whose own n-grams weigh most for `head`, as (start, end); None when
        no clause weighs for it (then the message's score comes from no one place). Clauses that
        overlap a span of `avoid` count only by what lies outside those spans: what a rule already
        found is not new evidence, and a clause-long mark over a precise one hides it. Chat written
        with spaces for commas is one clause once normalised (你个仔欠人钱唔还再拖落去我哋上嚟屋企坐坐):
        there the stretch a rule left unmarked is the clause, when it is at least `_MIN_PIECE` long."""
        column, score = self._column[head], self._table.score
        best, where = 0.0, None
        for found in _CLAUSE.finditer(text):
            for start, end in _pieces(found.start(), found.end(), avoid):
                # The piece's own distinct n-grams (not the message's count: no 1/sqrt scaling),
                # summed in C in the order they first occur.
                weight = score(text[start:end], column)[0]
                if weight > best:
                    best, where = weight, (start, end)
        return where


# The shortest stretch of a clause outside the rules' spans that a model rule may report.
_MIN_PIECE = 6


def _pieces(start: int, end: int, avoid) -> list[tuple[int, int]]:
    """The parts of [start, end) that no span of `avoid` covers: the whole clause when none
    overlaps it, else each uncovered stretch of at least `_MIN_PIECE` characters."""
    cuts = sorted((max(a, start), min(b, end)) for a, b in avoid if a < end and start < b)
    if not cuts:
        return [(start, end)]
    out, at = [], start
    for a, b in cuts:
        if a - at >= _MIN_PIECE:
            out.append((at, a))
        at = max(at, b)
    if end - at >= _MIN_PIECE:
        out.append((at, end))
    return out


def _number(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ModelError(f"`{what}` must be a finite number")
    return float(value)


def _probability(value, what: str) -> float:
    value = _number(value, what)
    if not 0.0 <= value < 1.0:
        raise ModelError(f"`{what}` must be a probability from 0 up to 1")
    return value
