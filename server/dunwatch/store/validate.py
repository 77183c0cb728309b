"""Test a rulebook the way the project's CI does before it may be installed: lint, examples, corpus gate."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .bundle import CORPUS_DIR


class Refused(Exception):
    """The update was refused; str() says why. The store is unchanged."""

    exit_status = 1


class NothingNewer(Refused):
    """The bundle is not newer than what is installed: an unattended timer's usual day, exit 3."""

    exit_status = 3


def check_rulebook(scratch: Path, manifest: dict) -> None:
    """Lint, load and run every example of the rulebook in `scratch`; run the corpus gate if shipped."""
    from dunwatch import Engine, RulebookError
    from dunwatch.authoring.lint import lint

    errors, _ = lint(scratch)
    if errors:
        raise Refused("the rulebook fails lint:\n  " + "\n  ".join(errors[:20]))
    try:
        engine = Engine.from_path(scratch)
    except RulebookError as exc:
        raise Refused(f"the rulebook does not load:\n{exc}") from None
    if engine.rulebook["version"] != manifest["version"]:
        raise Refused(f"the manifest says version {manifest['version']}, the rulebook inside is "
                      f"{engine.rulebook['version']}")
    failures = engine.run_examples()
    if failures:
        raise Refused(f"{len(failures)} rule example(s) fail:\n  " + "\n  ".join(failures[:20]))
    corpus = sorted((scratch / CORPUS_DIR).glob("*.jsonl"))
    if corpus:
        # Through the CLI (`rules qa --gate`), the same gate the project's CI applies.
        gate = subprocess.run([sys.executable, "-m", "dunwatch", "rules", "qa", "--gate", "--rules",
                               str(scratch), *map(str, corpus)], capture_output=True, text=True)
        if gate.returncode != 0:
            last = (gate.stdout.strip().splitlines() or [gate.stderr.strip()])[-1]
            raise Refused(f"the corpus quality gate fails: {last}")
