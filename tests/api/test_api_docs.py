"""docs/self-hosting.md says what the server does (issue 10): start-up line, version, limits, Makefile."""
from __future__ import annotations

import re
from pathlib import Path

from dunwatch.api.config import Settings
from dunwatch.api.gworker import READ_TIMEOUT
from dunwatch.api.runner import HEADER_SECONDS, MAX_CONNECTIONS
from dunwatch.api.body import BODY_SECONDS
from dunwatch.matcher import MATCH_BUDGET
from support.live_server import live_server

from .helpers import test_engine

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "self-hosting.md").read_text(encoding="utf-8")


def test_the_documented_start_up_line_is_what_serve_prints():
    with live_server(workers=None) as srv:  # the defaults, as a user starts it
        line = srv.stdout_text().strip().splitlines()[-1]
    shown = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:8737", line)
    shown = re.sub(r"sha256:[0-9a-f]{64}", "sha256:…", shown)
    assert shown in DOC.splitlines(), f"docs/self-hosting.md should show: {shown}"


def test_the_documented_rulebook_version_is_the_current_one():
    version = test_engine().rulebook["version"]
    shown = set(re.findall(r"rulebook (\d+\.\d+\.\d+) \(sha256", DOC))
    shown |= set(re.findall(r'"rulebook": \{"version": "(\d+\.\d+\.\d+)"', DOC))
    assert shown == {version}, shown


def _promises() -> dict[str, str]:
    section = DOC.split("## Limits and timeouts", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1:-1] for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    return {cells[0].strip(): cells[1].strip() for cells in rows[1:]}


def _seconds(text: str) -> float:
    return float(re.fullmatch(r"([\d.]+) s", text).group(1))


def test_the_documented_limits_and_timeouts_are_the_code_s():
    p, s = _promises(), Settings()
    assert p["body size, with or without `Content-Length` (chunked)"] == "1 MiB" and s.max_body_bytes == 1 << 20
    assert int(p["texts per request"].replace(",", "")) == s.max_texts
    assert int(p["characters per text"].replace(",", "")) == s.max_text_chars
    assert _seconds(p["request line and headers arrive within"]) == HEADER_SECONDS
    assert _seconds(p["an idle kept-alive connection is kept"]) == HEADER_SECONDS
    assert _seconds(p["each read of a body waits at most"]) == READ_TIMEOUT
    assert _seconds(p["the whole body arrives within"]) == BODY_SECONDS
    assert int(p["open connections per worker"].replace(",", "")) == MAX_CONNECTIONS
    assert _seconds(p["matching time per request"]) == s.max_check_seconds
    assert _seconds(p["one pattern on one message"]) == MATCH_BUDGET
    assert p["requests per client"] == f"{s.rate_limit:.0f}/s, bursts of {s.rate_burst}"
    assert s.worker == "gevent" and "`--worker` | `DUNWATCH_WORKER` | `gevent`" in DOC


def test_make_test_prints_the_whole_quality_table():
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("\ntest:", 1)[1].split("\n\n", 1)[0]
    qa = [line for line in recipe.splitlines() if "rules qa" in line]
    assert qa and not any(re.search(r"\|\s*(tail|head)\b", line) for line in qa), qa
