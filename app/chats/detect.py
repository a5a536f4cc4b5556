"""Which export this is, and reading it whole: the one entry point for every format."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.chats import meta, telegram, telegram_html, whatsapp
from app.chats.model import ChatFormatError, ParseResult
from app.chats.source import ExportSource, open_source
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T

FORMATS = ("whatsapp", "telegram-json", "telegram-html", "instagram", "facebook")


@dataclass
class ReadExport:
    """A parsed export and where its files are (the caller closes ``source``)."""

    result: ParseResult
    source: ExportSource
    is_archive: bool


def _whatsapp_file(names: list[str]) -> str | None:
    chats = [n for n in names if n.rsplit("/", 1)[-1] == "_chat.txt"]
    if not chats:
        chats = [n for n in names if n.lower().endswith(".txt") and "/" not in n]
    return chats[0] if len(chats) == 1 else None


def _top(names: list[str], base: str) -> str | None:
    found = sorted((n for n in names if n.rsplit("/", 1)[-1] == base), key=lambda n: n.count("/"))
    return found[0] if found else None


def _detect(names: list[str], main: str | None) -> tuple[str, list[str]]:
    if main is not None:
        low = main.lower()
        if low.endswith(".txt"):
            return "whatsapp", [main]
        if meta.PART.search(main):
            return "meta", [main]
        if low.endswith(".json"):
            return "telegram-json", [main]
        if low.endswith((".html", ".htm")):
            return "telegram-html", [main]
        raise ChatFormatError(
            _T(
                "errors",
                "{main} is not a chat export Quire reads (WhatsApp .txt or .zip, Telegram "
                "result.json, Instagram or Messenger message_1.json).",
            ),
            main=main,
        )
    result = _top(names, "result.json")
    if result:
        return "telegram-json", [result]
    if meta.thread_parts(names):
        return "meta", []
    chat = _whatsapp_file(names)
    if chat:
        return "whatsapp", [chat]
    if _top(names, "messages.html"):
        return "telegram-html", []
    raise ChatFormatError(
        _T(
            "errors",
            "No chat export found here (no _chat.txt, result.json, message_1.json or "
            "messages.html).",
        )
    )


def _meta_platform(hints: str, fmt: str | None, result: ParseResult) -> str:
    low = hints.lower()
    if fmt in ("instagram", "facebook"):
        return fmt
    if "instagram" in low:
        return "instagram"
    if "facebook" in low:
        return "facebook"
    result.decisions.append(
        _T(
            "chats",
            "The export does not say whether it is Instagram or Facebook Messenger (their files "
            "are alike); taken as Instagram. Say --format facebook if it is Messenger.",
        )
    )
    return "instagram"


def read_export(
    path: Path,
    *,
    fmt: str | None = None,
    date_order: str | None = None,
    time_zone: str | None = None,
) -> ReadExport:
    """Open, recognise and parse the export at ``path``; nothing is written."""
    if fmt is not None and fmt not in FORMATS:
        raise QuireError(
            _T("errors", "Unknown format {fmt}; choose one of {value}."),
            fmt=repr(fmt),
            value=", ".join(FORMATS),
        )
    if date_order is not None and date_order not in whatsapp.DATE_ORDERS:
        raise QuireError(_T("errors", "--date-order is dmy (day first) or mdy (month first)."))
    source, main = open_source(Path(path))
    try:
        names = [main] if main is not None else source.names()
        found, files = _detect(names, main)
        if fmt == "whatsapp" and found != "whatsapp":
            found, files = "whatsapp", [_whatsapp_file(names) or (main or "")]
        if fmt is not None and fmt != found and not (found == "meta" and fmt in meta_formats()):
            raise ChatFormatError(
                _T("errors", "This looks like a {found} export, not {fmt}."), found=found, fmt=fmt
            )
        if found == "whatsapp":
            name = files[0]
            stem = Path(name.rsplit("/", 1)[-1]).stem
            title = Path(str(path)).stem if main or stem == "_chat" else stem
            result = whatsapp.parse(
                source.read_bytes(name), date_order=date_order, time_zone=time_zone, title=title
            )
            result.parts = [name]
        elif found == "telegram-html":
            pages = _html_pages(source, files[0] if files else _top(names, "messages.html"))
            result = ParseResult(format="telegram-html", conversations=[])
            result.conversations.append(
                telegram_html.parse(
                    [(p, source.read_text(p)) for p in pages], time_zone=time_zone, result=result
                )
            )
            result.parts = pages
        elif found == "telegram-json":
            result = telegram.parse(source.read_text(files[0]), time_zone=time_zone, name=files[0])
            result.parts = files
        else:
            result = ParseResult(format="meta", conversations=[])
            if main is not None:
                folder = main[: meta.PART.search(main).start()]  # type: ignore[union-attr]
                threads = {folder: _parts_beside(source, main)}
            else:
                threads = meta.thread_parts(names)
            platform = _meta_platform(f"{path} {' '.join(threads)}", fmt, result)
            result.format = platform
            for folder, parts in threads.items():
                loaded = [(p, source.read_bytes(p)) for p in parts]
                result.conversations.append(meta.parse_thread(loaded, platform, result))
                result.parts.extend(parts)
                del folder
        return ReadExport(result, source, is_archive=main is None and _is_zip(path))
    except BaseException:
        source.close()
        raise


def meta_formats() -> tuple[str, str]:
    return ("instagram", "facebook")


def times_have_no_zone(path: Path) -> bool:
    """Whether the export at ``path`` is one whose times name no zone (WhatsApp), so the
    person is asked which zone its phone used. Reads names only (a ZIP's directory), never
    the messages; False when the format cannot be told this way (the import then says)."""
    path = Path(path)
    try:
        if path.is_dir():
            names = [p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file()]
        elif zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
        else:
            return path.suffix.lower() == ".txt"
        return _detect(names, None)[0] == "whatsapp"
    except (OSError, zipfile.BadZipFile, ChatFormatError, ValueError):
        return False


def _is_zip(path: Path) -> bool:
    return Path(path).is_file()


def _html_pages(source: ExportSource, first: str | None) -> list[str]:
    """messages.html, messages2.html, … beside the first page, in order, none skipped."""
    if first is None or not telegram_html.PART.search(first):
        raise ChatFormatError(_T("errors", "A Telegram HTML export starts with messages.html."))
    folder = first[: telegram_html.PART.search(first).start()]  # type: ignore[union-attr]
    prefix = f"{folder.lstrip('/')}/" if folder.strip("/") else ""
    if not source.has(f"{prefix}messages.html"):
        raise ChatFormatError(
            _T("errors", "{first} has no messages.html beside it: a page is missing."), first=first
        )
    pages = [f"{prefix}messages.html"]
    number = 2
    while source.has(f"{prefix}messages{number}.html"):
        pages.append(f"{prefix}messages{number}.html")
        number += 1
    return pages


def _parts_beside(source: ExportSource, main: str) -> list[str]:
    """message_1.json, message_2.json… next to the named part, in order, none skipped."""
    prefix = main[: meta.PART.search(main).start()]  # type: ignore[union-attr]
    prefix = f"{prefix}/" if prefix else ""
    parts = []
    number = 1
    while source.has(f"{prefix}message_{number}.json"):
        parts.append(f"{prefix}message_{number}.json")
        number += 1
    if main not in parts:
        raise ChatFormatError(
            _T("errors", "{main} has no message_1.json beside it: a part is missing."), main=main
        )
    return parts
