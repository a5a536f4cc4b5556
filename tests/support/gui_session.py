"""A whole GUI session, driven by the app itself (no pytest-qt): for tests that watch the
process from outside, such as the no-network test under strace.

    python tests/support/gui_session.py VAULT_FOLDER [--device-secret]

Starts Quire through its real entry point (``ui.main.main``: hardening, contained Qt
settings, theme, language, window), then: creates a diary on the first-run page, adds an
incident in the editor, selects it and copies the details, locks, unlocks again, opens the
Open Bundle window and closes the main window (which locks and ends the program). Prints
``SESSION OK`` at the end; a step that does not finish in time prints its name, exit 2.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

import ui.main
from ui.dialogs import Dialogs
from ui.main_window import MainWindow

PASSPHRASE = "seven lanterns over the quiet harbour"  # a throw-away vault
STEP_TIMEOUT_MS = 60_000
Step = tuple[str, Callable[[MainWindow], bool], Callable[[MainWindow], object]]


def _editor(w: MainWindow) -> object:
    from ui.editor.incident_editor import IncidentEditor

    return w.findChild(IncidentEditor)


def _create(w: MainWindow) -> None:
    w.welcome.steps.setCurrentIndex(1)
    w.welcome.pass1.setText(PASSPHRASE)
    w.welcome.pass2.setText(PASSPHRASE)
    if "--device-secret" in sys.argv and w.welcome.use_secret.isEnabled():
        w.welcome.use_secret.setChecked(True)
        Dialogs.next_answers.append(True)  # the recovery code dialog: "written down"
    w.welcome.next_button.click()
    w.welcome.practice.setText(PASSPHRASE)  # the practice retype before the vault is made
    w.welcome.create_button.click()


def _write_incident(w: MainWindow) -> None:
    editor = _editor(w)
    editor.form.title.setText("Threat by SMS from an unknown number")  # type: ignore[attr-defined]
    editor.form.narrative.setPlainText("He said he knows where I live.")  # type: ignore[attr-defined]
    editor.save()  # type: ignore[attr-defined]


def _copy_details(w: MainWindow) -> None:
    w.diary.table.selectRow(0)
    w.diary.detail.selectAll()
    w.diary.detail.copy()


def _unlock(w: MainWindow) -> None:
    w.unlock_page.passphrase.setText(PASSPHRASE)
    w.unlock_page.try_unlock()


STEPS: list[Step] = [
    ("first-run page", lambda w: w.stack.currentWidget() is w.welcome, _create),
    ("diary created", lambda w: w.vault is not None, lambda w: w.new_incident()),
    ("editor open", lambda w: _editor(w) is not None, _write_incident),
    ("incident listed", lambda w: w.diary.model.rowCount() == 1, _copy_details),
    ("details shown", lambda w: "Threat by SMS" in w.diary.detail.toPlainText(), MainWindow.lock),
    ("locked", lambda w: w.vault is None, _unlock),
    ("unlocked again", lambda w: w.vault is not None, lambda w: w.open_bundle()),
    # Closing the window locks the diary and ends the program, as for a person.
    ("receiver window", lambda w: len(QApplication.topLevelWidgets()) > 1, MainWindow.close),
]
_windows: list[DrivenWindow] = []


class Driver:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.index = 0
        self.waited_ms = 0
        self.timer = QTimer(window)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        name, ready, act = STEPS[self.index]
        if not ready(self.window):
            self.waited_ms += self.timer.interval()
            if self.waited_ms > STEP_TIMEOUT_MS:
                print(f"SESSION STUCK at: {name}", flush=True)
                os._exit(2)
            return
        self.waited_ms = 0
        print(f"step: {name}", flush=True)
        self.index += 1
        if self.index == len(STEPS):
            self.timer.stop()
        act(self.window)


class DrivenWindow(MainWindow):
    """The real main window, with the driver attached once it exists."""

    def __init__(self, home: Path) -> None:
        super().__init__(home)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.driver = Driver(self)
        _windows.append(self)


def main() -> int:
    home = sys.argv[1]
    ui.main.MainWindow = DrivenWindow  # type: ignore[misc,assignment]
    code = ui.main.main(["quire", "--home", home])
    (window,) = _windows
    if code == 0 and window.driver.index == len(STEPS) and window.vault is None:
        print("SESSION OK", flush=True)
        return 0
    print(f"SESSION ENDED EARLY after {window.driver.index} steps (exit {code})", flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
