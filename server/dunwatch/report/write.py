"""Render every requested output, then write each atomically: a report on disk is always whole."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def atomic_write(path, data: bytes) -> None:
    """Write to a temporary file beside `path`, fsync, then rename over it."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render_all(wanted, summary, tally, engine, lang: str, region: str) -> dict:
    """Return {kind: bytes} for each kind in `wanted` (json, html, pdf, csv)."""
    from .context import build
    from .csvout import render_csv
    from .html import render_html

    out = {}
    if "json" in wanted:
        out["json"] = (json.dumps(summary, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    if "csv" in wanted:
        out["csv"] = render_csv(summary, tally.texts()).encode("utf-8")
    if "html" in wanted or "pdf" in wanted:
        html = render_html(build(summary, tally, engine, lang, region))
        if "html" in wanted:
            out["html"] = html.encode("utf-8")
        if "pdf" in wanted:
            from .pdf import render_pdf

            out["pdf"] = render_pdf(html, summary)
    return out


def write_reports(wanted: dict, summary, tally, sources, engine, lang: str, region: str) -> list[str]:
    """Render all outputs first (a rendering failure writes nothing), then write each atomically."""
    rendered = render_all(wanted, summary, tally, engine, lang, region)
    for kind, path in wanted.items():
        atomic_write(path, rendered[kind])
    return list(wanted.values())
