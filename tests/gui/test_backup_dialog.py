"""Backups in the GUI: save one, restore it into a new folder from the first screen, unlock it;
cancel and damage leave nothing behind; the reminder's logic."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from app import settings as settings_store
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.settings import Settings
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault, vault_exists
from ui.backup_dialog import BackupDialog, RestoreDialog, backup_reminder_text
from ui.dialogs import Dialogs
from ui.worker import running_tasks

pytestmark = pytest.mark.gui

PASSPHRASE = "a calm and long test passphrase"
WAIT_MS = 60_000


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("QUIRE_SHOTS")
    if folder:
        from PySide6.QtWidgets import QApplication

        from ui import theme

        theme.apply(QApplication.instance())  # type: ignore[arg-type]
        for _ in range(3):
            QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def diary(qtbot, tmp_path: Path) -> Iterator[Vault]:  # type: ignore[no-untyped-def]
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    store = IncidentStore(vault)
    first = store.create(
        IncidentRecord.from_dict(
            {"title": "Account taken over", "categories": ["account_compromise"]}
        )
    )
    store.create(IncidentRecord.from_dict({"title": "Smear on TV", "categories": ["smear"]}))
    evidence = EvidenceStore(vault)
    for n in range(4):
        evidence.import_stream(first, io.BytesIO(os.urandom(300_000)), f"screenshot-{n}.png")
    yield vault
    for task in running_tasks():
        task.cancel()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=WAIT_MS)
    vault.lock()


@pytest.fixture
def host(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def save_backup(qtbot, dialog: BackupDialog, out: Path) -> None:  # type: ignore[no-untyped-def]
    Dialogs.next_answers.append(str(out))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)


# -- backup, then restore on a "new computer" and unlock -----------------------------------
def test_backup_then_restore_into_a_new_folder_and_unlock(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget, tmp_path: Path
) -> None:
    settings = Settings()
    dialog = BackupDialog(diary, diary.home, settings, host)
    dialog.show()
    assert "not made a backup" in dialog.last.text()
    assert "panic wipe cannot reach" in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.last))
    )
    shot(dialog, "backup-dialog")
    usb = tmp_path / "usb"
    usb.mkdir()
    out = usb / "diary.backup"
    save_backup(qtbot, dialog, out)
    shot(dialog, "backup-dialog-done")
    assert out.is_file(), dialog.message.text()
    assert "Backup saved" in dialog.message.text()
    assert settings.last_backup_at is not None
    assert settings_store.load(diary.home).last_backup_at == settings.last_backup_at
    assert backup_reminder_text(settings) is None
    assert "today" in dialog.last.text()

    from ui.main_window import MainWindow

    new_home = tmp_path / "new-computer" / "quire"
    window = MainWindow(new_home)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.welcome
    restore_button = window.welcome.findChild(QPushButton, "restoreBackup")
    restore_button.click()
    (restore,) = window.findChildren(RestoreDialog)
    assert restore.isVisible()
    shot(restore, "restore-dialog")
    Dialogs.next_answers.append(str(out))
    restore.choose_button.click()
    qtbot.waitUntil(lambda: restore.restored, timeout=WAIT_MS)
    shot(restore, "restore-dialog-done")
    assert "every hash matched" in restore.message.text()
    assert window.stack.currentWidget() is window.unlock_page  # the window moved on already
    assert window.settings.last_backup_at is not None  # the backup it came from
    restore.continue_button.click()
    assert not restore.isVisible()

    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=WAIT_MS)
    assert IncidentStore(window.vault).count() == 2
    assert EvidenceStore(window.vault).check().ok
    window.lock()


def test_open_bundle_link_on_the_first_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.sharing.open_bundle import OpenBundleWindow

    window = MainWindow(tmp_path / "receiver")
    qtbot.addWidget(window)
    window.show()
    window.welcome.findChild(QPushButton, "openReceivedBundle").click()
    (opened,) = window.findChildren(OpenBundleWindow)
    assert opened.isVisible()
    opened.close()


# -- refusals and cancel -------------------------------------------------------------------
def test_backup_refuses_a_place_inside_the_diary(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget
) -> None:
    settings = Settings()
    dialog = BackupDialog(diary, diary.home, settings, host)
    save_backup(qtbot, dialog, diary.home / "inside.backup")
    assert "outside the diary's own folder" in dialog.message.text()
    assert not (diary.home / "inside.backup").exists()
    assert settings.last_backup_at is None


def test_cancelled_backup_leaves_no_file(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget, tmp_path: Path
) -> None:
    settings = Settings()
    dialog = BackupDialog(diary, diary.home, settings, host)
    dialog.show()
    usb = tmp_path / "usb"
    usb.mkdir()
    Dialogs.next_answers.append(str(usb / "diary.backup"))
    dialog.save_button.click()
    assert dialog.task is not None and dialog.progress_row.isVisible()
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # Escape / Close while working cancels, and keeps the dialog open
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)
    assert "cancelled" in dialog.message.text().lower()
    assert list(usb.iterdir()) == []
    assert settings.last_backup_at is None
    assert dialog.close_button.isEnabled()


def test_damaged_backup_is_refused_and_leaves_nothing(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget, tmp_path: Path
) -> None:
    dialog = BackupDialog(diary, diary.home, Settings(), host)
    out = tmp_path / "diary.backup"
    save_backup(qtbot, dialog, out)
    data = out.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    new_home = tmp_path / "elsewhere"
    restore = RestoreDialog(new_home, host)
    restore.show()
    Dialogs.next_answers.append(str(out))
    restore.choose_button.click()
    qtbot.waitUntil(lambda: restore.task is None, timeout=WAIT_MS)
    assert not restore.restored
    assert "damaged or was altered" in restore.message.text()
    assert not vault_exists(new_home)
    assert not new_home.exists() or list(new_home.iterdir()) == []


def test_restore_never_replaces_a_diary(qtbot, diary: Vault, host: QWidget) -> None:  # type: ignore[no-untyped-def]
    restore = RestoreDialog(diary.home, host)
    restore.choose_button.click()  # no file dialog: refused before that
    assert "already a diary" in restore.message.text()


def test_locking_closes_the_backup_dialog(qtbot, diary: Vault, host: QWidget) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupDialog(diary, diary.home, Settings(), host)
    dialog.show()
    with qtbot.waitSignal(dialog.destroyed, timeout=WAIT_MS):
        dialog.on_vault_locking()


# -- the reminder --------------------------------------------------------------------------
def _at(days_ago: float) -> str:
    when = datetime(2026, 11, 30, 12, 0, tzinfo=UTC) - timedelta(days=days_ago)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        (None, "no backup"),
        ("not a date", "no backup"),
        (_at(0), None),
        (_at(13.9), None),
        (_at(14), "14 days old"),
        (_at(40), "40 days old"),
    ],
)
def test_backup_reminder_text(last: str | None, expected: str | None) -> None:
    text = backup_reminder_text(Settings(last_backup_at=last), now=NOW)
    if expected is None:
        assert text is None
    else:
        assert text is not None and expected in text
