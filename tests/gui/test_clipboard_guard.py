"""Every copy out of the diary goes through Quire's clipboard guard (ui/clipboard.py).

Ctrl+C and the context menu's Copy in the editor's fields, the detail view, the incident
list and a selectable label all end on the system clipboard marked secret for clipboard
managers, are cleared on the timer, on lock and by the panic wipe. A screenshot pasted
into an incident is taken off the clipboard once stored (a setting, on by default).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from app import settings as settings_store
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.clipboard import KDE_HINT, SECRET_HINTS, Clipboard
from ui.dialogs import Dialogs
from ui.editor.incident_editor import IncidentEditor
from ui.labels import plain_label
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

TITLE = "Threat from @nurlan_x"
NARRATIVE = "He wrote that he knows where my daughter goes to school."


def _board_mime() -> QMimeData:
    mime = QApplication.clipboard().mimeData()
    assert mime is not None
    return mime


def _is_empty() -> bool:
    mime = QApplication.clipboard().mimeData()
    return mime is None or not mime.formats()


def _assert_marked(expected_text: str) -> None:
    mime = _board_mime()
    assert expected_text in mime.text()
    for fmt, value in SECRET_HINTS.items():
        assert bytes(mime.data(fmt).data()) == value, fmt


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(**settings: Any) -> MainWindow:
        home = tmp_path / f"vault{len(made)}"
        vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
        IncidentStore(vault).create(
            IncidentRecord.from_dict(
                {
                    "title": TITLE,
                    "occurred_at": "2024-06-01",
                    "narrative": NARRATIVE,
                    "location": "Baku, Nizami street",
                }
            )
        )
        vault.lock()
        settings_store.save(home, settings_store.Settings(**settings))
        w = MainWindow(home)
        qtbot.addWidget(w)
        w.show()
        w.unlock_page.passphrase.setText(PASSPHRASE)
        w.unlock_page.try_unlock()
        qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
        qtbot.waitUntil(lambda: w.diary.model.rowCount() == 1, timeout=5000)
        w.diary.table.selectRow(0)
        qtbot.waitUntil(lambda: TITLE in w.diary.detail.toPlainText(), timeout=5000)
        made.append(w)
        return w

    QApplication.clipboard().clear()
    yield make
    for w in made:
        w.lock()
    QApplication.clipboard().clear()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


def _editor(window: MainWindow, qtbot: Any) -> IncidentEditor:
    window.edit_current()
    editor = window.findChild(IncidentEditor)
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


def _ctrl_c(qtbot: Any, widget: QWidget) -> None:
    """What a person does: focus, select all, Ctrl+C."""
    widget.window().activateWindow()
    widget.setFocus()
    if isinstance(widget, QAbstractItemView):
        widget.selectAll()
    elif isinstance(widget, QLabel):
        widget.setSelection(0, len(widget.text()))
    else:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def _content_widgets(window: MainWindow, editor: IncidentEditor) -> list[tuple[QWidget, str]]:
    location = editor.form.location
    return [
        (editor.form.title, TITLE),
        (editor.form.narrative, NARRATIVE),
        (location, "Baku, Nizami street"),
        (window.diary.detail, NARRATIVE),
        (window.diary.table, str(window.diary.table.currentIndex().data())),  # its cell
    ]


def test_ctrl_c_from_each_content_widget_is_marked_and_cleared_on_lock(
    window: MainWindow, qtbot: Any
) -> None:
    editor = _editor(window, qtbot)
    widgets = _content_widgets(window, editor)
    kinds = (QLineEdit, QPlainTextEdit, QTextBrowser, QAbstractItemView)
    assert all(any(isinstance(w, k) for w, _ in widgets) for k in kinds)
    for widget, text in widgets:
        QApplication.clipboard().clear()
        _ctrl_c(qtbot, widget)
        assert not _is_empty(), f"nothing copied from {type(widget).__name__}"
        _assert_marked(text)
    window.lock()
    assert _is_empty()


def test_selectable_label_copy_is_marked(window: MainWindow, qtbot: Any) -> None:
    label = plain_label(NARRATIVE, selectable=True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    window.diary.layout().addWidget(label)
    label.show()
    _ctrl_c(qtbot, label)
    _assert_marked(NARRATIVE)
    window.lock()
    assert _is_empty()


def test_context_menu_copy_is_marked_and_wiped_by_panic(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = make_window(panic_mode="immediate")
    editor = _editor(window, qtbot)
    for widget in (editor.form.title, editor.form.narrative, window.diary.detail):
        QApplication.clipboard().clear()
        widget.selectAll()
        menu = widget.createStandardContextMenu()
        (copy,) = [a for a in menu.actions() if a.objectName() == "edit-copy"]
        assert copy.isEnabled()
        copy.trigger()
        menu.deleteLater()
        assert not _is_empty()
        assert _board_mime().hasFormat(KDE_HINT), type(widget).__name__
    window.panic()
    assert _is_empty()  # at once, before the wipe has finished
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=10_000)


def test_ctrl_c_is_cleared_on_the_timer(make_window: Callable[..., MainWindow], qtbot: Any) -> None:
    window = make_window(clipboard_clear_seconds=1)
    window.diary.detail.selectAll()
    _ctrl_c(qtbot, window.diary.detail)
    _assert_marked(NARRATIVE)
    qtbot.waitUntil(_is_empty, timeout=4000)
    assert window.vault is not None  # the timer did it, not a lock


def test_never_clear_keeps_the_copy_until_lock(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = make_window(clipboard_clear_seconds=0)
    _ctrl_c(qtbot, window.diary.detail)
    qtbot.wait(300)
    _assert_marked(NARRATIVE)
    window.lock()
    assert _is_empty()


def test_guard_keeps_rich_text_and_marks_once(qtbot: Any) -> None:
    """The marked copy holds every format Qt offered (HTML for a rich paste, too)."""
    host = QWidget()
    qtbot.addWidget(host)
    guard = Clipboard(host, lambda: 60)
    edit = QTextEdit(host)
    edit.setHtml("<b>bold</b> words")
    edit.selectAll()
    edit.copy()
    mime = _board_mime()
    assert "text/html" in mime.formats() and "bold" in mime.html()
    assert mime.hasFormat(KDE_HINT)
    guard.clear_ours()
    assert _is_empty()


# -- a pasted screenshot -------------------------------------------------------------------
def _paste_screenshot(window: MainWindow, qtbot: Any) -> QImage:
    shot = QImage(64, 48, QImage.Format.Format_RGB32)
    shot.fill(QColor("#e53935"))
    QApplication.clipboard().setImage(shot)
    Dialogs.next_answers.append({})  # the paste question: nothing more to say
    vault = window.vault
    assert vault is not None
    incident = window.diary.current_id()
    assert incident is not None
    with qtbot.waitSignal(window.evidence.changed, timeout=10_000):
        window.evidence.paste_screenshot()
    assert len(EvidenceStore(vault).list(incident)) == 1
    return shot


def test_pasted_screenshot_leaves_the_clipboard(window: MainWindow, qtbot: Any) -> None:
    assert window.settings.clear_pasted_picture  # on by default
    _paste_screenshot(window, qtbot)
    assert QApplication.clipboard().image().isNull()


def test_pasted_screenshot_stays_when_the_setting_is_off(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = make_window(clear_pasted_picture=False)
    shot = _paste_screenshot(window, qtbot)
    assert QApplication.clipboard().image() == shot


def test_a_newer_copy_is_not_taken_for_the_pasted_screenshot(
    window: MainWindow, qtbot: Any
) -> None:
    from ui.clipboard import forget_pasted_picture

    shot = QImage(8, 8, QImage.Format.Format_RGB32)
    shot.fill(QColor("white"))
    other = QImage(8, 8, QImage.Format.Format_RGB32)
    other.fill(QColor("black"))
    QApplication.clipboard().setImage(other)
    assert not forget_pasted_picture(shot)
    assert QApplication.clipboard().image() == other


def test_settings_dialog_saves_the_pasted_screenshot_choice(window: MainWindow, qtbot: Any) -> None:
    from ui.settings_dialog import SettingsDialog

    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    assert dialog.clear_pasted.isChecked()
    dialog.clear_pasted.setChecked(False)
    dialog.save()
    assert window.settings.clear_pasted_picture is False
    assert settings_store.load(window.home).clear_pasted_picture is False
    window.open_settings()
    again = [d for d in window.findChildren(SettingsDialog) if d is not dialog and d.isVisible()]
    assert again and not again[-1].clear_pasted.isChecked()
    again[-1].close()


def test_quitting_clears_the_copy(window: MainWindow, qtbot: Any) -> None:
    """Windows and macOS keep the clipboard after a program ends: Quire clears it first."""
    window.settings.clipboard_clear_seconds = 0  # never on the timer
    _ctrl_c(qtbot, window.diary.detail)
    _assert_marked(NARRATIVE)
    QApplication.instance().aboutToQuit.emit()
    assert _is_empty()
