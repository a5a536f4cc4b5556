"""File sizes as people read them, written one way everywhere: the app, the report.

Decimal units ("1.4 MB" is 1,400,000 bytes), as file managers on every platform but
Windows show them; where the exact size matters (the report's evidence table) the byte
count is shown next to it.
"""

from __future__ import annotations


def human_size(size: int) -> str:
    """ "1.4 MB"; "999 B"; "250 MB" (no decimal once there are three digits)."""
    if size < 1000:
        return f"{size} B"
    value = float(size)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"
    raise AssertionError("unreachable")
