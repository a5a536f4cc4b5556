"""Where the report's fonts live, in a source checkout and in a PyInstaller build.

The PDF embeds DejaVu because it covers Azerbaijani (ə ğ ı İ ş) and Cyrillic, and because a
report must never depend on fonts that happen to be installed (or fetched) on a machine.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

SANS = "DejaVuSans.ttf"
SANS_BOLD = "DejaVuSans-Bold.ttf"
MONO = "DejaVuSansMono.ttf"


class FontsMissingError(FileNotFoundError):
    """The shipped fonts are not where the build should have put them."""


def font_dir() -> Path:
    """``resources/fonts``: under ``sys._MEIPASS`` when frozen, else next to ``app/``."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources" / "fonts")
    candidates.append(Path(__file__).resolve().parents[2] / "resources" / "fonts")
    for folder in candidates:
        if (folder / SANS).is_file():
            return folder
    raise FontsMissingError(
        "The report fonts (DejaVu) are missing; looked in: " + ", ".join(map(str, candidates))
    )


@cache
def covered_codepoints(file_name: str) -> frozenset[int]:
    """Code points the font can draw, so text can be fitted before fpdf2 sees it."""
    from fontTools.ttLib import TTFont

    with TTFont(font_dir() / file_name, lazy=True) as font:
        return frozenset(font.getBestCmap() or {})
