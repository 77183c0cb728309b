"""The worked examples in rules/README.md are true of the bundled rulebook (docs that cannot drift)."""
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "rules" / "README.md"
# 'Worked example: 「A」 is reported; 「B」 is not (…), nor is 「C」 (…).'
_LINE = re.compile(r"Worked example: (.+?)(?:\n\n|\Z)", re.S)


def _claims():
    text = README.read_text(encoding="utf-8")
    out = []
    for block in _LINE.findall(text):
        block = " ".join(block.split())
        if " is reported" not in block:
            continue
        reported, _, rest = block.partition(" is reported")
        out += [(t, True) for t in re.findall(r"「(.+?)」", reported)]
        out += [(t, False) for t in re.findall(r"「(.+?)」", rest)]
    return out


CLAIMS = _claims()


def test_readme_has_worked_examples():
    assert any(flag for _, flag in CLAIMS) and any(not flag for _, flag in CLAIMS)


@pytest.mark.parametrize("text, reported", CLAIMS)
def test_worked_example_holds(engine, text, reported):
    assert engine.check([text])[0]["flagged"] is reported
