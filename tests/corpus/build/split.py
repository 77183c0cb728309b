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


def cross_part_copies(tuning_texts, frozen_texts, to_simplified, min_len=8):
    """Return (frozen, tuning) pairs where one text, script-folded, contains the other."""
    tun = [(t, fingerprint(t, to_simplified)) for t in tuning_texts]
    pairs = []
    for f in frozen_texts:
        fp = fingerprint(f, to_simplified)
        for t, tp in tun:
            short, long_ = (fp, tp) if len(fp) <= len(tp) else (tp, fp)
            if len(short) >= min_len and short in long_:
                pairs.append((f, t))
    return pairs
