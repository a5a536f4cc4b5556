"""The export's warm-up: it leaves a PDF with the fonts parsed for the render, and it runs
at the lowest priority without lowering the rest of the process."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from app.bundle import warm_up
from app.report import pdf_report, render_pdf
from tests.report.sample import make_sample


def test_the_render_takes_the_warm_ups_pdf_once_and_draws_the_same_bytes() -> None:
    inp = make_sample().report_input()
    plain = render_pdf(inp)
    warm_up.start().join()
    assert len(pdf_report._spare) == 1
    spare = pdf_report._spare[0]
    taken = pdf_report.new_pdf(pdf_report.c.build(inp))
    assert taken is spare and pdf_report._spare == []  # used once, then gone
    warm_up.start().join()
    assert render_pdf(inp) == plain
    assert pdf_report._spare == []
    assert render_pdf(inp) == plain  # and without one


@pytest.mark.skipif(sys.platform != "linux", reason="a thread's own nice value is Linux's")
def test_the_warm_up_thread_alone_runs_at_the_lowest_priority() -> None:
    before = os.getpriority(os.PRIO_PROCESS, 0)
    seen: list[int] = []

    def run() -> None:
        warm_up._yield_to_argon2id()
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert seen == [19]
    assert os.getpriority(os.PRIO_PROCESS, 0) == before  # the process (main thread) keeps its own
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
