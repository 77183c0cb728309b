"""Normalise message text for matching, keeping a map back to the original's UTF-16 offsets.

The pipeline (see rules/README.md): a one-to-one character table (width and compatibility folding,
Traditional to Simplified, look-alikes, lower case), then removal of invisible characters and of the
junk collectors put between characters to split words. The table maps one code point to one code
point, so only removals move indices; the map stores the kept segments, not one entry per character.
"""
from __future__ import annotations

import bisect
import functools
import unicodedata
from importlib import resources
from pathlib import Path

import numpy
import regex

# What may be stripped, as one regex so the scan runs in C (alternatives tried in order at each position):
# 1. a run of junk with no sentence punctuation between two word characters (Han, letter, digit);
# 2. any junk run between Han characters where one of them stands alone (`律，师，函`);
# 3. invisible characters anywhere (format, combining, control but tab and newlines, Hangul fillers,
#    which Unicode calls letters but render blank: a known padding trick);
# 4. Zhuyin tone marks (ㄐㄧㄥˇ察 -> ㄐㄧㄥ察): writers drop or change them, lexicon.py spells without.
_FILLERS = "\u115f\u1160\u3164\uffa0"
# Zhuyin letters (Bopomofo and its extension) and the tone marks written after them.
ZHUYIN_LETTERS = "\u3105-\u312f\u31a0-\u31bf"
ZHUYIN_TONES = "ˊˇˋ˙"
_W = rf"[\p{{Han}}\p{{L}}\p{{N}}--[{_FILLERS}]]"
_J = rf"[^\p{{Han}}\p{{L}}\p{{N}}]|[{_FILLERS}]"
# Sentence punctuation, and symbols that carry meaning between words (收到通知≠已立案), are boundaries.
_HARD_CLASS = r"[,.!?;:。、\n\r\u2028\u2029=≠≈<>≤≥→←⇒“”「」『』\"]"
# Quotation marks and colons stay even between single characters: they show who is speaking
# (问：…答：, 对方称「…」), which the discourse gate reads. Collectors split words with other junk.
_KEEP = r"[“”「」『』\":]"
_SOFT = rf"(?:(?!{_HARD_CLASS})(?:{_J}))"
_SPLIT = rf"(?:(?!{_KEEP})(?:{_J}))"
_INVISIBLE_CLASS = rf"[\p{{Cf}}\p{{Mn}}\p{{Me}}\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_FILLERS}]"
_REMOVE = regex.compile(
    rf"(?<={_W}){_SOFT}+(?={_W})"
    rf"|(?<=(?:^|(?:{_J}))\p{{Han}})(?:{_SPLIT})+(?=\p{{Han}})"
    rf"|(?<=\p{{Han}})(?:{_SPLIT})+(?=\p{{Han}}(?:{_J}|$))"
    rf"|{_INVISIBLE_CLASS}+"
    rf"|(?<=[{ZHUYIN_LETTERS}])[{ZHUYIN_TONES}]", regex.V1)
# A literal space in a pattern between two word characters (or groups around them): normalisation
# removes every such space from the text (`call your boss` reads `callyourboss`), so a pattern that
# keeps one can never match there. Lexicons and rules are checked against this at load.
_DEAD_SPACE = regex.compile(r"(?<=[\p{L}\p{N})]) +(?=[\p{L}\p{N}(])")


def dead_space(pattern: str) -> bool:
    """Whether `pattern` holds a space that normalised text never has (see _DEAD_SPACE)."""
    return bool(_DEAD_SPACE.search(pattern))


_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")

# Blocks whose NFKC forms fold look-alikes onto ordinary characters (full-width forms, Kangxi and
# supplementary radicals, compatibility ideographs, enclosed and mathematical alphanumerics).
_FOLD_RANGES = [(0x2070, 0x209F), (0x2100, 0x214F), (0x2460, 0x24FF), (0x2E80, 0x2FDF),
                (0x3000, 0x3000), (0x3200, 0x33FF), (0xF900, 0xFAFF), (0xFE10, 0xFE1F),
                (0xFE30, 0xFE6F), (0xFF00, 0xFFEF), (0x1D400, 0x1D7FF), (0x1F100, 0x1F1FF),
                (0x2F800, 0x2FA1F)]


def _opencc_dir() -> Path:
    import opencc  # opencc-python-reimplemented ships OpenCC's plain-text tables

    return Path(opencc.__file__).parent / "dictionary"


def _read_pairs(path: Path) -> dict[str, str]:
    """Read single-character pairs from an OpenCC table, taking the first candidate."""
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        value = values.split(" ")[0]
        if len(key) == 1 and len(value) == 1 and key != value:
            pairs[key] = value
    return pairs


def _lookalikes() -> dict[str, str]:
    text = resources.files("dunwatch").joinpath("data/lookalikes.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0]: row[1] for row in rows}


@functools.lru_cache(maxsize=1)
def char_table() -> dict[int, str]:
    """Build the one-to-one character table (a str.translate table) once per process."""
    folds = {}
    for lo, hi in _FOLD_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            nf = unicodedata.normalize("NFKC", ch)
            if len(nf) == 1 and nf != ch:
                folds[ch] = nf
    d = _opencc_dir()
    variants = {**_read_pairs(d / "HKVariantsRev.txt"), **_read_pairs(d / "TWVariantsRev.txt")}
    t2s = _read_pairs(d / "TSCharacters.txt")
    looks = _lookalikes()

    def convert(ch: str) -> str:
        ch = folds.get(ch, ch)
        ch = variants.get(ch, ch)
        ch = t2s.get(ch, ch)
        ch = looks.get(ch, ch)
        return ch.lower() if ch.isascii() else ch

    def settle(ch: str) -> str:
        # OpenCC's table has chains (麼 -> 么, 么 -> 幺): follow them to the end, so that one
        # character and the character it converts to always normalise alike.
        seen = [ch]
        while (nxt := convert(seen[-1])) not in seen:
            seen.append(nxt)
        return seen[-1]

    keys = set(folds) | set(variants) | set(t2s) | set(looks) | {chr(c) for c in range(65, 91)}
    keys |= set(t2s.values()) | set(variants.values()) | set(looks.values())
    table = {}
    for ch in keys:
        out = settle(ch)
        if out != ch:
            table[ord(ch)] = out
    return table


@functools.lru_cache(maxsize=1)
def _code_table():
    """The character table as an array indexed by code point: a whole batch converts in one step."""
    codes = numpy.arange(0x110000, dtype=numpy.uint32)
    for cp, out in char_table().items():
        codes[cp] = ord(out)
    return codes


def convert_chars(text: str) -> str:
    """Apply the character table only (for patterns too, where removals would break syntax).

    The same as text.translate(char_table()), ten times faster on long text: str.translate looks
    each character up in a dict, the array lookup runs over UTF-32 in C.
    """
    if len(text) < 64:  # below this the array round trip costs more than it saves
        return text.translate(char_table())
    codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    return _code_table()[codes].tobytes().decode("utf-32-le", "surrogatepass")


class Normalized:
    """Normalised text plus what is needed to map its spans back to the original.

    The map is built on first use: most messages match nothing and never need it.
    """

    __slots__ = ("text", "_original", "_removals", "_norm_starts", "_orig_starts", "_astral")

    def __init__(self, text: str, original: str, removals):
        self.text = text
        self._original = original
        self._removals = removals         # spans of the converted original that were dropped
        self._norm_starts = None          # start of each kept segment in the normalised text
        self._orig_starts = None          # where that segment starts in the original (code points)
        self._astral = None               # code-point indices of astral characters in the original

    def code_points(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to a span of code points in the original."""
        return self._cp(start), self._cp(end - 1) + 1

    def utf16_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to (offset, length) in UTF-16 code units of the original."""
        return self.both_spans(start, end)[:2]

    def both_spans(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Return (UTF-16 offset, UTF-16 length, first code point, end code point) of a span.

        The engine needs both for every match; mapping once halves the bisections.
        """
        a, b = self.code_points(start, end)
        ua, ub = self._utf16(a), self._utf16(b)
        return ua, ub - ua, a, b

    def _segments(self) -> None:
        norm_starts, orig_starts = [], []
        pos = length = 0
        for a, b in self._removals:
            if a > pos:
                norm_starts.append(length)
                orig_starts.append(pos)
                length += a - pos
            pos = b
        if pos < len(self._original) or not norm_starts:
            norm_starts.append(length)
            orig_starts.append(pos)
        self._norm_starts, self._orig_starts = norm_starts, orig_starts

    def _cp(self, i: int) -> int:
        if self._norm_starts is None:
            self._segments()
        k = bisect.bisect_right(self._norm_starts, i) - 1
        return self._orig_starts[k] + (i - self._norm_starts[k])

    def _utf16(self, cp: int) -> int:
        if self._astral is None:
            original = self._original
            self._astral = () if original.isascii() else tuple(m.start() for m in _ASTRAL.finditer(original))
        return cp + bisect.bisect_left(self._astral, cp) if self._astral else cp


# Joins a batch for conversion and removal: `"` is hard punctuation that no removal run may hold,
# and it stands where a message's start or end would (a non-word character), so every removal
# found in the joined batch is one the message alone would have, and no other.
_SEPARATOR = '"'


def normalize_batch(originals: list[str]) -> list[Normalized]:
    """Normalise many messages: one conversion and one removal scan over the whole batch."""
    converted = convert_chars(_SEPARATOR.join(originals))
    removals = [m.span() for m in _REMOVE.finditer(converted)]
    out, k, start = [], 0, 0
    for original in originals:
        end = start + len(original)
        mine = []
        while k < len(removals) and removals[k][0] < end:
            a, b = removals[k]
            mine.append((a - start, b - start))
            k += 1
        text = converted[start:end]
        if mine:
            parts, pos = [], 0
            for a, b in mine:
                parts.append(text[pos:a])
                pos = b
            parts.append(text[pos:])
            text = "".join(parts)
        out.append(Normalized(text, original, mine))
        start = end + 1
    return out


def normalize(original: str) -> Normalized:
    """Normalise `original` for matching and keep the map back to it."""
    return normalize_batch([original])[0]


@functools.lru_cache(maxsize=1)
def _script_sets() -> tuple[frozenset, frozenset]:
    t2s = _read_pairs(_opencc_dir() / "TSCharacters.txt")
    traditional = frozenset(t2s)
    return traditional, frozenset(set(t2s.values()) - traditional)


def script(text: str) -> str:
    """Classify text as 'hant', 'hans', 'mixed' or 'neutral' (no script-specific character)."""
    traditional, simplified = _script_sets()
    chars = set(text)
    hant, hans = bool(chars & traditional), bool(chars & simplified)
    return {(True, True): "mixed", (True, False): "hant", (False, True): "hans"}.get((hant, hans), "neutral")
