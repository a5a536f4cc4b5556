"""ReportPDF.line_at draws a line exactly where fpdf2's cell() does.

The report draws its table and paragraph lines with text() (4.5 times cheaper than cell());
these tests draw the same lines both ways and compare every word's box, every link's
rectangle, where the page breaks fall and where the cursor ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fpdf.enums import XPos, YPos

from app.report import content as c
from app.report.pdf_report import ReportPDF, new_pdf
from tests.report.sample import make_sample
from tests.report.test_report_pdf import pdf_bbox_html

LINES = [
    "Qarabağ xəbərləri: şantaj və hədə",
    "Шантаж и угрозы в личных сообщениях",
    "",
    "evidence/0001/IMG_00001.jpg",
    "W" * 30,
]

Draw = Callable[[ReportPDF, float, float, str, int | str, str], None]


def _by_cell(pdf: ReportPDF, w: float, h: float, text: str, link: int | str, align: str) -> None:
    pdf.cell(w, h, text, link=link, align=align, new_x=XPos.LEFT, new_y=YPos.NEXT)


def _by_line_at(pdf: ReportPDF, w: float, h: float, text: str, link: int | str, align: str) -> None:
    pdf.line_at(w, h, text, link=link, align=align)


def _draw(draw: Draw) -> tuple[bytes, list[tuple[float, float]]]:
    pdf = new_pdf(c.build(make_sample().report_input()))
    pdf.add_page()
    target = pdf.add_link()
    cursors = []
    for n in range(140):  # past the foot of the first pages: the breaks must match
        size = (7.5, 8.5, 10.5)[n % 3]
        pdf.font(size, bold=n % 4 == 0, mono=n % 5 == 0)
        pdf.set_text_color(*((30, 30, 30), (90, 90, 90))[n % 2])
        pdf.set_x(18 + (n % 7) * 3)
        link: int | str = target if n % 6 == 0 else ""
        draw(pdf, 60 + n % 50, 4.2 + (n % 4) * 0.3, LINES[n % len(LINES)], link, "LR"[n % 2])
        cursors.append((round(pdf.x, 6), round(pdf.y, 6)))
    pdf.set_link(target, page=1)
    return bytes(pdf.output()), cursors


def _boxes(data: bytes) -> list[str]:
    return re.findall(r"<(?:page|word) [^>]*>[^<]*", pdf_bbox_html(data))


def _rects(data: bytes) -> list[bytes]:
    return re.findall(rb"/Rect \[[^\]]*\]", data)


def test_line_at_puts_every_word_and_link_where_cell_does() -> None:
    by_cell, cursors_cell = _draw(_by_cell)
    by_text, cursors_text = _draw(_by_line_at)
    words = _boxes(by_cell)
    assert sum(1 for w in words if w.startswith("<page")) >= 3  # the lines crossed pages
    assert sum(1 for w in words if "Шантаж" in w) >= 20
    assert _boxes(by_text) == words
    assert len(_rects(by_cell)) >= 15
    assert _rects(by_text) == _rects(by_cell)
    assert cursors_text == cursors_cell


def test_line_at_fills_in_the_page_count_like_cell() -> None:
    pdf = new_pdf(c.build(make_sample().report_input()))
    pdf.add_page()
    pdf.font()
    pdf.line_at(80, 5, "sheet 1 of \ue000\ue001\ue002\ue003\ue004")
    pdf.add_page()
    words = _boxes(bytes(pdf.output()))
    text = [w.rsplit(">", 1)[1] for w in words if w.startswith("<word")]
    at = text.index("sheet")
    assert text[at : at + 4] == ["sheet", "1", "of", "2"]
