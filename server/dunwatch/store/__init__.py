"""Signed rulebook updates: pack, verify (minisign), install into $DUNWATCH_HOME, roll back, follow."""
from .layout import Store, StoreError

__all__ = ["Store", "StoreError", "current_rules"]


def current_rules():
    """Return the store's current rulebook directory, or None when the store has none."""
    return Store().current_dir()
