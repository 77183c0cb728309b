"""`dunwatch rules update` with real minisign-signed bundles: what installs, what is refused and why."""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import tarfile

import pytest
import yaml

from dunwatch.store.bundle import write_tar

from .conftest import dunwatch


def snapshot(home):
    """Everything the store holds: where `current` points and every file's hash."""
    store = home / "rulebooks"
    files = {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(store.rglob("*")) if p.is_file() and not p.is_symlink() and p.name != ".lock"}
    return os.readlink(store / "current") if (store / "current").is_symlink() else None, files


def update(bundle, publisher):
    return dunwatch("rules", "update", bundle, "--pubkey", publisher.pub)


@pytest.fixture
def installed(home, publisher):
    """A store whose current rulebook is 9.0.0, installed from a signed bundle."""
    out = update(publisher.bundle("9.0.0"), publisher)
    assert out.returncode == 0, out.stderr
    return snapshot(home)


def refuse(home, before, out, reason, status=1):
    assert out.returncode == status, (out.stdout, out.stderr)
    assert reason in out.stderr, out.stderr
    assert "Traceback" not in out.stderr
    assert snapshot(home) == before, "a refused update changed the store"
    assert not list((home / "rulebooks").glob(".incoming-*")), "the scratch copy was left behind"


def test_good_bundle_installs_and_becomes_current(home, publisher, installed):
    current, files = installed
    assert current == "9.0.0" and "9.0.0/rulebook.yaml" in files and "9.0.0/MANIFEST.json" in files
    versions = dunwatch("rules", "versions")
    assert versions.stdout.split("\n")[0].split() == ["*", "9.0.0", "(current)"]
    checked = json.loads(dunwatch("check", "--json", "欠款逾期，律師函已發出").stdout)
    assert checked["rulebook"]["version"] == "9.0.0" and checked["results"][0]["flagged"]
    bundled = json.loads(dunwatch("check", "--json", "--rules", publisher.rules("1.0.0"), "x").stdout)
    assert bundled["rulebook"]["version"] == "1.0.0"  # --rules still wins over the store


def test_output_names_the_key_that_signed(home, publisher):
    out = update(publisher.bundle("9.0.0"), publisher)
    key_id = publisher.pub.read_text().splitlines()[0].split()[-1]
    assert out.returncode == 0 and f"signature by key {key_id} verified" in out.stdout, out.stdout
    assert "trusted comment: dunwatch test bundle" in out.stdout


def test_one_flipped_byte_is_refused(home, publisher, installed):
    bundle = publisher.bundle("9.1.0")
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    refuse(home, installed, update(bundle, publisher), "does not match this file")


def test_bundle_signed_by_another_key_is_refused(home, publisher, stranger, installed):
    bundle = stranger.bundle("9.1.0")
    out = update(bundle, publisher)
    stranger_id = stranger.pub.read_text().splitlines()[0].split()[-1]
    refuse(home, installed, out, f"signed by key {stranger_id}, not by the trusted key")


def test_older_and_same_versions_are_refused(home, publisher, installed):
    # Exit 3, not 1: for an unattended timer "nothing newer" is the usual day, not a failure.
    refuse(home, installed, update(publisher.bundle("8.9.9"), publisher), "is not newer than the current 9.0.0", 3)
    refuse(home, installed, update(publisher.bundle("9.0.0"), publisher), "is not newer than the current 9.0.0", 3)


def _break_regex(rules_dir):
    path = rules_dir / "abuse.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"][0]["patterns"] = ["律师函(已"]  # unbalanced parenthesis
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_broken_regex_is_refused_by_lint(home, publisher, installed):
    from dunwatch.store.bundle import pack

    data, _ = pack(publisher.rules("9.1.0", _break_regex))  # `rules pack` itself lints: go around it
    bundle = publisher.root / "broken-regex.tar.gz"
    bundle.write_bytes(data)
    publisher.sign(bundle)
    refuse(home, installed, update(bundle, publisher), "the rulebook fails lint")


def test_rules_pack_refuses_a_rulebook_that_fails_lint(publisher, tmp_path):
    out = dunwatch("rules", "pack", publisher.rules("9.1.0", _break_regex), "-o", tmp_path / "b.tar.gz")
    assert out.returncode == 1 and "fails lint" in out.stderr and not (tmp_path / "b.tar.gz").exists()


def _members(bundle):
    raw = gzip.decompress(bundle.read_bytes())
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar}


def _repack(publisher, members, name):
    bundle = publisher.root / name
    bundle.write_bytes(write_tar(members))
    publisher.sign(bundle)
    return bundle


def test_file_not_in_manifest_is_refused(home, publisher, installed):
    members = _members(publisher.bundle("9.1.0"))
    members["extra.yaml"] = b"category: abuse\nrules: []\n"
    bundle = _repack(publisher, members, "extra-file.tar.gz")
    refuse(home, installed, update(bundle, publisher), "'extra.yaml' in the bundle but not in its manifest")


def test_dot_dot_paths_are_refused(home, publisher, installed):
    members = _members(publisher.bundle("9.1.0"))
    manifest = json.loads(members["MANIFEST.json"])
    evil = b"pwned\n"
    manifest["files"]["../escaped.yaml"] = {"sha256": hashlib.sha256(evil).hexdigest(), "size": len(evil)}
    members["MANIFEST.json"] = json.dumps(manifest).encode()
    members["../escaped.yaml"] = evil
    bundle = _repack(publisher, members, "dotdot.tar.gz")
    refuse(home, installed, update(bundle, publisher), "unsafe path in the bundle: '../escaped.yaml'")
    assert not (home / "escaped.yaml").exists() and not (home / "rulebooks" / "escaped.yaml").exists()


def test_links_are_refused(home, publisher, installed):
    members = _members(publisher.bundle("9.1.0"))
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("passwd.yaml")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(link)
    bundle = publisher.root / "link.tar.gz"
    bundle.write_bytes(gzip.compress(raw.getvalue()))
    publisher.sign(bundle)
    refuse(home, installed, update(bundle, publisher), "'passwd.yaml' is not a regular file")


def test_truncated_download_is_refused(home, publisher, installed):
    bundle = publisher.bundle("9.1.0")
    bundle.write_bytes(bundle.read_bytes()[: bundle.stat().st_size * 2 // 3])  # the signature is of the whole
    refuse(home, installed, update(bundle, publisher), "truncated")


def test_truncated_bundle_signed_as_is_is_refused(home, publisher, installed):
    bundle = publisher.bundle("9.1.0")
    bundle.write_bytes(bundle.read_bytes()[:-100])
    publisher.sign(bundle)
    refuse(home, installed, update(bundle, publisher), "the bundle is truncated")


def test_missing_signature_and_key_are_clear(home, publisher, installed):
    bundle = publisher.bundle("9.1.0")
    os.unlink(str(bundle) + ".minisig")
    refuse(home, installed, update(bundle, publisher), "no signature at")
    refuse(home, installed, dunwatch("rules", "update", bundle), "no publisher key")


def test_plain_http_is_refused(home, publisher, installed):
    refuse(home, installed, update("http://127.0.0.1:9/b.tar.gz", publisher), "https only")


def _corpus(directory, lines):
    directory.mkdir(exist_ok=True)
    path = directory / "corpus.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return path


def test_corpus_quality_gate_runs_when_the_bundle_ships_a_corpus(home, publisher, installed, tmp_path):
    good = _corpus(tmp_path / "good", [{"id": "c1", "text": "欠款逾期，律師函已發出", "label": "collection"},
                              {"id": "b1", "text": "明天下午三點開會", "label": "benign"}])
    bad = _corpus(tmp_path / "bad", [{"id": "c1", "text": "今天天氣很好", "label": "collection"}])
    failing = publisher.pack(publisher.rules("9.1.0"), "gate-fails.tar.gz", ["--corpus", bad])
    publisher.sign(failing)
    out = update(failing, publisher)
    refuse(home, installed, out, "the corpus quality gate fails: gate: FAILED")
    assert "recall 0.0" in out.stderr
    passing = publisher.pack(publisher.rules("9.1.0"), "gate-passes.tar.gz", ["--corpus", good])
    publisher.sign(passing)
    out = update(passing, publisher)
    assert out.returncode == 0, out.stderr
    assert (home / "rulebooks" / "9.1.0" / "corpus" / "corpus.jsonl").is_file()


def test_key_from_the_environment_or_pinned_in_the_store(home, publisher, stranger):
    line = publisher.pub.read_text().splitlines()[1]
    out = dunwatch("rules", "update", publisher.bundle("9.0.0"), env={"DUNWATCH_PUBKEY": line})
    assert out.returncode == 0, out.stderr
    (home / "publisher.pub").write_text(publisher.pub.read_text())
    out = dunwatch("rules", "update", publisher.bundle("9.1.0"))
    assert out.returncode == 0 and "installed rulebook 9.1.0" in out.stdout, out.stderr
    # --pubkey wins over the pinned key: a stranger's key does not verify the publisher's bundle.
    out = dunwatch("rules", "update", publisher.bundle("9.2.0"), "--pubkey", stranger.pub)
    assert out.returncode == 1 and "not by the trusted key" in out.stderr


def test_a_second_update_while_one_runs_is_refused(home, publisher, installed):
    from dunwatch.store.layout import Store

    bundle = publisher.bundle("9.1.0")
    with Store(home).locked():  # as if a timer's update were running
        refuse(home, installed, update(bundle, publisher), "another update or rollback is running")


def test_a_store_that_cannot_be_written_is_a_clear_refusal(tmp_path, publisher, monkeypatch):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("")
    monkeypatch.setenv("DUNWATCH_HOME", str(blocked))
    out = update(publisher.bundle("9.1.0"), publisher)
    assert out.returncode == 1 and "cannot write the store in" in out.stderr and "Traceback" not in out.stderr
    out = dunwatch("rules", "rollback")
    assert out.returncode == 1 and "Traceback" not in out.stderr
