"""The `dunwatch` command as a user runs it: a real subprocess, real stdin and stdout."""
import json
import subprocess
import sys

import pytest

DUNWATCH = [sys.executable, "-m", "dunwatch"]


def run(*args, stdin=""):
    return subprocess.run(DUNWATCH + list(args), input=stdin, capture_output=True, text=True, timeout=120)


def test_check_human_readable_marks_phrases():
    out = run("check", "--lang", "en", "欠款逾期，律師函已發出")
    assert out.returncode == 0
    assert "risk high" in out.stdout and "⟦" in out.stdout and "legal_threat" in out.stdout


def test_check_json_matches_contract():
    out = run("check", "--json", "欠款逾期，律師函已發出", "你好")
    data = json.loads(out.stdout)
    assert set(data) == {"rulebook", "results"}
    assert data["rulebook"]["digest"].startswith("sha256:")
    assert [r["id"] for r in data["results"]] == ["0", "1"]
    assert data["results"][0]["flagged"] and not data["results"][1]["flagged"]


def test_check_reads_stdin():
    out = run("check", "--json", stdin="欠款逾期，律師函已發出")
    assert json.loads(out.stdout)["results"][0]["flagged"]


def test_jsonl_keeps_order_and_reports_bad_lines():
    lines = [json.dumps({"id": "a", "text": "欠款逾期，律師函已發出"}, ensure_ascii=False), "{not json",
             json.dumps({"id": "c", "text": "你好"})]
    out = run("check", "--jsonl", stdin="\n".join(lines) + "\n")
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r.get("id") for r in results] == ["a", "line 2", "c"]
    assert results[0]["flagged"] and results[1]["error"]["code"] == "bad_input"
    assert out.returncode == 1


def test_rules_test_and_lint_pass_on_bundled_rules():
    test = run("rules", "test")
    assert test.returncode == 0, test.stdout
    assert " 0 failed" in test.stdout
    assert run("rules", "lint").returncode == 0


def test_rules_lint_reports_broken_rulebook(tmp_path):
    from fixtures.rulebooks import default_rules, write_rulebook
    rules = default_rules()
    rules["legal_threat"][0]["patterns"] = ["律师(函"]
    out = run("rules", "lint", str(write_rulebook(tmp_path / "r", rules)))
    assert out.returncode == 1
    assert "legal_threat.yaml: legal-threat.lawyer-letter" in out.stdout and "Traceback" not in out.stdout + out.stderr


def test_broken_custom_rulebook_is_a_clear_error_not_a_traceback(tmp_path):
    out = run("check", "--rules", str(tmp_path), "你好")
    assert out.returncode == 2
    assert "no rulebook.yaml" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_message_language_follows_flag(lang):
    data = json.loads(run("check", "--json", "--lang", lang, "欠款逾期，律師函已發出").stdout)
    messages = {m["message"] for m in data["results"][0]["matches"]}
    assert messages and all(m.isascii() for m in messages) == (lang == "en")


def _corpus_lines(count):
    """JSON Lines of real corpus texts, with bad lines, blank lines and a line without an id among them."""
    from pathlib import Path

    texts = [json.loads(line)["text"] for path in sorted((Path(__file__).parent / "corpus").glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = texts[::-(-len(texts) // count)]  # spread over the files: benign and collection items both
    lines = [json.dumps({"id": f"m{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    lines[7], lines[300], lines[301] = "{not json", "", json.dumps({"text": texts[0]}, ensure_ascii=False)
    return "\n".join(lines) + "\n"


def test_jsonl_workers_give_the_same_output_byte_for_byte():
    stdin = _corpus_lines(600)
    one = run("check", "--jsonl", "--workers", "1", stdin=stdin)
    two = run("check", "--jsonl", "--workers", "2", stdin=stdin)
    assert one.returncode == two.returncode == 1  # the bad line
    assert one.stdout == two.stdout
    results = [json.loads(line) for line in one.stdout.splitlines()]
    assert len(results) == len(stdin.splitlines()) - 1  # the blank line gets no answer
    assert results[7]["id"] == "line 8" and results[300]["id"] == "0"
    assert any(r.get("flagged") for r in results)


def test_jsonl_rejects_zero_workers():
    out = run("check", "--jsonl", "--workers", "0", stdin="")
    assert out.returncode == 2 and "--workers" in out.stderr
