"""Backups: write one to a USB stick, restore one on a new computer, and remind when due.

A backup is the vault's own ciphertext (``app.backup.archive``): it opens only with the
passphrase (and the recovery code where one is set). ``BackupDialog`` writes it in a worker
with its own vault session; ``RestoreDialog`` (from the first screen, before any diary
exists) restores into the app's vault folder, and the window then shows the unlock screen.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import settings as settings_store
from app.backup.archive import create_backup, restore_backup
from app.clock import now_utc, parse_utc
from app.errors import CancelledError, QuireError
from app.safety_checkup import BACKUP_DUE_DAYS
from app.settings import Settings
from app.vault.vault import Vault, read_header, vault_exists
from ui.dialogs import Dialogs
from ui.geometry import fit_to_screen
from ui.sharing.common import (
    cancellable,
    default_file_name,
    describe_error,
    human_size,
    plain_label,
    recording,
)
from ui.worker import Task, run_task

SCALE = 1000


def _t(text: str) -> str:
    return QCoreApplication.translate("backup", text)


def backup_reminder_text(settings: Settings, now: datetime | None = None) -> str | None:
    """A gentle reminder when there is no backup yet, or the last one is getting old."""
    last = parse_utc(settings.last_backup_at)
    if last is None:
        return _t(
            "You have no backup of your diary yet. If this laptop is lost or taken, the "
            "evidence goes with it. Use “Backup and restore…” to save one on a USB stick."
        )
    days = ((now or datetime.now(UTC)) - last).days
    if days < BACKUP_DUE_DAYS:
        return None
    return _t(
        "Your last backup is {days} days old. Save a new one (“Backup and restore…”) so it "
        "holds your latest incidents and evidence."
    ).replace("{days}", str(days))


def last_backup_text(settings: Settings, now: datetime | None = None) -> str:
    last = parse_utc(settings.last_backup_at)
    if last is None:
        return _t("You have not made a backup yet.")
    days = ((now or datetime.now(UTC)) - last).days
    date = last.astimezone().strftime("%Y-%m-%d")
    if days <= 0:
        return _t("Last backup: today ({date}).").replace("{date}", date)
    if days == 1:
        return _t("Last backup: yesterday ({date}).").replace("{date}", date)
    return (
        _t("Last backup: {days} days ago ({date}).")
        .replace("{days}", str(days))
        .replace("{date}", date)
    )


# -- work done off the GUI thread ------------------------------------------------------------
def write_backup(
    vault: Vault, out: Path, progress: Any = None, cancel: Any = None
) -> dict[str, Any]:
    """``create_backup`` on a session of its own; Cancel stops it between files."""
    session = vault.session()
    try:
        report = cancellable(
            progress or (lambda d, t: None),
            cancel or (lambda: False),
            "Backup cancelled; no backup file was written.",
        )
        return create_backup(session, out, progress=report)
    finally:
        session.lock()


def restore_into(
    backup: Path, home: Path, progress: Any = None, cancel: Any = None
) -> dict[str, Any]:
    report = cancellable(
        progress or (lambda d, t: None),
        cancel or (lambda: False),
        "Restore cancelled; nothing was restored.",
    )
    return restore_backup(backup, home, progress=report)


class _WorkDialog(QDialog):
    """A dialog that runs one piece of work at a time, with progress and Cancel."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.task: Task | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, SCALE)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.message = plain_label("", selectable=True)
        self.message.setAccessibleName(self.tr("Result"))
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.setVisible(False)

    def _start(self, fn: Any, *args: Any, on_done: Any) -> None:
        self.progress_row.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.bar.setValue(0)
        self._say("", "hint")
        self._outcome: dict[str, Any] = {}
        self._on_done = on_done
        self.task = run_task(
            recording(fn, self._outcome),
            *args,
            on_done=lambda result: self._ended(on_done, result),
            on_error=self._failed,
            on_progress=lambda done, total: self.bar.setValue(int(SCALE * done / max(total, 1))),
            owner=self,
        )
        self.task.finished.connect(self._task_ended)
        self._busy(True)

    def _ended(self, on_done: Any, result: Any) -> None:
        self.task = None
        self.progress_row.setVisible(False)
        self._busy(False)
        on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.progress_row.setVisible(False)
        self._busy(False)
        if isinstance(exc, CancelledError):
            self._say(str(exc), "hint")
        else:
            self._say(describe_error(exc), "errorText")

    def _task_ended(self) -> None:
        """The end of a cancelled task, which reports neither result nor error."""
        if self.task is None or not self.task.cancelled:
            return
        if "result" in self._outcome:  # Cancel came after the work was complete
            self._ended(self._on_done, self._outcome["result"])
            return
        self.task = None
        self.progress_row.setVisible(False)
        self._busy(False)
        self._say(self.cancelled_text(), "hint")

    def cancelled_text(self) -> str:
        return self.tr("Cancelled. Nothing was written.")

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _busy(self, busy: bool) -> None:
        pass

    def _say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setObjectName(kind)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def reject(self) -> None:
        if self.task is not None:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)


class BackupDialog(_WorkDialog):
    """Write a backup of the open diary to a file, e.g. on a USB stick."""

    def __init__(
        self, vault: Vault, home: Path, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault, self.home, self.settings = vault, home, settings
        self.saved_to: Path | None = None
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backup and restore"))
        title = plain_label(self.tr("Back up your diary"), "pageTitle")
        self.last = plain_label(last_backup_text(settings))
        self.last.setAccessibleName(self.tr("Last backup"))
        explain = plain_label(
            self.tr(
                "A backup is one file holding your whole diary and all its evidence, still "
                "encrypted. Save it on a USB stick or another disk and keep it away from this "
                "laptop: if the laptop is lost, taken or broken, your evidence survives."
            )
        )
        opens = plain_label(
            self.tr(
                "The backup opens only with your passphrase (and your recovery code if you "
                "set one). A panic wipe cannot reach a backup kept elsewhere — keep it "
                "somewhere safe."
            ),
            "warning",
        )
        self.save_button = QPushButton(self.tr("&Save a backup…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_and_save)
        restore_title = plain_label(self.tr("Restoring"), "sectionTitle")
        font = restore_title.font()
        font.setBold(True)
        restore_title.setFont(font)
        restore = plain_label(
            self.tr(
                "To bring a backup back — on a new computer, or after a panic wipe — start "
                "Quire there and choose “Restore from a backup…” on the first screen. Quire "
                "checks every file in the backup before the diary appears."
            ),
            "hint",
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        card = QWidget()
        card.setObjectName("card")
        card_lay = QVBoxLayout(card)
        card_lay.addWidget(title)
        card_lay.addWidget(self.last)
        card_lay.addWidget(explain)
        card_lay.addWidget(opens)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        card_lay.addLayout(row)
        card_lay.addWidget(self.progress_row)
        card_lay.addWidget(self.message)
        lay = QVBoxLayout(self)
        lay.addWidget(card)
        lay.addSpacing(6)
        lay.addWidget(restore_title)
        lay.addWidget(restore)
        lay.addStretch(1)
        lay.addWidget(buttons)
        fit_to_screen(self, 600, 480)

    def choose_and_save(self) -> None:
        if self.task is not None:
            return
        name = default_file_name("backup", "backup", self.settings.discreet_mode)
        got = Dialogs.save_file(
            self, self.tr("Save the backup"), name, self.tr("Quire backups (*.backup)")
        )
        if not got:
            return
        out = Path(got).expanduser()
        if not out.suffix:
            out = out.with_suffix(".backup")
        problem = self._check_target(out)
        if problem:
            self._say(problem, "errorText")
            return
        self.saved_to = out
        self._start(write_backup, self.vault, out, on_done=self._saved)

    def _check_target(self, out: Path) -> str | None:
        home = self.home.resolve()
        try:
            inside = out.resolve().is_relative_to(home)
        except OSError:
            inside = False
        if inside:
            return self.tr(
                "Choose a place outside the diary's own folder — ideally a USB stick. "
                "A backup inside it would be lost with the diary."
            )
        if out.exists():
            return self.tr("A file with that name exists already. Choose another name.")
        if not out.parent.is_dir():
            return self.tr("That folder does not exist. Choose another place.")
        return None

    def _saved(self, manifest: dict[str, Any]) -> None:
        self.settings.last_backup_at = now_utc()
        settings_store.save(self.home, self.settings)
        self.last.setText(last_backup_text(self.settings))
        size = self.saved_to.stat().st_size if self.saved_to and self.saved_to.exists() else 0
        self._say(
            "✓ "
            + self.tr(
                "Backup saved: {path} ({size}, {files} files). Each file's hash is recorded "
                "in it; a restore checks them all. Keep it somewhere safe, away from this "
                "laptop."
            )
            .replace("{path}", str(self.saved_to))
            .replace("{size}", human_size(size))
            .replace("{files}", str(len(manifest.get("files", [])))),
            "good",
        )

    def cancelled_text(self) -> str:
        return self.tr("Backup cancelled. No backup file was written.")

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def on_vault_locking(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.close()


class RestoreDialog(_WorkDialog):
    """Restore a backup into the app's vault folder (from the first screen)."""

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.restored = False
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        title = plain_label(self.tr("Restore from a backup"), "pageTitle")
        explain = plain_label(
            self.tr(
                "Choose the backup file, for example on your USB stick. Quire checks every "
                "file in it before the diary appears on this computer; a damaged or altered "
                "backup is refused and nothing is left behind."
            )
        )
        after = plain_label(
            self.tr(
                "You then unlock the diary with the passphrase it had when the backup was "
                "made (and your recovery code, if you set one)."
            ),
            "hint",
        )
        self.choose_button = QPushButton(self.tr("&Choose the backup file…"))
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose_and_restore)
        self.continue_button = QPushButton(self.tr("C&ontinue to unlock"))
        self.continue_button.setVisible(False)
        self.continue_button.clicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        card = QWidget()
        card.setObjectName("card")
        card_lay = QVBoxLayout(card)
        card_lay.addWidget(title)
        card_lay.addWidget(explain)
        card_lay.addWidget(after)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.continue_button)
        row.addStretch(1)
        card_lay.addLayout(row)
        card_lay.addWidget(self.progress_row)
        card_lay.addWidget(self.message)
        lay = QVBoxLayout(self)
        lay.addWidget(card)
        lay.addStretch(1)
        lay.addWidget(buttons)
        fit_to_screen(self, 560, 360)

    def choose_and_restore(self) -> None:
        if self.task is not None:
            return
        if vault_exists(self.home):
            self._say(
                self.tr("There is already a diary on this computer; a restore never replaces one."),
                "errorText",
            )
            return
        got = Dialogs.open_file(
            self,
            self.tr("Choose the backup"),
            self.tr("Quire backups (*.backup);;All files (*)"),
        )
        if not got:
            return
        self._start(restore_into, Path(got), self.home, on_done=self._restored)

    def _restored(self, manifest: dict[str, Any]) -> None:
        self.restored = True
        text = self.tr(
            "✓ The diary was restored ({files} files) and every hash matched. Unlock it with "
            "your passphrase."
        ).replace("{files}", str(len(manifest.get("files", []))))
        try:
            if read_header(self.home).uses_device_secret:
                text += "\n" + self.tr(
                    "This diary also needs its recovery code (the 24 words) on this computer: "
                    "tick “This vault was moved from another computer” when you unlock."
                )
        except QuireError:
            pass
        self._say(text, "good")
        self._remember_backup_date(manifest.get("created_at"))
        self.choose_button.setVisible(False)
        self.continue_button.setVisible(True)
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()
        show_start = getattr(self.parent(), "_show_start_page", None)
        if callable(show_start):
            show_start()  # the main window now shows the unlock screen behind this dialog

    def _remember_backup_date(self, created_at: object) -> None:
        """The restored diary's last backup is the one it came from."""
        if not isinstance(created_at, str) or parse_utc(created_at) is None:
            return
        settings = getattr(self.parent(), "settings", None)
        if not isinstance(settings, Settings):
            settings = settings_store.load(self.home)
        settings.last_backup_at = created_at
        settings_store.save(self.home, settings)

    def cancelled_text(self) -> str:
        return self.tr("Restore cancelled. Nothing was restored.")

    def _busy(self, busy: bool) -> None:
        self.choose_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
