"""Helpers for the API tests: rulebook copies to break, the one error shape to assert."""
from __future__ import annotations

import functools
import os
from pathlib import Path

import yaml

TOKEN = "test-token-6f1c2a"


def set_version(rules_dir: Path, version: str) -> None:
    """Change the rulebook's version (and so its digest) in place."""
    path = rules_dir / "rulebook.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["version"] = version
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _first_category_file(rules_dir: Path) -> Path:
    return sorted(p for p in rules_dir.glob("*.yaml") if p.name != "rulebook.yaml")[0]


def break_lint(rules_dir: Path) -> None:
    """Give the first rule a severity that does not exist: the loader must refuse it."""
    path = _first_category_file(rules_dir)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"][0]["severity"] = "catastrophic"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def break_examples(rules_dir: Path) -> None:
    """Make the first rule's own match example a no_match example too: its examples must fail."""
    path = _first_category_file(rules_dir)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rule = data["rules"][0]
    first = rule["examples"]["match"][0]
    rule["examples"].setdefault("no_match", []).append(first["text"] if isinstance(first, dict) else first)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def assert_error(response, status: int, code: str | None = None) -> dict:
    """Every error: the status, JSON, exactly {"error": {"code", "message"}}, no HTML, no trace."""
    assert response.status_code == status, (response.status_code, response.text[:300])
    assert response.headers["Content-Type"].startswith("application/json"), response.headers
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code, body
    for marker in ("Traceback", "<html", "<!doctype", 'File "'):
        assert marker.lower() not in response.text.lower()
    return body


def rules_dir() -> Path:
    """The rulebook under test: DUNWATCH_RULES when set (the server reads it too), else the bundled one."""
    from dunwatch.engine import bundled_rules_dir

    return Path(os.environ["DUNWATCH_RULES"]) if os.environ.get("DUNWATCH_RULES") else bundled_rules_dir()


@functools.lru_cache(maxsize=1)
def test_engine():
    """The engine the servers under test run, loaded once in process to compare answers with."""
    from dunwatch import Engine

    return Engine.from_path(rules_dir())


test_engine.__test__ = False  # a helper, not a test


def flagged_example() -> tuple[str, str, str]:
    """Return (text, rule id, category) from the bundled rulebook's own examples: a text that fires.

    Taken from the data, not hard-coded, so these tests follow the rulebook as it grows.
    """
    for path in sorted(rules_dir().glob("*.yaml")):
        if path.name == "rulebook.yaml":
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for rule in data.get("rules", []):
            if rule.get("status") == "deprecated" or rule.get("report") is False:
                continue
            for example in rule.get("examples", {}).get("match", []):
                text = example["text"] if isinstance(example, dict) else example
                return text, rule["id"], data["category"]
    raise AssertionError("the bundled rulebook has no rule with a match example")


def utf16_slice(text: str, offset: int, length: int) -> str:
    """JavaScript's text.slice(offset, offset + length), in Python."""
    units = text.encode("utf-16-le")
    return units[2 * offset: 2 * (offset + length)].decode("utf-16-le")
