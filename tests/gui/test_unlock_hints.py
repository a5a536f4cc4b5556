"""The unlock screen with "wipe after N": the keyboard, the alphabet typed and Caps Lock in
view, the optional last-attempt warning, and the first-run page after a wipe by failures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app import settings as settings_store
from app.unlock_hints import (
    SCRIPT_AZ,
    SCRIPT_CYRILLIC,
    SCRIPT_LATIN,
    attempts_left,
    caps_lock_from_letter,
    script_of,
    warn_last_attempt,
)
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from app.wipe import set_wipe_after_failures
from tests.conftest import PASSPHRASE
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def test_alphabet_and_caps_lock_from_letters() -> None:
    assert script_of("ж") == SCRIPT_CYRILLIC
    assert script_of("ə") == script_of("ı") == SCRIPT_AZ
    assert script_of("q") == SCRIPT_LATIN
    assert script_of("7") is None and script_of(".") is None
    assert caps_lock_from_letter("A", shift=False) is True
    assert caps_lock_from_letter("a", shift=True) is True
    assert caps_lock_from_letter("Ж", shift=True) is False
    assert caps_lock_from_letter("1", shift=False) is None


def _vault(tmp_path: Path, wipe_after: int, warn: bool) -> Path:
    home = tmp_path / "vault"
    Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0].lock()
    prefs = settings_store.load(home)
    prefs.warn_before_last_attempt = warn
    settings_store.save(home, prefs)
    set_wipe_after_failures(home, wipe_after)
    return home


def _type(widget: Any, text: str, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, mods, char))


def _wrong(window: MainWindow, qtbot: Any) -> None:
    page = window.unlock_page
    page.passphrase.setText("wrong passphrase")
    page.try_unlock()
    qtbot.waitUntil(lambda: page.button.isEnabled(), timeout=10_000)


def test_keyboard_alphabet_and_caps_lock_are_shown(qtbot: Any, tmp_path: Path) -> None:
    window = MainWindow(_vault(tmp_path, 3, warn=False))
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    assert "Keyboard:" in page.keyboard.text() and "Caps Lock" in page.keyboard.text()
    _type(page.passphrase, "A")  # upper case without Shift
    assert "CAPS LOCK IS ON" in page.keyboard.text()
    assert "Latin letters" in page.keyboard.text()
    _type(page.passphrase, "жё")
    assert "Cyrillic letters" in page.keyboard.text()
    assert "Caps Lock is off" in page.keyboard.text()
    assert page.passphrase.text() == "Aжё"  # the filter watches, the field still types


def test_last_attempt_warning_only_when_asked(qtbot: Any, tmp_path: Path) -> None:
    home = _vault(tmp_path, 3, warn=True)
    window = MainWindow(home)
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    assert page.last_attempt.isHidden()
    _wrong(window, qtbot)
    assert attempts_left(home) == 2 and page.last_attempt.isHidden()
    _wrong(window, qtbot)
    assert attempts_left(home) == 1 and warn_last_attempt(home)
    assert not page.last_attempt.isHidden()

    other = _vault(tmp_path / "other", 2, warn=False)
    quiet = MainWindow(other)
    qtbot.addWidget(quiet)
    quiet.show()
    _wrong(quiet, qtbot)
    assert attempts_left(other) == 1 and quiet.unlock_page.last_attempt.isHidden()


def test_after_a_wipe_by_failures_the_first_run_page(qtbot: Any, tmp_path: Path) -> None:
    home = _vault(tmp_path, 2, warn=False)
    window = MainWindow(home)
    qtbot.addWidget(window)
    window.show()
    _wrong(window, qtbot)
    assert window.stack.currentWidget() is window.unlock_page
    _wrong(window, qtbot)  # the second wipes the diary
    assert not (home / "vault.key").exists()
    assert window.stack.currentWidget() is window.welcome
    assert window.unlock_page.message.text() == ""


def test_settings_offer_the_warning_with_its_trade_off(qtbot: Any, tmp_path: Path) -> None:
    home = _vault(tmp_path, 0, warn=False)
    dialog = SettingsDialog(home, settings_store.load(home), None)
    qtbot.addWidget(dialog)
    assert not dialog.warn_last.isEnabled()  # nothing to warn about without the wipe
    assert "someone who wants it gone" in dialog.warn_last_hint.text()
    dialog.wipe_after.setValue(3)
    assert dialog.warn_last.isEnabled()
    dialog.warn_last.setChecked(True)
    dialog.save()
    saved = settings_store.load(home)
    assert saved.warn_before_last_attempt and saved.wipe_after_failures == 3
