"""The preview window: one evidence file shown from memory (image, PDF, text).

The decrypted bytes never touch the disk: images are decoded from memory, a PDF is read
by QtPdf from memory (ui/pdf_memory.py), text is put in a read-only editor.
Locking the vault, or closing the window, drops all of it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.evidence.store import EvidenceInfo
from app.sizes import human_size
from ui.evidence.images import PreviewData, veiled
from ui.evidence.items import type_label
from ui.geometry import fit_to_screen
from ui.labels import local_time
from ui.pdf_memory import PdfInMemory


class ImageView(QWidget):
    """Paints an in-memory image scaled to fit, keeping its proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    def image(self) -> QImage | None:
        return self._image

    def sizeHint(self) -> QSize:
        if self._image is None:
            return QSize(400, 300)
        return self._image.size().boundedTo(QSize(1000, 700))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is None or self._image.isNull():
            return
        size = self._image.size()
        if size.width() > self.width() or size.height() > self.height():
            size.scale(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(self.rect().center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._image)
        painter.end()


class EvidencePreview(QDialog):
    """Non-modal; parented to the main window so that locking closes it."""

    def __init__(
        self, info: EvidenceInfo, parent: QWidget | None = None, *, intimate: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePreview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The title stays neutral: file names can be telling, and titles show in task bars.
        self.setWindowTitle(self.tr("Preview"))
        self.info = info
        self._pdf = PdfInMemory(self)
        self.intimate = intimate
        self.revealed = False
        self._held: PreviewData | None = None  # what Show reveals (in memory only)

        self.title = QLabel(info.name)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel(
            " · ".join(
                (
                    human_size(info.size),
                    type_label(info.type),
                    self.tr("added {time}").replace(
                        "{time}", local_time(info.imported_at, compact=True)
                    ),
                )
            )
        )
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setObjectName("hint")
        self.hash = QLabel(self.tr("SHA-256: {hash}").replace("{hash}", info.sha256))
        self.hash.setTextFormat(Qt.TextFormat.PlainText)
        self.hash.setObjectName("hint")
        self.hash.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.hash.setAccessibleName(self.tr("SHA-256 fingerprint"))
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.derivation = QLabel()
        self.derivation.setTextFormat(Qt.TextFormat.PlainText)
        self.derivation.setObjectName("hint")
        self.derivation.setWordWrap(True)
        self.derivation.setVisible(False)
        self.veil_note = QLabel(
            self.tr("Marked intimate: shown blurred until you choose to see it.")
        )
        self.veil_note.setTextFormat(Qt.TextFormat.PlainText)
        self.veil_note.setWordWrap(True)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("revealButton")
        self.show_button.clicked.connect(self.reveal)
        veil = QHBoxLayout()
        veil.setContentsMargins(0, 0, 0, 0)
        veil.addWidget(self.veil_note, 1)
        veil.addWidget(self.show_button)
        self.veil = QWidget()
        self.veil.setLayout(veil)
        self.veil.setVisible(intimate)

        self.message = QLabel(self.tr("Decrypting…"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.content: QWidget | None = None

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.meta)
        lay.addWidget(self.hash)
        lay.addWidget(self.note)
        lay.addWidget(self.derivation)
        lay.addWidget(self.veil)
        lay.addWidget(self.stack, 1)
        lay.addWidget(buttons)
        fit_to_screen(self, 820, 640)

    # -- content ---------------------------------------------------------------------------
    def _set_content(self, widget: QWidget) -> None:
        self.content = widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        widget.setFocus()

    def set_derivation(self, text: str) -> None:
        """A redacted copy: what it was made from and how (the panel words it)."""
        self.derivation.setText(text)
        self.derivation.setVisible(bool(text))

    def show_data(self, data: PreviewData) -> None:
        if self.intimate and not self.revealed and data.kind in ("image", "pdf", "text"):
            self._held = data
            if data.kind == "image" and data.image is not None:
                self.show_image(veiled(data.image))
            else:
                self.show_message(self.tr("Hidden until you choose Show."))
            return
        if data.kind == "image" and data.image is not None:
            self.show_image(data.image)
        elif data.kind == "pdf":
            self.show_pdf(data.data)
        elif data.kind == "text":
            self.show_text(data.text, data.truncated)
        elif data.kind == "too_big":
            self.show_message(
                self.tr(
                    "This file is too large to preview inside Quire. "
                    "It is stored safely; “Save a copy…” writes an unencrypted copy."
                )
            )
        else:
            self.show_message(
                self.tr(
                    "No preview for this type of file.\n\nIt is stored safely in the diary "
                    "and goes with the incident into any export."
                )
            )

    def show_image(self, image: QImage) -> None:
        view = ImageView()
        view.setAccessibleName(self.tr("Image"))
        view.set_image(image)
        self._set_content(view)

    def show_pdf(self, data: bytes) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        document = self._pdf.open(data)
        if document is None:
            self.show_message(self.tr("This PDF could not be opened (it may be damaged)."))
            return
        view = QPdfView(self)
        view.setAccessibleName(self.tr("PDF document"))
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(document)
        self._set_content(view)
        pages = document.pageCount()
        if pages:
            self.note.setText(self.tr("1 page") if pages == 1 else self.tr("%n pages", "", pages))
            self.note.setVisible(True)

    def show_text(self, text: str, truncated: bool) -> None:
        edit = QPlainTextEdit()
        edit.setReadOnly(True)
        edit.setAccessibleName(self.tr("Text"))
        edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        edit.setPlainText(text)
        self._set_content(edit)
        if truncated:
            self.note.setText(
                self.tr("Showing the first 5 MB only. The whole file is kept in the vault.")
            )
            self.note.setVisible(True)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_error(self, text: str) -> None:
        self.show_message(text)

    # -- evidence marked intimate ----------------------------------------------------------
    def reveal(self) -> None:
        """The person chose to see it (an explicit click)."""
        if self.revealed or self._held is None:
            return
        data, self.revealed = self._held, True
        self._drop_content()
        self.show_data(data)
        self.veil_note.setText(self.tr("Marked intimate: shown because you chose Show."))
        self.show_button.setEnabled(False)

    def reblur(self) -> None:
        """Hidden again (another item was chosen in the panel)."""
        if not self.intimate or not self.revealed or self._held is None:
            return
        data, self.revealed = self._held, False
        self._drop_content()
        self.show_data(data)
        self.veil_note.setText(
            self.tr("Marked intimate: shown blurred until you choose to see it.")
        )
        self.show_button.setEnabled(True)

    # -- dropping what was decrypted -------------------------------------------------------
    def clear(self) -> None:
        self._drop_content()
        self._held = None

    def _drop_content(self) -> None:
        if self.content is not None:
            if isinstance(self.content, ImageView):
                self.content.set_image(None)
            elif isinstance(self.content, QPlainTextEdit):
                self.content.clear()
            self.stack.removeWidget(self.content)
            self.content.deleteLater()
            self.content = None
        self._pdf.close()

    def on_vault_locking(self) -> None:
        self.clear()
        self.close()

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)

    def closeEvent(self, event: object) -> None:  # type: ignore[override]
        self.clear()
        super().closeEvent(event)  # type: ignore[arg-type]
