"""The PDF's photo previews, made on worker threads: in order, bounded, read on the layout's
thread, failures still notes, cancellation still honoured."""

from __future__ import annotations

import io
import threading
import time
from typing import Any

import pytest
from PIL import Image

from app.errors import CancelledError
from app.report import render_pdf
from app.report.content import EvidenceView
from app.report.images import (
    FULL_SIZE,
    PHOTO_PIXELS,
    PREVIEW_PIXELS,
    SMALLEST,
    UNAVAILABLE,
    pdf_preview,
    preview_scale,
)
from app.report.previews import AHEAD, HELD_BYTES, READY, PreviewQueue
from tests.report.sample import jpeg_bytes, make_sample


def _pictures(n: int) -> tuple[list[tuple[int, EvidenceView]], dict[tuple[int, int], bytes]]:
    wanted, blobs = [], {}
    for i in range(n):
        fmt = "PNG" if i % 3 == 0 else "JPEG"
        buf = io.BytesIO()
        Image.new("RGB", (200 + 10 * i, 150), (i * 12, 80, 160)).save(buf, fmt)
        data = buf.getvalue()
        if i == 4:
            data = b"\xff\xd8\xff\xe0 a damaged picture" * 20
        mime = "image/png" if i % 3 == 0 else "image/jpeg"
        ev = EvidenceView(100 + i, f"p{i}", len(data), mime, "", "", f"evidence/1/{100 + i}")
        wanted.append((1 + i // 4, ev))
        blobs[(1 + i // 4, 100 + i)] = data
    return wanted, blobs


def _input(blobs: dict[tuple[int, int], bytes], readers: list[str] | None = None) -> Any:
    def open_evidence(incident_id: int, evidence_id: int) -> io.BytesIO:
        if readers is not None:
            readers.append(threading.current_thread().name)
        return io.BytesIO(blobs[(incident_id, evidence_id)])

    return make_sample().report_input(open_evidence=open_evidence)


def test_previews_come_in_order_as_made_on_this_thread_and_bounded() -> None:
    wanted, blobs = _pictures(20)
    readers: list[str] = []
    inp = _input(blobs, readers)
    with PreviewQueue(inp, wanted) as queue:
        shown = [queue.take(i, ev) for i, ev in wanted]
        assert queue.in_flight_peak <= AHEAD
    expected = [pdf_preview(_input(blobs), i, ev) for i, ev in wanted]
    assert [(s.width, s.height, s.note) for s in shown] == [
        (s.width, s.height, s.note) for s in expected
    ]
    assert shown[4].note == UNAVAILABLE and shown[4].image is None  # a note, not a crash
    # The vault is read on the layout's thread only (its connection is that thread's).
    assert set(readers) == {threading.current_thread().name}
    assert len(readers) == len(wanted)


def test_memory_bound_counts_pictures_and_bytes() -> None:
    wanted, blobs = _pictures(12)
    with PreviewQueue(_input(blobs), wanted, ahead=2) as queue:
        for i, ev in wanted:
            queue.take(i, ev)
        assert queue.in_flight_peak == 2
    with PreviewQueue(_input(blobs), wanted, ahead_bytes=1) as queue:
        for i, ev in wanted:
            queue.take(i, ev)
        assert queue.in_flight_peak == 1  # one file over the byte bound is still taken


def test_an_unforeseen_picture_is_made_on_the_spot() -> None:
    wanted, blobs = _pictures(6)
    with PreviewQueue(_input(blobs), wanted[1:]) as queue:
        first = queue.take(*wanted[0])
        assert first.width == 200  # wanted[0] was not queued: made here, not mixed up
        assert [queue.take(i, ev).width for i, ev in wanted[1:]] == [
            pdf_preview(_input(blobs), i, ev).width for i, ev in wanted[1:]
        ]


def _workers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("report-previews")]


def test_a_cancelled_report_stops_its_workers() -> None:
    sample = make_sample()
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 1  # after the first incident

    with pytest.raises(CancelledError):
        render_pdf(sample.report_input(cancel=cancel))
    assert _workers() == []


def test_report_pictures_are_drawn(tmp_path: Any) -> None:
    """The sample's PNG and JPEG reach the PDF through the queue (image XObjects)."""
    pdf = render_pdf(make_sample().report_input())
    assert pdf.count(b"/Subtype /Image") >= 2
    assert _workers() == []
    assert Image.open(io.BytesIO(jpeg_bytes())).size == (640, 960)


def test_the_same_input_gives_the_same_bytes_whatever_the_threads_did() -> None:
    """REPORT.md promises it; the previews' workers finish in any order."""
    sample = make_sample()
    sample.incidents[0]["evidence"][0]["intimate"] = True
    first = render_pdf(sample.report_input())
    assert all(render_pdf(sample.report_input()) == first for _ in range(3))


def test_prepared_previews_wait_for_the_layout_within_a_memory_bound() -> None:
    """Pumped at every page before any picture is drawn (the chronology, the remedies), the
    queue prepares ahead, but stops reading while HELD_BYTES of previews wait."""
    wanted, blobs = _pictures(20)
    for held, expected in ((HELD_BYTES, len(wanted)), (0, 2)):
        readers: list[str] = []
        with PreviewQueue(_input(blobs, readers), wanted, ahead=2, held_bytes=held) as queue:
            for _ in range(200):
                queue.pump()
                time.sleep(0.005)
            assert len(readers) == expected, held
            assert queue.held_peak <= max(held, 0) + 2 * 200 * 400 * 3
            assert [queue.take(i, ev).width for i, ev in wanted][:3] == [200, 210, 220]


def test_files_that_are_no_pictures_are_not_all_queued_at_once() -> None:
    """2,000 photos that are not pictures (or damaged) become notes at once and hold no
    memory: the queue still takes at most READY of them ahead of the layout, so that each
    pump does not re-count thousands (an export of 2,000 such files spent 2.4 of its 16.8 s
    profiled there)."""
    junk = b"not a picture at all" * 10
    wanted = [
        (1, EvidenceView(i, f"j{i}.jpg", len(junk), "image/jpeg", "", "", f"evidence/1/{i}"))
        for i in range(READY * 3)
    ]
    blobs = {(1, i): junk for i in range(READY * 3)}
    with PreviewQueue(_input(blobs), wanted) as queue:
        shown = [queue.take(i, ev) for i, ev in wanted]
        assert queue.ready_peak == READY
    assert all(s.note == UNAVAILABLE for s in shown)


def test_the_html_takes_the_pdfs_finding_instead_of_decoding_each_picture_again() -> None:
    from app.report import render_html

    sample = make_sample()
    fresh_html = render_html(sample.report_input())
    opened: list[tuple[int, int]] = []

    def open_evidence(incident_id: int, evidence_id: int) -> io.BytesIO:
        opened.append((incident_id, evidence_id))
        return sample.open(incident_id, evidence_id)

    inp = sample.report_input(open_evidence=open_evidence)
    render_pdf(inp)
    assert inp.picture_notes  # the PDF recorded what it found of each picture
    after_pdf = len(opened)
    assert render_html(inp) == fresh_html  # the same notes as an HTML rendered alone
    assert len(opened) == after_pdf  # and no picture read again for it


def test_many_pictures_are_each_shown_smaller_and_never_below_the_floor() -> None:
    assert preview_scale(1) == preview_scale(FULL_SIZE) == 1.0
    assert preview_scale(4 * FULL_SIZE) == pytest.approx(0.5)
    assert preview_scale(100 * FULL_SIZE) == SMALLEST
    photo = jpeg_bytes(3000, 2000)
    png = io.BytesIO()
    Image.new("RGB", (2400, 600), "teal").save(png, "PNG")
    pictures = {(1, 1): photo, (1, 2): png.getvalue()}
    wanted = [
        (1, EvidenceView(1, "photo.jpg", len(photo), "image/jpeg", "", "", "evidence/1/1")),
        (1, EvidenceView(2, "screen.png", len(pictures[(1, 2)]), "image/png", "", "", "e/1/2")),
    ]
    with PreviewQueue(_input(pictures), wanted) as queue:  # two pictures: full size
        full = [queue.take(i, ev) for i, ev in wanted]
    with PreviewQueue(_input(pictures), wanted, full_size=1) as queue:  # as if 4 x too many
        assert queue.size == pytest.approx(preview_scale(2, 1))
        small = [queue.take(i, ev) for i, ev in wanted]
    assert max(full[0].width, full[0].height) >= PHOTO_PIXELS
    # The JPEG is decoded at the draft scale that keeps the smaller size (1/4: 750 px >=
    # 1,000 x 0.71), not at full size's 1/2 and then resampled.
    assert PHOTO_PIXELS * queue.size <= small[0].width == 3000 // 4
    assert full[1].width == PREVIEW_PIXELS and small[1].width == round(PREVIEW_PIXELS * queue.size)


def test_one_incident_of_many_pictures_stops_when_cancelled_and_counts_each_file() -> None:
    wanted, blobs = _pictures(24)
    inp = _input(blobs)
    doc = inp.incidents[0]
    inp.incidents = [doc]
    doc["evidence"] = [
        {
            "id": ev.id,
            "name": ev.name,
            "size": ev.size,
            "type": ev.type,
            "sha256": "ab" * 32,
            "imported_at": "2024-06-13T08:15:02Z",
        }
        for _, ev in wanted
    ]
    pictures = {ev.id: blobs[key] for (key, (_, ev)) in zip(blobs, wanted, strict=True)}
    inp.open_evidence = lambda i, e: io.BytesIO(pictures[e])
    done: list[int] = []
    inp.evidence_done = lambda: done.append(1)
    render_pdf(inp)
    assert len(done) == 24  # once for each file of the incident
    done.clear()
    inp.cancel = lambda: len(done) >= 5
    with pytest.raises(CancelledError):
        render_pdf(inp)
    assert len(done) == 5  # stopped at the next picture, inside the one incident
