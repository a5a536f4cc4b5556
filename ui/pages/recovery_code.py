"""Shows the recovery code once, with what it is for, and makes the user confirm."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import Dialogs


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery code"))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Write these 24 words on paper, in order, and keep the paper away from this "
                "laptop. You need them, with your passphrase, to open this diary on any other "
                "computer (for example after restoring a backup). They are shown only now."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        grid = QGridLayout()
        for i, word in enumerate(code.split()):
            label = QLabel(f"{i + 1:>2}. {word}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(label, i // 4, i % 4)
        lay.addLayout(grid)
        self.confirm = QCheckBox(self.tr("I have written down all 24 words"))
        lay.addWidget(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.confirm.toggled.connect(ok.setEnabled)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)

    def exec_or_script(self) -> None:
        """In tests (scripted answers queued) the dialog is not shown modally."""
        if Dialogs.next_answers:
            Dialogs.next_answers.popleft()
            return
        self.exec()
