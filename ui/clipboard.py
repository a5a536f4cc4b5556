"""Copying from Quire: marked as concealed for clipboard managers, and cleared on a timer."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtWidgets import QApplication


class Clipboard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_ours)
        self._ours: str | None = None

    def copy(self, text: str, clear_after_s: int) -> None:
        mime = QMimeData()
        mime.setText(text)
        # Clipboard managers (KDE Klipper, GNOME extensions, Windows history) skip this.
        mime.setData("x-kde-passwordManagerHint", b"secret")
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"1")
        QApplication.clipboard().setMimeData(mime)
        self._ours = text
        if clear_after_s > 0:
            self._timer.start(clear_after_s * 1000)

    def clear_ours(self) -> None:
        """Clear the clipboard if it still holds what Quire put there."""
        self._timer.stop()
        board = QApplication.clipboard()
        if self._ours is not None and board.text() == self._ours:
            board.clear()
        self._ours = None
