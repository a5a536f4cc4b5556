"""Get the report's heavy start-up done while the person types the passphrase.

A bundle's report needs fpdf2, fontTools (its table and subsetting modules) and Pillow, and
the DejaVu fonts parsed: about 0.45 s in a fresh ``quire-cli export`` process, more than the
rest of an export of a small diary together. None of it depends on the vault, so the
command starts it on a helper thread before it unlocks: the passphrase prompt waits on the
terminal and Argon2id runs in C without the GIL, on one core, which leaves the other core
free for this. The export then finds the modules imported and the fonts' coverage cached.
Nothing of the diary is touched here.
"""

from __future__ import annotations

import contextlib
import threading


def _warm() -> None:
    from fpdf import FPDF

    from app.report import fonts, render_html, render_pdf  # noqa: F401 (the import is the point)

    folder = fonts.font_dir()
    scratch = FPDF()
    for name in (fonts.SANS, fonts.SANS_BOLD, fonts.MONO):
        fonts.covered_codepoints(name)  # cached for the real render
        # fontTools imports each table's module the first time a font needs it.
        scratch.add_font(fname=str(folder / name))


def _run() -> None:
    # A failure here changes nothing: the export imports and parses again and says why.
    with contextlib.suppress(Exception):
        _warm()


def start() -> threading.Thread:
    """Begin warming up on a daemon thread (a failed unlock just exits past it)."""
    thread = threading.Thread(target=_run, name="quire-report-warm-up", daemon=True)
    thread.start()
    return thread
