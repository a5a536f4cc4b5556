"""The pinned PySide6 must not lose references to None/True (6.12.0 did, and aborted).

Run in a subprocess: a leaking build kills the interpreter outright ("bool_dealloc"),
which must fail this test, not the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
class P(QObject):
    ping = Signal()
p = P()
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for i in range(50_000):
    p.setObjectName("x")
    p.ping.emit()
print(none_before - sys.getrefcount(None), true_before - sys.getrefcount(True))
"""


@pytest.mark.gui
def test_pinned_pyside_keeps_its_references() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    lost_none, lost_true = (int(x) for x in r.stdout.split())
    assert abs(lost_none) < 100 and abs(lost_true) < 100, r.stdout
