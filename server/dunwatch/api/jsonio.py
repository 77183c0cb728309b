"""The app's JSON writer: readable Chinese, insertion order, unpaired surrogates as \\uXXXX escapes."""
from __future__ import annotations

from flask.json.provider import DefaultJSONProvider

from ..jsontext import escape_surrogates


class JsonProvider(DefaultJSONProvider):
    ensure_ascii = False  # Chinese stays readable and about a third the size
    sort_keys = False

    def dumps(self, obj, **kwargs) -> str:
        # One odd text must not turn the whole batch into a 500 (issue 10): see jsontext.py.
        return escape_surrogates(super().dumps(obj, **kwargs))
