"""Long work off the GUI thread: a plain ``app/`` function in a QThread, with signals.

The function receives ``progress(done, total)`` and ``cancel()`` keyword arguments when it
declares them. Results reach the widget that asked only while it exists; a cancelled or
abandoned task's result is dropped.
"""

from __future__ import annotations

import inspect
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from app.errors import CancelledError


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


# -- a queue of long steps, one at a time (evidence import, paste, copy out) ----------------
@dataclass
class Job:
    """One long step: ``fn(*args, progress=, cancel=, **kwargs)`` in a worker; ``on_done``
    gets its result, ``on_error`` (or the queue's ``failed`` signal) its exception."""

    label: str
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None = None
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Result:
    value: Any = None
    error: BaseException | None = None


def _call(
    fn: Callable[..., Any],
    *args: Any,
    stop: threading.Event,
    progress: Callable[[int, int], None],
    cancel: Callable[[], bool],
    **kwargs: Any,
) -> _Result:
    """Worker side of a job: always returns, so the queue always hears back."""
    params = inspect.signature(fn).parameters
    if "progress" in params:
        kwargs["progress"] = progress
    if "cancel" in params:
        kwargs["cancel"] = lambda: stop.is_set() or cancel()
    try:
        value = fn(*args, **kwargs)
    except BaseException as exc:
        return _Result(error=exc)
    return _Result(value=value)


class JobQueue(QObject):
    """Long steps of one widget run one after another, each with progress and Cancel.

    The widget shows ``started`` / ``progressed`` / ``waiting`` / ``idle`` (a progress bar
    and a Cancel button); :meth:`clear` (on lock) drops the waiting steps and every late
    result. A step that raises CancelledError ends the queue's waiting steps too
    (``cancelled``); any other error goes to the job's ``on_error`` or to ``failed``.
    """

    started = Signal(str)  # the job's label
    progressed = Signal(object, object)  # done, total
    waiting = Signal(int)  # how many more wait behind the running one
    idle = Signal()
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._owner = owner
        self._jobs: deque[Job] = deque()
        self._job: Job | None = None
        self._stop = threading.Event()
        self._generation = 0

    def busy(self) -> bool:
        return self._job is not None

    def current_label(self) -> str:
        return self._job.label if self._job is not None else ""

    def submit(self, job: Job) -> None:
        self._jobs.append(job)
        if self._job is None:
            self._start_next()
        else:
            self.waiting.emit(len(self._jobs))

    def cancel(self) -> None:
        """Stop the running step and forget the waiting ones."""
        self._jobs.clear()
        self._stop.set()

    def clear(self) -> None:
        """Forget everything (on lock): the running step is stopped, its result dropped."""
        self._generation += 1
        self._stop.set()
        self._jobs.clear()
        if self._job is not None:
            self._job = None
            self.idle.emit()

    def _start_next(self) -> None:
        if self._job is not None or not self._jobs:
            return
        job = self._jobs.popleft()
        self._job = job
        self._stop = threading.Event()
        self.started.emit(job.label)
        if self._jobs:
            self.waiting.emit(len(self._jobs))
        gen = self._generation
        run_task(
            _call,
            job.fn,
            *job.args,
            stop=self._stop,
            on_done=lambda result: self._finished(job, result),
            on_progress=lambda done, total: self._progress(gen, done, total),
            owner=self,
            **job.kwargs,
        )

    def _progress(self, gen: int, done: int, total: int) -> None:
        if gen == self._generation and self._job is not None:
            self.progressed.emit(done, total)

    def _finished(self, job: Job, result: _Result) -> None:
        if job is not self._job:
            return  # cleared meanwhile (a lock): its result is dropped
        self._job = None
        self.idle.emit()
        if result.error is None:
            job.on_done(result.value)
        elif isinstance(result.error, CancelledError):
            self._jobs.clear()
            self.cancelled.emit()
        elif job.on_error is not None:
            job.on_error(result.error)
        else:
            self.failed.emit(result.error)
        self._start_next()
