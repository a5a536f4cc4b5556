"""The panic button in each mode: ask first, hold for two seconds, immediate. Afterwards no
vault file remains, the window shows the first-run page, and other windows are gone."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app import settings as settings_store
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui import panic
from ui.dialogs import Dialogs
from ui.main_window import MainWindow
from ui.panic import HoldToWipeDialog

pytestmark = pytest.mark.gui


def _window(qtbot: Any, home: Path, mode: str) -> MainWindow:
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    incident = IncidentStore(vault).create(
        IncidentRecord.from_dict(
            {"title": "Blackmail DMs from @nurlan_x", "occurred_at": "2024-06-01"}
        )
    )
    EvidenceStore(vault).import_stream(incident, io.BytesIO(b"\x89PNG fake screenshot"), "dm.png")
    vault.lock()
    settings_store.save(home, settings_store.Settings(panic_mode=mode))
    w = MainWindow(home)
    qtbot.addWidget(w)
    w.show()
    w.unlock_page.passphrase.setText(PASSPHRASE)
    w.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
    return w


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    made: list[MainWindow] = []

    def make(mode: str) -> MainWindow:
        w = _window(qtbot, tmp_path / "vault", mode)
        made.append(w)
        return w

    yield make
    for w in made:
        w.lock()


def _wiped(w: MainWindow) -> bool:
    home = w.home
    left = sorted(p.name for p in home.iterdir()) if home.exists() else []
    return (
        not left
        and w.vault is None
        and w.stack.currentWidget() is w.welcome
        and not w.act_panic.isEnabled()
    )


def test_confirm_mode_asks_once(make_window: Any, qtbot: Any) -> None:
    w = make_window("confirm")
    Dialogs.next_answers.append(False)
    w.act_panic.trigger()
    assert w.vault is not None and (w.home / "vault.key").exists()  # "No" wipes nothing
    Dialogs.next_answers.append(True)
    w.act_panic.trigger()
    assert w.vault is None and w.stack.currentWidget() is w.welcome  # the diary is gone at once
    qtbot.waitUntil(lambda: _wiped(w), timeout=5000)
    assert panic.key_destroyed_ms is not None and panic.key_destroyed_ms < 200
    assert panic.last_report is not None and panic.last_report.key_destroyed


def test_hold_mode_wipes_after_holding(
    make_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(HoldToWipeDialog, "hold_ms", 150)
    w = make_window("hold")
    w.panic()
    dialog = w.findChild(HoldToWipeDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mousePress(dialog.hold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _wiped(w), timeout=5000)


def test_hold_mode_letting_go_early_cancels(
    make_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(HoldToWipeDialog, "hold_ms", 5000)
    w = make_window("hold")
    w.panic()
    dialog = w.findChild(HoldToWipeDialog)
    assert dialog is not None
    qtbot.mousePress(dialog.hold_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert dialog.timer.isActive()
    qtbot.mouseRelease(dialog.hold_button, Qt.MouseButton.LeftButton)
    assert not dialog.timer.isActive()
    assert "nothing was wiped" in dialog.status.text()
    assert w.vault is not None and (w.home / "vault.key").exists()
    dialog.reject()


def test_hold_mode_space_bar(make_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(HoldToWipeDialog, "hold_ms", 150)
    w = make_window("hold")
    w.panic()
    dialog = w.findChild(HoldToWipeDialog)
    assert dialog is not None
    dialog.hold_button.setFocus()
    qtbot.keyPress(dialog.hold_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _wiped(w), timeout=5000)


def test_immediate_mode_by_shortcut(make_window: Any, qtbot: Any) -> None:
    w = make_window("immediate")
    qtbot.keyClick(
        w,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _wiped(w), timeout=5000)
    assert panic.key_destroyed_ms is not None and panic.key_destroyed_ms < 200


def test_other_windows_are_thrown_away(make_window: Any, qtbot: Any) -> None:
    from ui.timeline import TimelineDialog

    w = make_window("immediate")
    w.show_timeline()
    qtbot.waitUntil(lambda: w.findChild(TimelineDialog) is not None)
    w.panic()
    qtbot.waitUntil(lambda: _wiped(w), timeout=5000)
    qtbot.waitUntil(lambda: w.findChild(TimelineDialog) is None, timeout=2000)


def test_a_new_diary_can_be_made_after_a_wipe(make_window: Any, qtbot: Any) -> None:
    w = make_window("immediate")
    w.panic()
    qtbot.waitUntil(lambda: _wiped(w), timeout=5000)
    assert w.welcome.isEnabled()
    vault, _ = Vault.create(w.home, "new start words", kdf=INSECURE_TEST_PARAMS)
    try:
        assert IncidentStore(vault).count() == 0
    finally:
        vault.lock()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_panic_button_stays_on_screen(make_window: Any, qtbot: Any, lang: str) -> None:
    """A narrow window or a longer language folds other actions away, never Lock or Panic."""
    from ui.retranslate import retranslate_open_windows
    from ui.translations import install_language

    w = make_window("confirm")
    try:
        install_language(lang)
        retranslate_open_windows("en", lang)
        w.apply_settings()
        w.resize(900, 700)
        qtbot.wait(50)
        for action in (w.act_lock, w.act_panic):
            button = w.safety_toolbar.widgetForAction(action)
            assert button is not None and button.isVisible()
            right = button.mapTo(w, button.rect().topRight()).x()
            assert right <= w.width()
        assert w.act_panic.text() == ("Panic wipe" if lang == "en" else "Экстренное удаление")
    finally:
        install_language("en")


def test_panic_works_while_locked(qtbot: Any, tmp_path: Path) -> None:
    """No passphrase is needed: from the unlock page, the button and the shortcut wipe."""
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault
    from ui.main_window import MainWindow

    home = tmp_path / "locked"
    Vault.create(home, "pw", kdf=INSECURE_TEST_PARAMS)[0].lock()
    win = MainWindow(home)
    qtbot.addWidget(win)
    win.show()
    assert win.stack.currentWidget() is win.unlock_page
    assert win.act_panic.isEnabled()
    Dialogs.next_answers.append(True)  # "Destroy the diary on this computer now?" — yes
    win.unlock_page.panic_button.click()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.welcome, timeout=10_000)
    qtbot.waitUntil(lambda: not (home / "vault.key").exists(), timeout=10_000)
    assert not (home / "diary.db").exists()
