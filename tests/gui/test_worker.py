"""Background tasks: results on the GUI thread, cancel, and a prompt stop when locking."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from ui.worker import cancel_all_and_wait, run_task, running_tasks


def _slow(*, progress: Any, cancel: Any) -> str:
    for i in range(200):
        if cancel():
            return "cancelled"
        progress(i, 200)
        time.sleep(0.01)
    return "done"


@pytest.mark.gui
def test_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: dict[str, Any] = {}

    def done(result: str) -> None:
        seen["thread"] = QThread.currentThread()
        seen["result"] = result

    run_task(lambda: threading.current_thread().name, on_done=done, owner=owner)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["thread"] is owner.thread()
    assert seen["result"] != threading.main_thread().name


@pytest.mark.gui
def test_cancel_all_and_wait_returns_promptly(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    progress: list[int] = []
    run_task(_slow, on_progress=lambda d, t: progress.append(d), owner=owner)
    qtbot.waitUntil(lambda: bool(progress), timeout=5000)
    start = time.monotonic()
    cancel_all_and_wait()
    assert time.monotonic() - start < 2.0
    assert running_tasks() == []


@pytest.mark.gui
def test_results_for_a_destroyed_owner_are_dropped(qtbot: Any) -> None:
    owner = QWidget()
    got: list[str] = []
    task = run_task(lambda: (time.sleep(0.2), "late")[1], on_done=got.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(50)
    assert task.wait(5000)
    qtbot.wait(100)
    assert got == []
