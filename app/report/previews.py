"""The PDF's photo previews, made on a worker thread while the text is laid out.

Why: a 2000x1500 photo costs ~60 ms of CPU to decode, downscale and re-encode, 300 of
them ~17 s, as much as laying out 1,000 incidents' text. Pillow lets go of the GIL while
it decodes, resamples and encodes, so on a second core the pictures are ready when the
layout reaches them. The layout's thread still reads each file (``open_evidence`` may use
the vault, which is its own) and parses the header with the decompression-bomb check;
the worker only turns pixels into a preview. At most ``AHEAD`` pictures are read and not
yet drawn, so memory stays that of a few photos whatever the report's size.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

from app.report.content import EvidenceView
from app.report.images import UNAVAILABLE, Preview, finish, open_source, pdf_preview
from app.report.model import ReportInput

AHEAD = 3  # pictures read ahead of the layout: one being drawn, two being prepared


class PreviewQueue:
    """Previews of ``wanted`` (incident id, evidence), in the order the layout takes them."""

    def __init__(
        self, inp: ReportInput, wanted: Iterable[tuple[int, EvidenceView]], ahead: int = AHEAD
    ) -> None:
        self._inp = inp
        self._wanted = deque(wanted)
        self._ahead = max(1, ahead)
        self._ready: deque[tuple[tuple[int, int], Preview | Future[Preview]]] = deque()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-previews")
        self.in_flight_peak = 0  # the most pictures held at once (a test checks the bound)
        self._fill()

    def _fill(self) -> None:
        while self._wanted and len(self._ready) < self._ahead:
            incident_id, ev = self._wanted.popleft()
            source = open_source(self._inp, incident_id, ev)
            if isinstance(source, Preview):
                self._ready.append(((incident_id, ev.id), source))
            else:
                job = self._pool.submit(finish, source, ev.intimate)
                self._ready.append(((incident_id, ev.id), job))
        self.in_flight_peak = max(self.in_flight_peak, len(self._ready))

    def take(self, incident_id: int, ev: EvidenceView) -> Preview:
        """The preview of this picture: prepared ahead, or made here if it was not foreseen."""
        if not self._ready or self._ready[0][0] != (incident_id, ev.id):
            return pdf_preview(self._inp, incident_id, ev)
        _, item = self._ready.popleft()
        try:
            shown = item if isinstance(item, Preview) else item.result()
        except Exception:  # finish() never raises; a broken worker is still only a note
            shown = Preview(note=UNAVAILABLE)
        self._fill()
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
