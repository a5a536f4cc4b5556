"""The panic button: destroy the diary on this computer, now.

``trigger_panic(window)`` follows ``window.settings.panic_mode``: ask once ("confirm"),
wipe when a button is held down for two seconds ("hold"), or wipe without a question
("immediate"). The wipe itself is ``app.wipe.panic_wipe``: it overwrites the key first
(from that moment nothing can be decrypted), then locks the open vault and removes every
file. Nothing slow happens before the key is gone: running tasks are only told to stop,
editors do not save drafts, and the windows showing the diary are thrown away.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

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
from ui.worker import Task, run_task, running_tasks

if TYPE_CHECKING:
    from app.vault.vault import Vault
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


def _wipe(home: Path, vault: Vault | None, progress: Any = None) -> tuple[WipeReport, float]:
    """Worker: the key goes first, then the open vault is locked, then every file."""
    from app.wipe import panic_wipe

    started = time.perf_counter()
    opened = [vault] if vault is not None else []
    return panic_wipe(home, open_vaults=opened, progress=progress), started


def wipe_now(window: MainWindow) -> Task:
    """Destroy the key, then everything else; show the first-run page when done.

    The screen stops showing the diary at once; the wipe runs off the GUI thread (removing
    thousands of evidence files can take seconds on a slow disk), and the key is destroyed
    within milliseconds of the trigger.
    """
    global key_destroyed_ms, last_report
    triggered = time.perf_counter()
    key_destroyed_ms = last_report = None
    for task in running_tasks():
        task.cancel()  # only a flag: nothing here waits before the key is gone
    vault, window.vault = window.vault, None
    window.diary.clear()
    window.evidence.clear()
    window.clipboard.clear_ours()
    window.inactivity.stop()
    _discard_windows(window)
    window._set_diary_actions_enabled(False)  # toolbars hidden, actions off

    def done(result: tuple[WipeReport, float]) -> None:
        global key_destroyed_ms, last_report
        last_report, started = result
        key_destroyed_ms = (started - triggered + last_report.seconds_to_key_destroyed) * 1000
        finish(None)

    def failed(exc: BaseException) -> None:
        global last_report
        from app.wipe.erase import WipeError

        if isinstance(exc, WipeError):
            last_report = exc.report
            finish(str(exc))
        elif isinstance(exc, OSError):  # not even the tombstone: a read-only folder
            finish(_t("The diary could not be wiped: {error}").format(error=exc.strerror or exc))
        else:
            finish(str(exc))

    def finish(error: str | None) -> None:
        window.welcome.setEnabled(True)
        window.after_wipe()
        if error is not None:
            Dialogs.inform(window, _t("Panic wipe"), error, error=True)

    task = run_task(_wipe, window.home, vault, on_done=done, on_error=failed, owner=window)
    # The first-run page, once the wipe has started: the window builds it after its first
    # paint, and if that has not happened yet, building it here must not delay the key.
    window.stack.setCurrentWidget(window.welcome)
    window.welcome.setEnabled(False)  # no new diary while the old one is being removed
    return task


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

    def on_vault_locking(self) -> None:
        self.timer.stop()
        self.close()

    def _done(self) -> None:
        self._tick.stop()
        self.bar.setValue(100)
        self.hide()
        self.confirmed.emit()
        self.close()
