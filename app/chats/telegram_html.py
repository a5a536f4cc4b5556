"""Telegram Desktop's HTML export (its default): messages.html, messages2.html, ….

Read against the writer (export_output_html.cpp) with the standard library's
``html.parser``: each message is ``div.message.default`` with ``id="messageN"``; its
time is the ``title`` of ``div.pull_right.date.details`` ("30.04.2026 11:06:45
UTC+01:00"; older exports have no offset and are read in the person's time zone);
``div.from_name`` names the sender, and a "joined" message (same sender, soon after)
has none, so the previous sender is meant; ``div.text`` holds the text (``<br>`` for line
breaks); ``div.reply_to`` links to the message answered; ``div.forwarded.body`` holds a
forwarded message and its origin; media are links into the export folder, or a
"Not included…" description. Service messages (``div.message.service``) carry no time
of their own: they get the time of the message before them, and the report says so.
Date separators (negative ids) are not messages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from html.parser import HTMLParser

from app.chats import timezones
from app.chats.model import (
    MEDIA,
    SERVICE,
    TEXT,
    Attachment,
    ChatFormatError,
    Conversation,
    Message,
    ParseResult,
    iso_utc,
)
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import fill

PART = re.compile(r"(?:^|/)messages(\d*)\.html$")
_TITLE = re.compile(
    r"(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?: UTC([+-])(\d{2}):(\d{2}))?"
)
_VOID = {"br", "img", "meta", "link", "hr", "input", "source", "wbr"}


@dataclass
class _Node:
    tag: str
    classes: set[str]
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)

    def find(self, *classes: str, direct: bool = False) -> _Node | None:
        for child in self.children:
            if isinstance(child, _Node):
                if set(classes) <= child.classes:
                    return child
                if not direct:
                    found = child.find(*classes)
                    if found is not None:
                        return found
        return None

    def text(self) -> str:
        parts: list[str] = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "br":
                parts.append("\n")
            else:
                parts.append(child.text())
        return "".join(parts)

    def walk(self) -> list[_Node]:
        out = []
        for child in self.children:
            if isinstance(child, _Node):
                out.append(child)
                out.extend(child.walk())
        return out


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", set(), {})
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        node = _Node(tag, set(values.get("class", "").split()), values)
        self._stack[-1].children.append(node)
        if tag not in _VOID:
            self._stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def _clean(text: str) -> str:
    """The writer's indentation is not part of the message: trim each line's ends."""
    return "\n".join(line.strip() for line in text.strip().splitlines()).strip()


def _when(title: str, zone: Callable[[], tzinfo]) -> str:
    m = _TITLE.fullmatch(title.strip())
    if m is None:
        raise ValueError(f"the time {title!r} is not in Telegram's form")
    d, mo, y, h, mi, s = (int(x) for x in m.groups()[:6])
    if m.group(7):
        offset = timedelta(hours=int(m.group(8)), minutes=int(m.group(9)))
        tz: tzinfo = timezone(offset if m.group(7) == "+" else -offset)
    else:
        tz = zone()  # asked (and recorded) only when a time has no offset
    return iso_utc(datetime(y, mo, d, h, mi, s, tzinfo=tz))


def _media(body: _Node) -> list[Attachment]:
    out = []
    for node in body.walk():
        href = node.attrs.get("href", "")
        if node.tag == "a" and href and not href.startswith(("#", "http:", "https:", "tg:")):
            if any(c.endswith("_wrap") or c.startswith("media") for c in node.classes):
                out.append(Attachment(href, media_type=_kind(node.classes)))
        elif "media" in node.classes and node.tag == "div":
            description = node.find("description")
            if description is not None and not any(a.name for a in out):
                title = node.find("title")
                out.append(
                    Attachment(
                        None,
                        placeholder=_clean(description.text()),
                        media_type=_clean(title.text()) if title else None,
                    )
                )
    return out


def _kind(classes: set[str]) -> str:
    for c in sorted(classes):
        if c.startswith("media_") or c.endswith("_wrap"):
            return c.removeprefix("media_").removesuffix("_wrap")
    return "file"


def parse(
    parts: list[tuple[str, str]], *, time_zone: str | None = None, result: ParseResult
) -> Conversation:
    """One chat from its pages (name, text) in order."""
    conv = Conversation(platform="telegram", title="")
    zone_cache: list[tzinfo] = []

    def zone() -> tzinfo:
        if not zone_cache:
            z, label = timezones.resolve(time_zone)
            zone_cache.append(z)
            result.time_zone = label
            result.decisions.append(
                fill(
                    _T(
                        "chats",
                        "Message times without a UTC offset (an older export) are read in {zone}.",
                    ),
                    {"zone": label},
                )
            )
        return zone_cache[0]

    sender: str | None = None
    last_time: tuple[str, str] | None = None
    undated_services = 0
    position = 0
    for name, text in parts:
        tree = _Tree()
        tree.feed(text)
        tree.close()
        if not conv.title:
            header = tree.root.find("page_header")
            title = header.find("text", "bold") if header else None
            conv.title = _clean(title.text()) if title else "Telegram chat"
        found = False
        for node in tree.root.walk():
            if node.tag != "div" or "message" not in node.classes:
                continue
            found = True
            ident = node.attrs.get("id", "").removeprefix("message")
            if ident.startswith("-"):
                continue  # a date separator
            position += 1
            locator = f"{name.rsplit('/', 1)[-1]} message id {ident}"
            if "service" in node.classes:
                body = node.find("body", "details")
                if last_time is None:
                    result.unreadable.append(f"{locator}: a service message before any dated one")
                    continue
                undated_services += 1
                conv.messages.append(
                    Message(
                        index=position,
                        locator=locator,
                        time_utc=last_time[0],
                        time_shown=last_time[1],
                        sender=None,
                        sender_id=None,
                        text=_clean(body.text()) if body else "",
                        kind=SERVICE,
                        platform_id=ident or None,
                        extra={"time": "of the message before (the export gives none)"},
                    )
                )
                continue
            body = node.find("body", direct=True)
            date = body.find("date", "details") if body else None
            if body is None or date is None or "title" not in date.attrs:
                result.unreadable.append(f"{locator}: no time; not imported")
                continue
            try:
                when = _when(date.attrs["title"], zone)
            except ValueError as exc:
                result.unreadable.append(f"{locator}: {exc}; not imported")
                continue
            shown = date.attrs["title"].strip()
            last_time = (when, shown)
            from_name = body.find("from_name", direct=True)
            if from_name is not None:
                sender = _clean(from_name.text())
            forwarded = body.find("forwarded", "body", direct=True)
            origin = forwarded.find("from_name", direct=True) if forwarded else None
            content = forwarded if forwarded is not None else body
            text_node = content.find("text", direct=True)
            reply = body.find("reply_to", "details", direct=True)
            reply_to = None
            if reply is not None:
                link = next((n for n in reply.walk() if n.tag == "a"), None)
                target = link.attrs.get("href", "") if link else ""
                reply_to = target.removeprefix("#go_to_message") or None
            attachments = _media(content)
            conv.messages.append(
                Message(
                    index=position,
                    locator=locator,
                    time_utc=when,
                    time_shown=shown,
                    sender=sender,
                    sender_id=None,
                    text=_clean(text_node.text()) if text_node else "",
                    kind=MEDIA if attachments else TEXT,
                    platform_id=ident or None,
                    reply_to=reply_to,
                    forwarded_from=_origin(origin) if origin else None,
                    attachments=attachments,
                )
            )
        if not found:
            raise ChatFormatError(
                _T("errors", "{name} is not a page of a Telegram HTML export."), name=name
            )
    if undated_services:
        result.decisions.append(
            fill(
                _T(
                    "chats",
                    "{n} service message(s) (calls, pins, members…) have no time in the HTML "
                    "export; each is given the time of the message before it.",
                ),
                {"n": str(undated_services)},
            )
        )
    return conv


def _origin(node: _Node) -> str:
    """A forwarded message's origin without the date the writer appends to it."""
    parts = [c for c in node.children if isinstance(c, str)]
    return _clean("".join(parts))
