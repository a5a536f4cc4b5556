"""The redaction window: boxes drawn over a picture (or a PDF page) become a redacted copy.

The picture is decrypted into memory by a worker (ui/evidence/images.py load_preview); a PDF
page is rendered here with QtPdf from memory (ui/pdf_memory.py), at a readable
resolution, and handed to app/evidence/redact.py as PNG bytes made in memory. The boxes are
drawn as they will look (black, or pixelated), in fractions of the picture, so the scaled
view maps straight onto the stored original. "Save the copy" runs make_redacted_copy in a
worker with its own vault session. Nothing decrypted touches the disk; locking the vault
drops it all.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import QuireError
from app.evidence.redact import MAX_REGIONS, PIXEL_BLOCKS, Region, make_redacted_copy
from app.evidence.store import EvidenceInfo
from app.vault.vault import Vault
from ui.evidence.images import PreviewData, load_preview, png_bytes
from ui.geometry import fit_to_screen
from ui.pdf_memory import PdfInMemory
from ui.worker import Task, run_task

PDF_DPI = 150  # readable text, a picture of reasonable size (A4: 1240 × 1754)
MIN_SIDE = 0.01  # a box narrower than 1% of the picture is a stray click
STEP = 0.01  # arrow keys move or resize the selected box by 1% (Shift: 5%)


def render_pdf_page(document: Any, page: int, dpi: int = PDF_DPI) -> QImage:
    """One page (0-based) of an open QPdfDocument as an image, white behind it."""
    points = document.pagePointSize(page)
    size = QSize(
        max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72))
    )
    image = document.render(page, size)
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def save_redacted_copy(
    vault: Vault,
    evidence_id: int,
    regions: list[Region],
    mode: str,
    page_image: bytes | None,
    page: int | None,
) -> EvidenceInfo:
    """Worker: the copy and its derivation record, in a vault session of its own."""
    session = vault.session()
    try:
        return make_redacted_copy(
            session, evidence_id, regions, mode, page_image=page_image, page=page
        )
    finally:
        session.lock()


def covered(image: QImage, box: QRect, mode: str) -> QImage:
    """What a box of ``image`` will look like in the copy (the same blocks as the app's)."""
    if mode == "black":
        part = QImage(box.size(), QImage.Format.Format_RGB32)
        part.fill(QColor("black"))
        return part
    part = image.copy(box)
    step = max(1, max(part.width(), part.height()) // PIXEL_BLOCKS)
    small = part.scaled(
        max(1, part.width() // step),
        max(1, part.height() // step),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return small.scaled(
        part.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation
    )


class RedactCanvas(QWidget):
    """The picture scaled to fit, with the boxes drawn over it; drag to add a box, click
    one to choose it, arrows move it (Shift+arrows resize), Delete removes it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redactCanvas")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 180)
        self._image: QImage | None = None
        self.regions: list[Region] = []
        self.selected = -1
        self.mode = "black"
        self._drag_from: QPointF | None = None
        self._drag_to: QPointF | None = None

    # -- state -----------------------------------------------------------------------------
    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.regions = []
        self.selected = -1
        self.update()
        self.changed.emit()

    def image(self) -> QImage | None:
        return self._image

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.update()

    def add_region(self, region: Region) -> None:
        if len(self.regions) < MAX_REGIONS:
            self.regions.append(region.checked())
            self.selected = len(self.regions) - 1
            self.update()
            self.changed.emit()

    def remove_selected(self) -> None:
        if 0 <= self.selected < len(self.regions):
            del self.regions[self.selected]
            self.selected = len(self.regions) - 1
            self.update()
            self.changed.emit()

    # -- geometry --------------------------------------------------------------------------
    def picture_rect(self) -> QRectF:
        """Where the picture is drawn in this widget (scaled to fit, centred)."""
        if self._image is None or self._image.isNull():
            return QRectF()
        size = QSize(self._image.size())
        size.scale(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        rect = QRectF(0, 0, size.width(), size.height())
        rect.moveCenter(QRectF(self.rect()).center())
        return rect

    def _fraction(self, point: QPointF) -> QPointF:
        pic = self.picture_rect()
        x = min(max((point.x() - pic.left()) / max(pic.width(), 1), 0.0), 1.0)
        y = min(max((point.y() - pic.top()) / max(pic.height(), 1), 0.0), 1.0)
        return QPointF(x, y)

    def widget_rect(self, region: Region) -> QRectF:
        pic = self.picture_rect()
        return QRectF(
            pic.left() + region.x * pic.width(),
            pic.top() + region.y * pic.height(),
            region.w * pic.width(),
            region.h * pic.height(),
        )

    # -- mouse and keys --------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._image is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus()
        pos = event.position()
        for i in reversed(range(len(self.regions))):
            if self.widget_rect(self.regions[i]).contains(pos):
                self.selected = i
                self.update()
                return
        self._drag_from = self._drag_to = self._fraction(pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            self._drag_to = self._fraction(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            return
        start, end = self._drag_from, self._fraction(event.position())
        self._drag_from = self._drag_to = None
        x, y = min(start.x(), end.x()), min(start.y(), end.y())
        w, h = abs(end.x() - start.x()), abs(end.y() - start.y())
        if w >= MIN_SIDE and h >= MIN_SIDE:
            self.add_region(Region(x, y, min(w, 1 - x), min(h, 1 - y)))
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key not in moves or not 0 <= self.selected < len(self.regions):
            super().keyPressEvent(event)
            return
        dx, dy = moves[key]
        r = self.regions[self.selected]
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # resize
            w = min(max(r.w + dx * STEP, MIN_SIDE), 1 - r.x)
            h = min(max(r.h + dy * STEP, MIN_SIDE), 1 - r.y)
            moved = Region(r.x, r.y, w, h)
        else:
            x = min(max(r.x + dx * STEP, 0.0), 1 - r.w)
            y = min(max(r.y + dy * STEP, 0.0), 1 - r.h)
            moved = Region(x, y, r.w, r.h)
        self.regions[self.selected] = moved
        self.update()
        self.changed.emit()

    # -- painting --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        if self._image is None:
            return QSize(640, 420)
        return self._image.size().boundedTo(QSize(900, 560))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is None or self._image.isNull():
            return
        pic = self.picture_rect()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(pic, self._image)
        for i, region in enumerate(self.regions):
            box = QRect(*_pixel_box(region, self._image.width(), self._image.height()))
            painter.drawImage(self.widget_rect(region), covered(self._image, box, self.mode))
            if i == self.selected:
                pen = QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.widget_rect(region).adjusted(-1, -1, 1, 1))
        if self._drag_from is not None and self._drag_to is not None:
            painter.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(0, 0, 0, 90))
            a, b = self._drag_from, self._drag_to
            painter.drawRect(
                QRectF(
                    pic.left() + min(a.x(), b.x()) * pic.width(),
                    pic.top() + min(a.y(), b.y()) * pic.height(),
                    abs(a.x() - b.x()) * pic.width(),
                    abs(a.y() - b.y()) * pic.height(),
                )
            )
        painter.end()


def _pixel_box(region: Region, width: int, height: int) -> tuple[int, int, int, int]:
    left, top, right, bottom = region.box(width, height)
    return left, top, right - left, bottom - top


class RedactDialog(QDialog):
    """Non-modal, parented to the main window (locking closes it)."""

    saved = Signal(object)  # the new EvidenceInfo

    def __init__(self, vault: Vault, info: EvidenceInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redactDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Redacted copy"))  # neutral: titles show in task bars
        self.vault: Vault | None = vault
        self.info = info
        self.is_pdf = info.type == "application/pdf"
        self._pdf = PdfInMemory(self)
        self._task: Task | None = None

        self.title = QLabel(info.name)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Drag over what must not be seen. Click a box to choose it; the arrow keys "
                "move it, Shift with the arrows resizes it, Delete removes it. The original "
                "stays as it is; the copy is added beside it."
            )
        )
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        self.canvas = RedactCanvas()
        self.canvas.setAccessibleName(self.tr("Picture to redact"))
        self.canvas.changed.connect(self._update)
        self.message = QLabel(self.tr("Decrypting…"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        self.black = QRadioButton(self.tr("&Black boxes"))
        self.pixelate = QRadioButton(self.tr("&Pixelation"))
        self.black.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.black)
        self.modes.addButton(self.pixelate)
        self.black.toggled.connect(lambda on: self.canvas.set_mode("black" if on else "pixelate"))
        self.page_label = QLabel(self.tr("P&age"))
        self.page = QSpinBox()
        self.page.setAccessibleName(self.tr("Page"))
        self.page.setMinimum(1)
        self.page_label.setBuddy(self.page)
        self.page.valueChanged.connect(self._show_page)
        for w in (self.page_label, self.page):
            w.setVisible(False)
        self.remove_button = QPushButton(self.tr("&Remove box"))
        self.remove_button.clicked.connect(self.canvas.remove_selected)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setObjectName("hint")
        self.save_button = QPushButton(self.tr("&Save the copy"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.close)

        tools = QHBoxLayout()
        tools.addWidget(self.black)
        tools.addWidget(self.pixelate)
        tools.addSpacing(12)
        tools.addWidget(self.page_label)
        tools.addWidget(self.page)
        tools.addStretch(1)
        tools.addWidget(self.remove_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addLayout(tools)
        lay.addWidget(self.message)
        lay.addWidget(self.canvas, 1)
        lay.addLayout(bottom)
        self.canvas.setVisible(False)
        self._update()
        fit_to_screen(self, 900, 640)

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        """Decrypt into memory in a worker; the picture (or the PDF's first page) shows."""
        if self.vault is None:
            return
        run_task(
            load_preview,
            self.vault,
            self.info.id,
            self.info,
            on_done=self.show_data,
            on_error=lambda exc: self._fail(exc),
            owner=self,
        )

    def show_data(self, data: PreviewData) -> None:
        if data.kind == "image" and data.image is not None:
            self._show_image(data.image)
        elif data.kind == "pdf":
            self._open_pdf(data.data)
        elif data.kind == "too_big":
            self._say(self.tr("This file is too large to redact inside Quire."))
        else:
            self._say(self.tr("Only pictures and PDF pages can be redacted."))

    def _open_pdf(self, data: bytes) -> None:
        document = self._pdf.open(data)
        if document is None:
            self._say(self.tr("This PDF could not be opened (it may be damaged)."))
            return
        self.page.blockSignals(True)
        self.page.setMaximum(document.pageCount())
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.page.setSuffix(" / " + str(document.pageCount()))
        for w in (self.page_label, self.page):
            w.setVisible(True)
        self._show_page(1)

    def _show_page(self, number: int) -> None:
        """Another page: its boxes start afresh (a copy is of one page)."""
        if self._pdf.document is not None:
            self._show_image(render_pdf_page(self._pdf.document, number - 1))

    def _show_image(self, image: QImage) -> None:
        self.canvas.set_image(image)
        self.message.setVisible(False)
        self.canvas.setVisible(True)
        self.canvas.setFocus()
        self._update()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self.canvas.setVisible(False)
        self._update()

    def _fail(self, exc: BaseException) -> None:
        self._say(str(exc) if isinstance(exc, QuireError) else exc.__class__.__name__)

    def _update(self) -> None:
        boxes = len(self.canvas.regions)
        busy = self._task is not None
        self.count.setText(
            self.tr("No boxes yet.") if not boxes else self.tr("%n box(es)", "", boxes)
        )
        self.save_button.setEnabled(bool(boxes) and not busy and self.vault is not None)
        self.remove_button.setEnabled(0 <= self.canvas.selected < boxes and not busy)

    # -- saving ----------------------------------------------------------------------------
    def mode(self) -> str:
        return "black" if self.black.isChecked() else "pixelate"

    def save(self) -> None:
        if self.vault is None or not self.canvas.regions or self._task is not None:
            return
        page_image: bytes | None = None
        page: int | None = None
        image = self.canvas.image()
        if self.is_pdf and image is not None:
            page_image, page = png_bytes(image), self.page.value()
        self.save_button.setText(self.tr("Saving…"))
        self._task = run_task(
            save_redacted_copy,
            self.vault,
            self.info.id,
            list(self.canvas.regions),
            self.mode(),
            page_image,
            page,
            on_done=self._saved,
            on_error=self._save_failed,
            owner=self,
        )
        self._update()

    def _saved(self, copy: EvidenceInfo) -> None:
        self._task = None
        self.saved.emit(copy)
        self.close()

    def _save_failed(self, exc: BaseException) -> None:
        self._task = None
        self.save_button.setText(self.tr("&Save the copy"))
        self.message.setText(str(exc) if isinstance(exc, QuireError) else exc.__class__.__name__)
        self.message.setVisible(True)
        self._update()

    def busy(self) -> bool:
        return self._task is not None

    # -- dropping what was decrypted -------------------------------------------------------
    def clear(self) -> None:
        self.canvas.set_image(None)
        self._pdf.close()

    def on_vault_locking(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self.vault = None
        self.clear()
        self.close()

    def closeEvent(self, event: Any) -> None:
        if self._task is not None and self.vault is not None:
            event.ignore()  # the copy is being stored: it closes by itself when done
            return
        self.clear()
        super().closeEvent(event)
