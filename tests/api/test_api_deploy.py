"""The shipped proxy recipes keep slow clients at the edge (issue 10): both buffer whole bodies."""
from __future__ import annotations

import re
from pathlib import Path

DEPLOY = Path(__file__).resolve().parents[2] / "server" / "deploy"


def _code(path: Path) -> str:
    """The file without comments, so a directive only mentioned in a comment does not count."""
    return "\n".join(line.split("#", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())


def test_caddy_buffers_request_bodies_and_times_out_slow_clients():
    caddy = _code(DEPLOY / "Caddyfile")
    proxy = re.search(r"reverse_proxy\s+127\.0\.0\.1:8737\s*\{(.*?)\}", caddy, re.S)
    assert proxy and re.search(r"^\s*request_buffers\s+1MiB\s*$", proxy.group(1), re.M), caddy
    assert re.search(r"max_size\s+1MB", caddy)
    for timeout in ("read_header", "read_body"):
        assert re.search(rf"^\s*{timeout}\s+\d+s\s*$", caddy, re.M), timeout


def test_nginx_buffers_request_bodies_and_times_out_slow_clients():
    nginx = _code(DEPLOY / "nginx.conf")
    assert re.search(r"^\s*proxy_request_buffering\s+on;", nginx, re.M)
    assert re.search(r"^\s*client_max_body_size\s+1m;", nginx, re.M)
    for timeout in ("client_header_timeout", "client_body_timeout"):
        assert re.search(rf"^\s*{timeout}\s+\d+s;", nginx, re.M), timeout
