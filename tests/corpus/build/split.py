"""Assign a source group to the tuning part or the frozen test part, and catch cross-part copies.

The frozen part measures generalisation: rule authors never tune on it. A group goes to one part
only, decided by a salted SHA-256 of its name, so the split needs no state, cannot be nudged item
by item, and a source added later lands where its hash says. Sources already in the corpus before
the split (batches 1-10) stay in the tuning part.
"""
import hashlib
import re

SALT = "dunwatch-corpus-split-v1"  # fixed before any item was assigned; never change it
FROZEN_SHARE = 128  # of 256: about half the new groups

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


def part_of(group: str, legacy_sources: set) -> str:
    """Return "tuning" or "frozen" for a source group."""
    if group in legacy_sources:
        return "tuning"
    digest = hashlib.sha256((SALT + "\n" + group).encode("utf-8")).digest()
    return "frozen" if digest[0] < FROZEN_SHARE else "tuning"


def fingerprint(text: str, to_simplified) -> str:
    """Return the text as compared across parts: Simplified script, no punctuation or spaces."""
    return _PUNCT.sub("", to_simplified(text)).lower()


def _bigrams(fp: str) -> set:
    return {fp[i:i + 2] for i in range(len(fp) - 1)}


def _near(a, a2, b, b2, min_len, dice):
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < min_len:
        return False
    if short in long_:
        return True
    return 2 * len(a2 & b2) / (len(a2) + len(b2)) >= dice


def near_copy(a: str, b: str, min_len=8, dice=0.8) -> bool:
    """Return True when two fingerprints are one inside the other or share most character pairs.

    SEO pages re-word one template ("将上报征信" / "将影响征信"), so containment alone misses them.
    """
    return _near(a, _bigrams(a), b, _bigrams(b), min_len, dice)


def cross_part_copies(tuning_texts, frozen_texts, to_simplified, min_len=8, dice=0.8):
    """Return (frozen, tuning) pairs where one text, script-folded, nearly copies the other."""
    tun = []
    for t in tuning_texts:
        fp = fingerprint(t, to_simplified)
        tun.append((t, fp, _bigrams(fp)))
    pairs = []
    for f in frozen_texts:
        fp = fingerprint(f, to_simplified)
        f2 = _bigrams(fp)
        pairs += [(f, t) for t, tp, t2 in tun if _near(fp, f2, tp, t2, min_len, dice)]
    return pairs
