"""Everything the report template shows, built from the summary and the engine's public API."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..quiet import quiet_hours
from . import charts
from .highlight import highlight


@lru_cache(maxsize=None)
def data(name: str) -> dict:
    return yaml.safe_load(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


def strings(lang: str) -> dict:
    """Every report string in `lang`; lists stay lists."""
    return {key: value[lang] for key, value in data("strings.yaml").items()}


def complaint_channels(region: str, lang: str) -> list[dict]:
    return [{"channel": c["channel"], "for": c["for"][lang], "lines_12321": c.get("lines_12321", False)}
            for c in data("complaints.yaml")[region]]


def line_12321(sender: str, text: str) -> str:
    """The SMS body 12321 takes: reported number*message text (FACTS.md 2.6), text unmodified."""
    return f"{sender}*{text}"


def build(summary: dict, tally, engine, lang: str, region: str) -> dict:
    """Return the template context for one report."""
    s, quiet = strings(lang), quiet_hours(region)
    titles = {c["id"]: c for c in engine.categories(lang)}
    texts, files = tally.texts(), [Path(src["path"]).name for src in summary["sources"]]
    messages, rule_ids = [], []
    for m in summary["messages"]:
        text = texts[(m["source"], m["index"])]
        messages.append({**m, "text": text, "marked": highlight(text, m["result"]["matches"]),
                         "file": files[m["source"]], "line_12321": line_12321(m["sender"], text)})
        rule_ids += [x["rule"] for x in m["result"]["matches"] if x["rule"] not in rule_ids]
    words = {"received": s["legend_received"], "flagged": s["legend_flagged"]}
    chart = tally.charts()
    svgs = {}
    if summary["messages"]:
        svgs["days"], monthly = charts.per_day(chart["days"], {k: v["title"] for k, v in titles.items()}, lang)
        svgs["days_title"] = s["chart_months"] if monthly else s["chart_days"]
        svgs["senders"] = charts.top_senders(summary["senders"], words, lang)
    if summary["totals"]["incoming"]:
        svgs["hours"] = charts.per_hour(chart["hours"], quiet, words, lang)
    t = summary["totals"]
    return {
        "s": s, "lang": lang, "summary": summary, "totals": t, "quiet": quiet, "quiet_rule": quiet.rule[lang],
        "sent": t["messages"] - t["incoming"], "skipped": sum(src["skipped"] for src in summary["sources"]),
        "categories": [(titles.get(cat, {"id": cat, "title": cat, "description": ""}), n)
                       for cat, n in summary["by_category"].items()],
        "senders": summary["senders"], "messages": messages,
        "rules": [engine.rule(rid, lang) for rid in rule_ids],
        "channels": complaint_channels(region, lang), "region": region, "charts": svgs,
        "risk_words": {"high": s["risk_high"], "medium": s["risk_medium"], "low": s["risk_low"]},
    }
