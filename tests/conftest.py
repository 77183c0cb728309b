import os
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tests/fixtures and tests/support are importable
# `check` and `serve` use the rulebook store's current version: keep a developer's store out of tests.
os.environ["DUNWATCH_HOME"] = tempfile.mkdtemp(prefix="dunwatch-test-home-")

from dunwatch import Engine  # noqa: E402
from fixtures.rulebooks import write_rulebook  # noqa: E402


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The bundled rulebook, loaded once."""
    return Engine.default()


@pytest.fixture
def mini_rules(tmp_path) -> Path:
    """A small valid rulebook with one rule of each kind."""
    return write_rulebook(tmp_path / "rules")


@pytest.fixture
def mini_engine(mini_rules) -> Engine:
    return Engine.from_path(mini_rules)
