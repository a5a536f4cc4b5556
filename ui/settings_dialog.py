"""Settings: auto-lock, clipboard (copied text, pasted screenshots), discreet mode, language,
and the panic wipe.

Everything here is a preference kept in ``settings.json`` beside the vault (no content).
Saving updates the main window's ``Settings`` object in place and emits ``applied``; the
window then re-arms the idle timer and its title. The duress passphrase is different: it
is a key slot in ``vault.key``, changed at once through ``app.wipe`` (off the GUI thread,
since it derives a key).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import settings as settings_store
from app.errors import QuireError, WrongPassphraseError
from app.passphrase_strength import estimate, personal_inputs
from app.settings import PANIC_MODES, Settings
from app.vault.vault import Vault
from ui.dialogs import Dialogs
from ui.discreet import HIDE_KEY
from ui.geometry import fit_to_screen, scrollable
from ui.labels import LANGUAGE_NAMES, plain_label
from ui.pages.passphrase_fields import refusal_text, show_toggle
from ui.worker import Task, run_task


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _spin(low: int, high: int, suffix: str, never: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setSpecialValueText(never)  # shown for 0
    spin.setMinimumWidth(110)
    return spin


def _row(text: str, field: QWidget) -> QHBoxLayout:
    """A label with a mnemonic, its field, and room to the right."""
    row = QHBoxLayout()
    label = QLabel(text)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field)
    row.addStretch(1)
    return row


def _set_duress(vault: Vault, passphrase: str) -> None:
    """Worker: derives a key (slow), so it runs off the GUI thread on its own handle."""
    from app.wipe.duress import set_duress_passphrase

    session = vault.session()
    try:
        set_duress_passphrase(session, passphrase)
    finally:
        session.lock()


def _clear_duress(vault: Vault) -> None:
    from app.wipe.duress import clear_duress_passphrase

    session = vault.session()
    try:
        clear_duress_passphrase(session)
    finally:
        session.lock()


class SettingsDialog(QDialog):
    """Non-modal. ``applied`` fires after the settings were saved and applied."""

    applied = Signal()

    def __init__(
        self,
        home: Path,
        settings: Settings,
        vault: Vault | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.home = home
        self.settings = settings  # the main window's object: updated in place on save
        self.vault = vault
        self.task: Task | None = None
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)  # every tab in view: the dialog widens instead
        self.tabs.addTab(scrollable(self._general_tab()), self.tr("&General"))
        self.tabs.addTab(scrollable(self._panic_tab()), self.tr("&Panic wipe"))
        self.tabs.addTab(scrollable(self._recovery_tab()), self.tr("&Recovery code"))
        from ui.safety_checkup import SafetyCheckup

        self.checkup = SafetyCheckup(vault, settings)
        self.tabs.addTab(self.checkup, self.tr("Safety chec&k-up"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.about_button = self.buttons.addButton(
            self.tr("About Quire…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.about_button.clicked.connect(self._about)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.load(settings)
        fit_to_screen(self, 620, 560)

    def _about(self) -> None:
        from ui.about_dialog import show_about

        show_about(self)

    # -- tabs ------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setSpacing(6)
        lay.addWidget(_heading(self.tr("Locking")))
        self.auto_lock = _spin(0, 240, self.tr(" min"), self.tr("Never"))
        self.auto_lock.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.auto_lock.valueChanged.connect(self._update_warnings)
        lay.addLayout(_row(self.tr("&Lock when idle for"), self.auto_lock))
        self.auto_lock_warning = plain_label(
            self.tr(
                "Quire will never lock itself. Anyone who reaches this computer while the "
                "diary is open can read it. Lock with Ctrl+L whenever you step away."
            ),
            "warning",
        )
        lay.addWidget(self.auto_lock_warning)

        self.clipboard = _spin(0, 3600, self.tr(" s"), self.tr("Never"))
        self.clipboard.setAccessibleName(self.tr("Clear copied text after this many seconds"))
        self.clipboard.valueChanged.connect(self._update_warnings)
        lay.addLayout(_row(self.tr("&Clear copied text after"), self.clipboard))
        self.clipboard_warning = plain_label(
            self.tr(
                "Text you copy from Quire stays on the clipboard until you copy something "
                "else, and other programs can read it."
            ),
            "warning",
        )
        lay.addWidget(self.clipboard_warning)
        self.clear_pasted = QCheckBox(self.tr("Remove a pasted &screenshot from the clipboard"))
        lay.addWidget(self.clear_pasted)
        lay.addWidget(
            plain_label(
                self.tr(
                    "Once a screenshot you pasted is stored in the diary, it is taken off the "
                    "clipboard, so no other program can paste it later."
                ),
                "hint",
            )
        )

        lay.addSpacing(10)
        lay.addWidget(_heading(self.tr("Discretion")))
        self.discreet = QCheckBox(self.tr("&Discreet mode"))
        lay.addWidget(self.discreet)
        lay.addWidget(
            plain_label(
                self.tr(
                    'Every window is called "Notes" and has a plain grey icon, the lock '
                    "screen names nothing, and the backup reminder is not shown, so a glance "
                    "at the screen or the taskbar does not reveal Quire."
                ),
                "hint",
            )
        )
        self.mask_titles = QCheckBox(
            self.tr("Hide incident &titles in the list until one is selected")
        )
        lay.addWidget(self.mask_titles)
        lay.addWidget(
            plain_label(
                self.tr(
                    "Press %1 to hide everything at once: the diary locks (what you are "
                    "writing is kept as a draft), its other windows close and a neutral lock "
                    "screen shows. It is in the File menu too."
                ).replace("%1", HIDE_KEY),
                "hint",
            )
        )

        lay.addSpacing(10)
        lay.addWidget(_heading(self.tr("Language")))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        lay.addLayout(_row(self.tr("La&nguage"), self.language))
        lay.addSpacing(10)
        lay.addWidget(self._signing_key_box())
        lay.addStretch(1)
        return page

    def _signing_key_box(self) -> QWidget:
        """The diary's signing key as digits and words, to read to an organisation (issue 14)."""
        box = QWidget()
        box_lay = QVBoxLayout(box)
        box_lay.setContentsMargins(0, 0, 0, 0)
        box_lay.addWidget(_heading(self.tr("Your signing key")))
        if self.vault is None or self.vault.conn is None:
            box_lay.addWidget(plain_label(self.tr("Unlock the diary to see this."), "hint"))
            return box
        from app.spoken_fingerprint import signing_fingerprint

        spoken = signing_fingerprint(self.vault.signing_key().public_key())
        box_lay.addWidget(
            plain_label(
                self.tr(
                    "Every bundle this diary signs carries this key. Read it to the "
                    "organisation by phone, so it knows the bundles come from you."
                ),
                "hint",
            )
        )
        self.signing_digits = plain_label(spoken.digits, selectable=True)
        self.signing_digits.setAccessibleName(self.tr("Signing key, digits"))
        font = self.signing_digits.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setFamily("monospace")
        self.signing_digits.setFont(font)
        self.signing_words = plain_label(" ".join(spoken.words), selectable=True)
        self.signing_words.setAccessibleName(self.tr("Signing key, words"))
        box_lay.addWidget(self.signing_digits)
        box_lay.addWidget(self.signing_words)
        box_lay.addWidget(plain_label(spoken.ssh, "hint", selectable=True))
        return box

    def _panic_tab(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setSpacing(6)
        lay.addWidget(
            plain_label(
                self.tr(
                    "The panic button (Ctrl+Shift+Delete) destroys the diary on this computer: "
                    "first the key, so nothing can be decrypted any more, then every file. "
                    "Backups kept elsewhere are not affected."
                )
            )
        )
        lay.addSpacing(6)
        lay.addWidget(_heading(self.tr("When the panic button is pressed")))
        self.panic_group = QButtonGroup(self)
        self.panic_buttons: dict[str, QRadioButton] = {}
        texts = {
            "confirm": self.tr("&Ask once before wiping"),
            "hold": self.tr("Wipe when the button is &held down for 2 seconds"),
            "immediate": self.tr("Wipe at &once, without a question"),
        }
        for mode in PANIC_MODES:
            radio = QRadioButton(texts[mode])
            self.panic_group.addButton(radio)
            self.panic_buttons[mode] = radio
            lay.addWidget(radio)

        lay.addSpacing(10)
        lay.addWidget(_heading(self.tr("Wrong passphrases")))
        self.wipe_after = _spin(0, 100, "", self.tr("Never"))
        self.wipe_after.setAccessibleName(self.tr("Wipe after this many wrong passphrases"))
        self.wipe_after.valueChanged.connect(self._update_warnings)
        lay.addLayout(_row(self.tr("&Wipe after this many in a row"), self.wipe_after))
        self.wipe_after_warning = plain_label(
            self.tr(
                "After this many wrong passphrases in a row, the diary is destroyed — even "
                "if it is you mistyping. Keep a backup somewhere safe."
            ),
            "warning",
        )
        lay.addWidget(self.wipe_after_warning)
        self.warn_last = QCheckBox(self.tr("Warn on the unlock screen before the &last attempt"))
        lay.addWidget(self.warn_last)
        self.warn_last_hint = plain_label(
            self.tr(
                "The warning can stop you before a slip of your own destroys the diary. But "
                "anyone at the unlock screen sees it too: someone who wants to read the diary "
                "will stop guessing, and someone who wants it gone will type one more."
            ),
            "hint",
        )
        lay.addWidget(self.warn_last_hint)

        lay.addSpacing(10)
        lay.addWidget(_heading(self.tr("Duress passphrase")))
        lay.addWidget(self._duress_box())
        lay.addStretch(1)
        return page

    def _duress_box(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(
            plain_label(
                self.tr(
                    "A second passphrase for when you are forced to unlock Quire. Typed at the "
                    "unlock screen, it silently destroys the diary and opens the decoy diary "
                    "you prepare here, or an empty one. Choose one you will not type by "
                    "mistake."
                ),
                "hint",
            )
        )
        lay.addWidget(
            plain_label(
                self.tr(
                    "Quire never shows whether a duress passphrase is set: nothing on this "
                    "computer reveals it. Setting a new one replaces the old one."
                ),
                "hint",
            )
        )
        self.duress1 = QLineEdit()
        self.duress1.setEchoMode(QLineEdit.EchoMode.Password)
        self.duress1.setAccessibleName(self.tr("Duress passphrase"))
        self.duress2 = QLineEdit()
        self.duress2.setEchoMode(QLineEdit.EchoMode.Password)
        self.duress2.setAccessibleName(self.tr("Duress passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("New duress &passphrase"), self.duress1)
        form.addRow(self.tr("A&gain"), self.duress2)
        form.addRow("", show_toggle(self.duress1, self.duress2))
        lay.addLayout(form)
        row = QHBoxLayout()
        self.duress_set = QPushButton(self.tr("&Set"))
        self.duress_set.setAccessibleName(self.tr("Set the duress passphrase"))
        self.duress_set.setAutoDefault(False)
        self.duress_set.clicked.connect(self.set_duress)
        self.duress_clear = QPushButton(self.tr("&Remove"))
        self.duress_clear.setAccessibleName(self.tr("Remove the duress passphrase"))
        self.duress_clear.setAutoDefault(False)
        self.duress_clear.clicked.connect(self.clear_duress)
        self.decoy_button = QPushButton(self.tr("De&coy diary…"))
        self.decoy_button.setAccessibleName(self.tr("Prepare the decoy diary"))
        self.decoy_button.setAutoDefault(False)
        self.decoy_button.clicked.connect(self.edit_decoy)
        row.addWidget(self.decoy_button)
        row.addStretch(1)
        row.addWidget(self.duress_set)
        row.addWidget(self.duress_clear)
        lay.addLayout(row)
        self.duress_busy = QProgressBar()
        self.duress_busy.setRange(0, 0)
        self.duress_busy.setVisible(False)
        self.duress_busy.setAccessibleName(self.tr("Changing the duress passphrase"))
        lay.addWidget(self.duress_busy)
        self.duress_message = plain_label("", "hint")
        lay.addWidget(self.duress_message)
        self.duress1.textChanged.connect(self._update_duress_buttons)
        self.duress2.textChanged.connect(self._update_duress_buttons)
        if self.vault is None:
            for w in (
                self.duress1,
                self.duress2,
                self.duress_set,
                self.duress_clear,
                self.decoy_button,
            ):
                w.setEnabled(False)
            self.duress_message.setText(self.tr("Unlock the diary to change this."))
        self._update_duress_buttons()
        return box

    def _recovery_tab(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(_heading(self.tr("Recovery code")))
        lay.addWidget(
            plain_label(
                self.tr(
                    "The 24 words you wrote down when the diary was made open it on another "
                    "computer, with your passphrase. Lost the paper? Type your passphrase to "
                    "see them again, where no one can see the screen."
                ),
                "hint",
            )
        )
        self.recovery_pass = QLineEdit()
        self.recovery_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_pass.setAccessibleName(self.tr("Your passphrase"))
        lay.addLayout(_row(self.tr("Your &passphrase"), self.recovery_pass))
        self.recovery_show = QPushButton(self.tr("Show the recovery &code"))
        self.recovery_show.setAutoDefault(False)
        self.recovery_show.clicked.connect(self.show_recovery_code)
        self.recovery_pass.returnPressed.connect(self.show_recovery_code)
        lay.addWidget(self.recovery_show)
        self.recovery_message = plain_label("", "errorText")
        lay.addWidget(self.recovery_message)
        uses_secret = self.vault is not None and self.vault.header.uses_device_secret
        if self.vault is None:
            self.recovery_message.setText(self.tr("Unlock the diary to change this."))
        elif not uses_secret:
            self.recovery_message.setObjectName("hint")
            self.recovery_message.setText(
                self.tr("This diary has no recovery code: it is protected by the passphrase alone.")
            )
        self.recovery_pass.setEnabled(uses_secret)
        self.recovery_show.setEnabled(uses_secret)
        lay.addStretch(1)
        return page

    def show_recovery_code(self) -> None:
        if self.vault is None or not self.recovery_show.isEnabled():
            return
        from app.recovery_display import recovery_code_for

        self.recovery_show.setEnabled(False)
        self.recovery_message.setText(self.tr("Working…"))
        run_task(
            recovery_code_for,
            self.vault,
            self.recovery_pass.text(),
            on_done=self._recovery_code_ready,
            on_error=self._recovery_code_refused,
            owner=self,
        )

    def _recovery_code_ready(self, code: str) -> None:
        from ui.pages.recovery_code import RecoveryCodeDialog

        self.recovery_pass.clear()
        self.recovery_message.setText("")
        self.recovery_show.setEnabled(True)
        self.recovery_dialog = RecoveryCodeDialog(code, self)
        self.recovery_dialog.accepted.connect(self._recovery_code_confirmed)
        self.recovery_dialog.open()

    def _recovery_code_confirmed(self) -> None:
        from app.safety_checkup import record_recovery_confirmed

        if self.vault is not None and self.vault.conn is not None:
            record_recovery_confirmed(self.vault)
            self.checkup.refresh()

    def _recovery_code_refused(self, exc: BaseException) -> None:
        self.recovery_show.setEnabled(True)
        self.recovery_message.setText(
            self.tr("Wrong passphrase.") if isinstance(exc, WrongPassphraseError) else str(exc)
        )

    # -- values ----------------------------------------------------------------------------
    def load(self, s: Settings) -> None:
        self.auto_lock.setValue(s.auto_lock_minutes)
        self.clipboard.setValue(s.clipboard_clear_seconds)
        self.clear_pasted.setChecked(s.clear_pasted_picture)
        self.discreet.setChecked(s.discreet_mode)
        self.mask_titles.setChecked(s.mask_titles)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.panic_buttons.get(s.panic_mode, self.panic_buttons["confirm"]).setChecked(True)
        self.wipe_after.setValue(s.wipe_after_failures)
        self.warn_last.setChecked(s.warn_before_last_attempt)
        self._update_warnings()

    def values(self) -> Settings:
        """The settings as chosen in the dialog (a copy; nothing saved yet)."""
        mode = next(m for m, b in self.panic_buttons.items() if b.isChecked())
        return replace(
            self.settings,
            auto_lock_minutes=self.auto_lock.value(),
            clipboard_clear_seconds=self.clipboard.value(),
            clear_pasted_picture=self.clear_pasted.isChecked(),
            discreet_mode=self.discreet.isChecked(),
            mask_titles=self.mask_titles.isChecked(),
            language=self.language.currentData(),
            panic_mode=mode,
            wipe_after_failures=self.wipe_after.value(),
            warn_before_last_attempt=self.warn_last.isChecked(),
        )

    def _update_warnings(self) -> None:
        self.auto_lock_warning.setVisible(self.auto_lock.value() == 0)
        self.clipboard_warning.setVisible(self.clipboard.value() == 0)
        self.wipe_after_warning.setVisible(self.wipe_after.value() > 0)
        self.warn_last.setEnabled(self.wipe_after.value() > 0)

    def save(self) -> None:
        chosen = self.values().validated()
        previous_language = self.settings.language
        language_changed = chosen.language != previous_language
        wipe_changed = chosen.wipe_after_failures != self.settings.wipe_after_failures
        for f in (
            "auto_lock_minutes",
            "clipboard_clear_seconds",
            "clear_pasted_picture",
            "discreet_mode",
            "mask_titles",
            "language",
            "panic_mode",
            "wipe_after_failures",
            "warn_before_last_attempt",
        ):
            setattr(self.settings, f, getattr(chosen, f))
        try:
            settings_store.save(self.home, self.settings)
            if wipe_changed:
                from app.wipe import set_wipe_after_failures

                set_wipe_after_failures(self.home, self.settings.wipe_after_failures)
                self.settings.failed_unlocks = 0
        except (OSError, QuireError) as exc:
            Dialogs.inform(
                self,
                self.tr("Settings"),
                self.tr("The settings could not be saved: {error}").format(error=exc),
                error=True,
            )
            return
        if language_changed:
            from ui.retranslate import switch_language

            switch_language(self.settings.language)
        self.applied.emit()
        self.accept()

    # -- duress passphrase -----------------------------------------------------------------
    def _update_duress_buttons(self) -> None:
        if self.vault is None:
            return
        busy = self.task is not None
        typed = bool(self.duress1.text())
        same = self.duress1.text() == self.duress2.text()
        self.duress_set.setEnabled(not busy and typed and same)
        self.duress_clear.setEnabled(not busy)

    def set_duress(self) -> None:
        if self.vault is None or not self.duress_set.isEnabled():
            return
        strength = estimate(self.duress1.text(), personal_inputs())
        if not strength.acceptable:  # the same rule as quire-cli duress set
            self._duress_done(refusal_text(strength), error=True)
            return
        self._run_duress(
            _set_duress,
            self.duress1.text(),
            done=self.tr("The duress passphrase is set."),
        )

    def edit_decoy(self) -> None:
        """The decoy diary's own window (ui/decoy_dialog.py)."""
        if self.vault is None:
            return
        from ui.decoy_dialog import DecoyDialog

        dialog = DecoyDialog(self.vault, self.settings.language, self)
        dialog.show()

    def clear_duress(self) -> None:
        if self.vault is None:
            return
        if not Dialogs.ask(
            self,
            self.tr("Duress passphrase"),
            self.tr("Remove the duress passphrase? Only your own passphrase will open Quire."),
        ):
            return
        self._run_duress(_clear_duress, done=self.tr("No duress passphrase is set now."))

    def _run_duress(self, fn: Callable[..., None], *args: str, done: str) -> None:
        assert self.vault is not None
        self.duress_busy.setVisible(True)
        self.duress_message.setObjectName("hint")
        self.duress_message.setText(self.tr("Working…"))
        self.task = run_task(
            fn,
            self.vault,
            *args,
            on_done=lambda _r: self._duress_done(done, error=False),
            on_error=lambda exc: self._duress_done(str(exc), error=True),
            owner=self,
        )
        self._update_duress_buttons()

    def _duress_done(self, message: str, *, error: bool) -> None:
        self.task = None
        self.duress_busy.setVisible(False)
        if not error:
            self.duress1.clear()
            self.duress2.clear()
        self.duress_message.setObjectName("errorText" if error else "good")
        self.duress_message.style().unpolish(self.duress_message)
        self.duress_message.style().polish(self.duress_message)
        self.duress_message.setText(message)
        self._update_duress_buttons()

    # -- locking ---------------------------------------------------------------------------
    def on_vault_locking(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.duress1.clear()
        self.duress2.clear()
        self.recovery_pass.clear()
        self.vault = None
        self.close()
