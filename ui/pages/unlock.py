"""The unlock screen: passphrase, unlock off the GUI thread, clear messages; the keyboard
layout, the script of the last letter typed and Caps Lock always in view (app/unlock_hints.py),
and when "wipe after N" has wiped the diary, the first-run page instead of an error."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
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

from app.errors import (
    DamagedDataError,
    DeviceSecretMissingError,
    QuireError,
    WrongPassphraseError,
)
from app.unlock_hints import caps_lock_from_letter, script_of, warn_last_attempt
from app.vault.vault import vault_exists
from ui.worker import run_task

if TYPE_CHECKING:
    from app.vault.vault import Vault


class UnlockPage(QWidget):
    unlocked = Signal(object)  # Vault
    panic_requested = Signal()
    vault_gone = Signal()  # the last allowed wrong passphrase wiped it: show the first run

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.setObjectName("unlockPage")
        self.title = title = QLabel(self.tr("Quire is locked"))
        title.setObjectName("pageTitle")
        self.hint = hint = QLabel(self.tr("Enter your passphrase to open the diary."))
        hint.setWordWrap(True)
        self.neutral = False
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase.installEventFilter(self)
        self.caps_lock: bool | None = None
        self.last_script: str | None = None
        self.keyboard = QLabel()
        self.keyboard.setObjectName("hint")
        self.keyboard.setTextFormat(Qt.TextFormat.PlainText)
        self.keyboard.setWordWrap(True)
        self.keyboard.setAccessibleName(self.tr("Keyboard and Caps Lock"))
        QGuiApplication.inputMethod().localeChanged.connect(self._update_keyboard)
        self.last_attempt = QLabel(self.tr("One more wrong passphrase will destroy this diary."))
        self.last_attempt.setObjectName("warning")
        self.last_attempt.setWordWrap(True)
        self.last_attempt.setVisible(False)
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
        form.addRow("", self.keyboard)
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
        inner.addWidget(self.last_attempt)
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
        box.setMaximumWidth(680)  # room for the Russian "moved from another computer"
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def set_neutral(self, on: bool) -> None:
        """Discreet mode's lock screen: no Quire, no diary, no panic button in view (the
        panic shortcut, Ctrl+Shift+Delete, still works while locked), and the recovery-code
        box (its words name the diary in some languages) only once a vault asks for it."""
        self.neutral = on
        if on:
            self.title.setText(self.tr("Locked"))
            self.hint.setText(self.tr("Enter your password to continue."))
        else:
            self.title.setText(self.tr("Quire is locked"))
            self.hint.setText(self.tr("Enter your passphrase to open the diary."))
        self.panic_button.setVisible(not on)
        self.recovery_box.setVisible(not on or self.recovery_box.isChecked())

    def showEvent(self, event: object) -> None:
        self.passphrase.setFocus()
        self._update_keyboard()
        self._update_last_attempt()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Learn Caps Lock and the alphabet from the keys typed into the passphrase."""
        if watched is self.passphrase and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            self._key_typed(event)
        return super().eventFilter(watched, event)

    def _key_typed(self, event: QKeyEvent) -> None:
        text = event.text()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if QGuiApplication.platformName() == "xcb" and event.nativeScanCode():
            self.caps_lock = bool(event.nativeModifiers() & 0x2)  # X11's LockMask
        elif event.key() == Qt.Key.Key_CapsLock and self.caps_lock is not None:
            self.caps_lock = not self.caps_lock
        elif (caps := caps_lock_from_letter(text, shift)) is not None:
            self.caps_lock = caps
        self.last_script = script_of(text) or self.last_script
        self._update_keyboard()

    def _update_keyboard(self) -> None:
        locale = QGuiApplication.inputMethod().locale()
        if locale.language() == QLocale.Language.C:  # the platform did not say
            locale = QLocale.system()
        name = locale.nativeLanguageName() if locale.language() != QLocale.Language.C else ""
        parts = [self.tr("Keyboard: %1").replace("%1", name or self.tr("not known"))]
        if self.last_script:
            script = QCoreApplication.translate("unlock", self.last_script)
            parts.append(self.tr("typing %1").replace("%1", script))
        if self.caps_lock is None:
            parts.append(self.tr("Caps Lock: shown once you type a letter"))
        elif self.caps_lock:
            parts.append(self.tr("CAPS LOCK IS ON"))
        else:
            parts.append(self.tr("Caps Lock is off"))
        self.keyboard.setText(" · ".join(parts))

    def _update_last_attempt(self) -> None:
        self.last_attempt.setVisible(warn_last_attempt(self.home))

    @staticmethod
    def warm_up() -> None:
        """Import what the unlock runs (app.access: the evidence store, the wipes), which the
        window's start leaves out; the window calls this right after its first paint."""
        import app.access  # noqa: F401

    def try_unlock(self) -> None:
        if not self.passphrase.text() or not self.button.isEnabled():
            return
        from app.access import unlock_vault

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
        if isinstance(exc, QuireError) and not vault_exists(self.home):
            self.clear()  # "wipe after N" destroyed it: no error, the first-run page
            self.vault_gone.emit()
            return
        if isinstance(exc, WrongPassphraseError):
            text = self.tr("Wrong passphrase. Check the keyboard language and Caps Lock.")
        elif isinstance(exc, DeviceSecretMissingError):
            text = self.tr(
                "This vault needs its recovery code on this computer. Tick the box "
                "below and type the 24 words."
            )
            self.recovery_box.setChecked(True)
            self.recovery_box.setVisible(True)
        elif isinstance(exc, DamagedDataError):
            text = self.tr(
                "The diary's files are damaged and cannot be opened safely: "
                "{what}. Nothing was changed. Restore a backup, or ask for help."
            )
            text = text.replace("{what}", exc.what)
        else:
            text = str(exc)
        self.message.setText(text)
        self._update_last_attempt()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _reset(self) -> None:
        self.button.setEnabled(True)
        self.busy.setVisible(False)

    def clear(self) -> None:
        self.passphrase.clear()
        self.recovery.clear()
        self.message.clear()
