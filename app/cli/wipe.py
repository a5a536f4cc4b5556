"""``quire-cli wipe``, ``duress set|clear|decoy`` and ``settings wipe-after N``.

``wipe`` needs no passphrase (whoever is at the door will not wait): it asks for the word
WIPE to be typed (a line on standard input, from a terminal or a pipe) unless ``--yes``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app import decoy, settings
from app.cli.context import Context, Handler
from app.cli.render import safe
from app.decoy_examples import example_entries
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.passphrase_strength import require_strong
from app.wipe import (
    WipeError,
    clear_duress_passphrase,
    has_quire_files,
    panic_wipe,
    set_duress_passphrase,
    set_wipe_after_failures,
)
from app.wipe.failures import MAX_FAILURES

CONFIRM_WORD = "WIPE"


def _confirmed() -> bool:
    prompt = f"This destroys the diary for good. Type {CONFIRM_WORD} to go on: "
    if sys.stdin.isatty():
        try:
            return input(prompt).strip() == CONFIRM_WORD
        except EOFError:
            return False
    print(prompt, file=sys.stderr, end="", flush=True)
    answer = sys.stdin.readline()
    print(file=sys.stderr)
    return answer.strip() == CONFIRM_WORD


def cmd_wipe(args: argparse.Namespace, ctx: Context) -> int:
    if not has_quire_files(ctx.home):
        print(f"There is no vault at {ctx.home}; nothing to wipe.")
        return 0
    if not args.yes and not _confirmed():
        raise QuireError(_T("errors", "Nothing was wiped."))
    try:
        report = panic_wipe(ctx.home)
    except WipeError as exc:
        report = exc.report
        print(f"quire-cli: {exc}", file=sys.stderr)
        return 1
    if report.found_vault:
        print(
            f"Wiped. The key was destroyed {report.seconds_to_key_destroyed * 1000:.0f} ms "
            f"after the start; {report.files_removed} files were removed."
        )
    else:
        print(f"There was no vault; {report.files_removed} of Quire's files were removed.")
    if report.keyring_deleted is False:
        print(
            "The device secret could not be removed from the OS keyring; without vault.key "
            "it opens nothing."
        )
    if report.left_alone:
        print(f"Left alone ({len(report.left_alone)} entries Quire did not write):")
        for p in report.left_alone:
            print(f"  {p}")
    if report.not_removed:
        print(
            f"{len(report.not_removed)} unreadable leftovers could not be removed yet; "
            "they are removed the next time Quire starts."
        )
    print("Backups kept elsewhere are not affected.")
    return 0


def cmd_duress_set(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        duress = ctx.secrets.ask_new("Duress passphrase: ")
        require_strong(duress)
        set_duress_passphrase(vault, duress)
    print(
        "Duress passphrase set. Typed at unlock, it destroys this diary without a word and "
        "opens an empty one."
    )
    return 0


def cmd_duress_clear(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        clear_duress_passphrase(vault)
    print("No duress passphrase is set now.")
    return 0


def cmd_decoy_show(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        entries = decoy.load(vault)
    if not entries:
        print("No decoy diary is prepared: the duress passphrase opens an empty diary.")
        return 0
    print(safe(decoy.to_text(entries)), end="")
    return 0


def cmd_decoy_set(args: argparse.Namespace, ctx: Context) -> int:
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeError) as exc:
        raise QuireError(
            _T("errors", "Cannot read {path}: {error}"), path=args.file, error=exc
        ) from None
    entries = decoy.from_text(text)  # refused before the passphrase is asked
    with ctx.unlock() as vault:
        decoy.save(vault, entries)
    print(f"Decoy diary prepared: {len(entries)} entries.")
    return 0


def cmd_decoy_examples(args: argparse.Namespace, ctx: Context) -> int:
    language = args.language or settings.load(ctx.home).language
    with ctx.unlock() as vault:
        entries = example_entries(language)
        decoy.save(vault, entries)
    print(
        f"Decoy diary prepared with {len(entries)} example entries; see them with "
        "'quire-cli duress decoy show', change them with 'quire-cli duress decoy set FILE'."
    )
    return 0


def cmd_decoy_clear(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        decoy.save(vault, [])
    print("No decoy diary now: the duress passphrase opens an empty diary.")
    return 0


def cmd_settings_wipe_after(args: argparse.Namespace, ctx: Context) -> int:
    if args.count is None:
        count = settings.load(ctx.home).wipe_after_failures
        print(f"wipe-after {count}" + (" (never)" if count == 0 else ""))
        return 0
    with ctx.unlock():
        set_wipe_after_failures(ctx.home, args.count)
    if args.count:
        print(f"The vault will be wiped after {args.count} wrong passphrases in a row.")
    else:
        print("Wrong passphrases no longer wipe the vault.")
    return 0


def add_commands(cmd: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    sp = cmd(
        "wipe",
        cmd_wipe,
        "panic wipe: destroy the key, then every file of the vault (no passphrase needed)",
    )
    sp.add_argument("--yes", action="store_true", help=f"do not ask to type {CONFIRM_WORD}")
    sp = cmd("duress", lambda a, c: 1, "a passphrase that, typed at unlock, wipes the diary")
    sub = sp.add_subparsers(dest="duress_command", required=True, metavar="ACTION")
    p = sub.add_parser(
        "set",
        help="set (or replace) the duress passphrase (stdin: passphrase, then duress line)",
    )
    p.set_defaults(handler=cmd_duress_set)
    p = sub.add_parser("clear", help="remove any duress passphrase")
    p.set_defaults(handler=cmd_duress_clear)
    p = sub.add_parser("decoy", help="the decoy diary the duress passphrase opens")
    decoy_sub = p.add_subparsers(dest="decoy_command", required=True, metavar="ACTION")
    q = decoy_sub.add_parser("show", help="print the decoy diary's entries (the form 'set' reads)")
    q.set_defaults(handler=cmd_decoy_show)
    q = decoy_sub.add_parser(
        "set", help="prepare the decoy from a text file ('## 2025-03-14 Title', then its text)"
    )
    q.add_argument("file", metavar="FILE", help="UTF-8 text file")
    q.set_defaults(handler=cmd_decoy_set)
    q = decoy_sub.add_parser("examples", help="prepare the decoy from example entries")
    q.add_argument("--language", choices=settings.LANGUAGES, help="default: Quire's language")
    q.set_defaults(handler=cmd_decoy_examples)
    q = decoy_sub.add_parser("clear", help="remove the decoy (duress then opens an empty diary)")
    q.set_defaults(handler=cmd_decoy_clear)
    sp = cmd("settings", lambda a, c: 1, "settings kept beside the vault")
    sub = sp.add_subparsers(dest="settings_command", required=True, metavar="SETTING")
    p = sub.add_parser(
        "wipe-after",
        help="wipe the vault after N wrong passphrases in a row (0 = never); "
        "without N, show the setting",
    )
    p.set_defaults(handler=cmd_settings_wipe_after)
    p.add_argument("count", type=int, nargs="?", metavar="N", help=f"0 to {MAX_FAILURES}")
