"""WhatsApp "Export chat": the Android .txt and the iOS _chat.txt.

Each entry starts with a date and a time in the phone's locale — ``23/03/2022, 13:31 -``
(Android), ``[3/27/22, 21:41:35]`` (iOS), dots or dashes between date parts, 12-hour
times with a space or U+202F before AM/PM, Arabic-Indic digits, U+200E marks; lines
without one continue the message before. The file names no time zone and does not say
whether 03/04 is the 3rd of April or March the 4th: the order is read from the whole
file (one date with a part above 12 decides it) and otherwise asked; both answers are
recorded in the report.

Placeholders are recognised by their shape — ``<…>`` for omitted media, ``NAME (…)``
and ``<…: NAME>`` for attached files, a body behind an iOS U+200E mark for notices —
with the words in the text kept as written; only "deleted" needs a list of wordings
(en, az, ru), and unknown wordings stay plain text, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

from app.chats import timezones
from app.chats.model import (
    DELETED,
    MEDIA,
    SYSTEM,
    TEXT,
    AmbiguousDateOrderError,
    Attachment,
    ChatFormatError,
    Conversation,
    Message,
    ParseResult,
    iso_utc,
)
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import fill
from app.incidents.fold import fold

_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
# Same length in and out, so positions found in the normalised line hold in the original.
_NORMAL = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،", "01234567890123456789,")
_DATE = r"(?P<d1>\d{1,4})[./\-](?P<d2>\d{1,2})[./\-](?P<d3>\d{1,4})"
_TIME = r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?"
_AMPM = r"(?:[ \u202f\u00a0]?(?P<ampm>[AaPp]\.?[ \u202f\u00a0]?[Mm]\.?|ص|م))?"
_ANDROID = re.compile(rf"{_DATE},?[ \u00a0]{_TIME}{_AMPM}[ \u00a0]?[-–][ \u00a0]")
_IOS = re.compile(rf"\[{_DATE},?[ \u00a0]{_TIME}{_AMPM}\][ \u00a0]")
_PREFIX = 64  # longer than any date-and-time prefix: only this much is normalised
_LINE_BREAK = re.compile(r"\r\n|\n|\r")

_ATTACHED = re.compile(r"<[^<>:]{1,40}:\s*(?P<name>[^<>/\\]+)>")  # iOS <attached: NAME>
_OMITTED = re.compile(r"<[^<>]{1,60}>")  # Android <Media omitted>, <Без медиафайлов>
_FILE_LABEL = re.compile(r"(?P<name>[^\s/\\()]+\.[A-Za-z0-9]{1,5}) \([^()]{1,40}\)")

_DELETED = {
    fold(w)
    for w in (
        "This message was deleted",
        "You deleted this message",
        "Bu ismarıc silindi",
        "Siz bu ismarıcı sildiniz",
        "Bu mesaj silindi",
        "Siz bu mesajı sildiniz",
        "Данное сообщение удалено",
        "Это сообщение удалено",
        "Вы удалили данное сообщение",
        "Вы удалили это сообщение",
    )
}
# iOS writes omitted media as a short body behind U+200E ("image omitted").
_OMITTED_WORDS = {fold(w) for w in ("omitted", "отсутствует", "buraxılıb", "çıxarılıb")}

DATE_ORDERS = ("dmy", "mdy")
_SHORT = 60  # longer than any placeholder or "deleted" wording


@dataclass(slots=True)
class _Header:
    line: int
    d: tuple[str, str, str]
    time: tuple[int, int, int]
    ampm: str | None
    shown: str
    rest: str


def _header(raw: str, number: int) -> _Header | None:
    stripped = raw.lstrip(_MARKS)
    norm = stripped[:_PREFIX].translate(_NORMAL)
    m = _IOS.match(norm) or _ANDROID.match(norm)
    if m is None:
        return None
    ampm = m.group("ampm")
    return _Header(
        number,
        (m.group("d1"), m.group("d2"), m.group("d3")),
        (int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0)),
        ampm,
        stripped[: m.end()].strip(" -–[]\u00a0").rstrip(" -–]\u00a0"),
        stripped[m.end() :],
    )


def _decide_order(headers: list[_Header], given: str | None, result: ParseResult) -> str:
    """Day/month order from the whole file, or the person's answer when both fit."""
    if all(len(h.d[0]) == 4 for h in headers):
        result.decisions.append(_T("chats", "Dates are written year first (year-month-day)."))
        return "ymd"
    day_first = next((h for h in headers if len(h.d[0]) < 4 and int(h.d[0]) > 12), None)
    month_first = next((h for h in headers if len(h.d[0]) < 4 and int(h.d[1]) > 12), None)
    if day_first and month_first:
        raise ChatFormatError(
            _T(
                "errors",
                "The dates mix two orders: line {line} reads day first, line {line2} month first. "
                "Is this one export?",
            ),
            line=day_first.line,
            line2=month_first.line,
        )
    proof = day_first or month_first
    if proof is not None:
        order = "dmy" if day_first else "mdy"
        if given and given != order:
            raise ChatFormatError(
                _T(
                    "errors",
                    "--date-order {given} does not fit this file: line {line} ({shown}) can only "
                    "be day first.",
                )
                if order == "dmy"
                else _T(
                    "errors",
                    "--date-order {given} does not fit this file: line {line} ({shown}) can only "
                    "be month first.",
                ),
                given=given,
                line=proof.line,
                shown=proof.shown,
            )
        result.decisions.append(
            fill(
                _T(
                    "chats",
                    "Day/month order: day first, read from the file (line {line}: {shown}).",
                )
                if order == "dmy"
                else _T(
                    "chats",
                    "Day/month order: month first, read from the file (line {line}: {shown}).",
                ),
                {"line": str(proof.line), "shown": proof.shown},
            )
        )
        return order
    if given is None:
        raise AmbiguousDateOrderError(
            _T(
                "errors",
                "Every date in this export reads both as day/month and month/day. Say which the "
                "phone used: --date-order dmy (23/03) or --date-order mdy (03/23).",
            )
        )
    result.decisions.append(
        fill(
            _T(
                "chats",
                "Day/month order: day first, as the person said (--date-order {given}); every "
                "date in the file reads both ways.",
            )
            if given == "dmy"
            else _T(
                "chats",
                "Day/month order: month first, as the person said (--date-order {given}); every "
                "date in the file reads both ways.",
            ),
            {"given": given},
        )
    )
    return given


def _when(h: _Header, order: str, zone: tzinfo) -> datetime:
    a, b, c = h.d
    if order == "ymd":
        year, month, day = int(a), int(b), int(c)
    elif order == "dmy":
        day, month, year = int(a), int(b), int(c)
    else:
        month, day, year = int(a), int(b), int(c)
    if year < 100:
        year += 2000
    hour, minute, second = h.time
    if h.ampm:
        pm = h.ampm[0] in "Pp" or h.ampm == "م"
        if not 1 <= hour <= 12:
            raise ValueError("hour out of range for a 12-hour time")
        hour = hour % 12 + (12 if pm else 0)
    return datetime(year, month, day, hour, minute, second, tzinfo=zone)


def _classify(body: str) -> tuple[str, list[Attachment]]:
    """The kind of a message body and its attachments, by the body's shape."""
    marked = body[:1] in _MARKS if body else False
    first, _, _rest = body.partition("\n")
    core = first.strip(_MARKS + " ")
    m = _ATTACHED.fullmatch(core)
    if m:
        return MEDIA, [Attachment(m.group("name").strip(_MARKS + " "))]
    m = _FILE_LABEL.fullmatch(core)
    if m:
        return MEDIA, [Attachment(m.group("name"))]
    if _OMITTED.fullmatch(core) and "\n" not in body:
        return MEDIA, [Attachment(None, placeholder=core)]
    folded = fold(core).rstrip(".") if len(core) <= _SHORT else ""  # wordings are short
    if folded in _DELETED and "\n" not in body:
        return DELETED, []
    if marked and "\n" not in body:
        if len(core.split()) <= 4 and set(folded.split()) & _OMITTED_WORDS:
            return MEDIA, [Attachment(None, placeholder=core)]
        return SYSTEM, []  # iOS marks its notices ("Messages and calls are end-to-end…")
    return TEXT, []


def parse(
    data: bytes,
    *,
    date_order: str | None = None,
    time_zone: str | None = None,
    title: str = "WhatsApp chat",
) -> ParseResult:
    """Every entry of a WhatsApp export, in file order."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ChatFormatError(
            _T("errors", "This is not a WhatsApp export: byte {start} is not UTF-8 text."),
            start=exc.start,
        ) from None
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    headers: list[tuple[int, _Header]] = []
    for i, raw in enumerate(lines):
        h = _header(raw, i + 1)
        if h is not None:
            headers.append((i, h))
    if not headers:
        raise ChatFormatError(
            _T("errors", "This is not a WhatsApp export: no line starts with a date and a time.")
        )
    result = ParseResult(format="whatsapp", conversations=[])
    order = _decide_order([h for _, h in headers], date_order, result)
    result.date_order = order
    zone, zone_label = timezones.resolve(time_zone)
    result.time_zone = zone_label
    result.decisions.append(fill(_T("chats", "Times read in {zone}."), {"zone": zone_label}))
    if any(h.ampm for _, h in headers):
        result.decisions.append(_T("chats", "Times are written with AM/PM (12-hour clock)."))

    conv = Conversation(platform="whatsapp", title=title)
    starts = {i: h for i, h in headers}
    current: Message | None = None
    body_lines: list[str] = []

    def finish() -> None:
        if current is None:
            return
        body = "\n".join(body_lines)
        if current.kind == SYSTEM:
            current.text = body.strip(_MARKS)
        else:
            kind, attachments = _classify(body)
            current.kind, current.attachments = kind, attachments
            current.text = body.lstrip(_MARKS)
        conv.messages.append(current)

    for i, raw in enumerate(lines):
        h = starts.get(i)
        if h is not None:
            try:
                when = _when(h, order, zone)
            except ValueError:
                result.unreadable.append(
                    f"line {i + 1}: the date or time {h.shown!r} does not exist; the line is "
                    "kept as part of the message before it"
                )
                h = None
        if h is None:
            if current is None:
                result.unreadable.append(
                    f"line {i + 1}: text before the first dated message (not imported)"
                )
            else:
                body_lines.append(raw)
            continue
        finish()
        sender, sep, body = h.rest.partition(": ")
        sender = sender.strip(_MARKS + " ")
        is_system = not sep or not sender or len(sender) > 80
        current = Message(
            index=len(conv.messages) + 1,
            locator=f"line {i + 1}",
            time_utc=iso_utc(when),
            time_shown=h.shown,
            sender=None if is_system else sender,
            sender_id=None,
            text="",
            kind=SYSTEM if is_system else TEXT,
        )
        body_lines = [h.rest if is_system else body]
    finish()
    out_of_order = sum(
        1 for a, b in zip(conv.messages, conv.messages[1:], strict=False) if b.time_utc < a.time_utc
    )
    if out_of_order:
        result.warnings.append(
            fill(
                _T(
                    "chats",
                    "{n} message(s) are earlier than the one before them in the file; WhatsApp "
                    "does not promise time order. Each keeps its place in the file.",
                ),
                {"n": str(out_of_order)},
            )
        )
    result.conversations.append(conv)
    return result
