"""Render the report template to one self-contained HTML page (no script, no outside resource)."""
from __future__ import annotations

import base64

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


def _svg_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


_ENV = Environment(loader=PackageLoader("dunwatch.report", "templates"), autoescape=select_autoescape(["j2"]),
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_ENV.filters["svg_uri"] = _svg_uri
# "2026-03-02T23:40:00+08:00" reads as "2026-03-02 23:40"; the zone is named once, in the header.
_ENV.filters["when"] = lambda iso: f"{iso[:10]} {iso[11:16]}" if iso and len(iso) >= 16 else iso


def render_html(context: dict) -> str:
    return _ENV.get_template("report.html.j2").render(**context)
