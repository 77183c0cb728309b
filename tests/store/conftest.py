"""Fixtures for the store tests: a throwaway minisign key, a fresh $DUNWATCH_HOME, signed bundles."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from dunwatch.engine import bundled_rules_dir

IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (Debian package {tool}; .ci/run installs it)"
        pytest.fail(message) if IN_CI else pytest.skip(message)
    return path


class Publisher:
    """A rulebook publisher: a minisign key pair made with the real tool, and bundles it signs."""

    def __init__(self, root: Path, name: str = "publisher"):
        self.root = root
        self.pub, self.key = root / f"{name}.pub", root / f"{name}.key"
        self._made, self._copies = {}, 0  # packing lints the rulebook: pack each version once
        root.mkdir(parents=True, exist_ok=True)
        subprocess.run([_need("minisign"), "-G", "-W", "-p", str(self.pub), "-s", str(self.key)],
                       check=True, capture_output=True, timeout=60)

    def rules(self, version: str, change=None) -> Path:
        """Copy the bundled rulebook at `version`; `change(dir)` may edit it further."""
        self._copies += 1
        target = self.root / f"rules-{version}-{self._copies}"
        shutil.copytree(bundled_rules_dir(), target)
        book = target / "rulebook.yaml"
        data = yaml.safe_load(book.read_text(encoding="utf-8"))
        data["version"] = version
        book.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        if change:
            change(target)
        return target

    def pack(self, rules: Path, name: str | None = None, extra=()) -> Path:
        """Pack `rules` with `dunwatch rules pack` and return the bundle path (unsigned)."""
        bundle = self.root / (name or f"{rules.name}.tar.gz")
        out = dunwatch("rules", "pack", str(rules), "-o", str(bundle), *extra)
        assert out.returncode == 0, out.stderr
        return bundle

    def sign(self, bundle: Path) -> Path:
        subprocess.run([_need("minisign"), "-S", "-s", str(self.key), "-m", str(bundle),
                        "-t", f"dunwatch test bundle {bundle.name}"], check=True, capture_output=True, timeout=60)
        return Path(str(bundle) + ".minisig")

    def bundle(self, version: str, change=None) -> Path:
        """A fresh copy of a signed bundle of the bundled rulebook at `version` (tests may spoil it)."""
        if change or version not in self._made:
            bundle = self.pack(self.rules(version, change))
            self.sign(bundle)
            if change:
                return bundle
            self._made[version] = bundle
        self._copies += 1
        copy = self.root / f"copy-{self._copies}" / self._made[version].name
        copy.parent.mkdir()
        shutil.copy(self._made[version], copy)
        shutil.copy(str(self._made[version]) + ".minisig", str(copy) + ".minisig")
        return copy


def dunwatch(*args, env=None, timeout=300):
    """Run the CLI as a user does, in a subprocess."""
    return subprocess.run([sys.executable, "-m", "dunwatch", *map(str, args)], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=timeout)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """An empty $DUNWATCH_HOME for this test (subprocesses inherit it)."""
    path = tmp_path / "home"
    monkeypatch.setenv("DUNWATCH_HOME", str(path))
    monkeypatch.delenv("DUNWATCH_PUBKEY", raising=False)
    return path


@pytest.fixture(scope="session")
def publisher(tmp_path_factory) -> Publisher:
    return Publisher(tmp_path_factory.mktemp("publisher"))


@pytest.fixture(scope="session")
def stranger(tmp_path_factory) -> Publisher:
    """Someone else with a minisign key of their own."""
    return Publisher(tmp_path_factory.mktemp("stranger"), "stranger")
