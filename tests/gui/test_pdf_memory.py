"""The in-memory PDF holder shared by the preview, the redaction window and the receiver."""

from __future__ import annotations

from fpdf import FPDF
from PySide6.QtWidgets import QWidget

from ui.pdf_memory import PdfInMemory


def _pdf(pages: int) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for n in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"page {n + 1}")
    return bytes(pdf.output())


def test_opens_from_memory_and_wipes_the_bytes_on_close(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    holder = PdfInMemory(owner)
    document = holder.open(_pdf(3))
    assert document is not None and document.pageCount() == 3
    array = holder._array  # the copy QtPdf reads from
    assert array is not None and bytes(array.data()).startswith(b"%PDF")
    holder.close()
    assert holder.document is None
    assert set(bytes(array.data())) == {0}, "the decrypted PDF must not linger in memory"


def test_unreadable_bytes_leave_nothing_open(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    holder = PdfInMemory(owner)
    assert holder.open(b"%PDF-1.7\nthis is not a PDF at all") is None
    assert holder.document is None and holder._array is None and holder._buffer is None


def test_opening_another_closes_the_first(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    holder = PdfInMemory(owner)
    assert holder.open(_pdf(1)) is not None
    first = holder._array
    assert holder.open(_pdf(2)) is not None
    assert first is not None and set(bytes(first.data())) == {0}
    assert holder.document.pageCount() == 2
