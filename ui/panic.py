"""The panic button: destroy the diary on this computer, now.

``trigger_panic(window)`` follows ``window.settings.panic_mode``: ask once ("confirm"),
wipe when a button is held down for two seconds ("hold"), or wipe without a question
("immediate"). The wipe itself is ``app.wipe.panic_wipe``: it overwrites the key first
(from that moment nothing can be decrypted), then locks the open vault and removes every
file. Nothing slow happens before the key is gone: running tasks are only told to stop,
editors do not save drafts, and the windows showing the diary are thrown away afterwards.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import Dialogs
from ui.worker import cancel_all_and_wait, running_tasks

if TYPE_CHECKING:
    from app.wipe.erase import WipeReport
    from ui.main_window import MainWindow

last_report: WipeReport | None = None  # the last wipe's report
key_destroyed_ms: float | None = None  # the last wipe: from the trigger to the key destroyed


def _t(text: str) -> str:
    return QCoreApplication.translate("Panic", text)


def trigger_panic(window: MainWindow) -> None:
    """Called by the panic button and Ctrl+Shift+Delete."""
    mode = window.settings.panic_mode
    if mode == "immediate":
        wipe_now(window)
    elif mode == "hold":
        existing = window.findChild(HoldToWipeDialog)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return
        dialog = HoldToWipeDialog(window)
        dialog.confirmed.connect(lambda: wipe_now(window))
        dialog.show()
    elif Dialogs.ask(
        window,
        _t("Panic wipe"),
        _t(
            "Destroy the diary on this computer now? This cannot be undone. "
            "Backups kept elsewhere are not affected."
        ),
        danger=True,
    ):
        wipe_now(window)


def wipe_now(window: MainWindow) -> None:
    """Destroy the key, then everything else; show the first-run page."""
    global last_report, key_destroyed_ms
    from app.wipe import panic_wipe
    from app.wipe.erase import WipeError

    started = time.perf_counter()
    for task in running_tasks():
        task.cancel()  # only a flag: nothing here waits before the key is gone
    vault = window.vault
    error: str | None = None
    before_wipe = time.perf_counter() - started
    try:
        last_report = panic_wipe(window.home, open_vaults=[vault] if vault is not None else [])
    except WipeError as exc:
        last_report = exc.report
        error = str(exc)
    except OSError as exc:  # not even the tombstone could be made (read-only folder)
        last_report = None
        if vault is not None:
            vault.lock()
        error = _t("The diary could not be wiped: {error}").format(error=exc.strerror or exc)
    if last_report is not None:
        key_destroyed_ms = (before_wipe + last_report.seconds_to_key_destroyed) * 1000
    window.vault = None
    _discard_windows(window)
    window.clipboard.clear_ours()
    cancel_all_and_wait(2_000)
    window.after_wipe()
    if error is not None:
        Dialogs.inform(window, _t("Panic wipe"), error, error=True)


def _discard_windows(window: MainWindow) -> None:
    """Throw away every other window of the diary without letting it save anything."""
    for child in window.findChildren(QWidget):
        if child.isWindow() and child is not window:
            child.hide()
            child.deleteLater()


class HoldToWipeDialog(QDialog):
    """Hold the button down (mouse or Space) for ``hold_ms``; letting go early cancels."""

    hold_ms: ClassVar[int] = 2000
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdToWipe")
        self.setWindowTitle(self.tr("Panic wipe"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QLabel(
            self.tr(
                "Hold the button down for two seconds to destroy the diary on this computer. "
                "This cannot be undone. Backups kept elsewhere are not affected."
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.hold_button = QPushButton(self.tr("Hold to wipe"))
        self.hold_button.setObjectName("dangerButton")
        self.hold_button.setAutoDefault(False)
        self.hold_button.setAccessibleName(self.tr("Hold down to wipe the diary"))
        self.hold_button.pressed.connect(self._start)
        self.hold_button.released.connect(self._stop)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Time held"))
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._done)
        self._tick = QTimer(self)
        self._tick.setInterval(30)
        self._tick.timeout.connect(self._update_bar)
        self._clock = QElapsedTimer()

        buttons = QHBoxLayout()
        buttons.addWidget(self.hold_button, 1)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        self.setMinimumWidth(440)
        self.hold_button.setFocus()

    def _start(self) -> None:
        self.status.setText(self.tr("Keep holding…"))
        self._clock.start()
        self.timer.start(self.hold_ms)
        self._tick.start()

    def _stop(self) -> None:
        if not self.timer.isActive():
            return
        self.timer.stop()
        self._tick.stop()
        self.bar.setValue(0)
        self.status.setText(self.tr("Let go too early: nothing was wiped."))

    def _update_bar(self) -> None:
        self.bar.setValue(min(100, int(self._clock.elapsed() * 100 / max(1, self.hold_ms))))

    def _done(self) -> None:
        self._tick.stop()
        self.bar.setValue(100)
        self.hide()
        self.confirmed.emit()
        self.close()
