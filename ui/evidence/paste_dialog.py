"""One question for a pasted screenshot: the picture, its name, where and when it was seen.

It replaced two bare text prompts ("Where was this seen?", then a date to type as
YYYY-MM-DD HH:MM). The name comes from the incident and the time ("threat-2025-05-14-2315.png");
the time field takes what people type (ui/date_field.py); a problem is shown in the dialog,
next to the answers, which stay as typed. Tests answer it through ``Dialogs.next_answers``
with a dict (``{"source": …, "when": …, "name": …}``; None is Cancel): each scripted answer
goes through the same checks, and a refused one is reported like the dialog would.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import QuireError
from app.evidence import intake
from ui.date_field import DateField
from ui.dialogs import Dialogs


def _t(text: str) -> str:
    return QCoreApplication.translate("PasteDialog", text)


@dataclass(frozen=True)
class PasteDetails:
    name: str
    source_url: str | None
    captured_at: str | None


class PasteDialog(QDialog):
    """The picture and three fields; OK only when every answer reads."""

    def __init__(self, parent: QWidget | None, image: QImage, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Add the screenshot"))
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(_t("The pasted picture"))
        if not image.isNull():
            self.picture.setPixmap(
                QPixmap.fromImage(image).scaled(
                    320,
                    180,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.name = QLineEdit(name)
        self.name.setAccessibleName(_t("File name"))
        self.source = QLineEdit()
        self.source.setAccessibleName(_t("Where you saw it"))
        self.source.setPlaceholderText(_t("Web address or channel, e.g. https://t.me/… (optional)"))
        self.when = DateField(_t("When you saw it"), "exact")
        self.when.setDateTime(_now_minute())
        self.problem = QLabel()
        self.problem.setObjectName("errorText")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setVisible(False)
        form = QFormLayout()
        form.addRow(_t("&Name:"), self.name)
        form.addRow(_t("&Seen at:"), self.source)
        form.addRow(_t("Seen &on:"), self.when)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.picture)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self.source.setFocus()

    def check(self) -> tuple[PasteDetails | None, str]:
        """The answers, or None and why not (translated)."""
        name = " ".join(self.name.text().split())
        if not name:
            return None, _t("Give the file a name.")
        if not name.lower().endswith(".png"):
            name += ".png"
        try:
            source = intake.clean_source_url(self.source.text())
        except QuireError as exc:
            return None, str(exc)
        captured: str | None = None
        if self.when.text().strip():
            if self.when.problem() is not None:
                return None, self.when.problem() or ""
            captured = self.when.dateTime().toString("yyyy-MM-ddTHH:mm")
        return PasteDetails(name, source, captured), ""

    def accept(self) -> None:
        details, problem = self.check()
        if details is None:
            self.problem.setText(problem)
            self.problem.setVisible(True)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, image: QImage, name: str) -> PasteDetails | None:
        """The details, or None on Cancel."""
        scripted, answer = Dialogs._scripted()
        while scripted:
            if answer is None:
                return None
            dlg = cls(parent, image, name)
            dlg.source.setText(answer.get("source", ""))
            if "when" in answer:
                dlg.when.set_text(answer["when"])
            if "name" in answer:
                dlg.name.setText(answer["name"])
            details, problem = dlg.check()
            dlg.deleteLater()
            if details is not None:
                return details
            Dialogs.inform(parent, _t("Please check the answers"), problem, error=True)
            if not Dialogs.next_answers:
                return None  # a test ran out of answers: never block on a real dialog
            scripted, answer = Dialogs._scripted()
        dlg = cls(parent, image, name)
        try:
            return dlg.check()[0] if dlg.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dlg.deleteLater()


def _now_minute() -> QDateTime:
    now = QDateTime.currentDateTime()
    return now.addSecs(-now.time().second()).addMSecs(-now.time().msec())
