"""rulebook.lock: pin the digest to the version, so no rule changes without a version bump."""
from __future__ import annotations

import json
from pathlib import Path

from ..rulebook import load_rulebook

LOCK_NAME = "rulebook.lock"


def read_lock(path) -> dict | None:
    lock = Path(path) / LOCK_NAME
    return json.loads(lock.read_text(encoding="utf-8")) if lock.is_file() else None


def changelog_has(path, version: str) -> bool:
    log = Path(path) / "CHANGELOG.md"
    if not log.is_file():
        return False
    return any(line.startswith("## ") and version in line.split()[1:2] + [line[3:].strip("[] ")]
               for line in log.read_text(encoding="utf-8").splitlines())


def lock_problems(path) -> list[str]:
    """Say what is wrong between the rulebook at `path`, its lock and its changelog."""
    book = load_rulebook(path)
    lock = read_lock(path)
    problems = []
    if lock is None:
        problems.append(f"no {LOCK_NAME}: run `dunwatch rules lock`")
    elif lock.get("digest") != book.digest:
        if lock.get("version") == book.version:
            problems.append(f"the rules changed but the version is still {book.version}: bump "
                            "`version` in rulebook.yaml, add a CHANGELOG.md entry, run `dunwatch rules lock`")
        else:
            problems.append(f"{LOCK_NAME} is for {lock.get('version')}, the rulebook is "
                            f"{book.version}: run `dunwatch rules lock`")
    if not changelog_has(path, book.version):
        problems.append(f"CHANGELOG.md has no `## {book.version}` heading: describe the change")
    return problems


def write_lock(path) -> int:
    """Write the lock for the current version; refuse if rules changed under an old version."""
    book = load_rulebook(path)
    lock = read_lock(path)
    if lock and lock.get("version") == book.version and lock.get("digest") != book.digest:
        print(f"refused: the rules changed but the version is still {book.version}. Bump `version` in "
              "rulebook.yaml and add a CHANGELOG.md entry first.")
        return 1
    if not changelog_has(path, book.version):
        print(f"refused: CHANGELOG.md has no `## {book.version}` heading.")
        return 1
    body = json.dumps({"version": book.version, "digest": book.digest}, indent=2) + "\n"
    (Path(path) / LOCK_NAME).write_text(body, encoding="utf-8")
    print(f"locked {book.version} {book.digest}")
    return 0
