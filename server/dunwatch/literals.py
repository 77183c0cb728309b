"""Where authoring/lint.py still imports `requirements` from: the code lives in regex/literals.py.

Kept only because lint.py is being edited on main while the regex plumbing moved here (issue 9);
its import becomes `from ..regex.literals import requirements` at the merge, and this file goes.
"""
from .regex.literals import requirements

__all__ = ["requirements"]
