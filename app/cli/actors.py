"""``quire-cli actors``: the people, bodies and accounts behind incidents (issue 14).

list, show (incidents, messages, timeline, identifiers, history), add, add-id, link,
unlink, link-sender, merge, split, country. The contract of ``list --json`` and
``show --json`` is in docs/CLI.md.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.actors import identifiers as ids
from app.actors import store as actors
from app.actors.store import Actor, ActorStore
from app.cli import render
from app.cli.context import Context
from app.incidents import vocabulary
from app.incidents.store import IncidentStore
from app.storage.db import transaction


def actor_line(a: Actor) -> str:
    names = ", ".join(a.names) or "(no name)"
    first = ", ".join(f"{i.kind} {i.value}" for i in a.identifiers[:3])
    more = f" +{len(a.identifiers) - 3}" if len(a.identifiers) > 3 else ""
    return render.safe_line(
        f"{a.id:>5}  {a.kind:<17}  {len(a.incidents):>3} incident(s)  {names}"
        + (f"  [{first}{more}]" if first else ""),
        400,
    )


def timeline(
    incidents: list[dict[str, Any]], messages: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Incidents and messages of one actor in one time order."""
    items = [
        {"at": i["occurred_at"] or "", "kind": "incident", "id": i["id"], "text": i["title"]}
        for i in incidents
    ]
    items += [
        {"at": m["at"] or "", "kind": "message", "id": m["id"], "text": m["text"]} for m in messages
    ]
    return sorted(items, key=lambda x: (x["at"], x["kind"], x["id"]))


def actor_document(vault: Any, actor_id: int) -> dict[str, Any]:
    """Everything ``actors show`` prints: the actor, its incidents, messages and history."""
    store = ActorStore(vault)
    actor = store.get(actor_id)
    summaries = IncidentStore(vault).summaries(actor.incidents)
    incidents = [s.to_dict() for s in summaries]
    messages = store.messages(actor_id)
    doc = actor.to_dict()
    doc["incidents"] = incidents
    doc["messages"] = messages
    doc["timeline"] = timeline(incidents, messages)
    doc["history"] = [
        {"at": e.at, "action": e.action, "detail": e.detail} for e in store.history(actor_id)
    ]
    return doc


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        found = ActorStore(vault).all()
    if args.json:
        render.emit_json({"actors": [a.to_dict() for a in found]})
        return 0
    for a in found:
        print(actor_line(a))
    if not found:
        print("No actors.")
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        doc = actor_document(vault, args.id)
    if args.json:
        render.emit_json({"actor": doc})
        return 0
    print(render.safe_line(f"Actor {doc['id']} ({doc['kind']}): {', '.join(doc['names'])}", 400))
    for i in doc["identifiers"]:
        seen = (
            f"  seen {i['first_seen'] or '?'} – {i['last_seen'] or '?'}" if i["first_seen"] else ""
        )
        where = f" on {i['platform']}" if i["platform"] else ""
        print(
            render.safe_line(f"  {i['kind']}{where}: {i['value']} ({i['normalized']}){seen}", 400)
        )
    print("Timeline:")
    for item in doc["timeline"]:
        print(
            render.safe_line(
                f"  {item['at'][:16]:<16}  {item['kind']:<8} {item['id']:>6}  {item['text']}", 300
            )
        )
    if not doc["timeline"]:
        print("  (nothing yet)")
    return 0


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        actor_id = ActorStore(vault).create(
            args.kind, args.name or [], args.id or [], args.platform
        )
    print(actor_id)
    return 0


def cmd_add_identifier(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        store = ActorStore(vault)
        store.add_identifier(args.actor, args.kind, args.value, args.platform)
        actor = store.get(args.actor)
    print(actor_line(actor))
    return 0


def cmd_link(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        IncidentStore(vault).get(args.incident)
        ActorStore(vault).link(args.incident, args.actor, args.role)
    print(f"Incident {args.incident} is linked to actor {args.actor} ({args.role}).")
    return 0


def cmd_unlink(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        ActorStore(vault).unlink(args.incident, args.actor)
    print(f"Incident {args.incident} is no longer linked to actor {args.actor}.")
    return 0


def cmd_link_sender(args: argparse.Namespace, ctx: Context) -> int:
    from app.chats.store import ChatStore

    with ctx.unlock() as vault:
        conversation = ChatStore(vault).conversation(args.conversation)
        ActorStore(vault).sender_is(
            args.conversation, args.sender, args.actor, platform=str(conversation["platform"])
        )
    print(
        render.safe_line(
            f"{args.sender} in conversation {args.conversation} is actor {args.actor}.", 300
        )
    )
    return 0


def cmd_merge(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        store = ActorStore(vault)
        store.merge(args.keep, args.other)
        actor = store.get(args.keep)
    print(f"Actor {args.other} was merged into actor {args.keep}.")
    print(actor_line(actor))
    return 0


def cmd_split(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        new_id = ActorStore(vault).split(
            args.actor, args.identifier or [], args.incident or [], names=args.name or []
        )
    print(new_id)
    return 0


def cmd_country(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        if args.code:
            with transaction(vault.db) as db:
                actors.set_default_country(db, args.code)
        code = actors.default_country(vault.db)
    print(f"Phone numbers without a country code are read as +{code}.")
    return 0


def add_commands(cmd: Callable[..., argparse.ArgumentParser]) -> None:
    sp = cmd("actors", lambda a, c: 1, "who is behind incidents: list, show, merge, split")
    sub = sp.add_subparsers(dest="actors_command", required=True, metavar="ACTION")
    p = sub.add_parser("list", help="every actor with its identifiers and incidents")
    p.set_defaults(handler=cmd_list)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("show", help="one actor: identifiers, timeline of incidents and messages")
    p.set_defaults(handler=cmd_show)
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("add", help="a new actor (prints its id)")
    p.set_defaults(handler=cmd_add)
    p.add_argument("--kind", choices=list(vocabulary.PERPETRATOR_KINDS), default="unknown")
    p.add_argument("--name", action="append", metavar="NAME")
    p.add_argument(
        "--id", action="append", metavar="IDENTIFIER", help="phone, @handle, URL, e-mail…"
    )
    p.add_argument("--platform", default="", help="the platform of the @handles")
    p = sub.add_parser("add-id", help="add an identifier to an actor")
    p.set_defaults(handler=cmd_add_identifier)
    p.add_argument("actor", type=int)
    p.add_argument("kind", choices=ids.KINDS)
    p.add_argument("value")
    p.add_argument("--platform", default="")
    for name, handler, text in (
        ("link", cmd_link, "link an incident to an actor"),
        ("unlink", cmd_unlink, "remove a link between an incident and an actor"),
    ):
        p = sub.add_parser(name, help=text)
        p.set_defaults(handler=handler)
        p.add_argument("incident", type=int, metavar="INCIDENT_ID")
        p.add_argument("actor", type=int, metavar="ACTOR_ID")
        if name == "link":
            p.add_argument("--role", choices=actors.ROLES, default="perpetrator")
    p = sub.add_parser("link-sender", help="say that a chat sender is this actor")
    p.set_defaults(handler=cmd_link_sender)
    p.add_argument("conversation", type=int, metavar="CONVERSATION_ID")
    p.add_argument("sender", metavar="SENDER", help="the sender's name as the chat shows it")
    p.add_argument("actor", type=int, metavar="ACTOR_ID")
    p = sub.add_parser("merge", help="fold OTHER into KEEP (both were the same)")
    p.set_defaults(handler=cmd_merge)
    p.add_argument("keep", type=int)
    p.add_argument("other", type=int)
    p = sub.add_parser("split", help="move identifiers and incidents to a new actor")
    p.set_defaults(handler=cmd_split)
    p.add_argument("actor", type=int)
    p.add_argument("--identifier", type=int, action="append", metavar="ID")
    p.add_argument("--incident", type=int, action="append", metavar="ID")
    p.add_argument("--name", action="append", metavar="NAME")
    p = sub.add_parser("country", help="the country code for numbers written without one")
    p.set_defaults(handler=cmd_country)
    p.add_argument("code", nargs="?", help="e.g. 994 (Azerbaijan), 7 (Russia)")
