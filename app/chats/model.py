"""What every chat parser produces: conversations of messages, and a parse report.

Parsers are pure functions of the export's bytes (and the person's answers: date order,
time zone); they write nothing. The store (app/chats/store.py) keeps the result.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.errors import QuireError

# Kinds of entries. Every timestamped entry of an export is a message of one kind.
TEXT = "text"
MEDIA = "media"  # a file sent (present in the export or only named by a placeholder)
DELETED = "deleted"  # "This message was deleted" and its translations
UNSENT = "unsent"  # Instagram/Messenger: the sender took it back
SYSTEM = "system"  # notices without a sender (encryption, group changes)
SERVICE = "service"  # Telegram service messages (calls, screenshots, pins, members)
KINDS = (TEXT, MEDIA, DELETED, UNSENT, SYSTEM, SERVICE)


class ChatFormatError(QuireError):
    """The file is not a chat export Quire reads, or it is truncated or corrupt."""


class AmbiguousDateOrderError(QuireError):
    """Every date in the file reads both day-first and month-first: the person decides."""


@dataclass(slots=True)
class Attachment:
    """A file a message carries: its path inside the export, or the export's placeholder."""

    name: str | None  # relative path inside the export (None when not included)
    placeholder: str | None = None  # the export's words when the file is not in it
    media_type: str | None = None


@dataclass(slots=True)
class Message:
    index: int  # 1-based position in the source, the number a transcript cites
    locator: str  # where to find it in the original ("line 12", "id 4567", "message_2.json #3")
    time_utc: str  # ISO 8601, "2022-03-23T09:31:00Z"
    time_shown: str  # the time exactly as the export wrote it
    sender: str | None
    sender_id: str | None
    text: str
    kind: str = TEXT
    platform_id: str | None = None
    reply_to: str | None = None  # the platform id of the message answered
    forwarded_from: str | None = None
    edited_utc: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    extra: dict[str, Any] | None = None  # reactions, service action, share link…


@dataclass
class Conversation:
    platform: str  # whatsapp, telegram, instagram, facebook
    title: str
    platform_id: str | None = None
    chat_type: str | None = None
    messages: list[Message] = field(default_factory=list)

    def participants(self) -> list[str]:
        """Senders in order of first appearance."""
        seen: dict[str, None] = {}
        for m in self.messages:
            if m.sender and m.kind not in (SYSTEM, SERVICE):
                seen.setdefault(m.sender, None)
        return list(seen)


@dataclass
class ParseResult:
    """Everything one export held, and what the parser had to decide or could not read."""

    format: str
    conversations: list[Conversation]
    sessions: list[dict[str, Any]] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)  # ambiguities and how they were decided
    unreadable: list[str] = field(default_factory=list)  # "line 12: …", kept, never dropped
    warnings: list[str] = field(default_factory=list)
    date_order: str | None = None
    time_zone: str | None = None
    parts: list[str] = field(default_factory=list)  # the export's own text files, read in order


def iso_utc(when: datetime) -> str:
    """One way to write a UTC time: second precision, 'Z'."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_unix(seconds: float) -> str:
    """The same form as :func:`iso_utc`, straight from seconds (100,000 calls per chat)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))
