"""`dunwatch rules pack`: the same rulebook packs to the same bytes, with a manifest of every file."""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import tarfile

import yaml

from dunwatch.engine import bundled_rules_dir

from .conftest import dunwatch


def pack(rules, output, *extra):
    out = dunwatch("rules", "pack", rules, "-o", output, *extra)
    assert out.returncode == 0, out.stderr
    return output.read_bytes()


def test_same_rulebook_packs_to_the_same_bytes(tmp_path):
    first = pack(bundled_rules_dir(), tmp_path / "a.tar.gz")
    copy = tmp_path / "copy"
    shutil.copytree(bundled_rules_dir(), copy)
    for path in copy.iterdir():
        os.utime(path, (1_000_000_000, 1_000_000_000))  # another checkout: other times, same content
    os.chmod(copy / "rulebook.yaml", 0o600)
    assert pack(copy, tmp_path / "b.tar.gz") == first
    (copy / "abuse.yaml").write_bytes((copy / "abuse.yaml").read_bytes() + b"\n# changed\n")
    assert pack(copy, tmp_path / "c.tar.gz") != first


def test_manifest_lists_every_file_with_its_hash(tmp_path):
    data = pack(bundled_rules_dir(), tmp_path / "a.tar.gz", "--created", "2026-12-01")
    with tarfile.open(fileobj=io.BytesIO(gzip.decompress(data))) as tar:
        names = tar.getnames()
        files = {m.name: tar.extractfile(m).read() for m in tar}
        assert all(m.mtime == 0 and m.uid == 0 and m.mode == 0o644 for m in tar.getmembers())
    assert names[0] == "MANIFEST.json" and names[1:] == sorted(names[1:])
    manifest = json.loads(files.pop("MANIFEST.json"))
    root = bundled_rules_dir()
    on_disk = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())  # lexicons/ too
    assert sorted(files) == sorted(manifest["files"]) == on_disk
    for name, entry in manifest["files"].items():
        assert entry == {"sha256": hashlib.sha256(files[name]).hexdigest(), "size": len(files[name])}
    from dunwatch import Engine

    assert manifest["version"] == Engine.default().rulebook["version"]
    book = yaml.safe_load((root / "rulebook.yaml").read_text(encoding="utf-8"))
    assert (manifest["name"], manifest["schema"]) == (book["name"], book["schema"])
    assert manifest["created"] == "2026-12-01"


def test_corpus_files_are_packed_for_the_quality_gate(tmp_path):
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text('{"id": "c1", "text": "欠款逾期，律師函已發出", "label": "collection"}\n', encoding="utf-8")
    data = pack(bundled_rules_dir(), tmp_path / "a.tar.gz", "--corpus", corpus)
    with tarfile.open(fileobj=io.BytesIO(gzip.decompress(data))) as tar:
        assert "corpus/tiny.jsonl" in tar.getnames()


def test_links_in_the_rulebook_are_refused(tmp_path):
    copy = tmp_path / "rules"
    shutil.copytree(bundled_rules_dir(), copy)
    (copy / "extra.md").symlink_to("/etc/hostname")
    out = dunwatch("rules", "pack", copy, "-o", tmp_path / "a.tar.gz")
    assert out.returncode == 1 and "extra.md: not a regular file" in out.stderr
