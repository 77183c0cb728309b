"""The flagged messages as CSV for spreadsheets (UTF-8 with BOM so Excel shows Chinese)."""
from __future__ import annotations

import csv
import io

COLUMNS = ("time", "sender", "quiet_hours", "risk", "score", "categories", "rules", "phrases", "text",
           "text_sha256", "source_file", "index")


def render_csv(summary: dict, texts: dict) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    paths = [src["path"] for src in summary["sources"]]
    for m in summary["messages"]:
        matches = m["result"]["matches"]
        writer.writerow([m["time"], m["sender"], "yes" if m["quiet_hours"] else "no", m["result"]["risk"],
                         m["result"]["score"], " ".join(sorted({x["category"] for x in matches})),
                         " ".join(dict.fromkeys(x["rule"] for x in matches)),
                         " | ".join(dict.fromkeys(x["text"] for x in matches)),
                         texts[(m["source"], m["index"])], m["sha256"], paths[m["source"]], m["index"]])
    return out.getvalue()
