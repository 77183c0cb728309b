"""The report's charts as SVG (matplotlib): per day by tactic, hour of day, top senders."""
from __future__ import annotations

import io
import logging
from datetime import date, timedelta

FONTS = {"zh-Hant": "Noto Sans CJK TC", "zh-Hans": "Noto Sans CJK SC", "en": "Noto Sans CJK SC"}
COLORS = ["#c0392b", "#8e44ad", "#d35400", "#2c3e50", "#16a085", "#f39c12", "#7f8c8d", "#27ae60",
          "#2980b9", "#e84393", "#6d4c41"]
GREY, RED, SHADE = "#b8c2cc", "#c0392b", "#f6dcdc"
DAILY_SPAN = 92        # longer spans are drawn per month, so bars stay readable


def _pyplot(lang: str):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)  # no CJK font: boxes, not noise
    plt.rcParams.update({"font.family": [FONTS[lang], "DejaVu Sans"], "svg.fonttype": "path",
                         "svg.hashsalt": "dunwatch", "axes.spines.top": False, "axes.spines.right": False,
                         "font.size": 9})
    return plt


def _svg(plt, fig) -> str:
    out = io.StringIO()
    fig.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    return out.getvalue()


def _bins(days: dict) -> tuple[list[str], bool]:
    first, last = date.fromisoformat(min(days)), date.fromisoformat(max(days))
    if (last - first).days <= DAILY_SPAN:
        return [(first + timedelta(n)).isoformat() for n in range((last - first).days + 1)], False
    months, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months, True


def per_day(days: dict, titles: dict, lang: str) -> tuple[str, bool]:
    """Stacked bars of flagged messages per day (or month) and tactic; returns (svg, monthly)."""
    plt = _pyplot(lang)
    labels, monthly = _bins(days)
    counts = {label: {} for label in labels}
    for day, cats in days.items():
        for cat, n in cats.items():
            key = day[:7] if monthly else day
            counts[key][cat] = counts[key].get(cat, 0) + n
    cats = sorted({c for v in days.values() for c in v})
    fig, ax = plt.subplots(figsize=(7.5, 2.8))
    bottom = [0] * len(labels)
    for n, cat in enumerate(cats):
        values = [counts[label].get(cat, 0) for label in labels]
        ax.bar(range(len(labels)), values, bottom=bottom, color=COLORS[n % len(COLORS)], label=titles.get(cat, cat))
        bottom = [b + v for b, v in zip(bottom, values)]
    step = max(1, len(labels) // 12)
    ax.set_xticks(range(0, len(labels), step), [labels[i][5:] if not monthly else labels[i]
                                                for i in range(0, len(labels), step)], rotation=45)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1, 1))
    return _svg(plt, fig), monthly


def per_hour(hours: list, quiet, words: dict, lang: str) -> str:
    """Received and flagged messages per hour of day, quiet hours shaded."""
    plt = _pyplot(lang)
    fig, ax = plt.subplots(figsize=(7.5, 2.4))
    if quiet.start is not None:
        start, end = quiet.start.hour + quiet.start.minute / 60, quiet.end.hour + quiet.end.minute / 60
        spans = [(start, 24), (0, end)] if start > end else [(start, end)]
        for a, b in spans:
            ax.axvspan(a - 0.5, b - 0.5, color=SHADE, zorder=0)
    x = range(24)
    ax.bar([i - 0.2 for i in x], [h[0] for h in hours], width=0.4, color=GREY, label=words["received"])
    ax.bar([i + 0.2 for i in x], [h[1] for h in hours], width=0.4, color=RED, label=words["flagged"])
    ax.set_xticks(list(x), [f"{i:02d}" for i in x])
    ax.set_xlim(-0.5, 23.5)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=7, frameon=False)
    return _svg(plt, fig)


def top_senders(rows: list, words: dict, lang: str, limit: int = 10) -> str:
    """Horizontal bars: received and flagged messages of the most-flagged senders."""
    plt = _pyplot(lang)
    rows = rows[:limit][::-1]
    fig, ax = plt.subplots(figsize=(7.5, 0.6 + 0.32 * len(rows)))
    y = range(len(rows))
    ax.barh([i + 0.2 for i in y], [r["messages"] for r in rows], height=0.4, color=GREY, label=words["received"])
    ax.barh([i - 0.2 for i in y], [r["flagged"] for r in rows], height=0.4, color=RED, label=words["flagged"])
    ax.set_yticks(list(y), [r["sender"][:28] for r in rows])
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=7, frameon=False, loc="lower right")
    return _svg(plt, fig)
