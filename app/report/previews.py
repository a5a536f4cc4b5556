"""The PDF's photo previews, made on a worker thread while the text is laid out.

Why: a 2000x1500 photo costs ~60 ms of CPU to decode, downscale and re-encode, 300 of
them ~17 s, as much as laying out 1,000 incidents' text. Pillow lets go of the GIL while
it decodes, resamples and encodes, so on a second core the pictures are ready when the
layout reaches them. The layout's thread still reads each file (``open_evidence`` may use
the vault, which is its own) and parses the header with the decompression-bomb check;
the workers only turn pixels into previews. The queue is topped up at every page the
layout starts (:meth:`PreviewQueue.pump`), so the workers begin while the chronology, the
actors and the remedies are laid out, and finished previews wait for the layout. Memory
stays bounded whatever the report's size: at most ``AHEAD`` pictures (``AHEAD_BYTES`` of
their files) read and not yet prepared, and ``HELD_BYTES`` of prepared previews (a
downscaled JPEG is ~200 kB) not yet drawn.
"""

from __future__ import annotations

import io
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

from app.report.content import EvidenceView
from app.report.images import (
    FULL_SIZE,
    UNAVAILABLE,
    Preview,
    finish,
    open_source,
    pdf_preview,
    preview_scale,
)
from app.report.model import ReportInput

AHEAD = 8  # pictures read and being prepared (or waiting for a worker)
AHEAD_BYTES = 48 * 1024 * 1024  # and their files' bytes: one over it is still taken
HELD_BYTES = 64 * 1024 * 1024  # prepared previews not yet drawn
READY = 4 * AHEAD  # pictures taken from the list and not yet drawn, prepared or not: a file
# that is no picture at all becomes a note at once and holds no memory, so without this a
# bundle of 2,000 such files queued them all and each pump re-counted them (quadratic)
WORKERS = 2  # with the layout's thread, three threads on two cores: the layout never waits


class PreviewQueue:
    """Previews of ``wanted`` (incident id, evidence), in the order the layout takes them."""

    def __init__(
        self,
        inp: ReportInput,
        wanted: Iterable[tuple[int, EvidenceView]],
        ahead: int = AHEAD,
        ahead_bytes: int = AHEAD_BYTES,
        workers: int = WORKERS,
        held_bytes: int = HELD_BYTES,
        ready: int = READY,
        full_size: int = FULL_SIZE,
    ) -> None:
        self._inp = inp
        self._wanted = deque(wanted)
        self.size = preview_scale(len(self._wanted), full_size)  # every preview's, alike
        self._ahead = max(1, ahead)
        self._ahead_bytes = ahead_bytes
        self._ready: deque[tuple[tuple[int, int], int, Preview | Future[Preview]]] = deque()
        self._held_bytes = held_bytes
        self._most = max(1, ready)
        self.ready_peak = 0  # the most pictures taken and not yet drawn (tests check)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="report-previews")
        self.in_flight_peak = 0  # the most pictures read and not yet prepared (tests check)
        self.held_peak = 0  # the most bytes of prepared previews waiting at one time
        self.pump()

    def _state(self) -> tuple[int, int, int]:
        """(pictures being prepared, their files' bytes, bytes of prepared previews)."""
        running = reading = done = 0
        for _, size, item in self._ready:
            if isinstance(item, Future) and not item.done():
                running += 1
                reading += size
            else:
                done += _footprint(item)
        return running, reading, done

    def pump(self) -> None:
        """Read the next pictures (on this thread) and hand them to the workers, up to the
        bounds."""
        running, reading, done = self._state()
        self.held_peak = max(self.held_peak, done)
        while (
            self._wanted
            and running < self._ahead
            and (not running or reading + self._wanted[0][1].size <= self._ahead_bytes)
            and done <= self._held_bytes
            and len(self._ready) < self._most
        ):
            incident_id, ev = self._wanted.popleft()
            source = open_source(self._inp, incident_id, ev, self.size)
            if isinstance(source, Preview):
                self._ready.append(((incident_id, ev.id), 0, source))
            else:
                job = self._pool.submit(finish, source, ev.intimate, self.size)
                self._ready.append(((incident_id, ev.id), ev.size, job))
                running += 1
                reading += ev.size
            self.in_flight_peak = max(self.in_flight_peak, running)
            self.ready_peak = max(self.ready_peak, len(self._ready))

    def take(self, incident_id: int, ev: EvidenceView) -> Preview:
        """The preview of this picture: prepared ahead, or made here if it was not foreseen."""
        if not self._ready or self._ready[0][0] != (incident_id, ev.id):
            return pdf_preview(self._inp, incident_id, ev, self.size)
        _, _, item = self._ready.popleft()
        try:
            shown = item if isinstance(item, Preview) else item.result()
        except Exception:  # finish() never raises; a broken worker is still only a note
            shown = Preview(note=UNAVAILABLE)
        self.pump()
        return shown

    def close(self) -> None:
        """Stop: pictures not yet started are dropped; the one being made is waited for."""
        self._wanted.clear()
        self._ready.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> PreviewQueue:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _footprint(item: Preview | Future[Preview]) -> int:
    """The memory a prepared preview holds: its JPEG bytes, or its RGB pixels."""
    try:
        shown = item if isinstance(item, Preview) else item.result()
    except Exception:
        return 0
    if isinstance(shown.image, io.BytesIO):
        return shown.image.getbuffer().nbytes
    return shown.width * shown.height * 3 if shown.image is not None else 0
