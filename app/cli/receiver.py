"""The receiver's commands: ``keygen``, ``open``, ``verify BUNDLE`` and ``signers`` (no vault).

Reading keys, checking, reading and extracting are app/bundle's (shared with the Open
Bundle window); this module only turns arguments into calls and results into lines.
Everything a bundle's maker wrote is printed one line per field, control characters
removed, and worded as their claim.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.age import recipient_fingerprint
from app.age.stanza import Identity
from app.bundle import signers, timestamp
from app.bundle.identities import load_identities as load_key_files
from app.bundle.reader import extract_to
from app.bundle.receive import VerifiedBundle, check_bundle
from app.cli import render
from app.cli.prompts import SecretSource
from app.contacts.card import make_card, new_key_file, write_card, write_qr, write_sheet
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T


def load_identities(args: argparse.Namespace) -> list[Identity]:
    """The ``-i`` files, then the bundle passphrase if ``--passphrase-bundle`` was given."""
    passphrase = None
    if getattr(args, "passphrase_bundle", False):
        secrets = SecretSource(bool(getattr(args, "passphrase_stdin", False)))
        passphrase = secrets.ask("Bundle passphrase: ", "bundle passphrase")
        if not passphrase:
            raise QuireError(_T("errors", "The bundle passphrase must not be empty."))
    return load_key_files([Path(f) for f in args.identity or []], passphrase)


def cmd_keygen(args: argparse.Namespace, _ctx: object) -> int:
    out = Path(args.output)
    if (args.card or args.sheet) and not args.name:
        raise QuireError(_T("errors", "A contact card or sheet needs --name (who you are)."))
    recipient = new_key_file(out, pq=args.pq)
    print(f"Wrote the secret identity to {render.safe(out)}. Keep it safe: whoever holds it can")
    print("open every bundle sealed for it. It works with 'age -d -i' too.\n")
    print(f"Recipient (give this to the people who will send you bundles):\n{recipient}\n")
    print(f"Fingerprint (read it aloud to compare): {recipient_fingerprint(recipient)}")
    print(f"Words (the same fingerprint): {' '.join(card_words(recipient))}")
    _write_handouts(args, recipient)
    return 0


def card_words(recipient: str) -> list[str]:
    return make_card("-", recipient).words


def _write_handouts(args: argparse.Namespace, recipient: str) -> None:
    """What the organisation hands out: the QR image, the contact card, the printed sheet.
    A file that exists is never overwritten (the key is written already: say so)."""
    if args.qr:
        write_qr(Path(args.qr), recipient)
        print(f"QR code of the recipient written to {render.safe(args.qr)}")
    if args.card:
        write_card(Path(args.card), make_card(args.name, recipient))
        print(f"Contact card written to {render.safe(args.card)}")
    if args.sheet:
        write_sheet(Path(args.sheet), make_card(args.name, recipient))
        print(f"Verification sheet (PDF, to print) written to {render.safe(args.sheet)}")


def _print_lines(lines: list[signers.Line]) -> None:
    for template, values in lines:
        print(render.safe_line(signers.fill(template, values), 1000))


def _report(result: VerifiedBundle, status: signers.SignerStatus, wrote: Path | None) -> None:
    _print_lines(signers.claim_lines(result.manifest))
    print(
        f"{len(result.incidents)} incident(s), {result.files} file(s), "
        f"{result.total_bytes} bytes: every size and SHA-256 matches the manifest."
    )
    if result.signed:
        print(f"Signature: GOOD, signing key {result.signing_fingerprint}")
        print("  The bundle is unchanged since this key signed it; the key alone does not")
        print("  say who holds it.")
    else:
        print("Signature: none (nothing shows who made this bundle).")
    _print_lines(signers.status_lines(status))
    if wrote is not None:
        print(f"Files written to {render.safe(wrote)}; start with report.pdf or README.txt.")


def _expected(book: signers.SignerBook, args: argparse.Namespace) -> str | None:
    return book.resolve(args.expect_signer) if args.expect_signer else None


def _assess(book: signers.SignerBook, result: VerifiedBundle) -> signers.SignerStatus:
    return book.assess(result.signing_fingerprint, result.manifest.get("author"))


def cmd_open(args: argparse.Namespace, _ctx: object) -> int:
    dest = Path(args.output)
    book = signers.SignerBook()
    expected = _expected(book, args)
    if args.remember is not None and not args.remember.strip():
        raise QuireError(
            _T("errors", "Give a name after --remember (who you know the signer to be).")
        )
    result = extract_to(Path(args.bundle), load_identities(args), dest, expect_signer=expected)
    status = _assess(book, result)
    _report(result, status, dest)
    if args.remember is not None:
        if result.signing_fingerprint is None:
            print("Not remembered: this bundle is not signed, so there is no key to remember.")
        else:
            entry = book.remember(
                result.signing_fingerprint, args.remember, result.manifest.get("author")
            )
            print(
                f"Remembered {entry.fingerprint} as “{render.safe_line(entry.name)}” "
                f"in {render.safe(book.path)}."
            )
    return 0


def cmd_verify_bundle(args: argparse.Namespace) -> int:
    book = signers.SignerBook()
    result = check_bundle(
        Path(args.bundle), load_identities(args), expect_signer=_expected(book, args)
    )
    _report(result, _assess(book, result), None)
    if args.tsr:
        _report_timestamp(result, Path(args.tsr), Path(args.tsa_cert) if args.tsa_cert else None)
    elif args.tsa_cert:
        raise QuireError(_T("errors", "--tsa-cert checks a token: give it with --tsr FILE."))
    return 0


def _report_timestamp(result: VerifiedBundle, tsr: Path, tsa_cert: Path | None) -> None:
    """Check a time-stamp token against the verified bundle and say what it proves."""
    token = _read_limited(tsr, timestamp.MAX_TOKEN)
    anchor = timestamp.load_certificate(_read_limited(tsa_cert, 1024 * 1024)) if tsa_cert else None
    proof = timestamp.verify_token(token, result.manifest_raw, result.timestamp_request, anchor)
    when = proof.time.strftime("%Y-%m-%d %H:%M:%S UTC")
    print(f"Time-stamp: GOOD. manifest.json (and every file it lists) existed no later than {when}")
    print(f"  by the word of {render.safe_line(proof.tsa)} (token serial {proof.serial}).")
    if result.timestamp_request is None:
        print("  This bundle carries no timestamp-request.tsq; the token's nonce was not checked.")
    if proof.anchored:
        print("  The token is signed under the TSA certificate you gave (--tsa-cert).")
    else:
        print("  No --tsa-cert given: who signed the token is only the token's own claim.")
    print("  It does not show when the incidents happened, nor who made the bundle.")


def _read_limited(path: Path, limit: int) -> bytes:
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise QuireError(_T("errors", "{path} is too large to be what it should be."), path=path)
    return data


def cmd_signers(args: argparse.Namespace, _ctx: object) -> int:
    book = signers.SignerBook()
    if args.action == "add":
        if not args.fingerprint or not args.name:
            raise QuireError(_T("errors", "Usage: signers add SHA256:… NAME"))
        entry = book.remember(args.fingerprint, args.name, None)
        print(f"Remembered {entry.fingerprint} as “{render.safe_line(entry.name)}”.")
    elif args.action == "forget":
        if not args.fingerprint:
            raise QuireError(_T("errors", "Usage: signers forget SHA256:…"))
        if not book.forget(args.fingerprint):
            raise QuireError(
                _T("errors", "{value} is not in the address book."),
                value=render.safe_line(args.fingerprint),
            )
        print(f"Forgot {render.safe_line(args.fingerprint)}.")
    else:
        known = book.signers()
        if not known:
            print(f"No signers remembered yet ({render.safe(book.path)}).")
        for s in known:
            claimed = ", ".join(render.safe_line(a) for a in s.authors) or "-"
            print(f"{s.fingerprint}  {render.safe_line(s.name)}  (claimed: {claimed})")
    return 0


def add_commands(cmd: Callable[..., argparse.ArgumentParser]) -> None:
    sp = cmd("keygen", cmd_keygen, "make an identity for receiving bundles (also works with age)")
    sp.add_argument("-o", "--output", required=True, metavar="FILE")
    sp.add_argument("--pq", action="store_true", help="post-quantum hybrid key (age1pq1…)")
    sp.add_argument("--qr", metavar="PNG", help="also write the recipient as a QR code")
    sp.add_argument("--name", metavar="NAME", help="your organisation's name (card, sheet)")
    sp.add_argument(
        "--card", metavar="FILE", help="also write a contact card (.quire-contact) to hand out"
    )
    sp.add_argument("--sheet", metavar="PDF", help="also write a one-page verification sheet")
    sp = cmd("open", cmd_open, "check a bundle completely, then write its files to a folder")
    sp.add_argument("bundle", metavar="BUNDLE")
    sp.add_argument("-i", "--identity", action="append", metavar="FILE")
    sp.add_argument("-o", "--output", required=True, metavar="DIR")
    sp.add_argument(
        "--passphrase-bundle", action="store_true", help="the bundle is sealed with a passphrase"
    )
    sp.add_argument(
        "--expect-signer",
        metavar="SHA256:…|NAME",
        help="fail unless signed by this key (a fingerprint, or a name from 'signers')",
    )
    sp.add_argument(
        "--remember",
        metavar="NAME",
        help="after every check passed, remember the signing key as NAME (see 'signers')",
    )
    sp = cmd(
        "signers",
        cmd_signers,
        "your address book of bundle signing keys: list, add SHA256:… NAME, forget SHA256:…",
    )
    sp.add_argument("action", nargs="?", choices=["list", "add", "forget"], default="list")
    sp.add_argument("fingerprint", nargs="?", metavar="SHA256:…")
    sp.add_argument("name", nargs="?", metavar="NAME")
