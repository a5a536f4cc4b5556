"""Sending: ``export`` a sealed bundle, and the ``contacts`` address book."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.age import Recipient, ScryptRecipient
from app.bundle import warm_up
from app.bundle.export import Selection, export_bundle, resolve_recipients
from app.cli import render
from app.cli.context import Context
from app.contacts.book import ContactBook
from app.contacts.card import CARD_SUFFIX, make_card, read_card, recipient_from_image
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.spoken_fingerprint import signing_fingerprint


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    selection = Selection(
        all=args.all,
        incident_ids=args.incident or [],
        since=render.typed_date(args.since),
        until=render.typed_date(args.until),
        tags=args.tag or [],
    )
    out = Path(args.output)
    if out.exists():
        raise QuireError(_T("errors", "{out} exists already; choose another file name."), out=out)
    warm_up.start()  # the report's imports and fonts, beside the prompt and Argon2id
    with ctx.unlock() as vault:
        if args.passphrase_recipient:
            if args.to:
                raise QuireError(
                    _T("errors", "A passphrase-protected bundle cannot also have --to recipients.")
                )
            pw = ctx.secrets.ask_new("Bundle passphrase: ")
            recipients: list[Recipient] = [ScryptRecipient(pw)]
        else:
            recipients = resolve_recipients(vault, args.to or [])
            unverified = _unverified(vault, args.to or [])
            for name in unverified:
                print(
                    f"Warning: contact {render.safe(name)} is not marked verified; compare its "
                    "fingerprint with the organisation before relying on it.",
                    file=sys.stderr,
                )
        summary = export_bundle(
            vault,
            selection,
            recipients,
            out,
            sign=args.sign,
            author=args.author,
            without_originals=args.without_originals,
            court=args.court,
        )
    print(
        f"Sealed {summary.incidents} incident(s) and {summary.evidence_files} evidence file(s) "
        f"into {render.safe(summary.path)} ({summary.bytes_written} bytes)."
    )
    if summary.source_files:
        print(
            f"It also carries {summary.source_files} original chat export(s) that excerpts "
            "cite, whole: every message in them, not only the excerpts."
        )
    print(
        "Signed with " + summary.signing_fingerprint
        if summary.signing_fingerprint
        else "Not signed."
    )
    return 0


def _unverified(vault: object, names: list[str]) -> list[str]:
    book = ContactBook(vault)  # type: ignore[arg-type]
    out = []
    for name in names:
        if not name.strip().lower().startswith("age1"):
            contact = book.find(name)
            if not contact.verified:
                out.append(contact.name)
    return out


def cmd_contacts_add(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        c = ContactBook(vault).add(args.name, args.recipient, args.notes or "")
    print(f"Added contact {c.id}: {render.safe(c.name)}")
    print(f"Fingerprint: {c.fingerprint}")
    print(
        "Read it aloud with the organisation (by phone, in person); if it matches, run "
        f"'quire-cli contacts verify {c.id}'."
    )
    return 0


def cmd_contacts_import(args: argparse.Namespace, ctx: Context) -> int:
    """A contact from the organisation's card file, or from a picture of its QR code."""
    path = Path(args.file)
    if path.suffix == CARD_SUFFIX or _looks_like_json(path):
        card = read_card(path)
        name = args.name or card.name
        recipient = card.recipient
    else:
        if not args.name:
            raise QuireError(_T("errors", "A key read from a picture needs --name."))
        recipient, name = recipient_from_image(path), args.name
    with ctx.unlock() as vault:
        c = ContactBook(vault).add(name, recipient, args.notes or "")
    print(f"Added contact {c.id}: {render.safe(c.name)}")
    print(f"Fingerprint: {c.fingerprint}")
    print(f"Words: {' '.join(make_card(c.name, c.recipient).words)}")
    print(
        "Call the organisation on a number you already know (not one from the card) and read "
        f"it aloud; if it matches, run 'quire-cli contacts verify {c.id}'."
    )
    return 0


def _looks_like_json(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(64).lstrip().startswith(b"{")
    except OSError:
        return False


def cmd_fingerprint(args: argparse.Namespace, ctx: Context) -> int:
    """The diary's signing key, as receivers see it on a signed bundle."""
    with ctx.unlock() as vault:
        spoken = signing_fingerprint(vault.signing_key().public_key())
    if args.json:
        render.emit_json({"signing_key": spoken.to_dict()})
        return 0
    print("Your diary signs the bundles it makes with this key. Read it to the organisation")
    print("(by phone) so they know the bundles they receive come from you:")
    print(f"  digits: {spoken.digits}")
    print(f"  words:  {' '.join(spoken.words)}")
    print(f"  {spoken.ssh} (as ssh-keygen shows it)")
    return 0


def cmd_contacts_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        contacts = ContactBook(vault).list()
    if args.json:
        render.emit_json({"schema_version": 1, "contacts": [c.to_dict() for c in contacts]})
        return 0
    for c in contacts:
        mark = "verified" if c.verified else "NOT verified"
        print(
            render.safe(
                f"{c.id:>4}  {c.name}  [{mark}]\n      {c.fingerprint}\n"
                f"      {c.recipient[:70]}{'…' if len(c.recipient) > 70 else ''}"
            )
        )
    if not contacts:
        print("The address book is empty. Add one with 'quire-cli contacts add NAME age1…'.")
    return 0


def cmd_contacts_remove(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        book = ContactBook(vault)
        contact = book.find(args.contact)
        book.remove(contact.id)
    print(f"Removed contact {render.safe(contact.name)}.")
    return 0


def cmd_contacts_verify(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        book = ContactBook(vault)
        contact = book.set_verified(book.find(args.contact).id, not args.unverify)
    state = "verified" if contact.verified else "not verified"
    print(f"{render.safe(contact.name)} is now marked {state} ({contact.fingerprint}).")
    return 0


def add_commands(cmd: Callable[..., argparse.ArgumentParser]) -> None:
    sp = cmd("fingerprint", cmd_fingerprint, "your diary's signing key, to read to a receiver")
    sp.add_argument("--json", action="store_true")
    sp = cmd("export", cmd_export, "seal incidents into one bundle for a trusted organisation")
    what = sp.add_mutually_exclusive_group()
    what.add_argument("--all", action="store_true", help="every incident")
    what.add_argument("--incident", action="append", type=int, metavar="ID")
    sp.add_argument("--since", metavar="DATE")
    sp.add_argument("--until", metavar="DATE")
    sp.add_argument("--tag", action="append")
    sp.add_argument("--to", action="append", metavar="RECIPIENT_OR_CONTACT")
    sp.add_argument(
        "--passphrase-recipient",
        action="store_true",
        help="seal with a passphrase instead of a key (age -p compatible)",
    )
    sp.add_argument(
        "--court",
        action="store_true",
        help="a court annex: incidents numbered 1…N by date, evidence as annexes A1, A2, …, "
        "no diary ids, a list of documents with pages and a statement of truth in the report",
    )
    sp.add_argument(
        "--without-originals",
        action="store_true",
        help="leave out the original of every redacted copy in the selection",
    )
    sign = sp.add_mutually_exclusive_group()
    sign.add_argument(
        "--sign",
        dest="sign",
        action="store_true",
        default=True,
        help="sign with the diary's key (default): links bundles to one source",
    )
    sign.add_argument(
        "--no-sign",
        dest="sign",
        action="store_false",
        help="do not sign: bundles cannot be linked to each other",
    )
    sp.add_argument("--author", help="name shown on the report (default: anonymous)")
    sp.add_argument("-o", "--output", required=True, metavar="FILE")

    sp = cmd("contacts", lambda a, c: 1, "trusted organisations: add, list, remove, verify")
    sub = sp.add_subparsers(dest="contacts_command", required=True, metavar="ACTION")
    p = sub.add_parser("add", help="add an organisation and its age recipient")
    p.set_defaults(handler=cmd_contacts_add)
    p.add_argument("name")
    p.add_argument("recipient")
    p.add_argument("--notes")
    p = sub.add_parser("list", help="list the address book")
    p.set_defaults(handler=cmd_contacts_list)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser(
        "import", help="add a contact from its card file or a photo/screenshot of its QR code"
    )
    p.set_defaults(handler=cmd_contacts_import)
    p.add_argument("file", metavar="CARD_OR_PICTURE")
    p.add_argument("--name", help="the organisation's name (required for a picture)")
    p.add_argument("--notes")
    p = sub.add_parser("remove", help="remove a contact")
    p.set_defaults(handler=cmd_contacts_remove)
    p.add_argument("contact", metavar="ID_OR_NAME")
    p = sub.add_parser("verify", help="mark a contact's fingerprint as checked")
    p.set_defaults(handler=cmd_contacts_verify)
    p.add_argument("contact", metavar="ID_OR_NAME")
    p.add_argument("--unverify", action="store_true", help="remove the verified mark")
