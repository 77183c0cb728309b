"""The bundled rulebook: every rule's examples are its tests, and the book meets the v1 floor."""
from pathlib import Path

import pytest

from dunwatch.engine import Engine, bundled_rules_dir
from dunwatch.authoring.examples import check_rule
from dunwatch.authoring.lint import lint
from dunwatch.authoring.lock import lock_problems
from dunwatch.authoring.docs import render_rules_table

ENGINE = Engine.default()
ACTIVE = [r for r in ENGINE.book.rules if r.active]
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("rule", ACTIVE, ids=[r.id for r in ACTIVE])
def test_rule_examples(rule):
    assert check_rule(ENGINE, rule) == []


def test_lint_has_no_errors():
    errors, _warnings = lint(bundled_rules_dir())
    assert errors == []


def test_every_category_has_reporting_rules():
    reporting = {r.category for r in ACTIVE if r.report}
    assert reporting == set(ENGINE.book.categories)


def test_rulebook_size_floor():
    assert len([r for r in ACTIVE if r.report]) >= 60


def test_version_digest_and_changelog_agree():
    """Changing any rule without bumping the version (and the lock, and the changelog) fails here."""
    assert lock_problems(bundled_rules_dir()) == []


def test_generated_rules_table_is_current():
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == render_rules_table(ENGINE), "run: dunwatch rules docs -o docs/rules.md"


def test_bundled_path_is_the_checkout_rules_dir():
    assert (bundled_rules_dir() / "rulebook.yaml").is_file()
