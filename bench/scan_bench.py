"""`dunwatch scan` on SMS Backup & Restore files of 50 and 200 MB: time and peak memory.

The backups hold ordinary texts from the benign corpus (emoji written as surrogate-pair references,
as the app does) and the same 400 collection texts in each, so a larger file means more ordinary
messages and nothing more to keep: streamed, the peak memory should not grow with the file. Peak
RSS is sampled every 20 ms over the scan's whole process tree (the command and its workers).
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .texts import _corpus

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from scan.archives import sms_element  # noqa: E402

SIZES_MB = (50, 200)
COLLECTION = 400


def write_backup(path: Path, megabytes: int, rng: random.Random) -> int:
    """Write a backup of about `megabytes` MB; return its message count."""
    benign, collection = _corpus("benign"), _corpus("collection")
    target, count = megabytes * 1_000_000, 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"0\">\n")
        every = None
        while fh.tell() < target:
            if every is None and count == 1000:
                every = max(1, int(target / fh.tell() * 1000 / COLLECTION))   # spread the collection texts evenly
            is_collection = every is not None and count % every == 0
            text = rng.choice(collection if is_collection else benign) + (" 😀" if count % 7 == 0 else "")
            day, minute = divmod(count // 10, 1440)
            local = f"2026-{1 + day // 28 % 12:02d}-{1 + day % 28:02d} {minute // 60:02d}:{minute % 60:02d}"
            # Collection texts are received; one in nine of the ordinary ones is sent (not checked).
            sent = not is_collection and count % 9 == 1
            fh.write(sms_element(f"1069{count % 5000:05d}", local, "out" if sent else "in", text))
            count += 1
        fh.write("</smses>\n")
    return count


def _tree_rss(pid: int) -> int:
    """Sum of VmRSS (kB) over `pid` and its descendants."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for line in open(f"/proc/{p}/status"):
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in os.listdir(f"/proc/{p}/task"):
                stack += [int(c) for c in open(f"/proc/{p}/task/{task}/children").read().split()]
        except (OSError, ValueError):
            continue
    return total


def measure(path: Path, out: Path, workers: int | None) -> dict:
    cmd = [sys.executable, "-m", "dunwatch", "scan", str(path), "--tz", "Asia/Shanghai", "--json", str(out),
           "--csv", str(out.with_suffix(".csv")), "--no-progress"] + (["--workers", str(workers)] if workers else [])
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = main_peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        main_peak = max(main_peak, _own_rss(proc.pid))
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"scan failed: {stderr.decode()[-2000:]}")
    totals = json.loads(out.read_text("utf-8"))["totals"]
    return {"seconds": round(seconds, 2), "messages_per_s": round(totals["messages"] / seconds),
            "peak_rss_mb": round(peak / 1024, 1), "main_rss_mb": round(main_peak / 1024, 1), "totals": totals}


def _own_rss(pid: int) -> int:
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run() -> dict:
    rng = random.Random(12)
    figures = {"cores": os.cpu_count(), "runs": []}
    with tempfile.TemporaryDirectory(prefix="dunwatch-scan-bench-") as tmp:
        for mb in SIZES_MB:
            path = Path(tmp) / f"backup-{mb}.xml"
            count = write_backup(path, mb, rng)
            for workers in (1, None):
                result = measure(path, Path(tmp) / "r.json", workers)
                result.update(size_mb=round(path.stat().st_size / 1e6, 1), messages=count,
                              workers=workers or os.cpu_count())
                figures["runs"].append(result)
                print(f"  {mb} MB, workers {result['workers']}: {result['seconds']} s, "
                      f"peak RSS {result['peak_rss_mb']} MB", flush=True)
            path.unlink()
    return figures


def section(f: dict) -> list[str]:
    lines = ["## Archive scan", "",
             "`dunwatch scan backup.xml --json --csv` as a subprocess on generated SMS Backup & Restore files "
             f"(ordinary corpus texts, one in nine of them sent; {COLLECTION} received collection texts in each; emoji as "
             "surrogate-pair references). Peak RSS is the whole process tree (the command plus its worker "
             "processes) sampled every 20 ms; 'main' is the command's own process, which streams the file. "
             "Target (issue 12): bounded memory, i.e. the peak does not grow with the file.", "",
             "| file | messages | workers | seconds | messages/s | peak RSS, all processes | peak RSS, main | flagged |",
             "|---|---|---|---|---|---|---|---|"]
    for r in f["runs"]:
        lines.append(f"| {r['size_mb']} MB | {r['messages']} | {r['workers']} | {r['seconds']} | {r['messages_per_s']} | "
                     f"{r['peak_rss_mb']} MB | {r['main_rss_mb']} MB | {r['totals']['flagged']} |")
    by = {(r["size_mb"] > 100, r["workers"]): r for r in f["runs"]}
    ratios = [f"{w} worker(s): × {by[(True, w)]['peak_rss_mb'] / by[(False, w)]['peak_rss_mb']:.2f}"
              for (big, w) in by if big and (False, w) in by]
    if ratios:
        lines += ["", "Peak memory, 200 MB file against 50 MB file (4× the data): " + ", ".join(ratios) + "."]
    speed = [f"{'200' if big else '50'} MB: × {by[(big, 1)]['seconds'] / by[(big, w)]['seconds']:.2f}"
             for (big, w) in by if w != 1 and (big, 1) in by]
    if speed:
        lines += ["", "Speed of all cores against one worker (above 1 is faster): " + ", ".join(speed) + ". The "
                  "command's own process parses the XML while the workers check, so with 2 cores three busy "
                  "processes share them; on this shared machine that was no speed-up."]
    return lines + [""]
