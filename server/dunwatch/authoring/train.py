"""`dunwatch rules train`: fit the message model (textmodel.py) on the tuning part of a corpus.

Only the tuning part is read: the frozen part measures how rules and model generalise and is never
trained on. Everything is deterministic (sorted vocabulary, full-batch descent from zero, rounded
weights), so the same corpus gives the same file on one machine; `--check` allows each weight
TOLERANCE of drift, since floating-point sums may round differently on another CPU.

Every threshold is chosen by 5-fold cross-validation on the tuning part, each fold scored by a model
trained without it, and the figures are written into the file and printed:
- the veto thresholds: the highest at which the model would have vetoed at most `MAX_RECALL_LOSS` of
  the collection messages that the rules flag, one for messages of MIN_CHARS or more and one, from
  a lower grid, for shorter ones;
- the `add` thresholds (model rules, kinds/model.py): the pair with the most labelled tactics the
  rules missed found, less the tactics wrongly claimed in collection messages (a model rule that
  names a tactic the message does not use misleads as much as a right one helps), while raising the
  false-positive rate by at most `MAX_ADDED_FPR`. The simulation applies each model rule's contexts,
  its `unless` and the minimum length (Engine.model_gates); it leaves out the clause choice and the
  discourse gate, which only ever remove findings.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from ..normalize import normalize_batch
from ..textmodel import FORMAT, MESSAGE, TextModel, compact, ngrams
from .qa import load_corpus

NGRAMS = (1, 3)
MIN_DF = 2               # an n-gram seen in one message only teaches that message, not the tactic
C = 4.0                  # inverse L2 strength, as in scikit-learn's LogisticRegression
STEPS = 600
LEARNING_RATE = 0.05
KEEP = 60_000            # largest weights kept in the message head; the rest round to nothing
KEEP_CATEGORY = 15_000   # and in each category's head, which weighs fewer n-grams
FOLDS = 5
MAX_RECALL_LOSS = 0.01
# News, advice and warnings run long; short chat gives the model too little to go on (textmodel.py).
MIN_CHARS = 40
SHORT_MIN_CHARS = 10     # under this, never vetoed: 明天上门催收 is six characters
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
# Messages under MIN_CHARS: the same rule, over a lower grid (short collection chat scores lower).
SHORT_THRESHOLDS = (0.02, 0.05, 0.1, 0.15, 0.2)
# Model rules add findings only where both heads are this sure; the pair is chosen from this grid.
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9)
MAX_ADDED_FPR = 0.005
MODEL_PATH = Path("model") / "message.json"
# Floating-point sums may differ in the last bits between CPUs; a retrained weight may then round
# the other way. `--check` allows that much and no more.
TOLERANCE = 0.0005


def _fold(item) -> int:
    key = (item.get("id", "") + "\n" + item["text"]).encode("utf-8")
    return hashlib.sha256(key).digest()[0] % FOLDS


class _Matrix:
    """A sparse 0/1 matrix with one row scale per message (1/sqrt of its distinct n-grams)."""

    def __init__(self, rows: list[list[int]], scales: list[float], width: int):
        self.row = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
        self.col = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=len(self.row))
        self.scale = np.asarray(scales)
        self.value = self.scale[self.row]
        self.shape = (len(rows), width)

    def dot(self, w):
        return np.bincount(self.row, weights=self.value * w[self.col], minlength=self.shape[0])

    def tdot(self, r):
        return np.bincount(self.col, weights=self.value * r[self.row], minlength=self.shape[1])


def _fit(matrix: _Matrix, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Class-balanced, L2-regularised logistic regression by full-batch Adam from zero."""
    n = len(y)
    pos = y.sum()
    sample = np.where(y, n / (2 * pos), n / (2 * (n - pos)))
    w = np.zeros(matrix.shape[1])
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        z = np.clip(matrix.dot(w) + b, -60, 60)
        err = sample * (1.0 / (1.0 + np.exp(-z)) - y)
        g_w = (matrix.tdot(err) + w / C) / n
        g_b = err.sum() / n
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w * g_w
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b * g_b
        correction = np.sqrt(1 - beta2 ** step) / (1 - beta1 ** step)
        w -= LEARNING_RATE * correction * m_w / (np.sqrt(v_w) + eps)
        b -= LEARNING_RATE * correction * m_b / (np.sqrt(v_b) + eps)
    return b, w


def _features(texts, vocabulary=None):
    grams = [ngrams(t, *NGRAMS) for t in texts]
    if vocabulary is None:
        df: dict[str, int] = {}
        for g in grams:
            for gram in g:
                df[gram] = df.get(gram, 0) + 1
        vocabulary = sorted(gram for gram, count in df.items() if count >= MIN_DF)
    index = {gram: k for k, gram in enumerate(vocabulary)}
    rows = [sorted(index[gram] for gram in g if gram in index) for g in grams]
    scales = [1.0 / np.sqrt(len(g)) if g else 0.0 for g in grams]
    return _Matrix(rows, scales, len(vocabulary)), vocabulary


def _head(bias, weights, vocabulary, keep) -> dict:
    order = np.argsort(-np.abs(weights), kind="stable")[:keep]
    kept = {vocabulary[k]: round(float(weights[k]), 4) for k in sorted(order)}
    return {"bias": round(float(bias), 4), "weights": {g: w for g, w in kept.items() if w != 0.0}}


def _model(heads: dict, vocabulary, threshold, add, meta, short_threshold=0.0) -> dict:
    """The model file's data from fitted heads {name: (bias, weights)}."""
    return {"format": FORMAT, "ngrams": list(NGRAMS), "threshold": threshold, "min_chars": MIN_CHARS,
            "short_threshold": short_threshold, "short_min_chars": SHORT_MIN_CHARS, "add": add, **meta,
            "heads": {name: _head(b, w, vocabulary, KEEP if name == MESSAGE else KEEP_CATEGORY)
                      for name, (b, w) in heads.items()}}


def _fit_heads(texts, labels: dict) -> tuple[dict, list]:
    matrix, vocabulary = _features(texts)
    return {name: _fit(matrix, y) for name, y in labels.items()}, vocabulary


def _choose_add(cv, labels, y, kept, found, free, categories) -> tuple[dict | None, list]:
    """The (message, category) pair of ADD_GRID with most missed tactics found, less tactics wrongly
    claimed, within MAX_ADDED_FPR. `free[i, k]`: category k's model rule may fire on item i."""
    benign = y == 0
    base_fp = kept[benign].sum()
    rows, best, best_key = [], None, None
    for least_message in ADD_GRID:
        for least_category in ADD_GRID:
            adds = np.zeros((len(y), len(categories)), dtype=bool)
            for k, name in enumerate(categories):
                adds[:, k] = (cv[MESSAGE] >= least_message) & (cv[name] >= least_category) & free[:, k]
            flagged = kept | adds.any(axis=1)
            tactics = sum(int(((found[:, k] & kept) | adds[:, k])[labels[name] == 1].sum())
                          for k, name in enumerate(categories))
            wrong = sum(int((adds[:, k] & (labels[name] == 0) & (y == 1)).sum()) for k, name in enumerate(categories))
            row = {"message": least_message, "category": least_category,
                   "recall": round(float(flagged[y == 1].mean()), 4),
                   "tactics_found": tactics, "tactics_wrongly_claimed": wrong,
                   "false_positive_rate": round(float(flagged[benign].mean()), 4)}
            rows.append(row)
            if (flagged[benign].sum() - base_fp) <= MAX_ADDED_FPR * benign.sum():
                key = (tactics - wrong, least_message, least_category)
                if best_key is None or key > best_key:
                    best, best_key = {"message": least_message, "category": least_category}, key
    return best, rows


def train(engine, corpus_paths) -> tuple[dict, dict]:
    """Return (model data, figures) trained on the tuning part of the corpus."""
    items = [i for i in load_corpus(corpus_paths) if i["part"] == "tuning"]
    if not any(i["label"] == "collection" for i in items) or not any(i["label"] == "benign" for i in items):
        raise ValueError("the tuning part needs both collection and benign items")
    texts = [n.text for n in normalize_batch([i["text"] for i in items])]
    y = np.array([i["label"] == "collection" for i in items], dtype=float)
    # One head per category that labelled messages use (legit_court_notice has none: it is not pressure).
    categories = sorted({t for i in items for t in i.get("tactics", ())} & set(engine.book.categories))
    labels = {MESSAGE: y, **{c: np.array([c in i.get("tactics", ()) for i in items], dtype=float)
                             for c in categories}}
    results = engine.check([i["text"] for i in items], veto=False)
    flagged = np.array([r["flagged"] for r in results])
    found = np.array([[any(m["category"] == c and m["severity"] != "info" for m in r["matches"])
                       for c in categories] for r in results], dtype=bool).reshape(len(items), len(categories))
    # Where each model rule may fire at all: no rule of its category fired, its contexts hold, its
    # `unless` does not, and the message is long enough for the model to judge.
    gates = engine.model_gates([i["text"] for i in items])
    lengths = np.array([len(compact(t)) for t in texts])
    free = np.array([[c in g for c in categories] for g in gates], dtype=bool).reshape(len(items), len(categories))
    free &= (lengths >= SHORT_MIN_CHARS)[:, None]
    folds = np.array([_fold(i) for i in items])
    cv = {name: np.zeros(len(items)) for name in labels}
    for k in range(FOLDS):
        train_rows = np.flatnonzero(folds != k)
        heads, vocabulary = _fit_heads([texts[i] for i in train_rows], {n: v[train_rows] for n, v in labels.items()})
        model = TextModel(_model(heads, vocabulary, 0.0, None, {}))
        held = np.flatnonzero(folds == k)
        for i in held:
            for name, p in model.scores(texts[i]).items():
                cv[name][i] = p
    long_enough = lengths >= MIN_CHARS
    coll, ben = flagged & (y == 1) & long_enough, flagged & (y == 0) & long_enough
    all_coll, all_ben = flagged & (y == 1), flagged & (y == 0)
    figures = {"folds": FOLDS, "tuning_collection": int(y.sum()), "tuning_benign": int(len(y) - y.sum()),
               "rules_recall": round(float(all_coll.sum() / y.sum()), 4),
               "rules_false_positive_rate": round(float(all_ben.sum() / (len(y) - y.sum())), 4), "thresholds": []}
    threshold = 0.0
    for t in THRESHOLDS:
        lost, kept_out = int((coll & (cv[MESSAGE] < t)).sum()), int((ben & (cv[MESSAGE] < t)).sum())
        row = {"threshold": t, "collection_vetoed": lost, "benign_vetoed": kept_out,
               "recall": round(float((all_coll.sum() - lost) / y.sum()), 4),
               "false_positive_rate": round(float((all_ben.sum() - kept_out) / (len(y) - y.sum())), 4)}
        figures["thresholds"].append(row)
        if lost <= MAX_RECALL_LOSS * all_coll.sum():
            threshold = t
    figures["threshold"] = threshold
    # A short message with a stable rule's finding is never vetoed (TextModel.vetoes), so it does not count here.
    protected = np.array([engine.has_stable_finding(r["matches"]) for r in results], dtype=bool)
    short = ~long_enough & ~protected & (lengths >= SHORT_MIN_CHARS)
    short_coll, short_ben = flagged & (y == 1) & short, flagged & (y == 0) & short
    short_threshold, figures["short_thresholds"] = 0.0, []
    # A short message is vetoed only below a far lower bar than a long one (at most half of it):
    # a few n-grams say little, and a short threat with one rule's finding should stand.
    for t in (t for t in SHORT_THRESHOLDS if t <= threshold / 2):
        lost, kept_out = int((short_coll & (cv[MESSAGE] < t)).sum()), int((short_ben & (cv[MESSAGE] < t)).sum())
        figures["short_thresholds"].append({"threshold": t, "collection_vetoed": lost, "benign_vetoed": kept_out})
        if lost <= MAX_RECALL_LOSS * short_coll.sum():
            short_threshold = t
    figures["short_threshold"] = short_threshold
    kept = flagged & ~(long_enough & (cv[MESSAGE] < threshold)) & ~(short & (cv[MESSAGE] < short_threshold))
    add, figures["additions"] = _choose_add(cv, labels, y, kept, found, free, categories)
    figures["add"] = add
    heads, vocabulary = _fit_heads(texts, labels)
    meta = {"trained_on": {"collection": figures["tuning_collection"], "benign": figures["tuning_benign"]},
            "cross_validation": figures["thresholds"], "cross_validation_short": figures["short_thresholds"],
            "cross_validation_add": figures["additions"]}
    return _model(heads, vocabulary, threshold, add, meta, short_threshold), figures


def _differs(stored, fresh: dict) -> str | None:
    """Why `stored` is not the model `fresh` (up to TOLERANCE per weight), or None."""
    if not isinstance(stored, dict):
        return "there is no model file"
    for key in sorted((set(stored) | set(fresh)) - {"heads"}):
        if stored.get(key) != fresh.get(key):
            return f"`{key}` differs"
    old_heads = stored.get("heads") if isinstance(stored.get("heads"), dict) else {}
    if set(old_heads) != set(fresh["heads"]):
        return "the heads differ"
    for name, head in fresh["heads"].items():
        old = old_heads[name] if isinstance(old_heads[name], dict) else {}
        if abs(old.get("bias", 0) - head["bias"]) > TOLERANCE:
            return f"the bias of head {name!r} differs"
        old_w, new_w = old.get("weights") or {}, head["weights"]
        for gram in set(old_w) | set(new_w):
            if abs(old_w.get(gram, 0.0) - new_w.get(gram, 0.0)) > TOLERANCE:
                return (f"head {name!r}: the weight of {gram!r} differs "
                        f"({old_w.get(gram, 0.0)} against {new_w.get(gram, 0.0)})")
    return None


def write(model: dict, rules_dir) -> Path:
    path = Path(rules_dir) / MODEL_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                    encoding="utf-8")
    return path


def main(engine, args) -> int:
    try:
        model, figures = train(engine, args.corpus)
    except (OSError, ValueError) as exc:
        print(f"dunwatch: {exc}", file=sys.stderr)
        return 2
    print(f"tuning part: {figures['tuning_collection']} collection, {figures['tuning_benign']} benign; "
          f"rules alone: recall {figures['rules_recall']}, false-positive rate {figures['rules_false_positive_rate']}")
    print(f"{FOLDS}-fold cross-validation of the veto (rules flag, model below the threshold):")
    for row in figures["thresholds"]:
        print(f"  threshold {row['threshold']:.2f}: recall {row['recall']:.4f} "
              f"({row['collection_vetoed']} collection vetoed), false-positive rate "
              f"{row['false_positive_rate']:.4f} ({row['benign_vetoed']} benign vetoed)")
    print(f"chosen threshold {figures['threshold']} (vetoes at most {MAX_RECALL_LOSS:.0%} of flagged collection)")
    print(f"messages of {SHORT_MIN_CHARS} to {MIN_CHARS - 1} characters:")
    for row in figures["short_thresholds"]:
        print(f"  threshold {row['threshold']:.2f}: {row['collection_vetoed']} collection vetoed, "
              f"{row['benign_vetoed']} benign vetoed")
    print(f"chosen short threshold {figures['short_threshold']}")
    print(f"{FOLDS}-fold cross-validation of the model rules (message and category head at least):")
    for row in figures["additions"]:
        print(f"  {row['message']:.1f} / {row['category']:.1f}: recall {row['recall']:.4f}, tactics found "
              f"{row['tactics_found']}, wrongly claimed {row['tactics_wrongly_claimed']}, "
              f"false-positive rate {row['false_positive_rate']:.4f}")
    add = figures["add"]
    print("chosen add thresholds " + (f"{add['message']} / {add['category']}" if add else "none: no pair stays")
          + f" (raise the false-positive rate by at most {MAX_ADDED_FPR})")
    if args.check:
        path = Path(args.rules) / MODEL_PATH
        problem = _differs(json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None, model)
        if problem:
            print(f"dunwatch: {path} is not what `dunwatch rules train` gives from this corpus: {problem}",
                  file=sys.stderr)
            return 1
        print(f"{path}: reproduced (every weight within {TOLERANCE})")
        return 0
    weights = sum(len(h["weights"]) for h in model["heads"].values())
    print(f"wrote {write(model, args.rules)} ({len(model['heads'])} heads, {weights:,} weights)")
    return 0
