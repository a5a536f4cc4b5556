"""Instagram and Facebook Messenger "Download your information" JSON.

A thread is ``messages/inbox/<thread>/message_1.json``, ``message_2.json``, … (newest
first within and across parts). Meta writes every UTF-8 byte of a string as its own
``\\u00XX`` escape, so "Ə" arrives as "Ã\\u0086": every string field (names, titles,
text, reactions) is repaired by reading those code points back as the bytes they are.
Senders are display names only; times are ``timestamp_ms`` (UTC).
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.chats.model import (
    MEDIA,
    SYSTEM,
    TEXT,
    UNSENT,
    Attachment,
    ChatFormatError,
    Conversation,
    Message,
    ParseResult,
    from_unix,
)
from app.i18n import QT_TRANSLATE_NOOP as _T

PART = re.compile(r"(?:^|/)message_(\d+)\.json$")
_MEDIA_LISTS = (
    ("photos", "photo"),
    ("videos", "video"),
    ("audio_files", "audio"),
    ("gifs", "gif"),
    ("files", "file"),
)


def repair(value: Any) -> Any:
    """Undo Meta's byte-per-code-point escaping in every string of ``value``."""
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value  # already real text (or not Meta's mojibake): kept as it is
    if isinstance(value, list):
        return [repair(v) for v in value]
    if isinstance(value, dict):
        return {k: repair(v) for k, v in value.items()}
    return value


def thread_parts(names: list[str]) -> dict[str, list[str]]:
    """message_N.json files grouped by their thread folder, in part order."""
    threads: dict[str, list[tuple[int, str]]] = {}
    for name in names:
        m = PART.search(name)
        if m:
            folder = name[: m.start()].lstrip("/") if m.start() else ""
            threads.setdefault(folder, []).append((int(m.group(1)), name))
    return {k: [n for _, n in sorted(v)] for k, v in sorted(threads.items())}


def _message(raw: Any, position: int, locator: str) -> Message:
    if not isinstance(raw, dict) or "timestamp_ms" not in raw:
        raise ValueError("it is not a message with a timestamp_ms")
    msg = repair(raw)
    attachments: list[Attachment] = []
    for key, media_type in _MEDIA_LISTS:
        for item in msg.get(key) or []:
            if isinstance(item, dict) and item.get("uri"):
                attachments.append(Attachment(str(item["uri"]), media_type=media_type))
    sticker = msg.get("sticker")
    if isinstance(sticker, dict) and sticker.get("uri"):
        attachments.append(Attachment(str(sticker["uri"]), media_type="sticker"))
    extra: dict[str, Any] = {}
    for key in ("share", "reactions", "call_duration", "is_geoblocked_for_viewer", "type"):
        if msg.get(key) not in (None, False, []):
            extra[key] = msg[key]
    text = str(msg.get("content") or "")
    share = msg.get("share")
    if isinstance(share, dict) and share.get("link") and share["link"] not in text:
        text = f"{text}\n{share['link']}".strip()
    if msg.get("is_unsent"):
        kind = UNSENT
    elif attachments:
        kind = MEDIA
    elif not text and not msg.get("sender_name"):
        kind = SYSTEM
    else:
        kind = TEXT
    ms = int(msg["timestamp_ms"])
    return Message(
        index=position,
        locator=locator,
        time_utc=from_unix(ms / 1000),
        time_shown=str(ms),
        sender=str(msg["sender_name"]) if msg.get("sender_name") else None,
        sender_id=None,
        text=text,
        kind=kind,
        attachments=attachments,
        extra=extra or None,
    )


def parse_thread(
    parts: list[tuple[str, bytes]], platform: str, result: ParseResult
) -> Conversation:
    """One thread from its parts (name, bytes) in part order."""
    conv = Conversation(platform=platform, title="")
    position = 0
    for name, data in parts:
        short = name.rsplit("/", 1)[-1]
        try:
            doc = json.loads(data)
        except UnicodeDecodeError:
            raise ChatFormatError(
                _T("errors", "{name} is not UTF-8 text: not a Meta export."), name=name
            ) from None
        except json.JSONDecodeError as exc:
            raise ChatFormatError(
                _T("errors", "{name} is truncated or damaged (line {lineno}, column {colno})."),
                name=name,
                lineno=exc.lineno,
                colno=exc.colno,
            ) from None
        if not isinstance(doc, dict) or not isinstance(doc.get("messages"), list):
            raise ChatFormatError(
                _T("errors", "{name} is not a Messenger or Instagram thread (no messages)."),
                name=name,
            )
        if not conv.title:
            conv.title = str(repair(doc.get("title") or "")) or _names(doc) or "Thread"
            conv.platform_id = str(repair(doc.get("thread_path") or "")) or None
        for number, raw in enumerate(doc["messages"], 1):
            position += 1
            try:
                conv.messages.append(_message(raw, position, f"{short} message {number}"))
            except (ValueError, TypeError, OverflowError) as exc:
                result.unreadable.append(f"{name} message {number}: {exc}; not imported")
    return conv


def _names(doc: dict[str, Any]) -> str:
    people = doc.get("participants") or []
    return ", ".join(str(repair(p.get("name"))) for p in people if isinstance(p, dict))
