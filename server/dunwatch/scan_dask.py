"""The scan on a Dask cluster: one task per archive file, each running the same `check_batch`.

For archives that outgrow one machine (many phones' exports, a whole mail server's mboxes), hand the
files to `scan_dask` with a `distributed.Client`; the workers need the files at the same paths (a
shared disk) and dunwatch installed. The result is exactly what `scan_command.scan` returns.
"""
from __future__ import annotations

from datetime import datetime

from .archive import Source, detect, records
from .quiet import local_zone_name, quiet_hours, zone
from .scan import batches, check_batch, rules_key
from .tally import Tally


def scan_file(item, fmt: str, rules: str, lang: str, region: str, tz: str):
    """Read and check one archive; return (Source, [Checked]). Pure apart from reading the file."""
    number, path = item
    src = Source(str(path), fmt if fmt != "auto" else detect(path))
    checked = []
    for batch in batches(records(src, number, zone(tz))):
        checked.extend(check_batch(batch, rules, lang, region, tz))
    return src, checked


def checked_bag(paths, rules: str, *, fmt="auto", lang="zh-Hant", region="cn", tz="UTC"):
    """Return a dask.bag of (Source, [Checked]), one partition per file."""
    import dask.bag as db

    items = list(enumerate(str(p) for p in paths))
    return db.from_sequence(items, npartitions=max(1, len(items))).map(
        scan_file, fmt=fmt, rules=rules, lang=lang, region=region, tz=tz)


def scan_dask(paths, engine, client, *, fmt="auto", tz=None, region="cn", lang="zh-Hant"):
    """Scan `paths` on `client`'s cluster; return (summary, Tally, sources) like the local scan."""
    tz = tz or local_zone_name()
    tally, sources = Tally(), []
    rules = rules_key(engine)
    if rules.startswith("engine:"):
        raise ValueError("the Dask workers load the rulebook from its directory, and this engine names none")
    bag = checked_bag(paths, rules, fmt=fmt, lang=lang, region=region, tz=tz)
    for src, checked in client.compute(bag).result():
        sources.append(src)
        for c in checked:
            tally.add(c)
    generated = datetime.now(zone(tz)).isoformat(timespec="seconds")
    summary = tally.summary(engine.rulebook, generated, tz, quiet_hours(region).as_json(),
                            [s.as_json() for s in sources])
    return summary, tally, sources
