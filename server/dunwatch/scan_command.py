"""`dunwatch scan`: read archives offline, check every received message, write the evidence report."""
from __future__ import annotations

import sys
from datetime import datetime

from .archive import FORMATS, ArchiveError, Source, detect, records
from .quiet import REGIONS, local_zone_name, quiet_hours, zone
from .scan import default_workers, run
from .tally import Tally

OUTPUTS = ("json", "html", "pdf", "csv")


def add_parser(sub) -> None:
    p = sub.add_parser("scan", help="scan exported SMS or mail archives offline; write an evidence report")
    p.add_argument("paths", nargs="+", metavar="PATH", help="archive files (SMS backup XML, sms.db, mbox, ...)")
    p.add_argument("--format", default="auto", choices=("auto", *FORMATS), help="default: tell from the content")
    p.add_argument("--tz", help="zone for local times, e.g. Asia/Shanghai (default: the machine's)")
    p.add_argument("--region", default="cn", choices=REGIONS, help="whose quiet hours and complaint channels")
    p.add_argument("--lang", default="zh-Hant", help="zh-Hant (default), zh-Hans or en")
    p.add_argument("--rules", help="a rulebook directory (default: the one `dunwatch check` uses)")
    for name in OUTPUTS:
        p.add_argument(f"--{name}", metavar=f"OUT.{name}", help=f"write the {name.upper()} report here")
    p.add_argument("--workers", type=int, default=None, help=f"processes (default: all cores, {default_workers()})")
    p.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    p.set_defaults(func=cmd_scan)


def _fail(message: str) -> int:
    print(f"dunwatch scan: {message}", file=sys.stderr)
    return 2


def scan(paths, engine, *, fmt="auto", tz=None, region="cn", lang="zh-Hant", workers=None, progress=None):
    """Scan `paths`; return (summary JSON, Tally, sources). ArchiveError names the failing file."""
    tz = tz or local_zone_name()
    tzinfo = zone(tz)
    sources = []
    for path in paths:
        try:
            sources.append(Source(str(path), fmt if fmt != "auto" else detect(path)))
        except ArchiveError as exc:
            raise ArchiveError(f"{path} {exc}") from None

    def stream():
        for number, src in enumerate(sources):
            try:
                yield from records(src, number, tzinfo)
            except ArchiveError as exc:
                raise ArchiveError(f"{src.path} {exc}") from None

    tally = Tally()
    for checked in run(stream(), engine, lang, region, tz, workers, progress):
        tally.add(checked)
    generated = datetime.now(tzinfo).isoformat(timespec="seconds")
    summary = tally.summary(engine.rulebook, generated, tz, quiet_hours(region).as_json(),
                            [s.as_json() for s in sources])
    return summary, tally, sources


def cmd_scan(args) -> int:
    from .rulebook import RulebookError

    try:
        return _scan(args)
    except RulebookError:
        raise                # cli.main explains a broken rulebook
    except Exception as exc:  # noqa: BLE001 - a bug must not print message text in a traceback
        import traceback

        frames = traceback.extract_tb(exc.__traceback__)
        where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in reversed(frames[-4:]))
        return _fail(f"internal error ({type(exc).__name__} at {where}); no report was written. "
                     "Please report it, without the archive.")


def _scan(args) -> int:
    from .cli import _engine  # the very rulebook `dunwatch check` would use, so counts agree
    from .model import pick_lang
    from .progress import Progress
    from .report.write import write_reports

    wanted = {name: getattr(args, name) for name in OUTPUTS if getattr(args, name)}
    if args.workers is not None and args.workers < 1:
        return _fail("--workers must be at least 1")
    try:
        zone(args.tz)
    except ValueError as exc:
        return _fail(str(exc))
    engine = _engine(args.rules)
    lang = pick_lang(args.lang)
    with Progress(enabled=not args.no_progress and sys.stderr.isatty()) as bar:
        try:
            summary, tally, sources = scan(args.paths, engine, fmt=args.format, tz=args.tz, region=args.region,
                                           lang=lang, workers=args.workers, progress=bar.advance)
        except ArchiveError as exc:
            return _fail(str(exc))
        except KeyboardInterrupt:
            return _fail("interrupted; no report written")
    for src in sources:
        for reason, count in src.reasons.items():
            print(f"dunwatch scan: {src.path}: skipped {count} record(s): {reason}", file=sys.stderr)
    try:
        written = write_reports(wanted, summary, tally, sources, engine, lang, args.region)
    except OSError as exc:
        return _fail(f"cannot write the report ({exc}); nothing was left half-written")
    t = summary["totals"]
    print(f"{t['messages']} messages, {t['incoming']} received, {t['flagged']} flagged, "
          f"{t['quiet_hours_flagged']} flagged in quiet hours ({summary['quiet_hours']['region']}, {summary['tz']})")
    for path in written:
        print(f"wrote {path}")
    return 0
