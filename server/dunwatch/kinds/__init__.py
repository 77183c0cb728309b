"""Rule kinds, one module each: validate a raw rule's kind-specific fields, compile it, run it.

Adding a kind is one new module here with `FIELDS`, `validate` and (for kinds that look at text)
`compile`, registered in KINDS. The matcher and the schema know kinds only through this table.
"""
from __future__ import annotations

from . import meta, model, near, pattern

KINDS = {"pattern": pattern, "near": near, "meta": meta, "model": model}
TEXT_KINDS = tuple(k for k, mod in KINDS.items() if hasattr(mod, "compile"))
