"""The report's fonts: which files, and what they can draw.

The PDF embeds DejaVu because it covers Azerbaijani (ə ğ ı İ ş) and Cyrillic, and because a
report must never depend on fonts that happen to be installed (or fetched) on a machine.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app import resources

SANS = "DejaVuSans.ttf"
SANS_BOLD = "DejaVuSans-Bold.ttf"
MONO = "DejaVuSansMono.ttf"


class FontsMissingError(FileNotFoundError):
    """The shipped fonts are not where the build should have put them."""


def font_dir() -> Path:
    """The folder of the shipped DejaVu files (app/resources.py finds it)."""
    folder = resources.resource_dir("fonts")
    if not (folder / SANS).is_file():
        raise FontsMissingError(f"The report fonts (DejaVu) are missing; looked in: {folder}")
    return folder


@cache
def covered_codepoints(file_name: str) -> frozenset[int]:
    """Code points the font can draw, so text can be fitted before fpdf2 sees it."""
    from fontTools.ttLib import TTFont

    with TTFont(font_dir() / file_name, lazy=True) as font:
        return frozenset(font.getBestCmap() or {})
