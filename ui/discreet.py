"""Discreet mode: nothing on the screen names Quire or what the diary is about.

While it is on (Settings, or for a moment after the hide-everything key) every top-level
window of the program, whoever made it (main window, editor, Chats, export, Settings,
message boxes), is titled "Notes" with a plain notes icon: one application-wide event
filter renames a window when it is shown or retitled, so no window needs to know. The lock
screen is neutral too (ui/pages/unlock.py), the backup banner is hidden, and, as a setting
of its own, incident titles are masked in the list until one is selected.

The hide-everything key (:data:`HIDE_KEY`, F12: one key, the same on every keyboard
layout, that no text field uses) locks the diary the way auto-lock does (open editors keep
their drafts, the other windows close) and shows the neutral lock screen, even with
discreet mode off, until the next unlock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from app.i18n import QT_TRANSLATE_NOOP

HIDE_KEY = "F12"
_HIDE_QT_KEY = Qt.Key.Key_F12
NEUTRAL_TITLE = QT_TRANSLATE_NOOP("discreet", "Notes")
MASKED_TITLE = "••••••"
_REAL_TITLE = "quireRealTitle"  # the window's own title, kept to restore it


def neutral_title() -> str:
    """The word "Notes" in the person's language."""
    return QCoreApplication.translate("discreet", NEUTRAL_TITLE)


class NeutralWindows(QObject):
    """The application-wide filter that keeps every window's title and icon neutral."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False
        self._busy = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_active(self, on: bool) -> None:
        """Rename every open window now (or give each its own title back)."""
        if on == self.active:
            return
        self.active = on
        for window in QApplication.topLevelWidgets():
            if on:
                self._neutralize(window)
            else:
                self._restore(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            self.active
            and not self._busy
            and kind in (QEvent.Type.Show, QEvent.Type.WindowTitleChange)
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self._neutralize(watched)
        return False

    def _neutralize(self, window: QWidget) -> None:
        from ui.theme import neutral_icon

        title = window.windowTitle()
        if title == neutral_title():
            return
        self._busy = True
        try:
            window.setProperty(_REAL_TITLE, title)
            window.setWindowTitle(neutral_title())
            window.setWindowIcon(neutral_icon())
        finally:
            self._busy = False

    def _restore(self, window: QWidget) -> None:
        from ui.theme import app_icon

        if not isValid(window):
            return
        real = window.property(_REAL_TITLE)
        if isinstance(real, str):
            self._busy = True
            try:
                window.setWindowTitle(real)
                window.setWindowIcon(app_icon())
            finally:
                self._busy = False


class HideKey(QObject):
    """F12 from any window of the program, a modal dialog's included (Qt holds back the
    main window's shortcuts while a modal dialog is open): one application-wide filter
    takes the key before any widget or shortcut does and calls ``trigger`` once."""

    def __init__(self, trigger: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._trigger = trigger
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or event.key() != _HIDE_QT_KEY:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        event.accept()  # no widget and no shortcut sees it
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
            self._trigger()
        return True
