"""Load a rulebook, lint it and run its examples before it may serve; swap it in atomically."""
from __future__ import annotations

import logging
import threading
import traceback
from dataclasses import is_dataclass, asdict

log = logging.getLogger("dunwatch.api")


class RulebookRejected(Exception):
    """The rulebook on disk failed to load or its examples failed; str() says why, for people."""


def load_validated(rules_path: str | None):
    """Return a new Engine from disk, or raise RulebookRejected with the reasons.

    Loading lints (Engine.from_path raises RulebookError naming file, rule id and fix); every rule's
    examples must then pass, so a rulebook that would misfire never serves.
    """
    from dunwatch import Engine, RulebookError  # the engine stays importable without Flask

    try:
        engine = Engine.from_path(rules_path) if rules_path else Engine.default()
    except RulebookError as exc:
        raise RulebookRejected(f"the rulebook does not load:\n{exc}") from None
    except OSError as exc:
        raise RulebookRejected(f"the rulebook cannot be read: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - a rulebook must never take the server down (issue 10)
        raise RulebookRejected(f"the rulebook could not be loaded ({unexpected(exc)})") from None
    try:
        failures = engine.run_examples()
    except Exception as exc:  # noqa: BLE001
        raise RulebookRejected(f"the rulebook's examples could not be run ({unexpected(exc)})") from None
    if failures:
        shown = "\n".join(f"  {f}" for f in failures[:20])
        more = f"\n  … and {len(failures) - 20} more" if len(failures) > 20 else ""
        raise RulebookRejected(f"{len(failures)} rule example(s) fail:\n{shown}{more}")
    return engine


def unexpected(exc: BaseException) -> str:
    """Describe an unexpected exception by type and code location only: its text could quote anything."""
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in reversed(frames))
    return f"unexpected {type(exc).__name__} at {where or 'an unknown place'}"


def as_dict(value):
    """Results may be dataclasses or dicts (CONTRACT.md, Python); the API speaks dicts."""
    return asdict(value) if is_dataclass(value) else value


class EngineSlot:
    """Holds the serving engine; a request reads it once, a reload replaces it in one assignment."""

    def __init__(self, engine, rules_path: str | None):
        self.engine = engine
        self.rules_path = rules_path
        self._reload_lock = threading.Lock()  # two reloads at once would only waste CPU

    @property
    def rulebook(self) -> dict:
        return dict(self.engine.rulebook)

    def reload(self):
        """Load and validate from disk, then swap; on failure keep serving the old one and raise."""
        with self._reload_lock:
            old = self.rulebook
            try:
                engine = load_validated(self.rules_path)
            except RulebookRejected as exc:
                log.error("rulebook reload refused, still serving %s (%s): %s",
                          old["version"], old["digest"], exc)
                raise
            self.engine = engine  # atomic: in-flight requests keep the engine they already hold
            log.info("rulebook reloaded: %s (%s) -> %s (%s)", old["version"], old["digest"],
                     engine.rulebook["version"], engine.rulebook["digest"])
            return old, self.rulebook
