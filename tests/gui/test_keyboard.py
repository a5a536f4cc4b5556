"""Keyboard-only use: unlock, find an incident and open it without the mouse."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMenu, QWidget

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


def _describe(w: QWidget | None) -> str:
    if w is None:
        return "nothing"
    text = w.text() if isinstance(w, (QAbstractButton, QLabel, QLineEdit)) else ""
    return f"{type(w).__name__}({w.objectName() or '-'}) {text[:30]!r}"


def _tab_stops(window: QWidget) -> list[QWidget]:
    """What Tab should reach: every visible, enabled control of the window that takes focus
    by Tab (a control that hands its focus to another counts as that other one)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.window() is window
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


# A date field takes a Tab per part (year, month, day) before it hands focus on: that is
# moving, not a trap. A list that kept Tab for its cells needed 120 presses.
PRESSES_IN_ONE_WIDGET = 8


def walk_focus(window: QWidget, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from the focused control until focus comes back to it; fail
    if it stays in one widget or goes round a smaller circle that never comes back."""
    from PySide6.QtTest import QTest

    start = QApplication.focusWidget()
    stops = _tab_stops(window)
    if start not in stops:  # none yet, or one that Tab does not stop at (a click target)
        assert stops, "nothing on this screen takes the keyboard focus"
        stops[0].setFocus(Qt.FocusReason.TabFocusReason)
        start = QApplication.focusWidget()
    assert start is not None
    seen: list[QWidget] = [start]
    same = 0
    for _ in range(400):
        here = QApplication.focusWidget()
        QTest.keyClick(here, key)
        QApplication.processEvents()
        there = QApplication.focusWidget()
        if there is start:
            return seen
        if there is here:
            same += 1
            assert same <= PRESSES_IN_ONE_WIDGET, f"Tab is trapped in {_describe(here)}"
            continue
        same = 0
        assert there not in seen, (
            f"Tab goes round in a circle from {_describe(here)} back to {_describe(there)} "
            f"and never returns to {_describe(start)}"
        )
        assert there is not None and there.window() is window, f"focus left to {there}"
        seen.append(there)
    raise AssertionError("Tab never came back to where it started")


def _accessible_name(w: QWidget) -> str:
    """What a screen reader announces (the control's name, its text or its label's)."""
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_tab_walks_every_screen(qtbot: Any, tmp_path: Path, lang: str) -> None:
    """On every screen Tab and Shift+Tab go round every control and come back, nothing
    traps them, and each control they stop at has a name a screen reader can say."""
    from tests.gui.screen_fit import screens, settle
    from ui.translations import install_language

    install_language(lang)
    try:
        problems: list[str] = []
        for name, window in screens(tmp_path, lang):
            window.activateWindow()
            qtbot.waitUntil(lambda w=window: QApplication.activeWindow() is w, timeout=5000)
            settle()
            try:
                forward = walk_focus(window)
                backward = walk_focus(window, Qt.Key.Key_Backtab)
            except AssertionError as exc:
                problems.append(f"{name}: {exc}")
                continue
            for w in _tab_stops(window):
                if w not in forward or w not in backward:
                    problems.append(f"{name}: Tab never reaches {_describe(w)}")
            for w in forward:
                if not _accessible_name(w):
                    problems.append(f"{name}: {_describe(w)} has no accessible name")
            if name == "main window":  # the panes, by name: the issue's own complaint
                d = window.diary
                panes = {"search": d.search, "incident list": d.table, "details": d.detail}
                panes["evidence"] = window.evidence.pages.currentWidget()
                for pane, widget in panes.items():
                    if widget not in forward:
                        problems.append(f"main window: Tab misses the {pane} pane")
        assert not problems, "\n".join(problems)
    finally:
        install_language("en")


@pytest.mark.gui
def test_tab_from_the_search_box_leaves_the_incident_list(qtbot: Any, home: Path) -> None:
    vault, _ = Vault.create(home, "pw", kdf=INSECURE_TEST_PARAMS)
    for title in ("Threat by phone", "Smear on TV", "Fake advert"):
        IncidentStore(vault).create(IncidentRecord.from_dict({"title": title}))
    vault.lock()
    win = MainWindow(home)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    win.unlock_page.passphrase.setText("pw")
    win.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: win.diary.model.rowCount() == 3, timeout=10_000)
    win.diary.search.setFocus()
    reached_table = False
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached_table = reached_table or QApplication.focusWidget() is win.diary.table
        if reached_table and QApplication.focusWidget() is not win.diary.table:
            break
    else:
        pytest.fail(f"Tab stays in the incident list (reached it: {reached_table})")
    assert win.diary.detail.isAncestorOf(QApplication.focusWidget()) or (
        QApplication.focusWidget() is win.diary.detail
    )
    # Ctrl+F comes back to the search box from anywhere in the window.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is win.diary.search


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_every_action_is_in_the_menu_with_its_shortcut_shown(
    qtbot: Any, home: Path, lang: str
) -> None:
    from ui.translations import install_language

    install_language(lang)
    try:
        win = MainWindow(home)
        qtbot.addWidget(win)
        bar = win.menuBar()
        in_menus: set[QAction] = set()
        for title_action in bar.actions():
            assert "&" in title_action.text(), f"menu {title_action.text()!r} has no mnemonic"
            menu = title_action.menu()
            assert isinstance(menu, QMenu)
            in_menus.update(a for a in menu.actions() if not a.isSeparator())
        letters = [a.text()[a.text().index("&") + 1].casefold() for a in bar.actions()]
        assert len(set(letters)) == len(letters), f"two menus share a mnemonic: {letters}"
        for action in win.actions():
            name = action.objectName()
            assert action.text(), name
            assert action in in_menus, f"{name} is not in the menu bar"
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert keys, f"{name} has no shortcut"
            assert keys in action.toolTip(), f"{name}'s tool tip does not show {keys}"
        # The menu shows the shortcut beside the text: Qt draws it from the action's shortcut.
        shortcuts = [a.shortcut().toString() for a in win.actions()]
        assert len(set(shortcuts)) == len(shortcuts), f"a shortcut is used twice: {shortcuts}"
    finally:
        install_language("en")


@pytest.mark.gui
@pytest.mark.parametrize(
    ("lang", "spoken"),
    [("en", "severity 4 of 5, severe"), ("ru", "серьёзность 4 из 5, тяжёлая")],
)
def test_severity_is_read_as_words(qtbot: Any, vault: Any, lang: str, spoken: str) -> None:
    from ui.diary.incident_model import IncidentListModel
    from ui.translations import install_language

    IncidentStore(vault).create(IncidentRecord.from_dict({"title": "Threat", "severity": 4}))
    IncidentStore(vault).create(IncidentRecord.from_dict({"title": "Note"}))
    install_language(lang)
    try:
        model = IncidentListModel()
        model.set_store(IncidentStore(vault))
        rows = {model.data(model.index(r, 1)): r for r in range(model.rowCount())}
        severity = model.index(rows["Threat"], 3)
        assert model.data(severity) == "●●●●"  # what the eye sees
        assert model.data(severity, Qt.ItemDataRole.AccessibleTextRole) == spoken
        unset = model.index(rows["Note"], 3)
        assert model.data(unset, Qt.ItemDataRole.AccessibleTextRole)  # never silent
    finally:
        install_language("en")


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_the_guides_keyboard_section_names_real_shortcuts(
    qtbot: Any, home: Path, lang: str
) -> None:
    import re

    from app.user_guide import guide_text

    win = MainWindow(home)
    qtbot.addWidget(win)
    shortcuts = [a.shortcut() for a in win.actions()]
    section = guide_text(lang).split("\n## 8.", 1)[1]
    named = re.findall(r"\*\*((?:Ctrl|F\d)[^*]*)\*\*", section)
    assert len(named) >= 9, named
    for keys in named:
        assert QKeySequence(keys) in shortcuts, f"the guide ({lang}) names {keys}: no action"
