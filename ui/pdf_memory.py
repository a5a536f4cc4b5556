"""A decrypted PDF shown by QtPdf straight from memory, and wiped when it is dropped.

Why: QtPdf reads the document from a QBuffer for as long as it is open, so the bytes, the
buffer and the document must live and die together; and the decrypted bytes must never go
to a temporary file, nor linger in memory after the preview or the redaction window lets
go of them. The evidence preview, the redaction window and the receiver's report view
each hold one of these.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject


class PdfInMemory:
    """At most one open document at a time; ``close`` wipes its bytes."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._array: QByteArray | None = None
        self._buffer: QBuffer | None = None
        self.document: Any = None  # QPdfDocument, imported only when a PDF is shown

    def open(self, data: bytes) -> Any | None:
        """The loaded document, or None when QtPdf cannot read these bytes (then nothing
        stays open)."""
        from PySide6.QtPdf import QPdfDocument

        self.close()
        self._array = QByteArray(data)
        self._buffer = QBuffer(self._array, self._owner)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self._owner)
        document.load(self._buffer)
        self.document = document
        if document.status() == QPdfDocument.Status.Error or document.pageCount() < 1:
            self.close()
            return None
        return document

    def close(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document.deleteLater()
            self.document = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        if self._array is not None:
            self._array.fill(0)
            self._array = None
