"""Every screen fits a 1024×640 laptop, and 1366×768 at 150 % scaling, in en, az and ru:
no label or button cut off or elided, nothing outside its window, no toolbar folding an
action into its overflow chevron (tests/gui/screen_fit.py says exactly what is checked).

Each screen size runs in a child process whose offscreen screen has that size and scale
(QT_SCALE_FACTOR must be set before Qt starts), so the windows size themselves as they
would on that laptop.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tests.gui.screen_fit import clipped

ROOT = Path(__file__).resolve().parents[2]


def _run_every_screen(tmp_path: Path, width: int, height: int, scale: float) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = str(scale)
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    env.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.screen_fit", "--lang", "en,az,ru"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    problems = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert result.returncode == 0 and not problems, (
        f"screens do not fit {width}×{height} at {scale:.0%}:\n"
        + "\n".join(problems or [result.stdout[-3000:], result.stderr[-3000:]])
    )


@pytest.mark.gui
def test_every_screen_fits_1024x640(tmp_path: Path) -> None:
    _run_every_screen(tmp_path, 1024, 640, 1.0)


@pytest.mark.gui
@pytest.mark.slow
def test_every_screen_fits_1366x768_at_150_percent(tmp_path: Path) -> None:
    _run_every_screen(tmp_path, 1366, 768, 1.5)


# -- the check itself finds what it is meant to find ------------------------------------------
@pytest.mark.gui
def test_a_squeezed_label_or_button_is_reported(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Экстренное удаление дневника", window)
    button = QPushButton("Передать организации…", window)
    label.setGeometry(0, 0, label.sizeHint().width() - 10, label.sizeHint().height())
    button.setGeometry(0, 40, button.sizeHint().width() - 10, button.sizeHint().height())
    window.resize(400, 100)
    window.show()
    found = "\n".join(clipped(window))
    assert "Экстренное удаление" in found and "Передать организации" in found
    label.resize(label.sizeHint())
    button.resize(button.minimumSizeHint())
    assert clipped(window) == []


@pytest.mark.gui
def test_a_wrapped_label_without_its_height_is_reported(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Вторая парольная фраза на случай, если вас заставят открыть дневник.", window)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 120, label.fontMetrics().height())  # one line of several
    window.resize(300, 200)
    window.show()
    assert any("Вторая парольная" in p for p in clipped(window))
    label.resize(120, label.heightForWidth(120))
    assert clipped(window) == []


@pytest.mark.gui
def test_a_label_past_the_window_edge_is_reported_unless_it_scrolls(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Panic wipe", window)
    label.resize(label.sizeHint())
    label.move(200 - label.width() // 2, 10)  # half beyond the right edge
    window.resize(200, 100)
    window.show()
    assert any("outside" in p for p in clipped(window))

    scrolled = QWidget()
    qtbot.addWidget(scrolled)
    area = QScrollArea()
    content = QWidget()
    content.setMinimumSize(600, 600)
    QVBoxLayout(content).addWidget(QLabel("Panic wipe"))
    area.setWidget(content)
    QVBoxLayout(scrolled).addWidget(area)
    scrolled.resize(200, 100)
    scrolled.show()
    assert clipped(scrolled) == []  # the person can scroll to it


@pytest.mark.gui
def test_a_folded_toolbar_is_reported(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = QToolBar()
    bar.setObjectName("toolbar")
    for text in ("New incident", "Add evidence", "Export for an organisation", "Backup"):
        bar.addAction(text)
    window.addToolBar(bar)
    row = QWidget()
    QHBoxLayout(row).addWidget(QLabel("list"))
    window.setCentralWidget(row)
    window.resize(160, 200)
    window.show()
    qtbot.waitUntil(lambda: bar.isVisible())
    found = "\n".join(clipped(window))
    assert "folds actions" in found and "hides" in found
    window.resize(900, 200)
    qtbot.waitUntil(lambda: clipped(window) == [])


@pytest.mark.gui
def test_a_language_switch_keeps_the_toolbars_whole(qtbot: Any, home: Path) -> None:
    """Switching to Russian with the diary open widens the buttons: the toolbars follow
    (no action folded away) and the toolbar's short word is Russian too."""
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault
    from ui.main_window import MainWindow
    from ui.retranslate import switch_language

    vault, _ = Vault.create(home, "pw", kdf=INSECURE_TEST_PARAMS)
    vault.lock()
    win = MainWindow(home)
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText("pw")
    win.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: win.vault is not None, timeout=10_000)
    win.resize(1024, 608)
    english = win.toolbar.minimumWidth()
    try:
        switch_language("ru")
        qtbot.waitUntil(lambda: win.act_export.iconText() == "Передать", timeout=5000)
        assert win.toolbar.minimumWidth() > english
        qtbot.waitUntil(lambda: clipped(win) == [], timeout=5000)
    finally:
        switch_language("en")
    assert win.act_export.iconText() == "Export"
