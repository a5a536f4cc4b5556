"""Qt's file dialogs remember folders (QtProject.conf: history, lastVisited). Quire keeps
that file in a per-process temporary folder, opens every dialog at home, empties the folder
when the diary locks or is wiped, and removes what a crashed run left at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.gui.test_panic import _window
from ui import panic, privacy
from ui.dialogs import Dialogs

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from ui import privacy
privacy.harden_process()
app = QApplication([])
from ui.dialogs import Dialogs
started_in = []
def visit():
    shown = [w for w in app.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
    if not shown:  # a slow machine: the dialog is not up yet
        QTimer.singleShot(50, visit)
        return
    dlg = shown[0]
    started_in.append(dlg.directory().absolutePath())
    dlg.setDirectory(sys.argv[1])  # the user browses to the evidence folder
    dlg.reject()
for _ in range(2):
    QTimer.singleShot(200, visit)
    Dialogs.open_file(None, "Add evidence")
    app.processEvents()
conf = Path(privacy._qt_settings) / "QtProject.conf"
print("STARTED", *started_in)
print("REMEMBERED", sys.argv[1] in conf.read_text())
"""


def test_dialogs_start_at_home_and_stale_settings_are_removed(tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    evidence = tmp_path / "evidence-for-the-lawyer"
    evidence.mkdir()
    # What a crashed run leaves: its folder, with the lock file nobody holds any more.
    stale = tmp / f"{privacy.QT_SETTINGS_PREFIX}crashed"
    stale.mkdir()
    (stale / ".alive").touch()
    (stale / "QtProject.conf").write_text(f"[FileDialog]\nlastVisited=file://{evidence}\n")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "TMPDIR": str(tmp),
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
    }
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(evidence)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if " " in line)
    assert lines["STARTED"].split() == [str(home), str(home)]  # never the folder visited
    assert lines["REMEMBERED"] == "True"  # Qt did record it, in our folder
    assert not stale.exists(), "a crashed run's Qt settings survived the next start"
    assert list(tmp.iterdir()) == [], "the run's own folder was not removed at exit"


@pytest.fixture
def qt_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from app import session_dirs

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    folder = session_dirs.make(privacy.QT_SETTINGS_PREFIX)
    monkeypatch.setattr(privacy, "_qt_settings", folder)
    return folder


def _remembered(folder: Path) -> Path:
    conf = folder / "QtProject.conf"
    conf.write_text("[FileDialog]\nlastVisited=file:///media/usb/evidence\n")
    return conf


def test_locking_forgets_the_folders(qtbot: Any, tmp_path: Path, qt_settings: Path) -> None:
    w = _window(qtbot, tmp_path / "vault", "confirm")
    conf = _remembered(qt_settings)
    w.lock()
    assert not conf.exists()
    assert qt_settings.is_dir()  # the folder (and its lock) stay for the rest of the run


def test_panic_wipe_forgets_the_folders(qtbot: Any, tmp_path: Path, qt_settings: Path) -> None:
    w = _window(qtbot, tmp_path / "vault", "immediate")
    conf = _remembered(qt_settings)
    panic.last_report = None
    w.act_panic.trigger()
    qtbot.waitUntil(lambda: panic.last_report is not None, timeout=10_000)
    assert not conf.exists()
    Dialogs.next_answers.clear()
