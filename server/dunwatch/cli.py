"""The `dunwatch` command: check messages, work on rulebooks, serve the API."""
from __future__ import annotations

import argparse
import sys

from . import __version__, jsontext
from .engine import Engine, bundled_rules_dir
from .rulebook import RulebookError
from .scan import default_workers


def _engine(path) -> Engine:
    return Engine.from_path(path) if path else Engine.default()


def _mark(text: str, matches: list[dict]) -> str:
    """Return `text` with each matched phrase wrapped in ⟦ ⟧ (outermost matches only)."""
    utf16 = text.encode("utf-16-le", "surrogatepass")
    out, pos = [], 0
    for m in matches:
        if m["offset"] < pos:
            continue
        out.append(utf16[pos * 2:m["offset"] * 2].decode("utf-16-le", "surrogatepass"))
        out.append("⟦" + m["text"] + "⟧")
        pos = m["offset"] + m["length"]
    out.append(utf16[pos * 2:].decode("utf-16-le", "surrogatepass"))
    return "".join(out)


def _human(result: dict, text: str) -> str:
    head = f"{result['id']}: risk {result['risk']} (score {result['score']})"
    if not result["matches"]:
        return head + ", nothing found"
    lines = [head, "  " + _mark(text, result["matches"]).replace("\n", "\n  ")]
    for m in result["matches"]:
        lines.append(f"  [{m['offset']}+{m['length']}] {m['text']}  {m['category']} · "
                     f"{m['severity']} · {m['rule']}")
        lines.append(f"      {m['message']}")
    return "\n".join(lines)


def _jsonl(engine: Engine, args) -> int:
    """One result per input line, in order; a bad line is answered with an error, never skipped."""
    from .jsonl import run

    def write(text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    return run(engine, sys.stdin.buffer, write, args.workers, args.lang, args.disable, args.category)


def _stdin_text() -> str:
    try:
        return sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"stdin is not valid UTF-8 (byte {exc.start + 1}); convert it first, "
                         "e.g. iconv -f GB18030 -t UTF-8") from None


class InputError(Exception):
    """Input the command cannot read; str() says what and how to fix it."""


def cmd_check(args) -> int:
    from .store import current_engine

    engine = _engine(args.rules) if args.rules else current_engine()
    if args.jsonl:
        if args.workers < 1:
            raise InputError("--workers must be at least 1")
        return _jsonl(engine, args)
    texts = args.text or [_stdin_text()]
    results = engine.check(texts, lang=args.lang, disabled_rules=args.disable, categories=args.category)
    if args.json:
        print(jsontext.dumps({"rulebook": engine.rulebook, "results": results}, indent=2))
    else:
        print("\n\n".join(_human(r, t) for r, t in zip(results, texts)))
    return 0


def cmd_lint(args) -> int:
    from .authoring.lint import lint

    errors, warnings = lint(args.path or bundled_rules_dir())
    for line in warnings:
        print(f"warning: {line}")
    for line in errors:
        print(f"error: {line}")
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


def cmd_test(args) -> int:
    engine = _engine(args.path)
    active = [r for r in engine.book.rules if r.active]
    count = sum(len(r.match_examples) + len(r.no_match_examples) for r in active)
    failures = engine.run_examples()
    for line in failures:
        print(f"FAIL {line}")
    print(f"{len(active)} rules, {count} examples: {count - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


def cmd_qa(args) -> int:
    from .authoring.qa import main as qa_main

    try:
        return qa_main(_engine(args.rules), args)
    except (OSError, ValueError) as exc:  # UnicodeDecodeError and bad lines are ValueErrors
        raise InputError(f"cannot read the corpus: {exc}") from None


def cmd_train(args) -> int:
    from .authoring.train import main as train_main

    args.rules = args.rules or str(bundled_rules_dir())
    try:
        return train_main(_engine(args.rules), args)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the corpus: {exc}") from None


def cmd_lock(args) -> int:
    from .authoring.lock import write_lock

    return write_lock(args.path or bundled_rules_dir())


def cmd_docs(args) -> int:
    from .authoring.docs import render_rules_table

    text = render_rules_table(_engine(args.path))
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dunwatch", description=__doc__)
    parser.add_argument("--version", action="version", version=f"dunwatch {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check messages given as arguments or on stdin")
    check.add_argument("text", nargs="*", help="messages (default: read one message from stdin)")
    fmt = check.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print the result objects as JSON")
    fmt.add_argument("--jsonl", action="store_true", help='stdin lines {"id","text"} -> one result per line')
    check.add_argument("--lang", default="zh-Hant", help="zh-Hant (default), zh-Hans or en")
    check.add_argument("--rules", help="a rulebook directory (default: the store's current one, "
                       "else the bundled one)")
    check.add_argument("--disable", action="append", default=[], metavar="RULE", help="turn a rule off")
    check.add_argument("--category", action="append", metavar="ID", help="report only these categories")
    check.add_argument("--workers", type=int, default=default_workers(), metavar="N",
                       help=f"--jsonl: processes checking batches of lines (default: all cores, {default_workers()})")
    check.set_defaults(func=cmd_check)

    rules = sub.add_parser("rules", help="lint, test and evaluate a rulebook").add_subparsers(
        dest="rules_command", required=True)
    for name, func, helptext in (("lint", cmd_lint, "validate a rulebook"),
                                 ("test", cmd_test, "run every rule's examples"),
                                 ("lock", cmd_lock, "record the digest of a new rulebook version")):
        p = rules.add_parser(name, help=helptext)
        p.add_argument("path", nargs="?", help="rulebook directory (default: the bundled one)")
        p.set_defaults(func=func)
    docs = rules.add_parser("docs", help="print the generated rules table (Markdown)")
    docs.add_argument("path", nargs="?")
    docs.add_argument("--output", "-o", help="write to this file")
    docs.set_defaults(func=cmd_docs)
    qa = rules.add_parser("qa", help="hit frequencies and quality figures over a labelled corpus")
    qa.add_argument("corpus", nargs="+", help="JSON Lines files (or folders of them) with id, text, label")
    qa.add_argument("--rules", help="rulebook directory (default: the bundled one)")
    qa.add_argument("--json", action="store_true", help="machine-readable output")
    qa.add_argument("--gate", action="store_true", help="exit 1 when the quality gate fails")
    qa.set_defaults(func=cmd_qa)
    train = rules.add_parser("train", help="fit the message model on the tuning part of a labelled corpus")
    train.add_argument("corpus", nargs="+", help="JSON Lines files (or folders of them) with id, text, label")
    train.add_argument("--rules", help="rulebook directory to write model/message.json into (default: the bundled one)")
    train.add_argument("--check", action="store_true", help="write nothing; exit 1 unless the stored file is reproduced (each weight within a small tolerance)")
    train.set_defaults(func=cmd_train)
    from .store.commands import add_parsers as add_store
    add_store(rules)

    from .scan_command import add_parser as add_scan

    add_scan(sub)
    try:
        from .api.command import add_parser as add_serve
    except ModuleNotFoundError as exc:  # the server package is optional only while it is being built
        if exc.name not in ("dunwatch.api", "dunwatch.api.command"):
            raise
    else:
        add_serve(sub)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    # Text from argv may hold lone surrogates (undecodable bytes); print them escaped, not crash.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return args.func(args)
    except RulebookError as exc:
        print(f"dunwatch: the rulebook cannot be loaded:\n{exc}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"dunwatch: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
