"""The evidence report: one Jinja2 template rendered as HTML and, through WeasyPrint, as PDF."""
