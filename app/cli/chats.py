"""Chats: ``import-chat`` (WhatsApp, Telegram, Instagram, Messenger exports), ``chats``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.chats.detect import FORMATS
from app.chats.excerpts import ExcerptStore
from app.chats.store import ChatStore
from app.chats.whatsapp import DATE_ORDERS
from app.cli import render
from app.cli.context import Context
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T


def cmd_import_chat(args: argparse.Namespace, ctx: Context) -> int:
    path = Path(args.path)
    with ctx.unlock() as vault:
        summary = ChatStore(vault).import_export(
            path,
            fmt=args.format,
            date_order=args.date_order,
            time_zone=args.tz,
            incident_id=args.incident,
        )
    if args.json:
        render.emit_json(summary.to_dict())
        return 0
    report = summary.report
    print(f"Imported {render.safe_line(path.name)} (SHA-256 {summary.source_sha256}).")
    for c in summary.conversations:
        print(
            render.safe_line(
                f"  conversation {c['id']}: {c['title']} — {c['messages']} message(s), "
                f"{c['first'] or '?'} to {c['last'] or '?'}",
                400,
            )
        )
        print(render.safe_line(f"    participants: {', '.join(c['participants'])}", 400))
    counts = ", ".join(f"{n} {kind}" for kind, n in report["counts"].items())
    print(f"By kind: {counts or 'none'}.")
    if report["sessions"]:
        print(f"Account sessions kept: {report['sessions']}.")
    for line in report["decisions"]:
        print(render.safe_line(f"Decided: {line}", 400))
    for line in summary.warnings:
        print(render.safe_line(f"Warning: {line}", 400), file=sys.stderr)
    return 0


def cmd_chats_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        items = ChatStore(vault).conversations()
    for item in items:
        item["source"].pop("report", None)
    if args.json:
        render.emit_json({"conversations": items})
        return 0
    for c in items:
        print(
            render.safe_line(
                f"{c['id']:>5}  {c['platform']:<9}  {c['messages']:>7}  "
                f"{(c['first'] or '?')[:10]} – {(c['last'] or '?')[:10]}  {c['title']}",
                400,
            )
        )
    if not items:
        print("No chats imported.")
    return 0


def cmd_chats_show(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        store = ChatStore(vault)
        conv = store.conversation(args.id)
        messages = store.messages(args.id)
        sessions = store.sessions(conv["source"]["id"])
    if args.json:
        render.emit_json(
            {
                "conversation": conv,
                "messages": [_public(m) for m in messages],
                "sessions": sessions,
            }
        )
        return 0
    print(render.safe_line(f"#{conv['id']}  {conv['title']}  ({conv['platform']})", 400))
    print(f"Source: {render.safe_line(conv['source']['name'])}  SHA-256 {conv['source']['sha256']}")
    for m in messages:
        who = m["sender"] or "—"
        files = "".join(
            f" [{a['path'] or a['placeholder']}{'' if a['in_export'] else ', not in export'}]"
            for a in m["attachments"]
        )
        print(render.safe(f"{m['index']:>6}  {m['time']}  {who}: {m['text']}{files}"))
    for s in sessions:
        print(
            render.safe_line(
                f"Session: {s['device'] or '?'} {s['application'] or ''} ip {s['ip'] or '?'} "
                f"{s['country'] or ''}, created {s['created']}, last active {s['last_active']}",
                400,
            )
        )
    return 0


def cmd_chats_excerpt(args: argparse.Namespace, ctx: Context) -> int:
    has_range = args.first is not None or args.last is not None
    if has_range == bool(args.message):
        raise QuireError(
            _T("errors", "Choose the messages: either --from INDEX --to INDEX, or --message ID...")
        )
    if has_range and (args.first is None or args.last is None):
        raise QuireError(_T("errors", "A range needs both --from INDEX and --to INDEX."))
    with ctx.unlock() as vault:
        excerpts = ExcerptStore(vault)
        if has_range:
            excerpt_id = excerpts.add_range(
                args.incident, args.conversation, args.first, args.last, args.note
            )
        else:
            ChatStore(vault).conversation(args.conversation)
            if any(m["conversation_id"] != args.conversation for m in _owners(vault, args.message)):
                raise QuireError(
                    _T(
                        "errors",
                        "Every --message must be a message of conversation {conversation}.",
                    ),
                    conversation=args.conversation,
                )
            excerpt_id = excerpts.add(args.incident, args.message, args.note)
        (added,) = [x for x in excerpts.for_incident(args.incident) if x["id"] == excerpt_id]
    if args.json:
        render.emit_json({"excerpt": added})
        return 0
    print(
        f"Excerpt {excerpt_id}: {len(added['messages'])} message(s) of conversation "
        f"{args.conversation} added to incident {args.incident}."
    )
    return 0


def cmd_chats_delete(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        gone = ChatStore(vault).delete(args.id, whole_export=args.whole_export, purge=args.purge)
    if args.json:
        render.emit_json({"deleted": gone})
        return 0
    convs = ", ".join(str(c) for c in gone["conversations"])
    print(
        f"Deleted the chat export (source {gone['source_id']}): conversation(s) {convs}, "
        f"{gone['messages']} message(s), {len(gone['evidence'])} evidence file(s), "
        f"{gone['excerpts']} excerpt(s)."
    )
    if args.purge:
        print("The diary was re-encrypted under a new key: what the disk kept cannot be read.")
    else:
        print("Free disk blocks may still hold it, encrypted: --purge re-keys the diary.")
    return 0


def _owners(vault: Any, ids: list[int]) -> list[dict[str, Any]]:
    """Each message's conversation (missing ids are left to the excerpt's own check)."""
    marks = ",".join("?" * len(ids))
    rows = vault.db.execute(
        f"SELECT id, conversation_id FROM messages WHERE id IN ({marks})",  # noqa: S608
        ids,
    )
    return [{"id": int(r[0]), "conversation_id": int(r[1])} for r in rows]


def _public(m: dict[str, Any]) -> dict[str, Any]:
    """The contract's fields first (index, time, sender, text, kind, attachments)."""
    return {
        "index": m["index"],
        "time": m["time"],
        "sender": m["sender"],
        "text": m["text"],
        "kind": m["kind"],
        "attachments": m["attachments"],
        "id": m["id"],
        "locator": m["locator"],
        "shown": m["shown"],
        "sender_id": m["sender_id"],
        "platform_id": m["platform_id"],
        "reply_to": m["reply_to"],
        "forwarded_from": m["forwarded_from"],
        "edited": m["edited"],
        "extra": m["extra"],
    }


def add_commands(cmd: Callable[..., argparse.ArgumentParser]) -> None:
    sp = cmd(
        "import-chat",
        cmd_import_chat,
        "import a WhatsApp, Telegram, Instagram or Messenger chat export as evidence",
    )
    sp.add_argument("path", metavar="PATH", help="the export: .txt, .zip, result.json or folder")
    sp.add_argument("--incident", type=int, metavar="ID", help="link the export to an incident")
    sp.add_argument("--format", choices=FORMATS, help="say which export it is (else detected)")
    sp.add_argument(
        "--date-order",
        choices=DATE_ORDERS,
        help="WhatsApp: day first (dmy) or month first (mdy), when the file cannot tell",
    )
    sp.add_argument(
        "--tz",
        metavar="ZONE",
        help="WhatsApp: the phone's time zone, e.g. Europe/Baku (default: this computer's)",
    )
    sp.add_argument("--json", action="store_true")

    sp = cmd("chats", lambda a, c: 1, "imported chats: list, show")
    sub = sp.add_subparsers(dest="chats_command", required=True, metavar="ACTION")
    p = sub.add_parser("list", help="list imported conversations")
    p.set_defaults(handler=cmd_chats_list)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("show", help="one conversation's messages in time order")
    p.set_defaults(handler=cmd_chats_show)
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("delete", help="remove a conversation's whole export and its evidence")
    p.set_defaults(handler=cmd_chats_delete)
    p.add_argument("id", type=int, metavar="ID", help="a conversation id (chats list)")
    p.add_argument(
        "--whole-export",
        action="store_true",
        help="the export holds other conversations too: delete them all",
    )
    p.add_argument(
        "--purge", action="store_true", help="then re-key the diary, like an incident purge"
    )
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("excerpt", help="add messages of a conversation to an incident")
    p.set_defaults(handler=cmd_chats_excerpt)
    p.add_argument("incident", type=int, metavar="INCIDENT_ID")
    p.add_argument("conversation", type=int, metavar="CONVERSATION_ID")
    p.add_argument("--from", dest="first", type=int, metavar="INDEX", help="first index")
    p.add_argument("--to", dest="last", type=int, metavar="INDEX", help="last index")
    p.add_argument("--message", type=int, nargs="+", metavar="ID", help="message ids")
    p.add_argument("--note", metavar="TEXT", help="why these messages matter")
    p.add_argument("--json", action="store_true")


def search_hit(m: dict[str, Any]) -> dict[str, Any]:
    """A message found by ``quire-cli search`` (beside the incidents, same command)."""
    return {
        "conversation_id": m["conversation_id"],
        "message_id": m["id"],
        "index": m["index"],
        "time": m["time"],
        "sender": m["sender"],
        "text": m["text"],
        "kind": m["kind"],
    }


def search_line(m: dict[str, Any]) -> str:
    return render.safe_line(
        f"  chat {m['conversation_id']} #{m['index']}  {m['time']}  {m['sender'] or '—'}: "
        f"{m['text']}",
        300,
    )
