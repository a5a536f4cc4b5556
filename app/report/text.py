"""Small, format-neutral text helpers shared by the PDF and the HTML report.

Both formats must say the same thing in the same words, so dates, sizes and cleaning of
user text are decided once, here.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

from app.incidents import vocabulary
from app.incidents.dates import DateFormatError, parse_when
from app.sizes import human_size

EMPTY = "—"

# Bidi embeddings, overrides and isolates. An override (U+202E) can make "gpj.exe" read as
# "exe.jpg"; a report used as evidence shows the characters in their real order instead.
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def clean(text: object) -> str:
    """User text made safe to lay out: no control or bidi-override characters, no CR/tab."""
    if text is None:
        return ""
    s = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    s = _CONTROL.sub("", s).translate(_BIDI_CONTROLS)
    # Lone surrogates cannot be encoded in a PDF or an HTML file.
    return s.encode("utf-8", "replace").decode("utf-8")


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters; table cells must fit on one page."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fit_glyphs(text: str, covered: frozenset[int]) -> str:
    """Replace what the font cannot draw with U+FFFD rather than let it vanish silently."""
    if all(ord(c) in covered or c == "\n" for c in text):
        return text
    out = []
    for c in text:
        if c == "\n" or ord(c) in covered:
            out.append(c)
        elif unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue  # a combining mark or format character the font lacks adds nothing
        else:
            out.append("\ufffd")
    return "".join(out)


def size_with_bytes(size: int) -> str:
    return f"{human_size(size)} ({size:,} bytes)"


def _zone(dt: datetime) -> str:
    if dt.tzinfo is None:
        return ""
    offset = dt.utcoffset()
    if not offset:
        return " UTC"
    total = int(offset.total_seconds()) // 60
    sign = "+" if total >= 0 else "-"
    return f" UTC{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


def _day(dt: datetime) -> str:
    return f"{dt.day} {_MONTHS[dt.month - 1]} {dt.year}"


def format_timestamp(value: object) -> str:
    """A machine time (ISO 8601) as "8 Mar 2024, 10:11:12 UTC"; unparseable text as is.

    A date alone (unsigned bundles carry record times to the day) stays a day: "8 Mar 2024".
    """
    if not value:
        return EMPTY
    text = clean(value)
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if len(text) == len("2024-03-08"):
        return _day(dt)
    return f"{_day(dt)}, {dt:%H:%M:%S}{_zone(dt)}"


def format_point(value: str) -> str:
    """One incident date in the form it was given: year, month, day or exact time."""
    try:
        normalized, _, form = parse_when(value)
    except (DateFormatError, ValueError):
        return clean(value)
    if len(normalized) == 4:
        return normalized
    if form == "month":
        year, month = normalized.split("-")
        return f"{_MONTHS[int(month) - 1]} {year}"
    dt = datetime.fromisoformat(normalized)
    if form == "day":
        return _day(dt)
    seconds = ":%S" if dt.second else ""
    return f"{_day(dt)}, {dt.strftime('%H:%M' + seconds)}{_zone(dt)}"


def format_when(start: object, until: object = None, precision: object = None) -> str:
    """When an incident happened, e.g. "approx. Mar 2024" or "8 Mar 2024 – 10 Mar 2024"."""
    if not start:
        return "Date not recorded"
    text = format_point(str(start))
    if until:
        text += f" – {format_point(str(until))}"
    if precision == "approximate" and len(str(start)) > 4:
        text = f"approx. {text}"
    return text


def precision_label(precision: object) -> str:
    label = vocabulary.PRECISIONS.get(str(precision), "")
    return label[:1].lower() + label[1:] if label else ""


def month_key(value: object) -> tuple[int, int] | None:
    """(year, month) of an incident date, or None when it is unknown or only a year."""
    if not value:
        return None
    try:
        normalized, key, _ = parse_when(str(value))
    except (DateFormatError, ValueError):
        return None
    if len(normalized) == 4:
        return None
    return int(key[:4]), int(key[5:7])


def year_of(value: object) -> int | None:
    if not value:
        return None
    try:
        return int(parse_when(str(value))[1][:4])
    except (DateFormatError, ValueError):
        return None


def month_name(month: int) -> str:
    return _MONTHS[month - 1]


def is_web_url(url: str) -> bool:
    """Only http(s) addresses become links; everything else stays plain text."""
    return url.strip().lower().startswith(("http://", "https://")) and not any(
        c.isspace() or ord(c) < 0x20 for c in url.strip()
    )


def relative_href(path: str) -> str | None:
    """A bundle path as a relative URL, or None if it could escape the bundle folder."""
    if not path or path.startswith(("/", "\\")) or "\\" in path or ":" in path.split("/")[0]:
        return None
    if any(part in ("", ".", "..") for part in path.split("/")):
        return None
    return quote(path, safe="/")
