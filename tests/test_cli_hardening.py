"""The CLI with input that used to kill it (issue 10): a real subprocess, real bytes on stdin."""
from __future__ import annotations

import json
import subprocess
import sys

DUNWATCH = [sys.executable, "-m", "dunwatch"]


def run(*args, stdin: bytes = b""):
    return subprocess.run(DUNWATCH + list(args), input=stdin, capture_output=True, timeout=120)


def _utf16_slice(text: str, offset: int, length: int) -> str:
    units = text.encode("utf-16-le", "surrogatepass")
    return units[2 * offset:2 * (offset + length)].decode("utf-16-le", "surrogatepass")


def test_jsonl_answers_every_line_despite_a_surrogate_and_invalid_utf8():
    odd = "律\ud800師函已發出，限你今天還款"
    lines = [json.dumps({"id": "a", "text": odd}).encode(),             # \\ud800 as JSON.stringify writes it
             b'{"id": "b", "text": "\xff\xfe bad bytes"}',                # not UTF-8
             json.dumps({"id": "c\udc00", "text": "律師函已發出"}).encode(),  # an odd id
             json.dumps({"id": "d", "text": "今天天氣很好"}, ensure_ascii=False).encode()]
    out = run("check", "--jsonl", stdin=b"\n".join(lines) + b"\n")
    assert b"Traceback" not in out.stderr, out.stderr.decode(errors="replace")
    results = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]  # valid UTF-8 throughout
    assert [r["id"] for r in results] == ["a", "line 2", "c\udc00", "d"]
    assert results[0]["flagged"] and results[2]["flagged"] and not results[3]["flagged"]
    assert results[1]["error"]["code"] == "bad_input" and "UTF-8" in results[1]["error"]["message"]
    assert any("\ud800" in m["text"] for m in results[0]["matches"])
    for m in results[0]["matches"]:
        assert _utf16_slice(odd, m["offset"], m["length"]) == m["text"]
    assert out.returncode == 1  # one line was bad


def test_check_with_invalid_utf8_on_stdin_is_a_clear_error():
    out = run("check", stdin="律師函已發出".encode("gb18030"))
    assert out.returncode == 2 and b"not valid UTF-8" in out.stderr and b"Traceback" not in out.stderr


def test_check_json_with_a_surrogate_from_the_command_line():
    # An undecodable byte in argv reaches Python as a lone surrogate (surrogateescape).
    out = run("check", "--json", "律\udcff師函已發出")
    assert out.returncode == 0 and b"Traceback" not in out.stderr
    result = json.loads(out.stdout.decode("utf-8"))["results"][0]
    assert result["flagged"] and "\udcff" in result["matches"][0]["text"]
    human = run("check", "律\udcff師函已發出")
    assert human.returncode == 0 and b"Traceback" not in human.stderr and b"risk high" in human.stdout


def test_qa_with_a_missing_or_malformed_corpus_is_a_clear_error(tmp_path):
    missing = run("rules", "qa", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and b"nope.jsonl" in missing.stderr and b"Traceback" not in missing.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "1", "text": "x", "label": "benign"}\n[1, 2]\n')
    out = run("rules", "qa", str(bad))
    assert out.returncode == 2 and b"bad.jsonl:2" in out.stderr and b"Traceback" not in out.stderr
    raw = tmp_path / "raw.jsonl"
    raw.write_bytes(b"\xff\xfe\n")
    out = run("rules", "qa", str(raw))
    assert out.returncode == 2 and b"Traceback" not in out.stderr
