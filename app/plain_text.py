"""Text from someone else made safe to show: no control characters, one line where one is meant.

A bundle's author field or an incident title is written by whoever made it. Printed as it
is, ``"Ann\\nSignature: GOOD"`` draws a fake line in a terminal or a label, and escape
sequences can rewrite the terminal. The CLI (``app.cli.render``) and the GUI both go
through these two functions, so they neutralise the same characters.
"""

from __future__ import annotations

_KEEP = {"\n", "\t"}


def printable(text: object) -> str:
    """``text`` without control, format (bidi overrides) or other unprintable characters.

    Newlines and tabs stay: this is for multi-line text such as a narrative.
    """
    return "".join(ch for ch in str(text) if ch in _KEEP or ch.isprintable())


def one_line(text: object, limit: int = 200) -> str:
    """``text`` as one line: every line break and tab becomes a space, and it is cut at
    ``limit`` characters (with "…"), so a field cannot pose as another line of output."""
    flat = " ".join(printable(str(text).replace("\t", " ")).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
