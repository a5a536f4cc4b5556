"""Telegram Desktop's JSON export (``result.json``): one chat, or a whole account.

Read against the export writer of Telegram Desktop (export_output_json.cpp): a single
chat is ``{name, type, id, messages}``; an account export has ``chats.list`` (and
``left_chats.list``) of those, plus ``sessions.list`` and ``web_sessions.list`` — the
devices and places that used the account, kept as the account-activity table that
shows a take-over. Times come from ``date_unixtime`` (UTC); ``date`` is the exporting
computer's local time and is kept as shown. ``text`` is a string or a list of strings
and entity objects. Media are paths relative to the export, or a placeholder in
parentheses when the file was not downloaded.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from app.chats import timezones
from app.chats.jsonstream import JSONStreamError, Walker
from app.chats.model import (
    MEDIA,
    SERVICE,
    TEXT,
    Attachment,
    ChatFormatError,
    Conversation,
    Message,
    ParseResult,
    from_unix,
    iso_utc,
)
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import fill

_MEDIA_FIELDS = (("photo", "photo"), ("file", None), ("contact_vcard", "contact"))
_SERVICE_FIELDS = (
    "discard_reason",
    "duration_seconds",
    "duration",
    "members",
    "title",
    "message_id",
    "inviter",
    "information_text",
)
_NO_NAME = {"saved_messages": "Saved Messages", "replies": "Replies"}


def text_of(value: Any) -> tuple[str, list[str]]:
    """Plain text of a ``text`` field and the link targets hidden behind words."""
    if value is None:
        return "", []
    if isinstance(value, str):
        return value, []
    if not isinstance(value, list):
        raise ValueError("text is neither a string nor a list")
    parts: list[str] = []
    links: list[str] = []
    for item in value:
        if isinstance(item, str):
            parts.append(item)
        elif isinstance(item, dict):
            parts.append(str(item.get("text", "")))
            if item.get("href"):
                links.append(str(item["href"]))
        else:
            raise ValueError("text holds an entry that is neither text nor an entity")
    return "".join(parts), links


def _opt(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _time(msg: dict[str, Any], key: str, zone: _Zone) -> tuple[str, str] | None:
    """(UTC, as shown) for ``date``/``edited``; None when the message has no time."""
    shown = msg.get(key)
    raw = msg.get(f"{key}_unixtime")
    if raw is not None:
        return from_unix(int(raw)), str(shown if shown is not None else raw)
    if isinstance(shown, str):
        return iso_utc(datetime.fromisoformat(shown).replace(tzinfo=zone.get())), shown
    return None


def _message(msg: Any, position: int, chat_label: str, zone: _Zone) -> Message:
    if not isinstance(msg, dict) or "id" not in msg:
        raise ValueError("it is not a message object with an id")
    if msg.get("type") == "unsupported":
        raise ValueError(
            f"message id {msg['id']} is one Telegram Desktop could not export (it wrote "
            "'unsupported' and no date)"
        )
    when = _time(msg, "date", zone)
    if when is None:
        raise ValueError("it has no date")
    edited = _time(msg, "edited", zone)
    text, links = text_of(msg.get("text"))
    kind = SERVICE if msg.get("type") == "service" else TEXT
    extra: dict[str, Any] = {}
    if links:
        extra["links"] = links
    attachments: list[Attachment] = []
    for key, media_type in _MEDIA_FIELDS:
        value = msg.get(key)
        if not isinstance(value, str) or not value:
            continue
        kind_of = media_type or _opt(msg.get("media_type")) or "file"
        if value.startswith("("):
            attachments.append(Attachment(None, placeholder=value, media_type=kind_of))
        else:
            attachments.append(Attachment(value, media_type=kind_of))
    for key in ("location_information", "poll", "contact_information", "place_name", "via_bot"):
        if msg.get(key) is not None:
            extra[key] = msg[key]
    sender, sender_id = _opt(msg.get("from")), _opt(msg.get("from_id"))
    if kind == SERVICE:
        sender, sender_id = _opt(msg.get("actor")), _opt(msg.get("actor_id"))
        extra["action"] = msg.get("action")
        for key in _SERVICE_FIELDS:
            if msg.get(key) is not None:
                extra[key] = msg[key]
        if not text:
            text = _service_text(msg)
    elif attachments and kind == TEXT:
        kind = MEDIA
    return Message(
        index=position,
        locator=f"{chat_label}message id {msg['id']}",
        time_utc=when[0],
        time_shown=when[1],
        sender=sender,
        sender_id=sender_id,
        text=text,
        kind=kind,
        platform_id=str(msg["id"]),
        reply_to=_opt(msg.get("reply_to_message_id")),
        forwarded_from=_opt(msg.get("forwarded_from")),
        edited_utc=edited[0] if edited else None,
        attachments=attachments,
        extra=extra or None,
    )


def _service_text(msg: dict[str, Any]) -> str:
    """A line that says what the service message records, from its fields."""
    action = str(msg.get("action") or "service message").replace("_", " ")
    details = []
    if msg.get("discard_reason"):
        details.append(str(msg["discard_reason"]))
    for key in ("duration_seconds", "duration"):
        if msg.get(key) is not None:
            details.append(f"{msg[key]} s")
    if msg.get("members"):
        details.append(", ".join(str(m) for m in msg["members"] if m))
    if msg.get("title"):
        details.append(str(msg["title"]))
    return action + (f" ({'; '.join(details)})" if details else "")


class _Zone:
    """The zone for old exports without date_unixtime, resolved (and recorded) on first need."""

    def __init__(self, name: str | None, result: ParseResult) -> None:
        self._name, self._result = name, result
        self._zone: tzinfo | None = None

    def get(self) -> tzinfo:
        if self._zone is None:
            self._zone, label = timezones.resolve(self._name)
            self._result.time_zone = label
            self._result.decisions.append(
                fill(
                    _T(
                        "chats",
                        "Some messages have no date_unixtime (an older export): their times "
                        "are read in {zone}.",
                    ),
                    {"zone": label},
                )
            )
        return self._zone


def _chat(walk: Walker, numbered: bool, result: ParseResult, zone: _Zone) -> Conversation:
    """One chat object, its messages converted one at a time as they are decoded."""
    if walk.peek() != "{":
        raise ChatFormatError(
            _T("errors", "This Telegram export has a chat that is not an object.")
        )
    fields: dict[str, Any] = {}
    messages: list[Message] = []
    seen_messages = False
    pending: list[tuple[int, Any]] = []  # messages read before the chat's id (label) is known
    for key in walk.members():
        if key != "messages" or walk.peek() != "[":
            fields[key] = walk.value()
            continue
        seen_messages = True
        for number in walk.elements():
            pending.append((number + 1, walk.value()))
            if "id" in fields or not numbered:
                _convert(pending, messages, fields, numbered, result, zone)
    if not seen_messages:
        raise ChatFormatError(
            _T("errors", "This Telegram export has a chat without a list of messages.")
        )
    _convert(pending, messages, fields, numbered, result, zone)
    kind = _opt(fields.get("type"))
    return Conversation(
        platform="telegram",
        title=_opt(fields.get("name")) or _NO_NAME.get(kind or "", "Telegram chat"),
        platform_id=_opt(fields.get("id")),
        chat_type=kind,
        messages=messages,
    )


def _convert(
    pending: list[tuple[int, Any]],
    out: list[Message],
    fields: dict[str, Any],
    numbered: bool,
    result: ParseResult,
    zone: _Zone,
) -> None:
    label = f"chat {_opt(fields.get('id'))}, " if numbered else ""
    for position, msg in pending:
        try:
            out.append(_message(msg, position, label, zone))
        except (ValueError, TypeError, OverflowError) as exc:
            result.unreadable.append(
                f"{label}entry {position} of the messages: {exc}; not imported"
            )
    pending.clear()


def _sessions(account: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for block, web in (("sessions", False), ("web_sessions", True)):
        listing = account.get(block)
        if not isinstance(listing, dict) or not isinstance(listing.get("list"), list):
            continue
        for s in listing["list"]:
            if not isinstance(s, dict):
                continue

            def at(key: str, s: dict[str, Any] = s) -> str | None:
                raw = s.get(f"{key}_unixtime")
                return from_unix(int(raw)) if raw is not None else _opt(s.get(key))

            out.append(
                {
                    "kind": "web" if web else "app",
                    "device": _opt(s.get("device_model") or s.get("browser")),
                    "platform": _opt(s.get("platform")),
                    "system_version": _opt(s.get("system_version")),
                    "application": _opt(s.get("application_name") or s.get("domain_name")),
                    "application_version": _opt(s.get("application_version")),
                    "ip": _opt(s.get("last_ip")),
                    "country": _opt(s.get("last_country")),
                    "region": _opt(s.get("last_region")),
                    "created": at("created"),
                    "last_active": at("last_active"),
                }
            )
    return out


def parse(
    data: bytes | str, *, time_zone: str | None = None, name: str = "result.json"
) -> ParseResult:
    """Every chat of a Telegram Desktop JSON export, read one message at a time."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ChatFormatError(
                _T("errors", "{name} is not UTF-8 text: not a Telegram export."), name=name
            ) from None
    walk = Walker(data)
    result = ParseResult(format="telegram-json", conversations=[])
    zone = _Zone(time_zone, result)
    top: dict[str, Any] = {}
    single: Conversation | None = None
    try:
        if walk.peek() != "{":
            raise ChatFormatError(
                _T("errors", "{name} is not a Telegram export (no chat or chat list in it)."),
                name=name,
            )
        for key in walk.members():
            if key == "messages" and walk.peek() == "[":
                single = _single(walk, top, result, zone)
            elif key in ("chats", "left_chats") and walk.peek() == "{":
                for inner in walk.members():
                    if inner == "list" and walk.peek() == "[":
                        for _ in walk.elements():
                            result.conversations.append(_chat(walk, True, result, zone))
                    else:
                        walk.value()
                top[key] = True
            else:
                top[key] = walk.value()
        walk.end()
    except JSONStreamError as exc:
        raise ChatFormatError(
            _T(
                "errors",
                "{name} is truncated or damaged (line {line}, column {column}): it is not a "
                "complete Telegram export.",
            ),
            name=name,
            line=exc.line,
            column=exc.column,
        ) from None
    if single is not None:
        single.title = _opt(top.get("name")) or _NO_NAME.get(str(top.get("type")), "Telegram chat")
        single.platform_id, single.chat_type = _opt(top.get("id")), _opt(top.get("type"))
        result.conversations.insert(0, single)
    elif not any(k in top for k in ("chats", "left_chats", "sessions")):
        raise ChatFormatError(
            _T(
                "errors",
                "{name} is not a Telegram export (no messages, chats.list or sessions in it).",
            ),
            name=name,
        )
    result.sessions = _sessions(top)
    if result.sessions:
        result.decisions.append(
            fill(
                _T(
                    "chats",
                    "The account's {n} session(s) (devices, IP addresses, countries) are kept "
                    "as account activity.",
                ),
                {"n": str(len(result.sessions))},
            )
        )
    return result


def _single(walk: Walker, top: dict[str, Any], result: ParseResult, zone: _Zone) -> Conversation:
    """A one-chat export: the messages array of the top-level object."""
    conv = Conversation(platform="telegram", title="")
    for number in walk.elements():
        msg = walk.value()
        try:
            conv.messages.append(_message(msg, number + 1, "", zone))
        except (ValueError, TypeError, OverflowError) as exc:
            result.unreadable.append(f"entry {number + 1} of the messages: {exc}; not imported")
    del top
    return conv
