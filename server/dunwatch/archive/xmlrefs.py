"""Repair the character references that Android's SMS Backup & Restore writes and XML forbids.

The app serialises each UTF-16 code unit on its own, so an emoji becomes two references to
surrogates (&#55357;&#56832;), which every conforming XML parser rejects. A valid pair is
rewritten as the one code point it encodes; a lone surrogate or a control character becomes
U+FFFD, so one bad character costs a character, never the message.
"""
from __future__ import annotations

import re

_RUN = re.compile(rb"(?:&#(?:[xX][0-9a-fA-F]{1,8}|[0-9]{1,10});)+")
_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_RAW_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_REPLACEMENT = b"&#65533;"


def _allowed(code: int) -> bool:
    """XML 1.0's Char production."""
    return (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


def _fix_run(match: re.Match) -> bytes:
    codes = [int(h, 16) if h else int(d) for h, d in _REF.findall(match.group(0))]
    out, i = [], 0
    while i < len(codes):
        code = codes[i]
        if 0xD800 <= code <= 0xDBFF and i + 1 < len(codes) and 0xDC00 <= codes[i + 1] <= 0xDFFF:
            code = 0x10000 + ((code - 0xD800) << 10) + (codes[i + 1] - 0xDC00)
            i += 1
        out.append(b"&#%d;" % code if _allowed(code) else _REPLACEMENT)
        i += 1
    return b"".join(out)


def repair(element: bytes) -> bytes:
    """Return `element` with surrogate pairs joined and forbidden characters replaced."""
    if b"&#" in element:
        element = _RUN.sub(_fix_run, element)
    return _RAW_CONTROL.sub(_REPLACEMENT, element)
