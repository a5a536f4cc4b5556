"""Thumbnails of image evidence: decrypted and decoded in a worker, held in memory only.

One batch at a time (a new incident's rows cancel the batch of the last one); each
thumbnail reaches the GUI thread as soon as it is ready. :meth:`Thumbnails.clear` (on lock)
drops every pixmap and every late result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QWidget

from app.errors import QuireError
from app.evidence import intake
from app.evidence.store import EvidenceInfo, EvidenceStore
from app.vault.vault import Vault
from ui.evidence.images import decode_image
from ui.worker import Task, run_task

THUMBNAIL_SIDE = 128


def load_thumbnails(
    vault: Vault,
    evidence_ids: list[int],
    side: int = THUMBNAIL_SIDE,
    *,
    progress: Callable[[int, QImage | None], None],
    cancel: Callable[[], bool],
) -> int:
    """Worker: decrypt and decode each image at thumbnail size, in one vault session.

    Each thumbnail is handed over as soon as it is ready, through the task's progress
    channel as ``(evidence_id, image or None)``; returns how many were tried.
    """
    session = vault.session()
    done = 0
    try:
        store = EvidenceStore(session)
        for evidence_id in evidence_ids:
            if cancel():
                break
            image: QImage | None = None
            try:
                content = intake.read_from_store(
                    store, evidence_id, intake.THUMBNAIL_FILE_LIMIT, cancel=cancel
                )
                if content is not None:
                    image = decode_image(content.data, side)
            except QuireError:
                image = None  # damaged or deleted meanwhile: no thumbnail, the badge stays
            progress(evidence_id, image)
            done += 1
    finally:
        session.lock()
    return done


class Thumbnails(QObject):
    """The thumbnails one widget shows, by evidence id."""

    ready = Signal(int, QPixmap)

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self.pixmaps: dict[int, QPixmap] = {}
        self._failed: set[int] = set()
        self._task: Task | None = None
        self._generation = 0

    def want(self, vault: Vault | None, rows: Iterable[EvidenceInfo]) -> None:
        """Make the missing thumbnails of these rows (images small enough to decode)."""
        wanted = [
            r.id
            for r in rows
            if intake.preview_kind(r.type) == "image"
            and r.size <= intake.THUMBNAIL_FILE_LIMIT
            and r.id not in self.pixmaps
            and r.id not in self._failed
        ]
        if self._task is not None:
            self._task.cancel()  # another incident now: its batch is not needed
            self._task = None
        if not wanted or vault is None:
            return
        gen = self._generation
        ratio = max(self._owner.devicePixelRatioF(), 1.0)
        task: list[Task] = []
        task.append(
            run_task(
                load_thumbnails,
                vault,
                wanted,
                int(THUMBNAIL_SIDE * ratio),
                on_progress=lambda eid, image: self._arrived(gen, eid, image),
                on_done=lambda _n: self._finished(task[0]),
                on_error=lambda _exc: self._finished(task[0]),
                owner=self,
            )
        )
        self._task = task[0]

    def _finished(self, task: Task) -> None:
        if self._task is task:
            self._task = None

    def _arrived(self, gen: int, evidence_id: int, image: QImage | None) -> None:
        """One thumbnail from the worker (it comes through the progress channel)."""
        if gen != self._generation:
            return  # locked or switched vault meanwhile: drop it
        if image is None or image.isNull():
            self._failed.add(evidence_id)
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(max(self._owner.devicePixelRatioF(), 1.0))
        self.pixmaps[evidence_id] = pixmap
        self.ready.emit(evidence_id, pixmap)

    def forget(self, evidence_id: int) -> None:
        self.pixmaps.pop(evidence_id, None)

    def pending(self) -> bool:
        return self._task is not None

    def clear(self) -> None:
        """Drop every decrypted thumbnail and stop the batch (on lock)."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.pixmaps.clear()
        self._failed.clear()
