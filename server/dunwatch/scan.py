"""The scan: a pure function over batches of Records, run in-process, on all cores, or on Dask.

`check_batch` depends only on its arguments (the rulebook is named by path and loaded once per
process), so any executor that can ship a list of Records and a few strings can run it: a local
process pool here, `dask.bag` across machines (`dask_checked`, docs/report.md).
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

from .engine import Engine
from .quiet import quiet_hours, zone

BATCH = 512
_ENGINES: dict[str, Engine] = {}


@dataclass(frozen=True)
class Checked:
    """What the report needs of one message; text and result only when it is flagged."""
    source: int
    index: int
    sender: str
    time: str              # ISO 8601 in the report's zone
    direction: str
    quiet: bool
    flagged: bool
    categories: tuple = ()
    result: dict | None = None
    text: str | None = None
    sha256: str | None = None


def rules_key(engine: Engine) -> str:
    """The rulebook directory check_batch loads in a fresh process; a stand-in name if unknown."""
    return getattr(getattr(engine, "book", None), "path", None) or f"engine:{id(engine)}"


def remember(engine: Engine) -> str:
    """Make `engine` the one check_batch uses for its key (forked workers inherit it)."""
    key = rules_key(engine)
    _ENGINES[key] = engine
    return key


def _engine(rules: str) -> Engine:
    if rules not in _ENGINES:
        _ENGINES[rules] = Engine.from_path(rules)
    return _ENGINES[rules]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def check_batch(batch, rules: str, lang: str, region: str, tz: str) -> list[Checked]:
    """Check the received messages of `batch` with `Engine.check`; sent ones are only placed in time."""
    quiet, tzinfo = quiet_hours(region), zone(tz)
    incoming = [r for r in batch if r.direction == "in"]
    results = iter(_engine(rules).check([{"id": f"{r.source}:{r.index}", "text": r.text} for r in incoming],
                                        lang=lang))
    out = []
    for r in batch:
        local = r.time.astimezone(tzinfo)
        stamp = local.isoformat(timespec="seconds")
        if r.direction != "in":
            out.append(Checked(r.source, r.index, r.sender, stamp, r.direction, False, False))
            continue
        result = next(results)
        night = quiet.covers(local)
        if not result["flagged"]:
            out.append(Checked(r.source, r.index, r.sender, stamp, "in", night, False))
            continue
        cats = tuple(sorted({m["category"] for m in result["matches"]}))
        out.append(Checked(r.source, r.index, r.sender, stamp, "in", night, True, cats, result,
                           r.text, text_sha256(r.text)))
    return out


def batches(records, size: int = BATCH):
    """Group an iterator of Records into lists of `size`, lazily."""
    it = iter(records)
    while batch := list(islice(it, size)):
        yield batch


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run(records, engine: Engine, lang: str, region: str, tz: str, workers: int | None = None,
        on_batch=None):
    """Yield Checked messages for `records`, using `workers` processes (all cores by default).

    At most a few batches per worker are in flight, so a huge archive is streamed, never queued
    whole. Workers are forked so they share the parent's loaded rulebook.
    """
    rules = remember(engine)
    workers = workers or default_workers()
    args = (rules, lang, region, tz)
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for batch in batches(records):
            yield from check_batch(batch, *args)
            on_batch and on_batch(len(batch))
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        pool.submit(len, ()).result()   # fork every worker now, before a progress thread exists
        pending = deque()
        for batch in batches(records):
            pending.append((len(batch), pool.submit(check_batch, batch, *args)))
            while len(pending) >= workers * 3:
                yield from _collect(pending, on_batch)
        while pending:
            yield from _collect(pending, on_batch)


def _collect(pending, on_batch):
    size, future = pending.popleft()
    yield from future.result()
    if on_batch:
        on_batch(size)
