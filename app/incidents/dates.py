"""When an incident happened, as people know it: to the second, the day, the month, or roughly.

Accepted forms: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, and ``YYYY-MM-DDTHH:MM[:SS]`` with an
optional ``Z`` or ``±HH:MM`` offset (a space may stand for the ``T``).
"""

from __future__ import annotations

import re
from datetime import date, datetime

_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class DateFormatError(ValueError):
    """Not a date Quire understands."""


def parse_when(value: str) -> tuple[str, str, str]:
    """(normalized text, sortable key, the precision this form implies)."""
    text = value.strip()
    if _YEAR.match(text):
        return text, f"{text}-01-01T00:00:00", "approximate"
    m = _MONTH.match(text)
    if m:
        if not 1 <= int(m.group(2)) <= 12:
            raise DateFormatError(f"{value!r} has no month {m.group(2)}")
        return text, f"{text}-01T00:00:00", "month"
    if len(text) == 10:
        try:
            d = date.fromisoformat(text)
        except ValueError:
            raise DateFormatError(f"{value!r} is not a valid date (YYYY-MM-DD)") from None
        return d.isoformat(), f"{d.isoformat()}T00:00:00", "day"
    try:
        dt = datetime.fromisoformat(text.replace(" ", "T", 1).replace("Z", "+00:00"))
    except ValueError:
        raise DateFormatError(
            f"{value!r} is not a date: use YYYY-MM-DD, YYYY-MM, or YYYY-MM-DDTHH:MM"
        ) from None
    normalized = dt.isoformat(timespec="seconds" if dt.second or "." in text else "minutes")
    return normalized, dt.strftime("%Y-%m-%dT%H:%M:%S"), "exact"


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
