"""The rulebook store on disk: $DUNWATCH_HOME/rulebooks/<version>/ and a `current` symlink.

`current` is a relative symlink to a version directory, switched with os.replace (rename(2) is
atomic), so a reader sees the old version or the new one, never neither. Readers resolve it once
(`current_dir`) and load from the version directory, so a switch during a load cannot mix files
of two versions.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
from pathlib import Path

KEEP = 3
_VERSION = re.compile(r"^\d{1,6}(\.\d{1,6}){0,3}$")


class StoreError(Exception):
    """The store cannot do what was asked; str() says why. Nothing was changed."""


def parse_version(text: str) -> tuple[int, ...]:
    """Return a comparable tuple for a dotted numeric version such as 1.2.1."""
    if not isinstance(text, str) or not _VERSION.match(text):
        raise StoreError(f"version {text!r} is not a dotted number such as 1.2.1")
    parts = tuple(int(p) for p in text.split("."))
    return parts + (0,) * (4 - len(parts))


def home() -> Path:
    """Return $DUNWATCH_HOME, by default ~/.local/share/dunwatch (CONTRACT.md)."""
    return Path(os.environ.get("DUNWATCH_HOME") or Path.home() / ".local/share/dunwatch")


class Store:
    def __init__(self, root: Path | None = None):
        self.home = Path(root) if root else home()
        self.dir = self.home / "rulebooks"
        self.pointer = self.dir / "current"
        self.held_file = self.dir / "rolled-back"

    def current(self) -> str | None:
        """Return the current version, or None when the store has none (the bundled rulebook serves)."""
        try:
            target = os.readlink(self.pointer)
        except OSError:
            return None
        return target if _VERSION.match(target) and (self.dir / target).is_dir() else None

    def current_dir(self) -> Path | None:
        version = self.current()
        return (self.dir / version).resolve() if version else None

    def versions(self) -> list[str]:
        """Return the installed versions, oldest first."""
        if not self.dir.is_dir():
            return []
        found = [p.name for p in self.dir.iterdir() if p.is_dir() and not p.is_symlink() and _VERSION.match(p.name)]
        return sorted(found, key=parse_version)

    def held(self) -> set[str]:
        """Return the versions rolled back from: `update` does not reinstall them."""
        try:
            return set(self.held_file.read_text(encoding="utf-8").split())
        except OSError:
            return set()

    def set_held(self, versions) -> None:
        self._write_atomic(self.held_file, "".join(f"{v}\n" for v in sorted(versions, key=parse_version)))

    def _write_atomic(self, path: Path, text: str) -> None:
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)

    def switch(self, version: str) -> None:
        """Make `version` current in one rename."""
        tmp = self.dir / f".current.{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        os.symlink(version, tmp)
        os.replace(tmp, self.pointer)
        fd = os.open(self.dir, os.O_RDONLY)
        try:
            os.fsync(fd)  # the switch survives a power cut once the command has said it is done
        finally:
            os.close(fd)

    def prune(self) -> list[str]:
        """Delete all but the newest KEEP versions, never the current one; return what was deleted."""
        current = self.current()
        keep = set(self.versions()[-KEEP:]) | {current}
        gone = [v for v in self.versions() if v not in keep]
        for version in gone:
            shutil.rmtree(self.dir / version, ignore_errors=True)
        return gone

    @contextlib.contextmanager
    def locked(self):
        """Hold the store's lock: two updates (a timer and a person) never interleave."""
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / ".lock", "w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"another update or rollback is running on {self.dir}") from None
            yield
