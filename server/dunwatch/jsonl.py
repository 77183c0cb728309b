"""`dunwatch check --jsonl`: one result per input line, in input order, on one process or several.

Lines are read by a thread and grouped into batches of whatever has arrived (at most BATCH lines), so
a pipe that sends one line and waits for its answer gets it at once, and a file is checked a batch
at a time (Engine.check does per-batch work once). With workers, batches go to forked processes
that share the parent's loaded rulebook; answers are written in input order, so the output is the
same byte for byte whatever the number of workers.
"""
from __future__ import annotations

import json
import multiprocessing
import queue
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor

from . import jsontext

BATCH = 200
_POLL = 0.05            # seconds: how often answers that are ready are written while input pauses
_ENGINE = None          # the engine forked workers use (set before they fork)


def _bad_line(number: int, message: str) -> dict:
    return {"id": f"line {number}", "error": {"code": "bad_input", "message": message}}


def answer(chunk, lang, disabled, categories, engine=None) -> tuple[int, list[str]]:
    """Return (1 if a line was bad else 0, one JSON line per input line) for [(number, raw bytes)]."""
    engine = engine or _ENGINE
    status, out, items, slots = 0, [None] * len(chunk), [], []
    for k, (number, raw) in enumerate(chunk):
        # Bytes, decoded line by line: invalid UTF-8 in one line must not end the run (issue 10).
        try:
            item = json.loads(raw.decode("utf-8"))
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('each line must be {"id": ..., "text": "..."}')
        except UnicodeDecodeError as exc:
            status, out[k] = 1, jsontext.dumps(_bad_line(number, f"not valid UTF-8 (byte {exc.start + 1} of the line)"))
            continue
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            status, out[k] = 1, jsontext.dumps(_bad_line(number, str(exc)))
            continue
        # A line without an id is "0", as when each line was checked alone.
        items.append({"id": item.get("id", 0), "text": item["text"]})
        slots.append(k)
    results = engine.check(items, lang=lang, disabled_rules=disabled, categories=categories) if items else []
    for k, result in zip(slots, results):
        out[k] = jsontext.dumps(result)
    return status, out


def _reader(stream, lines: queue.Queue) -> None:
    for number, raw in enumerate(stream, 1):
        if raw.strip():
            lines.put((number, raw))
    lines.put(None)


def run(engine, stream, write, workers: int, lang, disabled, categories) -> int:
    """Answer every non-blank line of `stream` (bytes) through `write(str)`, a batch per call;
    return the exit status (1 when some line was bad)."""
    global _ENGINE
    _ENGINE = engine
    options = (lang, disabled, categories)
    pool = None
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
        pool.submit(len, ()).result()   # fork every worker now, before the reader thread exists
    lines: queue.Queue = queue.Queue(maxsize=BATCH * 4)
    threading.Thread(target=_reader, args=(stream, lines), daemon=True).start()
    status, pending, done = 0, deque(), False

    def emit(result) -> None:
        nonlocal status
        bad, out = result
        status |= bad
        write("".join(line + "\n" for line in out))

    try:
        while not done:
            try:
                first = lines.get(timeout=_POLL if pending else None)
            except queue.Empty:
                while pending and pending[0].done():
                    emit(pending.popleft().result())
                continue
            if first is None:
                break
            chunk = [first]
            while len(chunk) < BATCH:
                try:
                    nxt = lines.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    done = True
                    break
                chunk.append(nxt)
            if pool is None:
                emit(answer(chunk, *options, engine=engine))
                continue
            pending.append(pool.submit(answer, chunk, *options))
            while pending and (pending[0].done() or len(pending) >= workers * 3):
                emit(pending.popleft().result())
        while pending:
            emit(pending.popleft().result())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return status
