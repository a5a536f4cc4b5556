"""Auto-lock: one application-wide event filter notices input; a timer locks when idle."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class InactivityLock(QObject):
    def __init__(self, on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_idle = on_idle
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        QApplication.instance().installEventFilter(self)

    def set_timeout_ms(self, ms: int) -> None:
        """0 turns auto-lock off."""
        self._ms = ms
        self.poke()

    def poke(self) -> None:
        if getattr(self, "_ms", 0) > 0:
            self._timer.start(self._ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        self._on_idle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start(self._ms)
        return False
