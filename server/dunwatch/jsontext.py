"""JSON text that any UTF-8 writer accepts, even when a string holds an unpaired surrogate (issue 10).

A browser's JSON.stringify of DOM text can carry a lone surrogate (`"\\ud800"`); Python decodes it
into a str that UTF-8 cannot encode, so writing the answer failed. Writing such a code point as the
`\\uXXXX` escape it arrived as keeps the JSON exact (JSON.parse gives back the same UTF-16 string,
so offsets still line up) while everything else stays readable, unescaped text.
"""
from __future__ import annotations

import json
import re

_LONE = re.compile("[\ud800-\udfff]")  # in a Python str every code point in this range is unpaired


def escape_surrogates(text: str) -> str:
    """Replace each unpaired surrogate in JSON text with its \\uXXXX escape."""
    return _LONE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def dumps(value, **kwargs) -> str:
    """json.dumps with ensure_ascii=False, safe to encode as UTF-8."""
    return escape_surrogates(json.dumps(value, ensure_ascii=False, **kwargs))
