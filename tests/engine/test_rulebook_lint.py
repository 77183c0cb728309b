"""Broken rulebooks fail at load with the file, the rule id, what is wrong and how to fix it."""
import pytest

from dunwatch import Engine, RulebookError
from dunwatch.authoring.lint import lint
from fixtures.rulebooks import default_rules, lawyer_letter, rule, write_rulebook


def broken(tmp_path, mutate):
    rules = default_rules()
    mutate(rules)
    return write_rulebook(tmp_path / "rules", rules)


def load_error(path) -> str:
    with pytest.raises(RulebookError) as err:
        Engine.from_path(path)
    return str(err.value)


CASES = {
    "bad regex": (lambda r: r["legal_threat"][0].update(patterns=["律师(函"]), "does not compile"),
    "duplicate id": (lambda r: r["urgency"].append(rule("urgency.hours", ["最后通牒"], severity="low")),
                     "duplicate id"),
    "missing translation": (lambda r: r["legal_threat"][0]["explanation"].pop("en"), "lacks text for en"),
    "catastrophic": (lambda r: r["legal_threat"][0].update(patterns=[r"(?:.{0,3}律)+"]), "nests a variable"),
    "overlapping alternatives": (lambda r: r["legal_threat"][0].update(patterns=[r"(律|律)+函"]),
                                 "catastrophic backtracking"),
    "unbounded wildcard": (lambda r: r["legal_threat"][0].update(patterns=["律师.*函"]), "unbounded wildcard"),
    "empty match": (lambda r: r["legal_threat"][0].update(patterns=["(律师函)?"]), "empty string"),
    "unknown field": (lambda r: r["legal_threat"][0].update(patern=["x"]), "unknown field"),
    "bad severity": (lambda r: r["legal_threat"][0].update(severity="severe"), "severity 'severe'"),
    "bad status": (lambda r: r["legal_threat"][0].update(status="beta"), "status 'beta'"),
    "too few examples": (lambda r: r["legal_threat"][0]["examples"]["match"].pop(), "needs at least 3"),
    "unknown context": (lambda r: r["urgency"][0].update(context=["money"]), "context 'money'"),
    "meta selector": (lambda r: r["legal_threat"][2].update(all=["legal-threat.nope"]), "is not a pattern or near rule"),
    "bad id": (lambda r: r["legal_threat"][0].update(id="LawyerLetter"), "kebab-case"),
    "wrong category prefix": (lambda r: r["legal_threat"][0].update(id="urgency.lawyer"), "<category>.<name>"),
    "no references": (lambda r: r["legal_threat"][0].update(references=[]), "`references`"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_rulebook_names_file_rule_and_fix(tmp_path, name):
    mutate, expected = CASES[name]
    message = load_error(broken(tmp_path, mutate))
    assert expected in message
    assert "Fix:" in message
    assert ".yaml" in message


def test_all_problems_reported_together(tmp_path):
    def mutate(r):
        r["legal_threat"][0].update(patterns=["律师(函"])
        r["urgency"][0].update(severity="severe")
    message = load_error(broken(tmp_path, mutate))
    assert "legal-threat.lawyer-letter" in message and "urgency.hours" in message


def test_invalid_yaml_names_the_line(tmp_path):
    root = write_rulebook(tmp_path / "rules")
    (root / "urgency.yaml").write_text("category: urgency\nrules:\n  - id: [unclosed\n", encoding="utf-8")
    message = load_error(root)
    assert "urgency.yaml" in message and "line" in message


def test_missing_rulebook_yaml(tmp_path):
    assert "no rulebook.yaml" in load_error(tmp_path)


def test_lint_requires_both_scripts(tmp_path):
    rules = default_rules()
    rules["legal_threat"][0] = lawyer_letter(examples={
        "match": ["已发出律师函", "律师函已寄出", "律 师 函"], "no_match": ["律师函格式", "你好"]})
    errors, _ = lint(write_rulebook(tmp_path / "rules", rules))
    assert any("legal-threat.lawyer-letter" in e and "both scripts" in e for e in errors)


def test_lint_warns_about_rules_without_disguised_examples(tmp_path):
    rules = default_rules()
    rules["legal_threat"][0] = lawyer_letter(examples={
        "match": ["已发出律师函", "律師函已寄出", "律师函"], "no_match": ["律师函格式", "你好"]})
    errors, warnings = lint(write_rulebook(tmp_path / "rules", rules))
    assert errors == []
    assert any("legal-threat.lawyer-letter" in w and "disguised" in w for w in warnings)


def test_valid_mini_rulebook_lints_clean(mini_rules):
    errors, _ = lint(mini_rules)
    assert errors == []
    assert Engine.from_path(mini_rules).run_examples() == []


def test_failing_example_is_reported_by_rule_id(tmp_path):
    rules = default_rules()
    rules["legal_threat"][0]["examples"]["no_match"].append("已经发出律师函")
    failures = Engine.from_path(write_rulebook(tmp_path / "rules", rules)).run_examples()
    assert failures == ["legal_threat.yaml: legal-threat.lawyer-letter: fires on no_match example '已经发出律师函'"]
