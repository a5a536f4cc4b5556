"""Keyboard-only use: unlock, find an incident and open it without the mouse."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from ui.editor.incident_editor import IncidentEditor
from ui.main_window import MainWindow


@pytest.mark.gui
def test_unlock_search_and_open_by_keyboard(qtbot: Any, home: Path) -> None:
    vault, _ = Vault.create(home, "pw", kdf=INSECURE_TEST_PARAMS)
    IncidentStore(vault).create(IncidentRecord.from_dict({"title": "Threat by phone"}))
    IncidentStore(vault).create(IncidentRecord.from_dict({"title": "Smear on TV"}))
    vault.lock()
    win = MainWindow(home)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    qtbot.waitUntil(lambda: win.unlock_page.passphrase.hasFocus(), timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), "pw")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.vault is not None, timeout=10_000)
    # Type into the search box, then move to the list and open the match with Enter.
    win.diary.search.setFocus()
    qtbot.keyClicks(win.diary.search, "smear")
    qtbot.waitUntil(lambda: win.diary.model.rowCount() == 1, timeout=5000)
    win.diary.table.setFocus()
    qtbot.keyClick(win.diary.table, Qt.Key.Key_Down)
    assert win.diary.current_id() is not None
    qtbot.keyClick(win, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(e.isVisible() for e in win.findChildren(IncidentEditor)), timeout=5000
    )
    (editor,) = [e for e in win.findChildren(IncidentEditor) if e.isVisible()]
    assert editor.form.title.text() == "Smear on TV"
    editor.close()


@pytest.mark.gui
def test_every_toolbar_action_has_a_name_and_shortcut_or_button(qtbot: Any, home: Path) -> None:
    win = MainWindow(home)
    qtbot.addWidget(win)
    for action in win.actions():
        assert action.text(), action.objectName()
    for name in ("newIncident", "lock", "panic", "settings"):
        (action,) = [a for a in win.actions() if a.objectName() == name]
        assert not action.shortcut().isEmpty(), name
