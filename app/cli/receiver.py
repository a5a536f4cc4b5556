"""The receiver's commands: ``keygen``, ``open`` and ``verify BUNDLE`` (no vault needed)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import fs
from app.age import (
    IdentityFormatError,
    ScryptIdentity,
    format_identity_file,
    generate_identity,
    parse_identity_file,
    recipient_fingerprint,
)
from app.age.stanza import Identity
from app.bundle.receive import VerifiedBundle, check_bundle
from app.cli import render
from app.cli.prompts import SecretSource
from app.errors import QuireError


def load_identities(args: argparse.Namespace) -> list[Identity]:
    identities: list[Any] = []
    for f in args.identity or []:
        path = Path(f)
        try:
            identities += parse_identity_file(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise QuireError(f"No such identity file: {path}") from None
        except (UnicodeDecodeError, IdentityFormatError) as exc:
            raise QuireError(f"{path} is not an identity file: {exc}") from None
    if getattr(args, "passphrase_bundle", False):
        secrets = SecretSource(bool(getattr(args, "passphrase_stdin", False)))
        identities.append(ScryptIdentity(secrets.ask("Bundle passphrase: ", "bundle passphrase")))
    if not identities:
        raise QuireError("Give the identity file that can open the bundle: -i FILE.")
    return identities


def cmd_keygen(args: argparse.Namespace, _ctx: object) -> int:
    out = Path(args.output)
    if out.exists():
        raise QuireError(f"{out} exists; Quire never overwrites a key.")
    identity = generate_identity(pq=args.pq)
    recipient = identity.recipient.encode()
    with fs.atomic_writer(out) as f:
        f.write(format_identity_file([identity]).encode())
    print(f"Wrote the secret identity to {render.safe(out)}. Keep it safe: whoever holds it can")
    print("open every bundle sealed for it. It works with 'age -d -i' too.\n")
    print(f"Recipient (give this to the people who will send you bundles):\n{recipient}\n")
    print(f"Fingerprint (read it aloud to compare): {recipient_fingerprint(recipient)}")
    if args.qr:
        import segno

        segno.make(recipient, error="m" if not args.pq else "l").save(args.qr, scale=6, border=4)
        print(f"QR code of the recipient written to {render.safe(args.qr)}")
    return 0


def _report(result: VerifiedBundle, wrote: Path | None) -> None:
    m = result.manifest
    print(
        f"Bundle made {render.safe(m.get('created_at'))} by "
        f"{render.safe(m.get('author') or 'anonymous')} with {render.safe(m.get('generator'))}"
    )
    print(
        f"{len(result.incidents)} incident(s), {result.files} file(s), "
        f"{result.total_bytes} bytes: every size and SHA-256 matches the manifest."
    )
    if result.signed:
        print(f"Signature: GOOD, signing key {result.signing_fingerprint}")
        print("  Compare this fingerprint with earlier bundles or with the sender.")
    else:
        print("Signature: none (the sender chose not to sign this bundle).")
    if wrote is not None:
        print(f"Files written to {render.safe(wrote)}; start with report.pdf or README.txt.")


def cmd_open(args: argparse.Namespace, _ctx: object) -> int:
    dest = Path(args.output)
    result = check_bundle(
        Path(args.bundle), load_identities(args), dest=dest, expect_signer=args.expect_signer
    )
    _report(result, dest)
    return 0


def cmd_verify_bundle(args: argparse.Namespace) -> int:
    result = check_bundle(
        Path(args.bundle), load_identities(args), expect_signer=args.expect_signer
    )
    _report(result, None)
    return 0


def add_commands(cmd: Callable[..., argparse.ArgumentParser]) -> None:
    sp = cmd("keygen", cmd_keygen, "make an identity for receiving bundles (also works with age)")
    sp.add_argument("-o", "--output", required=True, metavar="FILE")
    sp.add_argument("--pq", action="store_true", help="post-quantum hybrid key (age1pq1…)")
    sp.add_argument("--qr", metavar="PNG", help="also write the recipient as a QR code")
    sp = cmd("open", cmd_open, "check a bundle completely, then write its files to a folder")
    sp.add_argument("bundle", metavar="BUNDLE")
    sp.add_argument("-i", "--identity", action="append", metavar="FILE")
    sp.add_argument("-o", "--output", required=True, metavar="DIR")
    sp.add_argument(
        "--passphrase-bundle", action="store_true", help="the bundle is sealed with a passphrase"
    )
    sp.add_argument(
        "--expect-signer",
        metavar="SHA256:…",
        help="fail unless signed by the key with this fingerprint",
    )
