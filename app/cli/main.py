"""``quire-cli``: the vault from a terminal or a script.

Exit codes: 0 ok, 1 user error, 2 wrong passphrase (or no matching key), 3 damaged or
tampered data. Errors are one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import hardening
from app.access import create_vault
from app.actors import search as actor_search
from app.backup.archive import create_backup, restore_backup
from app.chats.store import ChatStore
from app.cli import actors as actors_cli
from app.cli import chats as chats_cli
from app.cli import complaints as complaints_cli
from app.cli import receiver, redaction, render, sharing
from app.cli import wipe as wipe_cli
from app.cli.context import Context, Handler
from app.errors import DamagedDataError, QuireError
from app.evidence.intake import shred_original
from app.evidence.redact import annotate
from app.evidence.store import EvidenceStore
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.incidents import vocabulary
from app.incidents.document import show_document
from app.incidents.record import SCHEMA_VERSION, IncidentRecord, RecordError
from app.incidents.store import Filters, IncidentStore
from app.passphrase_strength import require_strong
from app.spoken_fingerprint import receipt
from app.storage.db import DatabaseError
from app.vault import device_secret
from app.vault.vault import read_header
from app.version import build_info


# -- record options shared by add and edit --------------------------------------------------
def _add_record_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", metavar="FILE", help="the whole record as JSON ('-' = stdin)")
    p.add_argument("--title")
    p.add_argument(
        "--when",
        dest="occurred_at",
        metavar="DATE",
        help="14.05.2025, 14.05.2025 23:15, 2025-05-14, 2025-05 or 2025",
    )
    p.add_argument("--until", dest="occurred_until", metavar="DATE")
    p.add_argument("--precision", dest="occurred_precision", choices=list(vocabulary.PRECISIONS))
    p.add_argument(
        "--category", dest="categories", action="append", choices=list(vocabulary.CATEGORIES)
    )
    p.add_argument("--narrative")
    p.add_argument("--narrative-file", metavar="FILE")
    p.add_argument("--tag", dest="tags", action="append")
    p.add_argument("--severity", type=int, choices=range(1, 6))
    p.add_argument("--location")
    p.add_argument("--platform", dest="platforms", action="append")
    p.add_argument("--witness", dest="witnesses", action="append")
    p.add_argument("--link", dest="links", action="append", metavar="URL")
    p.add_argument(
        "--perpetrator",
        dest="perpetrators",
        action="append",
        metavar="KIND:NAME",
        help=f"kind is one of {', '.join(vocabulary.PERPETRATOR_KINDS)}",
    )


_DATE_OPTIONS = ("occurred_at", "occurred_until")


def _record_fields(args: argparse.Namespace, ctx: Context) -> dict[str, Any]:
    """The record keys given on the command line (JSON file first, options on top)."""
    data: dict[str, Any] = {}
    if args.json == "-" and ctx.secrets.from_stdin:
        read_header(ctx.home)
        ctx.read_secrets()  # the passphrase line comes before the JSON on stdin
    if args.json:
        text = sys.stdin.read() if args.json == "-" else _read_text(Path(args.json))
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise QuireError(
                _T("errors", "The JSON record is not valid JSON: {exc}"), exc=exc
            ) from None
        if not isinstance(data, dict):
            raise RecordError(_T("errors", "An incident must be a JSON object."))
    for key in (
        "title",
        "occurred_at",
        "occurred_until",
        "occurred_precision",
        "categories",
        "narrative",
        "tags",
        "severity",
        "location",
        "platforms",
        "witnesses",
    ):
        value = getattr(args, key)
        if value is not None:
            data[key] = render.typed_date(value) if key in _DATE_OPTIONS else value
    if args.narrative_file:
        data["narrative"] = _read_text(Path(args.narrative_file))
    if args.links:
        data["links"] = [{"url": u} for u in args.links]
    if args.perpetrators:
        data["perpetrators"] = [_perpetrator(p) for p in args.perpetrators]
    return data


def _perpetrator(text: str) -> dict[str, Any]:
    kind, sep, name = text.partition(":")
    if not sep:
        kind, name = "unknown", text
    return {"kind": kind.strip(), "name": name.strip()}


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QuireError(_T("errors", "No such file: {path}"), path=path) from None
    except UnicodeDecodeError:
        raise QuireError(_T("errors", "{path} is not UTF-8 text."), path=path) from None


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(
        date_from=render.typed_date(args.since),
        date_to=render.typed_date(args.until),
        categories=args.category or [],
        tags=args.tag or [],
        severity_min=args.min_severity,
        severity_max=args.max_severity,
        include_deleted=getattr(args, "deleted", False),
    )


def _add_filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--until", metavar="DATE")
    p.add_argument("--category", action="append", choices=list(vocabulary.CATEGORIES))
    p.add_argument("--tag", action="append")
    p.add_argument("--min-severity", type=int, choices=range(1, 6))
    p.add_argument("--max-severity", type=int, choices=range(1, 6))
    p.add_argument("--json", action="store_true", help="machine-readable output")


# -- commands -------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    passphrase = ctx.secrets.ask_new("New passphrase: ")
    if args.device_secret:
        ok, reason = device_secret.is_available()
        if not ok:
            raise QuireError(
                _T(
                    "errors",
                    "Cannot use a device secret: {reason}. Run init without --device-secret to "
                    "protect the vault with the passphrase alone.",
                ),
                reason=reason,
            )
    vault, code = create_vault(ctx.home, passphrase, use_device_secret=args.device_secret)
    vault.lock()
    print(f"Created a vault at {ctx.home}")
    if code:
        print("\nRECOVERY CODE — write these 24 words on paper and keep them apart from the")
        print("laptop. Without them this vault cannot be opened on another computer:\n")
        words = code.split()
        for i in range(0, 24, 6):
            print("  " + "  ".join(f"{i + j + 1:>2}. {w}" for j, w in enumerate(words[i : i + 6])))
    return 0


def cmd_passwd(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        new = ctx.secrets.ask_new("New passphrase: ")
        require_strong(new)
        vault.change_passphrase(new)
    print("Passphrase changed.")
    return 0


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    data = _record_fields(args, ctx)
    record = IncidentRecord.from_dict(data)
    for f in args.attach or []:
        if not Path(f).is_file():
            raise QuireError(_T("errors", "Not a readable file: {f}"), f=f)
    with ctx.unlock() as vault:
        incident_id = IncidentStore(vault).create(record)
        evidence = EvidenceStore(vault)
        for info in evidence.import_files(incident_id, [Path(f) for f in args.attach or []]):
            print(f"Attached evidence {info.id}: {render.safe(info.name)}")
    print(incident_id)
    return 0


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    data = _record_fields(args, ctx)
    if not data:
        raise QuireError(_T("errors", "Nothing to change: give field options or --json FILE."))
    with ctx.unlock() as vault:
        store = IncidentStore(vault)
        current = store.get(args.id).record
        revision = store.update(args.id, IncidentRecord.from_dict(data, partial_base=current))
    print(f"Incident {args.id} is now at revision {revision}.")
    return 0


def cmd_note(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        note_id = IncidentStore(vault).add_note(args.id, args.text)
    print(note_id)
    return 0


def cmd_attach(args: argparse.Namespace, ctx: Context) -> int:
    files = [Path(f) for f in args.files]
    for f in files:
        if not f.is_file():
            raise QuireError(_T("errors", "Not a readable file: {f}"), f=f)
    with ctx.unlock() as vault:
        IncidentStore(vault).get(args.id)
        evidence = EvidenceStore(vault)
        # One batch: all or none, and two commits for the lot (not two per file).
        for f, info in zip(files, evidence.import_files(args.id, files), strict=True):
            if args.remove_original:
                shred_original(evidence, info, f)  # both the stored copy and f verified
                print(
                    f"Attached evidence {info.id} and removed the original "
                    f"{render.safe(f)} (SSDs may keep copies; see the README)."
                )
            else:
                print(
                    f"Attached evidence {info.id}: {render.safe(info.name)} "
                    f"({info.size} bytes, {info.type})"
                )
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        items = IncidentStore(vault).list(_filters(args))
    return _print_summaries(items, args.json)


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        filters = _filters(args)
        items, found_actors = actor_search.search(vault, args.query, filters)
        # Chat messages have no tags, dates or severity: found only by an unfiltered search.
        messages = ChatStore(vault).search(args.query) if filters == Filters() else []
    return _print_summaries(items, args.json, messages, found_actors)


def _print_summaries(
    items: Sequence[Any],
    as_json: bool,
    messages: list[dict[str, Any]] | None = None,
    found_actors: Sequence[Any] | None = None,
) -> int:
    dicts = [i.to_dict() for i in items]
    if as_json:
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "incidents": dicts}
        if messages is not None:  # search: chat messages too (app/chats)
            out["messages"] = [chats_cli.search_hit(m) for m in messages]
        if found_actors is not None:  # search: actors by any spelling of an identifier
            out["actors"] = [a.to_dict() for a in found_actors]
        render.emit_json(out)
    else:
        for a in found_actors or []:
            print("Actor " + actors_cli.actor_line(a).strip())
        for d in dicts:
            print(render.summary_line(d))
        if not dicts:
            print("No incidents.")
        for m in messages or []:
            print(chats_cli.search_line(m))
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        doc = show_document(
            IncidentStore(vault), EvidenceStore(vault), args.id, include_deleted=True
        )
    if args.json:
        render.emit_json(doc)
    else:
        print(render.incident_text(doc["incident"]))
    return 0


def cmd_evidence_get(args: argparse.Namespace, ctx: Context) -> int:
    out = Path(args.output)
    if out.exists() and not args.force:
        raise QuireError(_T("errors", "{out} exists; choose another name or add --force."), out=out)
    with ctx.unlock() as vault:
        info = EvidenceStore(vault).export(args.evidence_id, out, incident_id=args.id)
    print(f"Wrote {info.size} bytes to {render.safe(out)} (an UNENCRYPTED copy).", file=sys.stderr)
    return 0


def cmd_evidence_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        IncidentStore(vault).get(args.id)
        items = annotate(vault, [e.to_dict() for e in EvidenceStore(vault).list(args.id)])
    for e in items:
        e["receipt"] = receipt(e["sha256"])
    if args.json:
        render.emit_json({"schema_version": SCHEMA_VERSION, "evidence": items})
    for e in [] if args.json else items:
        print(render.safe(f"{e['id']:>5}  {e['size']:>12}  {e['type']:<28} {e['name']}"))
        print(f"       receipt: {e['receipt']}")
    return 0


def cmd_evidence_rm(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        EvidenceStore(vault).delete(args.evidence_id, incident_id=args.id)
    print(f"Deleted evidence {args.evidence_id}.")
    return 0


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    if args.bundle:
        return receiver.cmd_verify_bundle(args)
    if args.tsr or args.tsa_cert:
        raise QuireError(_T("errors", "--tsr and --tsa-cert check a bundle: give the BUNDLE too."))
    with ctx.unlock() as vault:
        # Every page first: the chain check reads the database and would only stumble on
        # a damaged page again, as a less precise error (it runs alongside the b-tree walk
        # and counts only when every page is authentic).
        found, chain_report = vault.check_integrity(IncidentStore(vault).verify)
        damaged = [f"diary.db: {p}" for p in found]
        if damaged or chain_report is None:
            return _report_problems(damaged)
        report = chain_report
        evidence = EvidenceStore(vault)
        check = evidence.check()
        if args.deep:
            ids = [
                r[0]
                for r in vault.db.execute(
                    "SELECT id FROM evidence WHERE state = 'complete' ORDER BY id"
                )
            ]
            for evidence_id in ids:
                try:
                    evidence.verify_blob(int(evidence_id))
                except DamagedDataError as exc:
                    damaged.append(str(exc))
    problems = report.problems + damaged
    problems += [f"orphan evidence file {o} (no record refers to it)" for o in check.orphan_files]
    problems += [f"evidence {i}: its encrypted file is missing" for i in check.missing_blobs]
    print(f"Chain: {report.entries} entries ({report.purged} purged), head {report.head}")
    if problems:
        return _report_problems(problems)
    print(
        "All checks passed."
        + ("" if args.deep else " (Add --deep to re-read every evidence file.)")
    )
    return 0


def _report_problems(problems: list[str]) -> int:
    for p in problems:
        print(f"PROBLEM: {render.safe(p)}")
    print(f"{len(problems)} problem(s) found.")
    return 3


def cmd_delete(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        store = IncidentStore(vault)
        if args.purge:
            store.purge(args.id)
            print(
                f"Incident {args.id} and its evidence are erased; the diary was re-encrypted "
                "under a new key, so what the disk kept of them cannot be read."
            )
        else:
            store.delete(args.id)
            print(
                f"Incident {args.id} deleted (still recoverable until purged: "
                f"'quire-cli delete --purge {args.id}')."
            )
    return 0


def cmd_undelete(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        IncidentStore(vault).undelete(args.id)
    print(f"Incident {args.id} restored.")
    return 0


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        manifest = create_backup(vault, Path(args.output))
    print(
        f"Backup written to {render.safe(args.output)} ({len(manifest['files'])} files). "
        "It opens only with your passphrase; a panic wipe cannot reach it."
    )
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    manifest = restore_backup(Path(args.backup), ctx.home)
    print(f"Restored {len(manifest['files'])} files into {ctx.home}; every hash matched.")
    header = read_header(ctx.home)
    if header.uses_device_secret:
        print("This vault uses a device secret: open it once with --recovery-code.")
    return 0


# -- parser ---------------------------------------------------------------------------------
def _add_global_options(p: argparse.ArgumentParser, default: Any) -> None:
    """Global options, accepted before or after the command name."""
    flag = {"default": default} if default is not None else {}
    p.add_argument(
        "--home",
        metavar="DIR",
        help="the vault folder (default: $QUIRE_HOME or the platform's data folder)",
        **flag,
    )
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase(s) as the first line(s) of standard input",
        **flag,
    )
    p.add_argument(
        "--recovery-code",
        action="store_true",
        help="also ask for the recovery code (a vault copied to a new computer)",
        **flag,
    )


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quire-cli", description="Quire: an encrypted, offline diary of harassment."
    )
    p.add_argument("--version", action="version", version=build_info().line("quire-cli"))
    _add_global_options(p, None)
    common = argparse.ArgumentParser(add_help=False)
    _add_global_options(common, argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def cmd(name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_, parents=[common])
        sp.set_defaults(handler=handler)
        return sp

    sp = cmd("init", cmd_init, "create a new vault")
    sp.add_argument(
        "--device-secret",
        action="store_true",
        help="also require a secret kept in the OS keyring (shows a recovery code)",
    )
    cmd("passwd", cmd_passwd, "change the passphrase (stdin: old line, then new line)")
    sp = cmd("add", cmd_add, "record a new incident; prints its id on the last line")
    _add_record_options(sp)
    sp.add_argument("--attach", action="append", metavar="FILE", help="evidence file")
    sp = cmd("edit", cmd_edit, "change fields of an incident (keeps a revision)")
    sp.add_argument("id", type=int)
    _add_record_options(sp)
    sp = cmd("note", cmd_note, "add a follow-up note")
    sp.add_argument("id", type=int)
    sp.add_argument("text")
    sp = cmd("attach", cmd_attach, "attach evidence files to an incident")
    sp.add_argument("id", type=int)
    sp.add_argument("files", nargs="+", metavar="FILE")
    sp.add_argument(
        "--remove-original",
        action="store_true",
        help="overwrite and delete each file once its encrypted copy is verified "
        "(SSDs and copy-on-write filesystems may still keep copies)",
    )
    sp = cmd("list", cmd_list, "list incidents, newest first")
    _add_filter_options(sp)
    sp.add_argument("--deleted", action="store_true", help="include deleted incidents")
    sp = cmd("search", cmd_search, "full-text search")
    sp.add_argument("query")
    _add_filter_options(sp)
    sp = cmd("show", cmd_show, "show one incident")
    sp.add_argument("id", type=int)
    sp.add_argument("--json", action="store_true")
    ev = cmd("evidence", lambda a, c: 1, "evidence files: get, list, rm")
    evsub = ev.add_subparsers(dest="evidence_command", required=True, metavar="ACTION")
    sp = evsub.add_parser("get", help="write a decrypted copy of an evidence file")
    sp.set_defaults(handler=cmd_evidence_get)
    sp.add_argument("id", type=int)
    sp.add_argument("evidence_id", type=int)
    sp.add_argument("-o", "--output", required=True, metavar="FILE")
    sp.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    sp = evsub.add_parser("list", help="list an incident's evidence")
    sp.set_defaults(handler=cmd_evidence_list)
    sp.add_argument("id", type=int)
    sp.add_argument("--json", action="store_true")
    redaction.add_commands(evsub)
    sp = evsub.add_parser("rm", help="detach and delete an evidence file")
    sp.set_defaults(handler=cmd_evidence_rm)
    sp.add_argument("id", type=int)
    sp.add_argument("evidence_id", type=int)
    sp = cmd(
        "verify",
        cmd_verify,
        "check the vault (every database page, the chain, the evidence store), or a received "
        "bundle (verify BUNDLE -i IDENTITY): every hash and the signature, writing nothing",
    )
    sp.add_argument("bundle", nargs="?", metavar="BUNDLE", help="a sealed bundle to check")
    sp.add_argument(
        "-i",
        "--identity",
        action="append",
        metavar="FILE",
        help="identity file for a bundle (age-keygen format); repeatable",
    )
    sp.add_argument(
        "--passphrase-bundle",
        action="store_true",
        help="the bundle is sealed with a passphrase (asked for, or stdin)",
    )
    sp.add_argument(
        "--expect-signer",
        metavar="SHA256:…",
        help="for a bundle: fail unless signed by the key with this fingerprint",
    )
    sp.add_argument(
        "--deep",
        action="store_true",
        help="also decrypt and re-hash every evidence file",
    )
    sp.add_argument(
        "--tsr",
        metavar="FILE",
        help="for a bundle: an RFC 3161 token for its timestamp-request.tsq; shows the time "
        "it proves",
    )
    sp.add_argument(
        "--tsa-cert",
        metavar="PEM",
        help="with --tsr: the TSA's certificate (or its CA's) the token must be signed under",
    )
    receiver.add_commands(cmd)
    sharing.add_commands(cmd)
    chats_cli.add_commands(cmd)
    actors_cli.add_commands(cmd)
    complaints_cli.add_commands(cmd)
    wipe_cli.add_commands(cmd)
    sp = cmd("delete", cmd_delete, "delete an incident (recoverable unless --purge)")
    sp.add_argument("id", type=int)
    sp.add_argument("--purge", action="store_true", help="erase it and its evidence for good")
    sp = cmd("undelete", cmd_undelete, "bring back a deleted (not purged) incident")
    sp.add_argument("id", type=int)
    sp = cmd("backup", cmd_backup, "write the whole vault (ciphertext only) to one file")
    sp.add_argument("-o", "--output", required=True, metavar="FILE")
    sp = cmd("restore", cmd_restore, "restore a backup into --home (never over a vault)")
    sp.add_argument("backup", metavar="FILE")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    hardening.harden_process()  # before anything is read: no core dumps, umask 077
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        ctx = Context(args)
        return int(args.handler(args, ctx))
    except QuireError as exc:
        print(f"quire-cli: {render.safe(exc)}", file=sys.stderr)
        return exc.exit_code
    except DatabaseError as exc:
        print(f"quire-cli: diary.db is damaged or has been altered ({exc}).", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("quire-cli: interrupted.", file=sys.stderr)
        return 130
    except OSError as exc:
        print(
            f"quire-cli: {render.safe(exc.strerror or exc)}: {render.safe(exc.filename or '')}",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
