"""`dunwatch rules pack|update|rollback|versions`: registered on the CLI by `add_parsers(rules)`."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from .layout import Store, StoreError

# The handlers import what they need: `dunwatch check` should not pay for TLS and Ed25519 at start.

PINNED_KEY = "publisher.pub"  # $DUNWATCH_HOME/publisher.pub: the key pinned in the store's config


def _fail(what: str, reason) -> int:
    print(f"dunwatch rules {what}: refused: {reason}\nNothing was changed.", file=sys.stderr)
    return getattr(reason, "exit_status", 1)


def cmd_pack(args) -> int:
    from dunwatch.authoring.lint import lint

    from .bundle import BundleError, pack

    errors, _ = lint(args.path)
    if errors:
        return _fail("pack", "the rulebook fails lint:\n  " + "\n  ".join(errors[:20]))
    try:
        data, manifest = pack(args.path, corpus=args.corpus or (), created=args.created)
        Path(args.output).write_bytes(data)
    except (BundleError, OSError) as exc:
        return _fail("pack", exc)
    print(f"packed {manifest['name']} {manifest['version']} ({len(manifest['files'])} files, "
          f"{len(data)} bytes) -> {args.output}\nsign it: minisign -S -s KEY -m {args.output}")
    return 0


def _key(args, store: Store):
    from .minisign import SignatureError, load_public_key

    for value, where in ((args.pubkey, "--pubkey"), (os.environ.get("DUNWATCH_PUBKEY"), "DUNWATCH_PUBKEY"),
                         (str(store.home / PINNED_KEY) if (store.home / PINNED_KEY).is_file() else None,
                          str(store.home / PINNED_KEY))):
        if value:
            try:
                return load_public_key(value)
            except SignatureError as exc:
                raise SignatureError(f"{where}: {exc}") from None
    raise SignatureError(f"no publisher key: pass --pubkey FILE, set DUNWATCH_PUBKEY, or pin the "
                         f"publisher's key at {store.home / PINNED_KEY}")


def cmd_update(args) -> int:
    from .fetch import FetchError, fetch
    from .install import update
    from .minisign import SignatureError
    from .validate import Refused

    store = Store()
    try:
        key = _key(args, store)
        data, signature = fetch(args.source, cafile=os.environ.get("DUNWATCH_CA_FILE"))
        done = update(store, data, signature, key)
    except (SignatureError, FetchError, Refused, StoreError) as exc:
        return _fail("update", exc)
    except OSError as exc:  # the store cannot be written: permissions, a full disk
        return _fail("update", f"cannot write the store in {store.dir}: {exc}")
    print(f"signature by key {done.key_id} verified (trusted comment: {done.trusted_comment})")
    print(f"installed rulebook {done.version} in {store.dir / done.version}; current: "
          f"{done.previous or 'bundled'} -> {done.version}")
    if done.pruned:
        print(f"removed old versions: {', '.join(done.pruned)}")
    return 0


def cmd_rollback(args) -> int:
    from .install import rollback

    store = Store()
    try:
        old, new = rollback(store)
    except StoreError as exc:
        return _fail("rollback", exc)
    except OSError as exc:
        return _fail("rollback", f"cannot write the store in {store.dir}: {exc}")
    print(f"current: {old} -> {new} ({old} is kept, and `rules update` will not reinstall it)")
    return 0


def cmd_versions(args) -> int:
    store = Store()
    current, held = store.current(), store.held()
    versions = store.versions()
    if not versions:
        print(f"no rulebooks installed in {store.dir}; the bundled rulebook is in use")
    for version in reversed(versions):
        marks = ("  (current)" if version == current else "") + ("  (rolled back)" if version in held else "")
        print(f"{'*' if version == current else ' '} {version}{marks}")
    return 0


def add_parsers(rules) -> None:
    """Register the store's subcommands on `dunwatch rules`."""
    p = rules.add_parser("pack", help="pack a rulebook into a bundle to sign with minisign")
    p.add_argument("path", help="rulebook directory")
    p.add_argument("-o", "--output", required=True, metavar="BUNDLE.tar.gz")
    p.add_argument("--corpus", nargs="+", metavar="FILE.jsonl", help="labelled corpus files whose "
                   "quality gate `rules update` runs before installing")
    p.add_argument("--created", help="release date for the manifest (default: SOURCE_DATE_EPOCH, "
                   "else the CHANGELOG heading's date)")
    p.set_defaults(func=cmd_pack)
    p = rules.add_parser("update", help="verify, test and install a signed rulebook bundle")
    p.add_argument("source", help="BUNDLE.tar.gz path or https URL (its signature beside it, + .minisig)")
    p.add_argument("--pubkey", help="the publisher's minisign public key file (or its base64 line)")
    p.set_defaults(func=cmd_update)
    rules.add_parser("rollback", help="make the previous installed rulebook current").set_defaults(
        func=cmd_rollback)
    rules.add_parser("versions", help="list installed rulebooks, current marked").set_defaults(
        func=cmd_versions)
