"""Update, roll back and list the store's rulebooks, the way sa-update does: verify, test, then switch.

Order matters: the signature is checked before any byte of the bundle is parsed; the manifest
before anything is written; lint, examples and the corpus gate run on a scratch copy inside the
store; only then is the copy renamed into place and `current` switched. A refusal at any step
leaves the store as it was (the scratch copy is removed).
"""
from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .bundle import MANIFEST, BundleError
from .layout import Store, StoreError, parse_version
from .minisign import PublicKey, SignatureError, verify
from .unpack import gunzip, open_bundle
from .validate import NothingNewer, Refused, check_rulebook


@dataclass
class Installed:
    version: str
    previous: str | None
    key_id: str
    trusted_comment: str
    pruned: list


def _signature(data: bytes, signature: bytes, key: PublicKey) -> str:
    try:
        return verify(data, signature.decode("utf-8", "replace"), key)
    except SignatureError as exc:
        hint = ""
        if "does not match" in str(exc):
            try:
                gunzip(data)
            except BundleError as why:
                hint = f" ({why})"
        raise Refused(f"signature check failed: {exc}{hint}") from None


def _write(scratch: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        target = scratch / name  # names were checked by unpack.check_name: no '..', no absolute path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def update(store: Store, data: bytes, signature: bytes, key: PublicKey) -> Installed:
    """Verify, test and install a bundle, then make it current; raise Refused on any failure."""
    comment = _signature(data, signature, key)
    try:
        manifest, files = open_bundle(data)
        version = manifest["version"]
        parse_version(version)
    except (BundleError, StoreError) as exc:
        raise Refused(str(exc)) from None
    with store.locked():
        current = store.current()
        if current and parse_version(version) <= parse_version(current):
            raise NothingNewer(f"version {version} is not newer than the current {current} "
                               "(an old bundle replayed, or the same one twice)")
        if version in store.held():
            raise NothingNewer(f"version {version} was rolled back from; waiting for a newer one")
        scratch = Path(tempfile.mkdtemp(prefix=".incoming-", dir=store.dir))
        try:
            _write(scratch, files)
            check_rulebook(scratch, manifest)
            # Kept beside the rulebook, for whoever wants to see what was installed and when it was made.
            _write(scratch, {MANIFEST: json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8")})
            target = store.dir / version
            if target.exists():  # left by an earlier install that was never made current
                shutil.rmtree(target)
            scratch.chmod(0o755)
            scratch.rename(target)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        store.switch(version)
        return Installed(version, current, key.id_hex, comment, store.prune())


def rollback(store: Store) -> tuple[str, str]:
    """Make the newest installed version older than the current one current; return (old, new)."""
    with store.locked():
        current = store.current()
        if current is None:
            raise StoreError("the store has no current rulebook; the bundled one is in use")
        older = [v for v in store.versions() if parse_version(v) < parse_version(current)]
        if not older:
            raise StoreError(f"{current} is the oldest installed version; there is nothing to roll back to")
        store.set_held(store.held() | {current})
        store.switch(older[-1])
        return current, older[-1]
