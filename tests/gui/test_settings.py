"""Settings and the main window's privacy behaviour: auto-lock, Ctrl+L, clipboard clearing,
discreet mode, saving and reloading settings.json, wrong-passphrase wipe, duress passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import settings as settings_store
from app.access import unlock_vault
from app.errors import WrongPassphraseError
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.dialogs import Dialogs
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

TITLE = "Fake escort advert with Nigar's phone number"


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a vault with one incident, unlocked through the unlock page."""
    home = tmp_path / "vault"
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    IncidentStore(vault).create(
        IncidentRecord.from_dict(
            {"title": TITLE, "occurred_at": "2024-03-08", "categories": ["doxxing"]}
        )
    )
    vault.lock()
    w = MainWindow(home)
    qtbot.addWidget(w)
    w.show()
    w.unlock_page.passphrase.setText(PASSPHRASE)
    w.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
    yield w
    w.lock()


def _settings_dialog(w: MainWindow, qtbot: Any) -> SettingsDialog:
    w.open_settings()
    dialog = w.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_auto_lock_after_idle(window: MainWindow, qtbot: Any) -> None:
    window.inactivity.set_timeout_ms(200)
    qtbot.waitUntil(lambda: window.vault is None, timeout=3000)
    assert window.stack.currentWidget() is window.unlock_page
    assert not window.act_new.isEnabled()


def test_activity_postpones_auto_lock(window: MainWindow, qtbot: Any) -> None:
    window.inactivity.set_timeout_ms(400)
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(window.diary.search, Qt.Key.Key_Shift)
        assert window.vault is not None
    qtbot.waitUntil(lambda: window.vault is None, timeout=3000)


def test_ctrl_l_locks(window: MainWindow, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.vault is None, timeout=3000)
    assert window.stack.currentWidget() is window.unlock_page
    assert "locked" in window.windowTitle()


def test_clipboard_is_cleared(window: MainWindow, qtbot: Any) -> None:
    board = QApplication.clipboard()
    window.clipboard.copy("+994 50 555 01 23", 1)
    assert board.text() == "+994 50 555 01 23"
    qtbot.waitUntil(lambda: board.text() == "", timeout=3000)


def test_clipboard_left_alone_when_user_copied_something_else(
    window: MainWindow, qtbot: Any
) -> None:
    board = QApplication.clipboard()
    window.clipboard.copy("secret", 1)
    board.setText("the user's own text")
    qtbot.wait(1300)
    assert board.text() == "the user's own text"


def test_clipboard_cleared_on_lock(window: MainWindow, qtbot: Any) -> None:
    board = QApplication.clipboard()
    window.clipboard.copy("secret", 60)
    window.lock()
    assert board.text() == ""


def test_discreet_mode(window: MainWindow, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: window.diary.model.rowCount() == 1, timeout=3000)
    window.diary.table.selectRow(0)
    assert window.diary.current_id() is not None
    dialog = _settings_dialog(window, qtbot)
    dialog.discreet.setChecked(True)
    with qtbot.waitSignal(dialog.applied, timeout=2000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert window.windowTitle() == "Notes"
    assert TITLE not in window.windowTitle()
    window.lock()
    assert window.windowTitle() == "Notes"  # the locked state is not announced either
    assert settings_store.load(window.home).discreet_mode is True
    # A new start keeps it.
    again = MainWindow(window.home)
    qtbot.addWidget(again)
    assert again.windowTitle() == "Notes"


def test_settings_persist_and_reload(window: MainWindow, qtbot: Any) -> None:
    dialog = _settings_dialog(window, qtbot)
    dialog.auto_lock.setValue(12)
    dialog.clipboard.setValue(45)
    dialog.panic_buttons["hold"].setChecked(True)
    dialog.wipe_after.setValue(7)
    with qtbot.waitSignal(dialog.applied, timeout=2000):
        dialog.save()
    # The window's own object changed in place, and the idle timer follows it.
    assert window.settings.auto_lock_minutes == 12
    assert window.settings.panic_mode == "hold"
    assert window.inactivity._ms == 12 * 60_000
    saved = settings_store.load(window.home)
    assert (saved.auto_lock_minutes, saved.clipboard_clear_seconds) == (12, 45)
    assert (saved.panic_mode, saved.wipe_after_failures, saved.failed_unlocks) == ("hold", 7, 0)
    # A new dialog (and a new start) shows what was saved.
    fresh = SettingsDialog(window.home, settings_store.load(window.home), None)
    qtbot.addWidget(fresh)
    assert fresh.auto_lock.value() == 12
    assert fresh.clipboard.value() == 45
    assert fresh.panic_buttons["hold"].isChecked()
    assert fresh.wipe_after.value() == 7
    assert not fresh.wipe_after_warning.isHidden()


def test_cancel_changes_nothing(window: MainWindow, qtbot: Any) -> None:
    before = settings_store.load(window.home)
    dialog = _settings_dialog(window, qtbot)
    dialog.auto_lock.setValue(99)
    dialog.discreet.setChecked(True)
    dialog.reject()
    assert window.settings.auto_lock_minutes == before.auto_lock_minutes
    assert settings_store.load(window.home) == before
    assert window.windowTitle() != "Notes"


def test_auto_lock_never_warns_and_turns_the_timer_off(window: MainWindow, qtbot: Any) -> None:
    dialog = _settings_dialog(window, qtbot)
    assert not dialog.auto_lock_warning.isVisible()
    dialog.auto_lock.setValue(0)
    assert dialog.auto_lock_warning.isVisible()
    assert dialog.auto_lock.text() == "Never"
    dialog.save()
    assert window.settings.auto_lock_minutes == 0
    assert not window.inactivity._timer.isActive()


def test_stale_failure_count_is_not_written_back(window: MainWindow, qtbot: Any) -> None:
    """A count the window loaded before unlocking must not come back on save."""
    window.settings.failed_unlocks = 2  # as loaded before a successful unlock reset it
    dialog = _settings_dialog(window, qtbot)
    dialog.save()
    assert settings_store.load(window.home).failed_unlocks == 0


def test_wipe_after_wrong_passphrases_is_armed(window: MainWindow, qtbot: Any) -> None:
    dialog = _settings_dialog(window, qtbot)
    dialog.wipe_after.setValue(2)
    dialog.save()
    window.lock()
    home = window.home
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, "wrong one")
    assert (home / "vault.key").exists()
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, "wrong two")
    assert not (home / "vault.key").exists()


def test_duress_passphrase_set_and_used(window: MainWindow, qtbot: Any) -> None:
    dialog = _settings_dialog(window, qtbot)
    dialog.tabs.setCurrentIndex(1)
    assert not dialog.duress_set.isEnabled()
    dialog.duress1.setText("blue tram seven over the hill")
    dialog.duress2.setText("blue tram seven over the hilm")
    assert not dialog.duress_set.isEnabled()  # the two differ
    dialog.duress2.setText("blue tram seven over the hill")
    assert dialog.duress_set.isEnabled()
    dialog.duress_set.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.duress_message.objectName() == "good", dialog.duress_message.text()
    assert dialog.duress1.text() == ""
    window.lock()
    # Typed at unlock, it opens an empty diary: the old incidents are gone for good.
    empty = unlock_vault(window.home, "blue tram seven over the hill")
    try:
        assert IncidentStore(empty).count() == 0
    finally:
        empty.lock()
    with pytest.raises(WrongPassphraseError):
        unlock_vault(window.home, PASSPHRASE)


def test_duress_passphrase_must_differ(window: MainWindow, qtbot: Any) -> None:
    dialog = _settings_dialog(window, qtbot)
    dialog.duress1.setText(PASSPHRASE)
    dialog.duress2.setText(PASSPHRASE)
    dialog.set_duress()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.duress_message.objectName() == "errorText"
    assert dialog.duress1.text() == PASSPHRASE  # kept, so it can be corrected


def test_duress_passphrase_removed(window: MainWindow, qtbot: Any) -> None:
    dialog = _settings_dialog(window, qtbot)
    dialog.duress1.setText("blue tram seven over the hill")
    dialog.duress2.setText("blue tram seven over the hill")
    dialog.set_duress()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    Dialogs.next_answers.append(True)
    dialog.clear_duress()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.duress_message.objectName() == "good"
    window.lock()
    with pytest.raises(WrongPassphraseError):
        unlock_vault(window.home, "blue tram seven over the hill")
    unlock_vault(window.home, PASSPHRASE).lock()


def test_settings_dialog_closes_on_lock(window: MainWindow, qtbot: Any) -> None:
    dialog = _settings_dialog(window, qtbot)
    dialog.duress1.setText("typed but not set")
    window.lock()
    assert not dialog.isVisible()


def test_language_applies_at_once(window: MainWindow, qtbot: Any) -> None:
    from ui.translations import install_language

    try:
        dialog = _settings_dialog(window, qtbot)
        dialog.language.setCurrentIndex(dialog.language.findData("az"))
        dialog.save()
        assert settings_store.load(window.home).language == "az"
        # Windows already open switch too: the toolbar, the search field, the unlock page.
        assert window.act_lock.text() == "Kilidlə"
        assert window.act_panic.text() == "Təcili silmə"
        assert window.diary.search.placeholderText().startswith("Gündəlikdə axtar")
        assert window.unlock_page.button.text() == "Kilidi aç"
        dialog = _settings_dialog(window, qtbot)
        assert dialog.windowTitle() == "Parametrlər"
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        dialog.save()
        assert window.act_lock.text() == "Заблокировать"
        assert window.unlock_page.button.text() == "Разблокировать"
        dialog = _settings_dialog(window, qtbot)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.save()
        assert window.act_lock.text() == "Lock"
        assert window.unlock_page.button.text() == "Unlock"
        window.lock()
        assert window.windowTitle() == "Quire — locked"
    finally:
        install_language("en")
