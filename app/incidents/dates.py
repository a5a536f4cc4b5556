"""When an incident happened, as records store it: to the second, the day, the month, or
roughly.

Stored forms: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, and ``YYYY-MM-DDTHH:MM[:SS]`` with an
optional ``Z`` or ``±HH:MM`` offset (a space may stand for the ``T``). The parser is
:mod:`app.dates` (which also reads what people type); this module keeps the record's view.
"""

from __future__ import annotations

from app.dates import DateFormatError, parse_stored

__all__ = ["DateFormatError", "display_when", "parse_when", "sort_key"]


def parse_when(value: str) -> tuple[str, str, str]:
    """(normalized text, sortable key, the precision this form implies)."""
    when = parse_stored(value)
    return when.stored, when.sort_key, when.precision


def sort_key(value: str) -> str:
    return parse_when(value)[1]


def display_when(value: str | None) -> str:
    """A date as people read it: ``2025-03-08 12:30`` rather than ``2025-03-08T12:30:00+04:00``.

    The stored text keeps every detail (seconds, offset); only the display is shortened.
    """
    if not value:
        return ""
    if "T" not in value:
        return value
    day, _, time = value.partition("T")
    return f"{day} {time[:5]}"
