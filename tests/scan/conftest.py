import json
import subprocess
import sys

import pytest

from . import archives

DUNWATCH = [sys.executable, "-m", "dunwatch"]


def dunwatch(*args, stdin=None, timeout=300):
    """Run the real command; text in, text out."""
    return subprocess.run(DUNWATCH + [str(a) for a in args], input=stdin, capture_output=True, text=True,
                          timeout=timeout)


def check_jsonl(texts, lang="zh-Hans") -> list[dict]:
    """Ask `dunwatch check --jsonl` about `texts`: the reference the scan's counts must equal."""
    lines = "".join(json.dumps({"id": str(n), "text": t}, ensure_ascii=False) + "\n" for n, t in enumerate(texts))
    out = dunwatch("check", "--jsonl", "--lang", lang, stdin=lines)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


@pytest.fixture(scope="session")
def archive_dir(tmp_path_factory):
    """One of each real-format archive, written once per session."""
    root = tmp_path_factory.mktemp("archives")
    archives.sms_backup(root / "backup.xml")
    archives.ios_db(root / "sms.db")
    archives.mbox(root / "mail.mbox")
    (root / "one.eml").write_bytes(archives.mail(0, archives.MAILS[0]))
    archives.csv_file(root / "messages.csv")
    archives.jsonl_file(root / "messages.jsonl")
    return root
