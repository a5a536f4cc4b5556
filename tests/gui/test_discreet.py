"""Discreet mode (issue #12, "A cover that holds"): neutral titles on every window, a
neutral lock screen, no backup banner, titles masked until selected, and one key (F12)
that hides everything at once with drafts kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app.access import unlock_vault
from app.incidents.drafts import DraftStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.discreet import HIDE_KEY, MASKED_TITLE
from ui.editor.incident_editor import IncidentEditor
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

TITLES = ["Threat in a comment under my post", "Car followed me home from the office"]


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    home = tmp_path / "vault"
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    for i, title in enumerate(TITLES):
        IncidentStore(vault).create(
            IncidentRecord.from_dict({"title": title, "occurred_at": f"2025-0{i + 1}-08"})
        )
    vault.lock()
    w = MainWindow(home)
    qtbot.addWidget(w)
    w.show()
    _unlock(w, qtbot)
    yield w
    for other in QApplication.topLevelWidgets():
        if other is not w and other.isVisible():
            other.close()
    w.lock()


def _unlock(w: MainWindow, qtbot: Any) -> None:
    w.unlock_page.passphrase.setText(PASSPHRASE)
    w.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
    qtbot.waitUntil(lambda: w.diary.model.rowCount() == len(TITLES), timeout=5000)


def _set(
    w: MainWindow, qtbot: Any, *, discreet: bool | None = None, mask: bool | None = None
) -> None:
    w.open_settings()
    dialog = w.findChild(SettingsDialog)
    assert dialog is not None
    if discreet is not None:
        dialog.discreet.setChecked(discreet)
    if mask is not None:
        dialog.mask_titles.setChecked(mask)
    with qtbot.waitSignal(dialog.applied, timeout=2000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def _open_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _visible_texts(root: QWidget) -> str:
    """The words a person sees on ``root``: labels and buttons in view."""
    widgets = [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]
    return " ".join(w.text() for w in widgets if w.isVisibleTo(root))


def test_every_window_has_the_neutral_title(window: MainWindow, qtbot: Any) -> None:
    _set(window, qtbot, discreet=True)
    window.diary.table.selectRow(0)
    window.new_incident()
    window.open_settings()
    window.show_timeline()
    window.show_chats()
    window.export_bundle()
    window.backup()
    window.open_bundle()
    qtbot.wait(50)
    shown = _open_windows()
    assert len(shown) >= 8
    assert {w.windowTitle() for w in shown} == {"Notes"}, [
        (type(w).__name__, w.windowTitle()) for w in shown
    ]
    # A window retitling itself later (the editor after a save, a wizard page) stays neutral.
    editor = next(w for w in shown if isinstance(w, IncidentEditor))
    editor.setWindowTitle("Edit incident — " + TITLES[0])
    assert editor.windowTitle() == "Notes"
    # Off again: each window gets its own title back.
    _set(window, qtbot, discreet=False)
    assert window.windowTitle().startswith("Quire")
    assert editor.windowTitle() == "Edit incident — " + TITLES[0]


def test_without_discreet_mode_titles_are_the_windows_own(window: MainWindow, qtbot: Any) -> None:
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.windowTitle() != "Notes"
    assert window.windowTitle() == "Quire"


def test_the_lock_screen_is_neutral(window: MainWindow, qtbot: Any) -> None:
    window.lock()
    page = window.unlock_page
    assert "Quire" in page.title.text() and page.panic_button.isVisibleTo(page)
    _unlock(window, qtbot)
    _set(window, qtbot, discreet=True)
    window.lock()
    texts = _visible_texts(page)
    assert "Quire" not in texts and "diary" not in texts.lower() and "panic" not in texts.lower()
    assert not page.panic_button.isVisibleTo(page)
    assert not page.recovery_box.isVisibleTo(page)  # "this diary was moved" in az
    assert window.windowTitle() == "Notes"
    # The panic shortcut still works while locked (it is only out of sight).
    assert window.act_panic.isEnabled()


def test_no_backup_banner_in_discreet_mode(window: MainWindow, qtbot: Any) -> None:
    assert window.settings.last_backup_at is None
    assert window.backup_reminder.isVisibleTo(window)  # "no backup yet"
    _set(window, qtbot, discreet=True)
    assert not window.backup_reminder.isVisibleTo(window)
    _set(window, qtbot, discreet=False)
    assert window.backup_reminder.isVisibleTo(window)


def test_titles_masked_until_selected(window: MainWindow, qtbot: Any) -> None:
    model = window.diary.model

    def shown() -> list[str]:
        return [model.index(r, 1).data() for r in range(model.rowCount())]

    assert sorted(shown()) == sorted(TITLES)
    _set(window, qtbot, mask=True)
    assert shown() == [MASKED_TITLE, MASKED_TITLE]
    spoken = model.index(0, 1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken and spoken not in TITLES
    window.diary.table.selectRow(1)
    picked = model.summary(1)
    assert picked is not None
    assert shown()[1] == picked.title and shown()[0] == MASKED_TITLE
    window.diary.table.selectRow(0)
    assert shown()[1] == MASKED_TITLE and shown()[0] in TITLES
    # A setting of its own: discreet mode is off, and the list stays masked after a lock.
    assert not window.settings.discreet_mode
    window.lock()
    _unlock(window, qtbot)
    assert MASKED_TITLE in shown()


def test_one_key_hides_everything_and_keeps_the_draft(window: MainWindow, qtbot: Any) -> None:
    assert HIDE_KEY == "F12"
    assert window.act_hide in window.menu_file.actions()
    assert "F12" in window.act_hide.toolTip()
    window.new_incident()
    editor = window.findChild(IncidentEditor)
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.form.title.setText("half-written: the man at the bus stop")
    window.show_timeline()
    window.open_bundle()
    stray = QWidget()  # a window that locking does not close (a help page, say)
    qtbot.addWidget(stray)
    stray.setWindowTitle("Quire help")
    stray.show()
    qtbot.keyClick(editor, Qt.Key.Key_F12)  # from whichever window has the focus
    assert window.vault is None
    assert _open_windows() == [window]
    assert window.windowTitle() == "Notes"  # discreet mode is off, the screen neutral
    assert not window.unlock_page.panic_button.isVisibleTo(window)
    assert "Quire" not in _visible_texts(window.unlock_page)
    # The draft is kept (auto-lock's way); the next unlock gives Quire its name back.
    with unlock_vault(window.home, PASSPHRASE) as v:
        drafts = [json.dumps(d.fields, ensure_ascii=False) for d in DraftStore(v).list()]
    assert len(drafts) == 1 and "the man at the bus stop" in drafts[0]
    from ui.dialogs import Dialogs

    Dialogs.next_answers += [False, False]  # not now, and keep it
    _unlock(window, qtbot)
    assert window.windowTitle() == "Quire"
    window.lock()
    assert window.unlock_page.panic_button.isVisibleTo(window.unlock_page)


def test_settings_show_the_key(window: MainWindow, qtbot: Any) -> None:
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    assert any("F12" in label.text() for label in dialog.findChildren(QLabel))
