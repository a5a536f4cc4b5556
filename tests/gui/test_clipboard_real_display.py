"""The clipboard guard on a real X display (Xvfb), against another program.

The offscreen platform keeps the clipboard inside the process, so there everything on it
is Quire's. On X11 the clipboard belongs to whichever program copied last; this test runs
Quire's side and a plain Qt program (standing in for a clipboard manager and for the
person's other programs) as two processes on the same display:

- text copied with Ctrl+C in Quire, and text selected in it (X11's primary selection),
  reach the other program with the secret hint;
- once the other program copies something, Quire's timer and lock leave it alone;
- a screenshot the other program put there, once pasted into an incident, is taken off.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]

# The other program: commands on stdin, answers on stdout, its own event loop running
# (an X11 clipboard owner must answer requests while the other side waits).
OTHER = r"""
import sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QColor, QImage
app = QApplication(sys.argv)
board = app.clipboard()
def screenshot():
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#e53935"))
    return image
def command():
    line = sys.stdin.readline().strip()
    if line in ("read", "read selection"):
        mode = board.Mode.Selection if line.endswith("selection") else board.Mode.Clipboard
        mime = board.mimeData(mode)
        hint = bytes(mime.data("x-kde-passwordManagerHint").data()).decode()
        print(f"TEXT {board.text(mode)!r} HINT {hint!r}", flush=True)
    elif line.startswith("set "):
        board.setText(line[4:])
        print("SET", flush=True)
    elif line == "screenshot":
        board.setImage(screenshot())
        print("SET", flush=True)
    elif line == "read image":
        image = board.image()
        print("IMAGE", "none" if image.isNull() else image.size().width(), flush=True)
    else:
        app.quit()
notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(command)
print("READY", flush=True)
app.exec()
"""

# Quire's side: the real guard, a real field, Ctrl+C.
QUIRE = r"""
import os, select, subprocess, sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from ui.clipboard import Clipboard
app = QApplication(sys.argv)
assert app.platformName() == "xcb", app.platformName()
other = subprocess.Popen([sys.executable, "-c", sys.argv[1]], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
def ask(command):
    other.stdin.write(command + "\n"); other.stdin.flush()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # keep serving the clipboard while waiting
        app.processEvents()
        if select.select([other.stdout], [], [], 0.02)[0]:
            return other.stdout.readline().strip()
    raise SystemExit(f"no answer to {command!r}")
def spin(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(); time.sleep(0.01)
try:
    assert other.stdout.readline().strip() == "READY"
    window = QWidget()
    guard = Clipboard(window, lambda: 1)
    field = QLineEdit("Nigar's new address", window)
    window.show(); window.activateWindow(); spin(0.5)
    field.setFocus(); field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    spin(0.2)
    print("QUIRE COPY SEEN AS", ask("read"), flush=True)
    print("QUIRE SELECTION SEEN AS", ask("read selection"), flush=True)
    assert ask("set the person's own text") == "SET"
    spin(0.3)
    assert not app.clipboard().ownsClipboard()
    spin(1.5)  # Quire's 1 s timer has run out
    guard.clear_ours()  # and a lock
    spin(0.2)
    print("OTHER COPY SEEN AS", ask("read"), flush=True)
    # A screenshot taken with another program, pasted into Quire and stored: Quire takes
    # it off the clipboard although another program owns it.
    from PySide6.QtGui import QColor, QImage
    from ui.clipboard import forget_pasted_picture
    assert ask("screenshot") == "SET"
    print("SCREENSHOT BEFORE", ask("read image"), flush=True)
    shot = QImage(120, 80, QImage.Format.Format_RGB32)
    shot.fill(QColor("#e53935"))
    print("FORGOTTEN", forget_pasted_picture(shot), flush=True)
    spin(0.3)
    print("SCREENSHOT AFTER", ask("read image"), flush=True)
finally:
    try:
        other.stdin.write("quit\n"); other.stdin.flush()
    except OSError:
        pass
    other.wait(timeout=30)
"""


def test_guard_marks_quire_copies_and_leaves_other_programs_alone(tmp_path: Path) -> None:
    if not os.environ.get("DISPLAY"):
        skip_or_fail("no X display: run the suite with `make test` (Xvfb)")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO)}
    r = subprocess.run(
        [sys.executable, "-c", QUIRE, OTHER],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stdout + r.stderr[-3000:]
    lines = r.stdout.splitlines()
    assert "QUIRE COPY SEEN AS TEXT \"Nigar's new address\" HINT 'secret'" in lines, r.stdout
    # X11's primary selection (select with the mouse, paste with the middle button) too.
    assert "QUIRE SELECTION SEEN AS TEXT \"Nigar's new address\" HINT 'secret'" in lines
    assert "OTHER COPY SEEN AS TEXT \"the person's own text\" HINT ''" in lines, r.stdout
    assert "SCREENSHOT BEFORE IMAGE 120" in lines, r.stdout
    assert "FORGOTTEN True" in lines and "SCREENSHOT AFTER IMAGE none" in lines, r.stdout
