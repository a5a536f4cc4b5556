"""Keys as people handle them: generating, parsing, identity files and fingerprints.

Recipients (public, shareable):   ``age1…`` (X25519), ``age1pq1…`` (post-quantum hybrid).
Identities (secret, keep safe):   ``AGE-SECRET-KEY-1…``, ``AGE-SECRET-KEY-PQ-1…``.
Passphrases:                      :class:`ScryptRecipient` / :class:`ScryptIdentity`.

Error messages say which rule a string breaks (prefix, checksum, length, case) so a person
can fix a typo, and never repeat secret key material.

Fingerprint format (for checking a recipient over the phone): the SHA-256 of the
recipient's lowercase ``age1…`` string is cut into eight 4-byte big-endian numbers, each
reduced modulo 10000 and printed as four digits, e.g. ``0421 9930 1187 5502 …`` (8 groups,
about 106 bits). Digits are read the same way in any language and survive a noisy line.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TypeVar

from app.age import bech32, hybrid, x25519
from app.age.errors import AgeError, IdentityFormatError, RecipientFormatError
from app.age.hybrid import HybridIdentity, HybridRecipient
from app.age.scrypt import ScryptIdentity, ScryptRecipient
from app.age.x25519 import X25519Identity, X25519Recipient
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import Text

T = TypeVar("T")
PublicKey = X25519Recipient | HybridRecipient
SecretKey = X25519Identity | HybridIdentity

__all__ = [
    "HybridIdentity",
    "HybridRecipient",
    "PublicKey",
    "ScryptIdentity",
    "ScryptRecipient",
    "SecretKey",
    "X25519Identity",
    "X25519Recipient",
    "format_identity_file",
    "generate_identity",
    "parse_identity",
    "parse_identity_file",
    "parse_recipient",
    "parse_recipients_file",
    "recipient_fingerprint",
]


def generate_identity(pq: bool = False) -> SecretKey:
    """A new secret key: post-quantum hybrid if ``pq``, classic X25519 otherwise."""
    return HybridIdentity.generate() if pq else X25519Identity.generate()


def _bech32_problem(exc: bech32.Bech32Error) -> Text:
    if isinstance(exc, bech32.MixedCaseError):
        return Text("errors", _T("errors", "mixes upper and lower case letters"))
    if isinstance(exc, bech32.ChecksumError):
        return Text(
            "errors", _T("errors", "bad checksum: a character was mistyped, swapped or lost")
        )
    return exc.text


def parse_recipient(text: str) -> PublicKey:
    """Parse an ``age1…`` or ``age1pq1…`` recipient; :class:`RecipientFormatError` if bad."""
    text = text.strip()
    shown = text if len(text) <= 24 else text[:20] + "…"
    if not text:
        raise RecipientFormatError(_T("errors", "invalid recipient: it is empty"))
    if text.upper().startswith("AGE-SECRET-KEY-"):
        raise RecipientFormatError(
            _T(
                "errors",
                "this is a secret key, not a recipient: never share it; use the age1… public key "
                "that goes with it",
            )
        )
    if text.startswith(("ssh-", "ecdsa-")):
        raise RecipientFormatError(
            _T("errors", "SSH keys are not supported; use an age1… recipient")
        )
    try:
        hrp, data = bech32.decode(text)
    except bech32.Bech32Error as exc:
        raise RecipientFormatError(
            _T("errors", "invalid recipient {shown}: {value}"),
            shown=repr(shown),
            value=_bech32_problem(exc),
        ) from None
    if hrp == x25519.RECIPIENT_HRP:
        cls: type[PublicKey] = X25519Recipient
        size = x25519.KEY_SIZE
    elif hrp == hybrid.RECIPIENT_HRP:
        cls, size = HybridRecipient, hybrid.PUBLIC_SIZE
    else:
        raise RecipientFormatError(
            _T(
                "errors",
                "invalid recipient {shown}: wrong prefix {hrp} (expected age1… or post-quantum "
                "age1pq1…)",
            ),
            shown=repr(shown),
            hrp=repr(hrp),
        )
    if len(data) != size:
        raise RecipientFormatError(
            _T(
                "errors",
                "invalid recipient {shown}: wrong length ({count} bytes, expected {size}); part "
                "of it may be missing",
            ),
            shown=repr(shown),
            count=len(data),
            size=size,
        )
    try:
        return cls(data)
    except ValueError:
        raise RecipientFormatError(
            _T("errors", "invalid recipient {shown}: not a valid public key"), shown=repr(shown)
        ) from None


def _parse_lines(
    text: str, parse: Callable[[str], T], error: type[AgeError], where: str
) -> list[T]:
    """One key per line; blank lines and ``#`` comments skipped; errors name the line
    (``where``: a template with ``{number}`` and ``{problem}``)."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            found.append(parse(line))
        except error as exc:
            raise error(where, number=number, problem=exc) from None
    return found


def parse_recipients_file(text: str) -> list[PublicKey]:
    """Parse an ``age -R`` style list: one recipient per line, ``#`` comments, blank lines."""
    found = _parse_lines(
        text, parse_recipient, RecipientFormatError, _T("errors", "line {number}: {problem}")
    )
    if not found:
        raise RecipientFormatError(_T("errors", "no recipients found"))
    return found


def parse_identity(text: str) -> SecretKey:
    """Parse an ``AGE-SECRET-KEY-1…`` or ``AGE-SECRET-KEY-PQ-1…`` identity."""
    text = text.strip()
    if not text:
        raise IdentityFormatError(_T("errors", "invalid identity: it is empty"))
    if text.upper().startswith("AGE-PLUGIN-"):
        raise IdentityFormatError(_T("errors", "plugin identities are not supported"))
    if text.lower().startswith("age1"):
        raise IdentityFormatError(
            _T(
                "errors",
                "this is a recipient (public key), not an identity: it can encrypt but not decrypt",
            )
        )
    try:
        hrp, data = bech32.decode(text)
    except bech32.Bech32Error as exc:
        raise IdentityFormatError(
            _T("errors", "invalid identity: {value}"), value=_bech32_problem(exc)
        ) from None
    if hrp == x25519.IDENTITY_HRP.lower():
        cls: type[SecretKey] = X25519Identity
        size = x25519.KEY_SIZE
    elif hrp == hybrid.IDENTITY_HRP.lower():
        cls, size = HybridIdentity, hybrid.SEED_SIZE
    else:
        raise IdentityFormatError(
            _T(
                "errors",
                "invalid identity: wrong prefix (expected AGE-SECRET-KEY-1… or "
                "AGE-SECRET-KEY-PQ-1…)",
            )
        )
    if len(data) != size:
        raise IdentityFormatError(
            _T("errors", "invalid identity: wrong length ({count} bytes, expected {size})"),
            count=len(data),
            size=size,
        )
    return cls(data)


def parse_identity_file(text: str) -> list[SecretKey]:
    """Parse an ``age-keygen`` identity file: one key per line, ``#`` comments allowed."""
    found = _parse_lines(
        text,
        parse_identity,
        IdentityFormatError,
        _T("errors", "identity file line {number}: {problem}"),
    )
    if not found:
        raise IdentityFormatError(_T("errors", "no identities found in the identity file"))
    return found


def format_identity_file(
    identities: SecretKey | Iterable[SecretKey], created: datetime | None = None
) -> str:
    """Write identities in ``age-keygen`` format, readable by ``age -d -i``."""
    if isinstance(identities, X25519Identity | HybridIdentity):
        identities = [identities]
    stamp = (created or datetime.now(UTC)).replace(microsecond=0).isoformat()
    stamp = stamp.replace("+00:00", "Z")
    lines = []
    for identity in identities:
        lines += [
            f"# created: {stamp}",
            f"# public key: {identity.recipient.encode()}",
            identity.encode(),
        ]
    return "\n".join(lines) + "\n"


def recipient_fingerprint(recipient: PublicKey | str) -> str:
    """Eight groups of four digits to compare a recipient aloud (format in module doc)."""
    if isinstance(recipient, str):
        recipient = parse_recipient(recipient)
    digest = hashlib.sha256(recipient.encode().encode("ascii")).digest()
    return digit_groups(digest)


def digit_groups(digest: bytes) -> str:
    """``0123 4567 …``: eight groups of four digits (each a big-endian 32-bit slice of a
    32-byte digest, modulo 10,000), to be read aloud."""
    groups = (int.from_bytes(digest[i : i + 4], "big") % 10000 for i in range(0, 32, 4))
    return " ".join(f"{group:04d}" for group in groups)
