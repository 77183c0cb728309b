"""GET /report: a page where a person drops an export file and gets the evidence report, on this machine.

The page posts the file to this same local server (POST /report/scan), which runs the very scan and
report code `dunwatch scan` runs, and answers with the report; the page's CSP lets it talk to no
other origin. The upload needs the X-Dunwatch-Report header, which a cross-origin page can only send
after a CORS preflight this server refuses: other web pages cannot make it scan.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from importlib import resources
from urllib.parse import unquote

from flask import Blueprint, Response, current_app, request

from ..archive import FORMATS, ArchiveError
from ..model import pick_lang
from ..quiet import REGIONS, zone
from .errors import ApiError

report_page = Blueprint("report_page", __name__)
MAX_UPLOAD = 2 << 30          # a big SMS backup; it goes to a temporary file, never into memory
KINDS = {"html": "text/html; charset=utf-8", "json": "application/json", "csv": "text/csv; charset=utf-8",
         "pdf": "application/pdf"}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "frame-src blob: about:; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'")
STATIC = {"": ("index.html", "text/html; charset=utf-8"), "page.js": ("page.js", "text/javascript; charset=utf-8"),
          "page.css": ("page.css", "text/css; charset=utf-8")}


def _static(name: str) -> Response:
    filename, mimetype = STATIC[name]
    body = resources.files(__package__).joinpath("report_static", filename).read_bytes()
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Security-Policy"] = CSP
    return response


@report_page.get("/report")
def page():
    return _static("")


@report_page.get("/report/page.js")
def script():
    return _static("page.js")


@report_page.get("/report/page.css")
def style():
    return _static("page.css")


def _options() -> dict:
    args = request.args
    kind, fmt = args.get("output", "html"), args.get("format", "auto")
    region = args.get("region", "cn")
    if kind not in KINDS or region not in REGIONS or (fmt != "auto" and fmt not in FORMATS):
        raise ApiError(400, "bad_request", f"output must be one of {', '.join(KINDS)}; region one of "
                                           f"{', '.join(REGIONS)}; format auto or one of {', '.join(FORMATS)}")
    tz = args.get("tz") or None
    try:
        zone(tz)
    except ValueError as exc:
        raise ApiError(400, "bad_request", str(exc)) from None
    name = os.path.basename(unquote(request.headers.get("X-Dunwatch-Filename", ""))).strip()
    name = "".join(ch for ch in name if ch.isprintable())[:200] or "upload"   # shown in the report only
    return {"kind": kind, "fmt": fmt, "region": region, "tz": tz, "lang": pick_lang(args.get("lang")), "name": name}


def _receive(directory: str) -> str:
    """Stream the request body into `directory`; never hold it in memory."""
    request.max_content_length = MAX_UPLOAD
    path = os.path.join(directory, "upload")
    with open(path, "wb") as fh:
        shutil.copyfileobj(request.stream, fh, 1 << 20)
    return path


@report_page.post("/report/scan")
def scan_upload():
    from ..report.write import render_all
    from ..scan_command import scan

    if request.headers.get("X-Dunwatch-Report") != "1":
        raise ApiError(403, "forbidden", "send the file from the /report page (X-Dunwatch-Report: 1)")
    opts = _options()
    engine = current_app.extensions["dunwatch"].slot.engine
    with tempfile.TemporaryDirectory(prefix="dunwatch-report-") as tmp:
        path = _receive(tmp)
        try:
            # One process: forking inside a server worker would copy its threads' locks.
            summary, tally, _ = scan([path], engine, fmt=opts["fmt"], tz=opts["tz"], region=opts["region"],
                                     lang=opts["lang"], workers=1)
        except ArchiveError as exc:
            raise ApiError(422, "archive_unreadable", str(exc).replace(path, opts["name"])) from None
        summary["sources"][0]["path"] = opts["name"]
        body = render_all({opts["kind"]}, summary, tally, engine, opts["lang"], opts["region"])[opts["kind"]]
    response = Response(body, mimetype=KINDS[opts["kind"]])
    response.headers["Content-Disposition"] = f'attachment; filename="dunwatch-report.{opts["kind"]}"'
    response.headers["Content-Security-Policy"] = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
    return response
