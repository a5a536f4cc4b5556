"""Every modal question goes through here, so tests can answer it without a real event loop.

``Dialogs.next_answers`` (a queue) answers the next questions in tests; in the app the real
QMessageBox / QFileDialog run. File dialogs are always Qt's own widget dialogs, never the
platform's native ones (those record recent files in the OS).
"""

from __future__ import annotations

from collections import deque
from typing import Any, ClassVar

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Dialogs:
    next_answers: ClassVar[deque[Any]] = deque()

    @classmethod
    def _scripted(cls) -> tuple[bool, Any]:
        if cls.next_answers:
            return True, cls.next_answers.popleft()
        return False, None

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, *, danger: bool = False) -> bool:
        scripted, answer = cls._scripted()
        if scripted:
            return bool(answer)
        box = QMessageBox(
            QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setTextFormat(_plain())
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
        scripted, _ = cls._scripted()
        if scripted:
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical if error else QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setTextFormat(_plain())
        box.exec()

    @classmethod
    def text(
        cls,
        parent: QWidget | None,
        title: str,
        label: str,
        *,
        secret: bool = False,
        value: str = "",
    ) -> str | None:
        scripted, answer = cls._scripted()
        if scripted:
            return answer  # type: ignore[no-any-return]
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        got, ok = QInputDialog.getText(parent, title, label, mode, value)
        return got if ok else None

    @classmethod
    def _file_dialog(
        cls,
        parent: QWidget | None,
        title: str,
        mode: QFileDialog.FileMode,
        accept: QFileDialog.AcceptMode,
        name_filter: str,
        default_name: str = "",
    ) -> list[str]:
        scripted, answer = cls._scripted()
        if scripted:
            if answer is None:
                return []
            return list(answer) if isinstance(answer, (list, tuple)) else [str(answer)]
        dlg = QFileDialog(parent, title)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setFileMode(mode)
        dlg.setAcceptMode(accept)
        dlg.setHistory([])
        # Always start at home, never in the folder Qt remembers from last time: in front
        # of someone looking over the shoulder it could read "evidence-for-the-lawyer".
        dlg.setDirectory(QDir.homePath())
        if name_filter:
            dlg.setNameFilter(name_filter)
        if default_name:
            dlg.selectFile(default_name)
        return dlg.selectedFiles() if dlg.exec() else []

    @classmethod
    def open_files(cls, parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
        return cls._file_dialog(
            parent,
            title,
            QFileDialog.FileMode.ExistingFiles,
            QFileDialog.AcceptMode.AcceptOpen,
            name_filter,
        )

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, name_filter: str = "") -> str | None:
        got = cls._file_dialog(
            parent,
            title,
            QFileDialog.FileMode.ExistingFile,
            QFileDialog.AcceptMode.AcceptOpen,
            name_filter,
        )
        return got[0] if got else None

    @classmethod
    def save_file(
        cls, parent: QWidget | None, title: str, default_name: str = "", name_filter: str = ""
    ) -> str | None:
        got = cls._file_dialog(
            parent,
            title,
            QFileDialog.FileMode.AnyFile,
            QFileDialog.AcceptMode.AcceptSave,
            name_filter,
            default_name,
        )
        return got[0] if got else None

    @classmethod
    def directory(cls, parent: QWidget | None, title: str) -> str | None:
        got = cls._file_dialog(
            parent, title, QFileDialog.FileMode.Directory, QFileDialog.AcceptMode.AcceptOpen, ""
        )
        return got[0] if got else None


def _plain() -> Any:
    from PySide6.QtCore import Qt

    return Qt.TextFormat.PlainText
