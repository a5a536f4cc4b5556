"""The app on a real X display (Xvfb in CI): the xcb platform plugin loads, the window maps
and paints, and the process exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import privacy, theme
from ui.main_window import MainWindow
privacy.harden_process()
app = QApplication(sys.argv)
assert app.platformName() == "xcb", app.platformName()
theme.apply(app)
w = MainWindow(__import__("pathlib").Path(sys.argv[1]))
w.show()
def shoot():
    try:
        img = w.screen().grabWindow(w.winId()).toImage()
        assert img.width() > 400 and img.height() > 300, (img.width(), img.height())
        colours = {img.pixel(x, y) for x in range(0, img.width(), 37)
                   for y in range(0, img.height(), 41)}
        assert len(colours) > 3, "the window did not paint"
    except BaseException:  # Qt would print it and keep running: fail now, with the reason
        import os, traceback
        traceback.print_exc()
        os._exit(1)
    app.quit()
QTimer.singleShot(1500, shoot)
sys.exit(app.exec())
"""


@pytest.mark.gui
def test_window_on_a_real_display(tmp_path: Path) -> None:
    if not os.environ.get("DISPLAY"):
        skip_or_fail("no X display: run the suite with `make test` (Xvfb)")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QUIRE_INSECURE_TEST_KDF": "1"}
    repo = Path(__file__).resolve().parents[2]
    r = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "vault")],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr[-3000:]
