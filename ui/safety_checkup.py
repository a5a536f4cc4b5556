"""Settings' safety check-up tab: the facts of app/safety_checkup.py, and a passphrase rehearsal.

Thin: the facts and the check come from app/; this page only words them. Each fact is a
row with a mark (✓ fine, ! look at it) so the page reads at a glance; the rehearsal runs its
one Argon2id in a worker and counts nothing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import WrongPassphraseError
from app.safety_checkup import Checkup, check_passphrase, checkup
from app.settings import Settings
from app.vault.vault import Vault
from ui.labels import plain_label
from ui.pages.passphrase_fields import show_toggle
from ui.privacy import PASSPHRASE_INPUT_HINTS
from ui.worker import run_task

OK_MARK = "✓"
LOOK_MARK = "!"


class SafetyCheckup(QWidget):
    """The check-up page; ``refresh()`` reads the facts again (after a backup, a code shown)."""

    def __init__(self, vault: Vault | None, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.settings = settings
        lay = QVBoxLayout(self)
        lay.addWidget(
            plain_label(
                self.tr("Look here once a month. Nothing on this page is sent anywhere."), "hint"
            )
        )
        self.form = QFormLayout()
        self.rows: dict[str, QLabel] = {}
        for key, title in (
            ("backup", self.tr("Backup")),
            ("recovery", self.tr("Recovery code")),
            ("auto_lock", self.tr("Auto-lock")),
            ("clipboard", self.tr("Copied text")),
            ("duress", self.tr("Duress passphrase")),
        ):
            label = plain_label("", selectable=False)
            label.setAccessibleName(title)
            self.rows[key] = label
            self.form.addRow(plain_label(title, wrap=False), label)
        lay.addLayout(self.form)

        heading = plain_label(self.tr("Rehearse your passphrase"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        lay.addWidget(heading)
        lay.addWidget(
            plain_label(
                self.tr(
                    "Type it as you would at the unlock screen. A wrong one here is never "
                    "counted towards a wipe."
                ),
                "hint",
            )
        )
        self.rehearsal = QLineEdit()
        self.rehearsal.setEchoMode(QLineEdit.EchoMode.Password)
        self.rehearsal.setInputMethodHints(PASSPHRASE_INPUT_HINTS)
        self.rehearsal.setAccessibleName(self.tr("Passphrase to rehearse"))
        self.rehearse = QPushButton(self.tr("C&heck"))
        self.rehearse.setAccessibleName(self.tr("Check the rehearsed passphrase"))
        self.rehearse.setAutoDefault(False)
        self.rehearse.clicked.connect(self.check)
        self.rehearsal.returnPressed.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.rehearsal, 1)
        row.addWidget(self.rehearse)
        lay.addLayout(row)
        lay.addWidget(show_toggle(self.rehearsal))
        self.verdict = plain_label("", "hint")
        lay.addWidget(self.verdict)
        lay.addStretch(1)
        if vault is None:
            self.rehearsal.setEnabled(False)
            self.rehearse.setEnabled(False)
        self.refresh()

    # -- facts -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """The language changed (ui/retranslate.py): the facts again, in its words."""
        self.refresh()

    def refresh(self) -> None:
        if self.vault is None or self.vault.conn is None:
            for label in self.rows.values():
                label.setText(self.tr("Unlock the diary to see this."))
            return
        facts = checkup(self.vault, self.settings)
        self._show("backup", facts.backup_ok, self._backup_text(facts))
        self._show("recovery", facts.recovery_ok, self._recovery_text(facts))
        self._show("auto_lock", facts.auto_lock_ok, self._auto_lock_text(facts))
        self._show("clipboard", facts.clipboard_clear_seconds > 0, self._clipboard_text(facts))
        # Never a state: Quire keeps no record of whether one is set (app/safety_checkup.py).
        self.rows["duress"].setText(
            self.tr(
                "Not shown, on purpose: Quire keeps no record of whether one is set, so "
                "nothing here can reveal it. Set or replace it on the Panic wipe tab."
            )
        )

    def _show(self, key: str, ok: bool, text: str) -> None:
        label = self.rows[key]
        label.setText(f"{OK_MARK if ok else LOOK_MARK}  {text}")
        label.setObjectName("good" if ok else "warning")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setAccessibleDescription(self.tr("fine") if ok else self.tr("needs a look"))

    def _backup_text(self, f: Checkup) -> str:
        if f.backup_days is None:
            return self.tr("No backup yet. Save one on a USB stick (Backup and restore…).")
        if f.backup_days == 0:
            return self.tr("Last backup today.")
        text = self.tr("Last backup %n day(s) ago.", "", f.backup_days)
        if not f.backup_ok:
            text += " " + self.tr("Save a new one so it holds your latest evidence.")
        return text

    def _recovery_text(self, f: Checkup) -> str:
        if not f.has_recovery_code:
            return self.tr("This diary has no recovery code: the passphrase alone opens it.")
        if f.recovery_confirmed_at is None:
            return self.tr(
                "Not confirmed on this diary. Show it on the Recovery code tab and type three "
                "of its words back from your paper."
            )
        day = QLocale().toString(
            _local_date(f.recovery_confirmed_at), QLocale.FormatType.LongFormat
        )
        return self.tr("Confirmed on paper (%1).").replace("%1", day)

    def _auto_lock_text(self, f: Checkup) -> str:
        if f.auto_lock_minutes <= 0:
            return self.tr("Off: the diary stays open until you lock it. Set a time on General.")
        return self.tr("The diary locks after %n idle minute(s).", "", f.auto_lock_minutes)

    def _clipboard_text(self, f: Checkup) -> str:
        if f.clipboard_clear_seconds <= 0:
            return self.tr("Copied text stays on the clipboard. Set a time on General.")
        return self.tr("Cleared %n second(s) after copying.", "", f.clipboard_clear_seconds)

    # -- rehearsal -------------------------------------------------------------------------
    def check(self) -> None:
        if self.vault is None or not self.rehearse.isEnabled() or not self.rehearsal.text():
            return
        self.rehearse.setEnabled(False)
        self.verdict.setText(self.tr("Checking…"))
        run_task(
            check_passphrase,
            self.vault,
            self.rehearsal.text(),
            on_done=self._right,
            on_error=self._wrong,
            owner=self,
        )

    def _right(self, _result: object) -> None:
        self.rehearsal.clear()
        self.rehearse.setEnabled(True)
        self.verdict.setText(self.tr("Right: that is your passphrase."))

    def _wrong(self, exc: BaseException) -> None:
        self.rehearsal.clear()
        self.rehearse.setEnabled(True)
        if isinstance(exc, WrongPassphraseError):
            self.verdict.setText(
                self.tr("That is not your passphrase. Nothing was counted; try again slowly.")
            )
        else:
            self.verdict.setText(str(exc))


def _local_date(when: datetime) -> QDate:
    local = when.astimezone()
    return QDate(local.year, local.month, local.day)
