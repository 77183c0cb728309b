"""Fuzz the rulebook loader (issue 10): any YAML structure or value gives an Engine or a RulebookError.

Two strategies: a valid small rulebook with one value anywhere in it replaced by arbitrary YAML
(scalars of every type, tags, anchors, nested lists and mappings), and category files of raw
YAML text built from YAML's own punctuation. Either way loading and validating must end in a
RulebookError naming a file, never in another exception.
"""
from __future__ import annotations

import copy
import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from dunwatch import Engine, RulebookError
from fixtures.rulebooks import BOOK, default_rules, write_rulebook

SCALARS = ["2026-01-01", "2026-01-01 10:00:00", "!!binary aGVsbG8=", "!!set {a, b}", "1", "-0.5", ".nan",
           ".inf", "true", "'no'", "no", "null", "~", "''", "\"\"", "律师函", "[]", "{}", "!!omap [a: 1]",
           "!!pairs [a: 1]", "!!python/object:os.system ls", "!custom x", "*undefined", "0x1F", "1e400",
           "'(律|律)+函'", "'.*'", "'['", "=", "<<"]
KEYS = ["id", "patterns", "examples", "match", "no_match", "report", "status", "severity", "kind", "all",
        "any", "min", "highlight", "context", "contexts", "categories", "rules", "category", "title",
        "en", "zh-Hant", "1", "true", "null", "<<", "? [a]", "reviewed"]


def yaml_values(depth: int = 3):
    leaf = st.sampled_from(SCALARS)
    if depth == 0:
        return leaf
    inner = yaml_values(depth - 1)
    return st.one_of(
        leaf,
        st.lists(inner, max_size=3).map(lambda xs: "[" + ", ".join(xs) + "]"),
        st.lists(st.tuples(st.sampled_from(KEYS), inner), max_size=3).map(
            lambda kv: "{" + ", ".join(f"{k}: {v}" for k, v in kv) + "}"),
        inner.map(lambda v: f"&a {v}"),
        st.just("&s [*s]"),
    )


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, prefix + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, prefix + (i,))


MARK = "__FUZZ__"


def _replace(data, path):
    if not path:
        return MARK
    data = copy.deepcopy(data)
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = MARK
    return data


def _load_must_not_crash(root: Path) -> None:
    from dunwatch.api.rulebook import RulebookRejected, load_validated

    try:
        Engine.from_path(root)
    except RulebookError as exc:
        assert str(exc).strip()  # a reason a person can read
    try:
        load_validated(str(root))
    except RulebookRejected as exc:
        assert str(exc).strip()


FILES = {"rulebook.yaml": BOOK, **{f"{c}.yaml": {"category": c, "rules": r} for c, r in default_rules().items()}}
TARGETS = [(name, path) for name, data in FILES.items() for path in _paths(data)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(target=st.sampled_from(TARGETS), value=yaml_values())
def test_any_value_anywhere_is_a_rulebook_error_or_loads(target, value):
    name, path = target
    with tempfile.TemporaryDirectory() as tmp:
        root = write_rulebook(Path(tmp) / "rules")
        original = yaml.safe_load((root / name).read_text(encoding="utf-8"))
        text = yaml.safe_dump(_replace(original, path), allow_unicode=True, default_flow_style=True, width=10**6)
        (root / name).write_text(text.replace(repr(MARK).strip("'"), value), encoding="utf-8")
        _load_must_not_crash(root)


PIECES = ["category: legal_threat\n", "rules:\n", "- ", "  ", "id: legal-threat.x\n", ": ", "- [", "]", "{", "}",
          "&a ", "*a ", "!!set ", "!!binary ", "2026-01-01", "1", "\n", "'", "\"", "#", "? ", "律师函", ",", "<<: "]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=40))
def test_raw_yaml_text_is_a_rulebook_error_or_loads(pieces):
    with tempfile.TemporaryDirectory() as tmp:
        root = write_rulebook(Path(tmp) / "rules")
        (root / "legal_threat.yaml").write_text("".join(pieces), encoding="utf-8")
        _load_must_not_crash(root)


def test_the_fuzzer_reaches_the_loader(tmp_path):
    """The strategies really produce what crashed the loader before (issue 10)."""
    root = write_rulebook(tmp_path / "rules")
    shutil.copy(root / "urgency.yaml", tmp_path / "keep.yaml")
    (root / "urgency.yaml").write_text("category: urgency\nrules: 5\n", encoding="utf-8")
    try:
        Engine.from_path(root)
    except RulebookError as exc:
        assert "urgency.yaml" in str(exc) and "`rules`" in str(exc)
    else:
        raise AssertionError("`rules: 5` loaded")
