"""Mark matched phrases in a message as HTML, using the contract's UTF-16 offsets."""
from __future__ import annotations

from markupsafe import Markup, escape


def _slice(units: bytes, a: int, b: int) -> str:
    return units[a * 2:b * 2].decode("utf-16-le", "surrogatepass")


def highlight(text: str, matches: list[dict]) -> Markup:
    """Return escaped `text` with each outermost match in <mark>, linked to its rule's explanation."""
    units = text.encode("utf-16-le", "surrogatepass")
    out, pos = [], 0
    for m in sorted(matches, key=lambda m: (m["offset"], -m["length"])):
        if m["offset"] < pos:
            continue  # nested or overlapping: the outer phrase is already marked
        end = m["offset"] + m["length"]
        out.append(escape(_slice(units, pos, m["offset"])))
        out.append(Markup('<a class="hit sev-{}" href="#rule-{}"><mark>{}</mark></a>').format(
            m["severity"], m["rule"], _slice(units, m["offset"], end)))
        pos = end
    out.append(escape(_slice(units, pos, len(units) // 2)))
    return Markup("").join(out)
