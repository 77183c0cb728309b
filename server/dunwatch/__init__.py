"""Dunwatch: spot debt-collection pressure in Chinese messages and explain it."""
from .engine import Engine
from .rulebook import RulebookError

__all__ = ["Engine", "RulebookError"]
__version__ = "0.1.0"
