"""The human-readable report inside a sealed bundle: ``report.pdf`` and ``report.html``.

Both are made in memory from a :class:`ReportInput` (no Qt, nothing written to disk) and
show the same content, decided once in :mod:`app.report.content`.
"""

from __future__ import annotations

from app.report.html_report import render_html
from app.report.model import ReportInput
from app.report.pdf_report import render_pdf

__all__ = ["ReportInput", "render_html", "render_pdf"]
