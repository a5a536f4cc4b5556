"""Dates and times as people type them, and as Quire stores them: the one parser.

People write "14.05.2025 23:15", "14/05/2025", "2025-05-14", "5/6/2025 9:05:30"; Quire
stores ISO 8601 text ("2025-05-14T23:15"). :func:`parse_typed` reads every form a person
may type (in any field, prompt or command-line option) and gives back the stored form;
:func:`parse_stored` reads only the stored forms (the record's contract: JSON files and
bundles are never read by locale).

A day and a month that could be swapped ("05/06/2025", written with / or -) are read in the
person's order (``day_first``, from their locale) and the result says so (``ambiguous``),
so the caller can show the reading back. "14/05/2025" is never ambiguous; a date with dots
("05.06.2025") is always day first, as everywhere dots are written. Digits of any script
(Arabic-Indic, full-width) count as digits; the many dashes, slashes and spaces Unicode has
count as their plain form.

Every error is a :class:`DateFormatError` whose ``template`` is marked for translation.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP, Text

PRECISIONS = ("exact", "day", "month", "approximate")

# Locales (language_TERRITORY or language) that write the month before the day.
_MONTH_FIRST = frozenset({"en_US", "en_PH", "en_CA", "en_AS", "en_GU", "en_UM", "en_VI", "en"})

_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "dates", "'{text}' is not a date. Write it like 14.05.2025 or 14.05.2025 23:15."
)
_NO_SUCH_DAY = QT_TRANSLATE_NOOP("dates", "'{text}' is not a day of the calendar.")
_NO_SUCH_TIME = QT_TRANSLATE_NOOP("dates", "'{text}' has no such time of day.")
_NOT_STORED = QT_TRANSLATE_NOOP(
    "dates", "'{text}' is not a date: use YYYY-MM-DD, YYYY-MM, or YYYY-MM-DDTHH:MM."
)


class DateFormatError(QuireError, ValueError):
    """Not a date Quire understands; ``template`` and ``values`` let the GUI translate it."""

    def __init__(self, template: str, text: str) -> None:
        self.template = template
        self.values = {"text": text}
        super().__init__(Text("dates", template, self.values))


@dataclass(frozen=True)
class When:
    """A date read from text: what to store, how to sort it, and how exactly it is known."""

    stored: str  # ISO text: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][offset]
    sort_key: str  # YYYY-MM-DDTHH:MM:SS, the wall-clock time it names
    precision: str  # exact, day, month or approximate (a year alone)
    ambiguous: bool = False  # day and month could be swapped; read by the locale's order

    @property
    def has_time(self) -> bool:
        return "T" in self.stored

    def at_precision(self, precision: str) -> str:
        """The stored form cut or filled to ``precision`` (a switch in the editor)."""
        key = self.sort_key
        if precision == "exact":
            return self.stored if self.has_time else key[:16]
        if precision == "month":
            return key[:7]
        return key[:10]


def day_first_for_locale(name: str) -> bool:
    """True unless the locale (``en_US``, ``en_US.UTF-8``, ``ru``) writes the month first."""
    base = name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    return base not in _MONTH_FIRST and base.split("_", 1)[0] != "fil"


# -- normalizing what was typed ----------------------------------------------------------------
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SLASHES = "\u2044\u2215\uff0f"
_DOTS = "\u3002\uff0e\u2024"
_COLONS = "\ua789\u2236\uff1a"


def _plain(text: str) -> str:
    """ASCII digits and separators for any script's; runs of spaces as one space."""
    out: list[str] = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        elif unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.decimal(ch)))
        elif ch in _DASHES:
            out.append("-")
        elif ch in _SLASHES:
            out.append("/")
        elif ch in _DOTS:
            out.append(".")
        elif ch in _COLONS:
            out.append(":")
        elif ch.isspace():
            out.append(" ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


_ISO_DAY = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_PEOPLE_DAY = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
_YEAR = re.compile(r"\d{4}")
_ISO_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
_PEOPLE_MONTH = re.compile(r"(\d{1,2})[./-](\d{4})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?")
_SPLIT = re.compile(r"^(\S+?)(?:(?:,? +|T)(.+))?$")


def parse_typed(value: str, *, day_first: bool = True) -> When:
    """What a person typed, in any accepted form; raises :class:`DateFormatError`."""
    if not isinstance(value, str):
        raise DateFormatError(_NOT_A_DATE, str(value))
    shown = value.strip()
    text = _plain(shown)
    m = _SPLIT.match(text)
    if not m:
        raise DateFormatError(_NOT_A_DATE, shown)
    day_text, time_text = m.group(1), m.group(2)
    if day_text.endswith(","):
        day_text = day_text[:-1]
    if time_text is None and _YEAR.fullmatch(day_text):
        return When(day_text, f"{day_text}-01-01T00:00:00", "approximate")
    if time_text is None:
        month = _ISO_MONTH.fullmatch(day_text) or _PEOPLE_MONTH.fullmatch(day_text)
        if month:
            year, mon = (
                (month.group(1), month.group(2))
                if month.re is _ISO_MONTH
                else (month.group(2), month.group(1))
            )
            if not 1 <= int(mon) <= 12:
                raise DateFormatError(_NO_SUCH_DAY, shown)
            stored = f"{year}-{int(mon):02d}"
            return When(stored, f"{stored}-01T00:00:00", "month")
    day, ambiguous = _day(day_text, shown, day_first)
    if time_text is None:
        return When(day.isoformat(), f"{day.isoformat()}T00:00:00", "day", ambiguous)
    return _with_time(day, time_text, shown, ambiguous)


def _day(text: str, shown: str, day_first: bool) -> tuple[date, bool]:
    iso = _ISO_DAY.fullmatch(text)
    ambiguous = False
    if iso:
        year, month, dom = int(iso.group(1)), int(iso.group(3)), int(iso.group(4))
    else:
        m = _PEOPLE_DAY.fullmatch(text)
        if not m:
            raise DateFormatError(_NOT_A_DATE, shown)
        first, sep, second, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        if sep == ".":
            dom, month = first, second
        elif first > 12 or second > 12:
            dom, month = (first, second) if first > 12 else (second, first)
        else:
            dom, month = (first, second) if day_first else (second, first)
            ambiguous = first != second
    try:
        return date(year, month, dom), ambiguous
    except ValueError:
        raise DateFormatError(_NO_SUCH_DAY, shown) from None


def _with_time(day: date, text: str, shown: str, ambiguous: bool) -> When:
    m = _TIME.fullmatch(text)
    if not m:
        raise DateFormatError(_NOT_A_DATE, shown)
    hour, minute = int(m.group(1)), int(m.group(2))
    second = int(m.group(3)) if m.group(3) is not None else None
    if hour > 23 or minute > 59 or (second or 0) > 59:
        raise DateFormatError(_NO_SUCH_TIME, shown)
    offset = m.group(4) or ""
    if offset and offset != "Z":
        digits = offset[1:].replace(":", "")
        if int(digits[:2]) > 23 or int(digits[2:]) > 59:
            raise DateFormatError(_NO_SUCH_TIME, shown)
        offset = f"{offset[0]}{digits[:2]}:{digits[2:]}"
    clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
    stored = f"{day.isoformat()}T{clock}" + ("+00:00" if offset == "Z" else offset)
    sort = f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second or 0:02d}"
    return When(stored, sort, "exact", ambiguous)


# -- the stored forms (the record's contract) ---------------------------------------------------
_STORED_YEAR = re.compile(r"^\d{4}$")
_STORED_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_stored(value: str) -> When:
    """Only ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM[:SS]`` (+ Z or offset;
    a space may stand for the ``T``): what records, JSON files and bundles hold."""
    text = value.strip()
    if _STORED_YEAR.match(text):
        return When(text, f"{text}-01-01T00:00:00", "approximate")
    m = _STORED_MONTH.match(text)
    if m:
        if not 1 <= int(m.group(2)) <= 12:
            raise DateFormatError(_NO_SUCH_DAY, value)
        return When(text, f"{text}-01T00:00:00", "month")
    if len(text) == 10:
        try:
            d = date.fromisoformat(text)
        except ValueError:
            raise DateFormatError(_NOT_STORED, value) from None
        return When(d.isoformat(), f"{d.isoformat()}T00:00:00", "day")
    if not text.isascii():
        raise DateFormatError(_NOT_STORED, value)
    try:
        dt = datetime.fromisoformat(text.replace(" ", "T", 1).replace("Z", "+00:00"))
    except ValueError:
        raise DateFormatError(_NOT_STORED, value) from None
    normalized = dt.isoformat(timespec="seconds" if dt.second or "." in text else "minutes")
    return When(normalized, dt.strftime("%Y-%m-%dT%H:%M:%S"), "exact")


def typed_or_none(value: Any, *, day_first: bool = True) -> str | None:
    """A command-line option or prompt answer as stored text; blank or None means none."""
    if value is None or not str(value).strip():
        return None
    return parse_typed(str(value), day_first=day_first).stored


def day_first_from_environment(environ: dict[str, str] | None = None) -> bool:
    """The terminal's order of day and month, from LC_ALL, LC_TIME or LANG (day first if
    none says otherwise)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        if env.get(name):
            return day_first_for_locale(env[name])
    return True
