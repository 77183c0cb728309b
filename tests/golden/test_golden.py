"""Golden test: the engine's exact output over a fixture of messages, line for line (Vale-style).

Regenerate after an intended change with: DUNWATCH_UPDATE_GOLDEN=1 pytest tests/golden
and review the diff like any other change.
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).parent


def test_engine_output_matches_golden_file(engine):
    items = [json.loads(line) for line in (HERE / "messages.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    results = engine.check(items, lang="en")
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in results]
    expected_path = HERE / "expected.jsonl"
    if os.environ.get("DUNWATCH_UPDATE_GOLDEN"):
        expected_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = expected_path.read_text(encoding="utf-8").splitlines()
    assert len(expected) == len(items)
    for item, got, want in zip(items, lines, expected):
        assert got == want, f"message {item['id']} changed"
