"""app/report/wrap.py: the report's own line breaker, checked against fpdf2 and the page.

It must break exactly where fpdf2's multi_cell breaks (the PDF looked the same before),
never let a line out of its column, and keep every character in order.
"""

from __future__ import annotations

import random
import re

import pytest
from fpdf import FPDF
from fpdf.enums import WrapMode

from app.report import fonts, render_pdf
from app.report.wrap import font_lines
from tests.report.sample import make_sample
from tests.report.test_report_pdf import pdf_bbox_html

ALPHABET = (
    "abcdefghij klmnopq  rstuvwxyzƏəğıöşüçАБВГДЕЖЗабвгдежзиклмн \n\u00ad\u00a0\u0301\ufffd"
    "\u05d0\u05d1\u0627\u0644-.,;WWWMMiii"
)


@pytest.fixture(scope="module")
def pdf() -> FPDF:
    doc = FPDF(unit="mm")
    doc.add_page()
    folder = fonts.font_dir()
    doc.add_font("Sans", "", str(folder / fonts.SANS))
    doc.add_font("Mono", "", str(folder / fonts.MONO))
    doc.set_font("Sans", "", 9.5)
    return doc


def _inner(pdf: FPDF, w: float) -> float:
    return (w or pdf.w - pdf.r_margin - pdf.x) - 2 * pdf.c_margin


def test_lines_are_the_ones_multi_cell_makes(pdf: FPDF) -> None:
    rng = random.Random(14)
    compared = 0
    for _ in range(400):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.choice([1, 7, 30, 120, 240])))
        if rng.random() < 0.2:
            text = text.replace(" ", "")  # long words
        pdf.set_font(rng.choice(["Sans", "Mono"]), "", rng.choice([6.3, 8, 9.5, 15]))
        pdf.set_x(rng.choice([10, 62]))
        w = rng.choice([0, 8, 20, 33.3, 80])
        mode = rng.choice([WrapMode.WORD, WrapMode.CHAR])
        if not text.strip("\u0301\u00ad"):
            continue  # fpdf2 drops a line of zero-width characters; here they are kept
        reference = pdf.multi_cell(w, 4, text, dry_run=True, output="LINES", wrapmode=mode)
        assert (font_lines(pdf, text, w, mode).lines or [""]) == reference, (text, w, mode)
        compared += 1
    assert compared > 350


@pytest.mark.parametrize("mode", [WrapMode.WORD, WrapMode.CHAR])
@pytest.mark.parametrize("w", [6, 25, 60, 0])
def test_no_line_is_wider_than_its_column(pdf: FPDF, mode: WrapMode, w: float) -> None:
    rng = random.Random(w)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_x(pdf.l_margin)
    text = " ".join(
        "".join(rng.choice("aWmЖəş") for _ in range(rng.randrange(1, 40))) for _ in range(200)
    )
    lines = font_lines(pdf, text, w, mode).lines
    assert len(lines) > 3
    for line in lines:
        assert pdf.get_string_width(line) <= _inner(pdf, w) + 1e-9, line


def _kept(text: str) -> str:
    return re.sub(r"[\s\u00ad]", "", text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a\n\nb",
        "x" * 500,
        "Ölkə " * 80,
        "e\u0301 " * 150,  # combining marks stay with their letters
        "\ufffd\ufffd \ufffd" * 60,
        "שלום עולם مرحبا بكم " * 30,  # right-to-left text, in its stored order
        "  leading and trailing spaces   \n  ",
    ],
)
@pytest.mark.parametrize("mode", [WrapMode.WORD, WrapMode.CHAR])
def test_every_character_is_kept_in_order(pdf: FPDF, text: str, mode: WrapMode) -> None:
    pdf.set_font("Sans", "", 9.5)
    laid = font_lines(pdf, text, 30, mode)
    assert _kept("".join(laid.lines)) == _kept(text)
    for line in laid.lines:
        assert "\n" not in line
        assert pdf.get_string_width(line) <= _inner(pdf, 30) + 1e-9 or len(line) == 1


def test_newlines_words_and_characters(pdf: FPDF) -> None:
    pdf.set_font("Sans", "", 9.5)
    assert font_lines(pdf, "", 30).lines == []
    assert font_lines(pdf, "a\n\nb", 30).lines == ["a", "", "b"]
    ended = font_lines(pdf, "a\n", 30)
    assert ended.lines == ["a"] and ended.trailing_newline
    words = font_lines(pdf, "alpha beta gamma delta epsilon zeta eta theta", 30).lines
    assert all(not line.startswith(" ") for line in words)
    assert " ".join(words) == "alpha beta gamma delta epsilon zeta eta theta"
    long_word = font_lines(pdf, "x" * 200, 30).lines
    assert len(long_word) > 3 and "".join(long_word) == "x" * 200
    chars = font_lines(pdf, "alpha beta gamma delta epsilon", 20, WrapMode.CHAR).lines
    assert "".join(chars).replace(" ", "") == "alphabetagammadeltaepsilon"
    assert all(not line.endswith(" ") for line in chars)
    assert font_lines(pdf, "W", 1).lines == ["W"]  # wider than the column: alone, no loop
    soft = "Beynəlxalq\u00adölkələrarası\u00adəlaqələr"  # soft hyphens: a break shows "-"
    assert font_lines(pdf, soft, 30).lines == ["Beynəlxalq-", "ölkələrarası-", "əlaqələr"]


def _words(pdf_bytes: bytes) -> list[tuple[float, str]]:
    found = re.findall(
        r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>',
        pdf_bbox_html(pdf_bytes),
    )
    return [(float(x), word) for x, word in found]


def test_text_never_runs_past_the_right_margin() -> None:
    sample = make_sample()
    doc = sample.incidents[0]
    doc["narrative"] = ("Qarabağ " * 40) + "y" * 900 + " " + ("Шантаж и угрозы " * 60)
    doc["witnesses"] = ["z" * 400]
    words = _words(render_pdf(sample.report_input()))
    right = (210 - 18) * 72 / 25.4  # A4 less the right margin, in points
    assert sum(1 for _, w in words if w.startswith("yyyy")) >= 5
    assert [(x, w) for x, w in words if x > right + 0.5] == []
