"""ui/worker.JobQueue: a widget's long steps one at a time, with Cancel and a clean lock."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from app.errors import CancelledError, QuireError
from ui.worker import Job, JobQueue

pytestmark = pytest.mark.gui


def _queue(qtbot: Any) -> JobQueue:
    owner = QWidget()
    qtbot.addWidget(owner)
    return JobQueue(owner)


def _step(name: str, log: list[str], gate: threading.Event | None = None) -> Callable[..., str]:
    def run(*, progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> str:
        log.append(f"start {name}")
        while gate is not None and not gate.is_set():
            if cancel():
                raise CancelledError("stopped")
            time.sleep(0.005)
        progress(1, 1)
        log.append(f"end {name}")
        return name

    return run


def test_steps_run_one_after_another_in_order(qtbot: Any) -> None:
    queue = _queue(qtbot)
    log: list[str] = []
    done: list[str] = []
    waiting: list[int] = []
    queue.waiting.connect(waiting.append)
    gate = threading.Event()
    queue.submit(Job("a", _step("a", log, gate), (), on_done=done.append))
    queue.submit(Job("b", _step("b", log), (), on_done=done.append))
    queue.submit(Job("c", _step("c", log), (), on_done=done.append))
    assert queue.busy() and queue.current_label() == "a" and waiting[-1] == 2
    gate.set()
    qtbot.waitUntil(lambda: done == ["a", "b", "c"], timeout=5000)
    assert log == ["start a", "end a", "start b", "end b", "start c", "end c"]
    assert not queue.busy()


def test_cancel_stops_the_running_step_and_forgets_the_waiting(qtbot: Any) -> None:
    queue = _queue(qtbot)
    log: list[str] = []
    done: list[str] = []
    cancelled: list[bool] = []
    queue.cancelled.connect(lambda: cancelled.append(True))
    queue.submit(Job("a", _step("a", log, threading.Event()), (), on_done=done.append))
    queue.submit(Job("b", _step("b", log), (), on_done=done.append))
    qtbot.waitUntil(lambda: log == ["start a"], timeout=5000)
    queue.cancel()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    assert done == [] and log == ["start a"] and not queue.busy()


def test_clear_drops_a_late_result(qtbot: Any) -> None:
    """On lock: the running step is told to stop and whatever it returns is dropped."""
    queue = _queue(qtbot)
    done: list[str] = []
    gate = threading.Event()

    def stubborn(*, cancel: Callable[[], bool]) -> str:
        gate.wait(5)
        return "late"

    queue.submit(Job("a", stubborn, (), on_done=done.append))
    queue.clear()
    assert not queue.busy()
    gate.set()
    qtbot.wait(200)
    assert done == []


def test_an_error_goes_to_the_job_or_to_failed(qtbot: Any) -> None:
    queue = _queue(qtbot)
    failed: list[BaseException] = []
    own: list[BaseException] = []
    queue.failed.connect(failed.append)

    def boom() -> None:
        raise QuireError("no")

    queue.submit(Job("a", boom, (), on_done=lambda _r: None))
    queue.submit(Job("b", boom, (), on_done=lambda _r: None, on_error=own.append))
    qtbot.waitUntil(lambda: len(failed) == 1 and len(own) == 1, timeout=5000)
    assert str(failed[0]) == "no" and str(own[0]) == "no"


def test_progress_of_a_cleared_step_does_not_reach_the_next(qtbot: Any) -> None:
    queue = _queue(qtbot)
    seen: list[tuple[int, int]] = []
    queue.progressed.connect(lambda d, t: seen.append((d, t)))
    old_gate, new_gate = threading.Event(), threading.Event()

    def old(*, progress: Callable[[int, int], None]) -> None:
        old_gate.wait(5)
        progress(5, 10)

    def new(*, progress: Callable[[int, int], None]) -> None:
        new_gate.wait(5)
        progress(1, 1)

    queue.submit(Job("old", old, (), on_done=lambda _r: None))
    queue.clear()
    queue.submit(Job("new", new, (), on_done=lambda _r: None))
    old_gate.set()
    qtbot.wait(200)
    new_gate.set()
    qtbot.waitUntil(lambda: not queue.busy(), timeout=5000)
    assert seen == [(1, 1)]
