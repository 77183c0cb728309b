"""A bounded LRU of check results, so a re-opened inbox costs almost nothing."""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict


class ResultCache:
    """Results keyed by (rulebook digest, lang, disabled rules, categories, text).

    The text enters the key as a BLAKE2b digest: the key stays small however long the message,
    and the cache holds no copy of whole messages. The digest in the key means a reloaded
    rulebook never serves stale results.
    """

    def __init__(self, size: int):
        self.size = size
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()  # gthread workers serve requests on several threads
        self.hits = self.misses = 0

    @staticmethod
    def key(digest: str, lang: str, disabled_rules, categories, text: str) -> tuple:
        """Build the key; rule and category lists are order-free, so they are sorted."""
        cats = None if categories is None else tuple(sorted(set(categories)))
        text_digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        return (digest, lang, tuple(sorted(set(disabled_rules))), cats, text_digest)

    def get(self, key):
        """Return the cached result or None, marking it recently used."""
        if not self.size:
            return None
        with self._lock:
            value = self._items.get(key)
            if value is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key, value) -> None:
        """Store a result (without its id), evicting the least recently used beyond the bound."""
        if not self.size:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
