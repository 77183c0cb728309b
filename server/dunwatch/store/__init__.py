"""Signed rulebook updates: pack, verify (minisign), install into $DUNWATCH_HOME, roll back, follow."""
from __future__ import annotations

import sys

from .layout import Store, StoreError

__all__ = ["Store", "StoreError", "current_rules", "current_engine"]


def current_rules():
    """Return the store's current rulebook directory, or None when the store has none."""
    return Store().current_dir()


def current_engine():
    """Return an Engine on the store's current rulebook, else the bundled one.

    A current rulebook that no longer loads (say, after Dunwatch itself was downgraded) must not
    leave the user with no checking at all: warn and use the bundled one.
    """
    from dunwatch import Engine, RulebookError

    path = current_rules()
    if path is None:
        return Engine.default()
    try:
        return Engine.from_path(path)
    except RulebookError as exc:
        print(f"dunwatch: warning: the store's current rulebook ({path}) does not load, using the "
              f"bundled one; `dunwatch rules rollback` or a newer update fixes this.\n{exc}", file=sys.stderr)
        return Engine.default()
