"""`pip install .` into a fresh virtualenv gives a working `dunwatch` that does not need the checkout."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_install_in_fresh_venv_runs_from_elsewhere(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run(pip + [str(ROOT)], check=True, cwd=tmp_path, timeout=600)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    line = json.dumps({"id": "m1", "text": "欠款逾期，律師函已發出"}, ensure_ascii=False)
    out = subprocess.run([str(venv / "bin" / "dunwatch"), "check", "--jsonl"], input=line + "\n",
                         capture_output=True, text=True, cwd=elsewhere, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["id"] == "m1" and result["flagged"]
    located = subprocess.run([str(venv / "bin" / "python"), "-c",
                              "import dunwatch.engine as e; print(e.bundled_rules_dir())"],
                             capture_output=True, text=True, cwd=elsewhere, env=env)
    assert str(venv) in located.stdout, "the installed package must carry its own rulebook"
    # Every rulebook file travels with the package (the message model too): same digest as here.
    from dunwatch import Engine
    digest = subprocess.run([str(venv / "bin" / "python"), "-c",
                             "from dunwatch import Engine; e = Engine.default(); "
                             "print(e.book.model is not None, e.rulebook['digest'])"],
                            capture_output=True, text=True, cwd=elsewhere, env=env)
    assert digest.stdout.split() == ["True", Engine.default().rulebook["digest"]], digest.stderr
