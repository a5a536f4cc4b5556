"""Shows the recovery code, with what it is for, and holds it open until three of its words,
chosen at random, are typed back: a code closed by Escape and never written down makes every
backup unopenable on another computer. Settings can show it again after the passphrase."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import Dialogs
from ui.geometry import fit_to_screen

CHECKED_WORDS = 3


def _same_word(typed: str, word: str) -> bool:
    return typed.strip().casefold() == word.casefold()


class RecoveryCodeDialog(QDialog):
    """Modal; ``confirmed`` turns true only when the three asked words are typed back."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery code"))
        self.words = code.split()
        self.confirmed = False
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Write these 24 words on paper, in order, and keep the paper away from this "
                "laptop. You need them, with your passphrase, to open this diary on any other "
                "computer (for example after restoring a backup). Settings can show them "
                "again after your passphrase."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        grid = QGridLayout()
        for i, word in enumerate(self.words):
            label = QLabel(f"{i + 1:>2}. {word}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(label, i // 4, i % 4)
        lay.addLayout(grid)
        check = QLabel(self.tr("To be sure they are on paper, type these words from it:"))
        check.setWordWrap(True)
        lay.addWidget(check)
        self.asked = sorted(secrets.SystemRandom().sample(range(len(self.words)), CHECKED_WORDS))
        self.fields: list[QLineEdit] = []
        form = QGridLayout()
        for row, index in enumerate(self.asked):
            field = QLineEdit()
            label = QLabel(self.tr("Word %1").replace("%1", str(index + 1)))
            label.setBuddy(field)
            field.setAccessibleName(label.text())
            field.textChanged.connect(self._check)
            form.addWidget(label, row, 0)
            form.addWidget(field, row, 1)
            self.fields.append(field)
        lay.addLayout(form)
        self.hint = QLabel("")
        self.hint.setObjectName("hint")
        lay.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        hint = self.sizeHint()  # not Qt's default of 2/3 of the screen: the words need all
        fit_to_screen(self, hint.width(), hint.height())

    def _check(self) -> None:
        right = [
            _same_word(f.text(), self.words[i])
            for f, i in zip(self.fields, self.asked, strict=True)
        ]
        self.confirmed = all(right)
        self.ok.setEnabled(self.confirmed)
        typed_wrong = any(
            f.text().strip() and not r for f, r in zip(self.fields, right, strict=True)
        )
        self.hint.setText(self.tr("A word does not match the list yet.") if typed_wrong else "")

    def accept(self) -> None:
        if self.confirmed:
            super().accept()

    def reject(self) -> None:
        """Escape and the window's close button: the words must be typed back first."""
        if self.confirmed:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirmed:
            super().closeEvent(event)
        else:
            event.ignore()

    def exec_or_script(self) -> None:
        """In tests (scripted answers queued) the dialog is not shown modally."""
        if Dialogs.next_answers:
            Dialogs.next_answers.popleft()
            return
        self.exec()
