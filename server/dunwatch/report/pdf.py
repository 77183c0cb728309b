"""The PDF: the HTML report through WeasyPrint, with the JSON summary attached and the rulebook in its metadata."""
from __future__ import annotations

import json


def _offline_fetcher():
    """Fetch only data: URLs (the charts); a report never reaches the network."""
    from weasyprint import urls

    if hasattr(urls, "URLFetcher"):                      # WeasyPrint 68 and later
        return urls.URLFetcher(allowed_protocols={"data"})

    def fetch(url, *args, **kwargs):                     # earlier versions take a plain function
        if not url.startswith("data:"):
            raise ValueError("the report loads nothing from outside")
        return urls.default_url_fetcher(url, *args, **kwargs)
    return fetch


def render_pdf(html: str, summary: dict) -> bytes:
    """Return the PDF bytes; `summary` rides along as the attachment dunwatch-report.json."""
    import logging

    from weasyprint import HTML, Attachment

    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # font-subsetting chatter, not problems
    blob = json.dumps(summary, ensure_ascii=False, indent=1).encode("utf-8")
    attachment = Attachment(string=blob, name="dunwatch-report.json",
                            description=f"Dunwatch scan summary, rulebook {summary['rulebook']['version']}")
    return HTML(string=html, url_fetcher=_offline_fetcher()).write_pdf(
        attachments=[attachment], custom_metadata=True)
