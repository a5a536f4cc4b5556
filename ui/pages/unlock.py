"""The unlock screen: passphrase, unlock off the GUI thread, clear messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.access import unlock_vault
from app.errors import DamagedDataError, DeviceSecretMissingError, WrongPassphraseError
from app.vault.vault import Vault
from ui.worker import run_task


class UnlockPage(QWidget):
    unlocked = Signal(object)  # Vault
    panic_requested = Signal()

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.setObjectName("unlockPage")
        title = QLabel(self.tr("Quire is locked"))
        title.setObjectName("pageTitle")
        hint = QLabel(self.tr("Enter your passphrase to open the diary."))
        hint.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.recovery_box = QCheckBox(self.tr("This vault was moved from another computer"))
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(self.tr("Recovery code"))
        self.recovery.setPlaceholderText(self.tr("The 24 words of your recovery code"))
        self.recovery.setVisible(False)
        self.recovery_box.toggled.connect(self.recovery.setVisible)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.recovery_box)
        form.addRow("", self.recovery)
        box = QWidget()
        box.setObjectName("card")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(title)
        inner.addWidget(hint)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.busy)
        inner.addWidget(self.message)
        self.panic_button = QPushButton(self.tr("Panic wipe…"))
        self.panic_button.setObjectName("panicLink")
        self.panic_button.setToolTip(
            self.tr(
                "Destroy the diary on this computer now, without the passphrase (Ctrl+Shift+Delete)"
            )
        )
        self.panic_button.setAutoDefault(False)
        self.panic_button.clicked.connect(self.panic_requested)
        inner.addWidget(self.panic_button, 0, Qt.AlignmentFlag.AlignRight)
        box.setMaximumWidth(520)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def showEvent(self, event: object) -> None:
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        if not self.passphrase.text() or not self.button.isEnabled():
            return
        self.button.setEnabled(False)
        self.busy.setVisible(True)
        self.message.clear()
        recovery = self.recovery.text().strip() if self.recovery_box.isChecked() else None
        run_task(
            unlock_vault,
            self.home,
            self.passphrase.text(),
            recovery=recovery,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, vault: Vault) -> None:
        self._reset()
        self.clear()
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._reset()
        if isinstance(exc, WrongPassphraseError):
            text = self.tr("Wrong passphrase. Check the keyboard language and Caps Lock.")
        elif isinstance(exc, DeviceSecretMissingError):
            text = self.tr(
                "This vault needs its recovery code on this computer. Tick the box "
                "below and type the 24 words."
            )
            self.recovery_box.setChecked(True)
        elif isinstance(exc, DamagedDataError):
            text = self.tr(
                "The diary's files are damaged and cannot be opened safely: "
                "{what}. Nothing was changed. Restore a backup, or ask for help."
            )
            text = text.replace("{what}", exc.what)
        else:
            text = str(exc)
        self.message.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _reset(self) -> None:
        self.button.setEnabled(True)
        self.busy.setVisible(False)

    def clear(self) -> None:
        self.passphrase.clear()
        self.recovery.clear()
        self.message.clear()
