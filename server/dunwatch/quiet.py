"""Quiet hours per region (data/quiet_hours.yaml) and the zone local times are read in."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, time
from functools import lru_cache
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

REGIONS = ("cn", "tw", "hk")
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}")   # IANA names, nothing path-like


@dataclass(frozen=True)
class QuietHours:
    region: str
    start: time | None
    end: time | None
    source: str
    urls: tuple
    rule: dict            # lang -> sentence for the report

    def covers(self, when: datetime) -> bool:
        """True when local time `when` falls in [start, end), wrapping past midnight."""
        if self.start is None:
            return False
        t = when.time()
        return t >= self.start or t < self.end if self.start > self.end else self.start <= t < self.end

    def as_json(self) -> dict:
        fmt = lambda t: t.strftime("%H:%M") if t else None  # noqa: E731
        return {"region": self.region, "start": fmt(self.start), "end": fmt(self.end), "source": self.source}


@lru_cache(maxsize=None)
def _table() -> dict:
    text = resources.files("dunwatch").joinpath("data/quiet_hours.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def quiet_hours(region: str) -> QuietHours:
    """Return the quiet hours of `region` (cn, tw or hk)."""
    entry = _table()[region]
    clock = lambda v: time.fromisoformat(v) if v else None  # noqa: E731
    return QuietHours(region, clock(entry["start"]), clock(entry["end"]), " ".join(entry["source"].split()),
                      tuple(entry.get("urls", ())), entry["rule"])


def local_zone_name() -> str:
    """Return the machine's IANA zone name: $TZ, then /etc/localtime's target, then /etc/timezone."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text().strip())
    except OSError:
        pass
    for name in candidates:
        try:
            if name:
                ZoneInfo(name)
                return name
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return "UTC"


def zone(name: str | None) -> ZoneInfo:
    """Return the ZoneInfo for `name` (the machine's zone when None); ValueError names a bad zone."""
    name = name or local_zone_name()
    try:
        if not _ZONE_NAME.fullmatch(name):
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone {name[:40]!r}: use an IANA name such as Asia/Shanghai, "
                         "Asia/Taipei or Asia/Hong_Kong") from None
