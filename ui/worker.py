"""Long work off the GUI thread: a plain ``app/`` function in a QThread, with signals.

The function receives ``progress(done, total)`` and ``cancel()`` keyword arguments when it
declares them. Results reach the widget that asked only while it exists; a cancelled or
abandoned task's result is dropped.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot


class Task(QObject):
    """One piece of background work."""

    progressed = Signal(object, object)  # done, total (Python ints: files can pass 2 GiB)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancelled = threading.Event()
        self._thread: QThread | None = None

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _run(self) -> None:
        params = inspect.signature(self._fn).parameters
        kwargs = dict(self._kwargs)
        if "progress" in params:
            kwargs["progress"] = lambda done, total: self.progressed.emit(done, total)
        if "cancel" in params:
            kwargs["cancel"] = self._cancelled.is_set
        try:
            result = self._fn(*self._args, **kwargs)
        except BaseException as exc:
            if not self.cancelled:
                self.failed.emit(exc)
        else:
            if not self.cancelled:
                self.succeeded.emit(result)
        finally:
            self.finished.emit()

    def start(self) -> Task:
        thread = QThread()
        self._thread = thread
        self.moveToThread(thread)
        thread.started.connect(self._run)
        # Direct: the thread ends itself; a queued quit would wait for the GUI thread,
        # which may be the one blocked in wait() (locking while work runs).
        self.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        for done in [t for t in _RUNNING if t._thread is not None and t._thread.isFinished()]:
            _RUNNING.discard(done)  # pruned here, on the GUI thread, once really finished
        _RUNNING.add(self)
        thread.start()
        return self

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms) if self._thread is not None else True


_RUNNING: set[Task] = set()  # keeps tasks (and their threads) alive until they end


class _Relay(QObject):
    """Lives on the GUI thread, so the task's signals reach the callbacks there (queued).

    Parented to the widget that asked: when that widget is destroyed, so is the relay,
    and a late result is simply dropped.
    """

    def __init__(
        self,
        owner: QObject | None,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
    ) -> None:
        super().__init__(owner)
        self._done, self._error, self._progress = on_done, on_error, on_progress

    @Slot(object)
    def done(self, result: Any) -> None:
        if self._done is not None:
            self._done(result)

    @Slot(object)
    def error(self, exc: BaseException) -> None:
        if self._error is not None:
            self._error(exc)

    @Slot(object, object)
    def progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    owner: QObject | None = None,
    **kwargs: Any,
) -> Task:
    """Start ``fn`` in a thread; callbacks run on the GUI thread while ``owner`` lives."""
    task = Task(fn, *args, **kwargs)
    relay = _Relay(owner, on_done, on_error, on_progress)
    task.relay = relay  # type: ignore[attr-defined]  # kept alive with the task
    task.succeeded.connect(relay.done)
    task.failed.connect(relay.error)
    task.progressed.connect(relay.progress)
    return task.start()


def running_tasks() -> list[Task]:
    return [t for t in _RUNNING if t._thread is not None and not t._thread.isFinished()]


def cancel_all_and_wait(ms: int = 10_000) -> None:
    """Before locking: ask every task to stop and wait for them (bounded)."""
    for task in running_tasks():
        task.cancel()
    for task in running_tasks():
        task.wait(ms)
