"""Get the report's heavy start-up done while the person types the passphrase.

A bundle's report needs fpdf2, fontTools (its table and subsetting modules) and Pillow, and
the DejaVu fonts parsed: about 0.45 s in a fresh ``quire-cli export`` process, more than the
rest of an export of a small diary together. None of it depends on the vault, so the
command starts it on a helper thread before it unlocks, while the passphrase prompt waits
on the terminal. The export then finds the modules imported, the fonts' coverage cached and
a PDF with the fonts parsed waiting (app/report/pdf_report.prepare_spare). Nothing of the
diary is touched here.

When the passphrase comes at once (piped), the warm-up runs beside Argon2id, whose four
lanes are threads of their own in C: the warm-up runs at the lowest priority there, so it
only takes what the lanes leave idle.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading


def _warm() -> None:
    from app.report import render_html  # noqa: F401 (the import is the point)
    from app.report.pdf_report import prepare_spare

    # The fonts' coverage is cached for the real render, fontTools imports each table's
    # module as the fonts are parsed, and the parsed fonts wait in a spare PDF.
    prepare_spare()


def _yield_to_argon2id() -> None:
    """Run this thread at the lowest priority. Argon2id's four lanes run on threads of
    their own and wait for each other at every slice: a warm-up taking a core from one
    lane held all four back, and the unlock took longer when the passphrase came at once
    (piped). At nice 19 the warm-up fills the cores' idle moments instead. Linux only,
    where a thread has a nice value of its own (the call names this thread's id);
    elsewhere the id would not name this thread."""
    if sys.platform == "linux":
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


def _run() -> None:
    # A failure here changes nothing: the export imports and parses again and says why.
    with contextlib.suppress(Exception):
        _yield_to_argon2id()
        _warm()


def start() -> threading.Thread:
    """Begin warming up on a daemon thread (a failed unlock just exits past it)."""
    thread = threading.Thread(target=_run, name="quire-report-warm-up", daemon=True)
    thread.start()
    return thread
