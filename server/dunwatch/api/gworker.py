"""gunicorn's threaded worker, with the errors gunicorn answers itself in the API's JSON shape.

A request gunicorn cannot parse (a request line over 4 KiB, oversized headers, bad HTTP) never
reaches Flask; gunicorn answers it with an HTML page. STYLE.md and CONTRACT.md promise one JSON
error shape for every error, so this worker swaps gunicorn's writer for one that keeps it.
"""
from __future__ import annotations

import json

from gunicorn import util as gunicorn_util
from gunicorn.workers.gthread import ThreadWorker

_CODES = {400: "bad_request", 403: "forbidden", 414: "uri_too_long", 417: "expectation_failed",
          431: "headers_too_large", 500: "internal_error", 501: "not_implemented"}


def write_json_error(sock, status_int, reason, mesg):
    """Same contract as gunicorn.util.write_error; the body never echoes the request back."""
    body = json.dumps({"error": {"code": _CODES.get(status_int, "bad_request"),
                                 "message": f"the server could not read this HTTP request ({reason})"}})
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n")
    gunicorn_util.write_nonblock(sock, (head + body).encode("latin-1"))


class JsonErrorWorker(ThreadWorker):
    """The gthread worker `dunwatch serve` runs."""

    def init_process(self):
        # This process is a worker of ours alone, so replacing gunicorn's module function is contained.
        gunicorn_util.write_error = write_json_error
        super().init_process()
