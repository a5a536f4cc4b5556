"""The receiver's own address book of signing keys, and what to say about a bundle's signer.

A valid signature proves only that whoever holds the key made the bundle: anyone can make
a key, sign a bundle and write any name in its manifest's ``author``. So a receiver is
told what the manifest *claims* (author, time, program) as a claim, and whether the key
that signed it is one they remembered before — the same idea as SSH's known_hosts.

The book is a small JSON file of fingerprints, the name the receiver gave each, and the
authors bundles signed by it claimed. It needs no vault: it lives in the receiver's own
data folder (``Quire Receiver`` in the platform's user data folder, or ``QUIRE_SIGNERS``),
never in a diary's vault folder, and it is not encrypted: it holds public-key
fingerprints and names, on the machine where ``open`` writes the bundles' plaintext by
design (docs/THREAT_MODEL.md, "The receiver's machine"). Nothing is remembered until the
receiver asks (``--remember NAME``, or "Remember this signer" in the window).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from app import fs
from app.clock import now_utc
from app.errors import DamagedDataError, QuireError
from app.i18n import QT_TRANSLATE_NOOP
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.plain_text import one_line

SIGNERS_ENV = "QUIRE_SIGNERS"
FORMAT = "quire-known-signers"
VERSION = 1
MAX_BOOK = 4 * 1024 * 1024
MAX_NAME = 120
FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/]{43}")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?Z")
# Shown for a bundle whose manifest names no author; a value the window translates.
ANONYMOUS = QT_TRANSLATE_NOOP("signers", "an anonymous sender")


def default_path() -> Path:
    """``QUIRE_SIGNERS`` if set, else ``known-signers.json`` in "Quire Receiver"'s data folder."""
    env = os.environ.get(SIGNERS_ENV)
    if env:
        return Path(env).expanduser().absolute()
    folder = platformdirs.user_data_path("Quire Receiver", appauthor=False, roaming=False)
    return folder / "known-signers.json"


def check_fingerprint(text: str) -> str:
    """A ``SHA256:…`` fingerprint as ssh-keygen prints it, or a clear error."""
    value = text.strip()
    if not FINGERPRINT.fullmatch(value):
        raise QuireError(
            _T(
                "errors",
                "{value} is not a signing-key fingerprint (it looks like SHA256: followed by 43 "
                "letters and digits).",
            ),
            value=repr(one_line(value, 60)),
        )
    return value


@dataclass(frozen=True)
class KnownSigner:
    """One remembered key: its fingerprint, the receiver's name for it, claimed authors."""

    fingerprint: str
    name: str
    authors: tuple[str, ...]
    first_seen: str


@dataclass(frozen=True)
class SignerStatus:
    """What the book says about one bundle's signer.

    ``verdict``: ``unsigned``, ``known`` (remembered key), ``new`` (never seen, and no
    remembered key claims this author) or ``differs`` (a remembered key made earlier
    bundles claiming this author, and this one is signed by another key).
    """

    verdict: str
    fingerprint: str | None
    claimed_author: str | None
    known: KnownSigner | None = None
    earlier: tuple[KnownSigner, ...] = ()

    @property
    def warning(self) -> bool:
        return self.verdict in ("new", "differs") or bool(self.earlier)


def _author_key(author: str | None) -> str | None:
    return one_line(author, MAX_NAME).casefold() if author else None


class SignerBook:
    """The address book file. Read each time it is used (small), written atomically."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()

    def signers(self) -> list[KnownSigner]:
        try:
            with open(self.path, "rb") as f:
                raw = f.read(MAX_BOOK + 1)
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise QuireError(
                _T("errors", "The address book of signers {path} cannot be read ({strerror})."),
                path=self.path,
                strerror=exc.strerror,
            ) from None
        try:
            data = json.loads(raw) if len(raw) <= MAX_BOOK else None
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError
            return [
                KnownSigner(
                    check_fingerprint(e["fingerprint"]),
                    one_line(e["name"], MAX_NAME),
                    tuple(one_line(a, MAX_NAME) for a in e["authors"]),
                    str(e["first_seen"]),
                )
                for e in data["signers"]
            ]
        except (ValueError, RecursionError, TypeError, KeyError, QuireError):
            raise DamagedDataError(
                _T("errors", "The address book of signers ({path})"),
                _T("errors", "it is not a list of signers"),
                path=self.path,
            ) from None

    def assess(self, fingerprint: str | None, claimed_author: str | None) -> SignerStatus:
        """Known, new, differs or unsigned: compared by key, and by the author claimed."""
        book = self.signers()
        author = _author_key(claimed_author)
        claimed = one_line(claimed_author, MAX_NAME) if claimed_author else None
        others = tuple(
            s
            for s in book
            if s.fingerprint != fingerprint
            and author is not None
            and author in {a.casefold() for a in (*s.authors, s.name)}
        )
        if fingerprint is None:
            return SignerStatus("unsigned", None, claimed, earlier=others)
        known = next((s for s in book if s.fingerprint == fingerprint), None)
        if known is not None:
            return SignerStatus("known", fingerprint, claimed, known, others)
        return SignerStatus("differs" if others else "new", fingerprint, claimed, None, others)

    def remember(self, fingerprint: str, name: str, claimed_author: str | None) -> KnownSigner:
        """Add the key (or add the claimed author and the new name to it); written at once."""
        fingerprint = check_fingerprint(fingerprint)
        name = one_line(name, MAX_NAME)
        if not name:
            raise QuireError(_T("errors", "Give a name for this signer (who you know them to be)."))
        book = self.signers()
        old = next((s for s in book if s.fingerprint == fingerprint), None)
        authors = list(old.authors) if old else []
        claimed = one_line(claimed_author, MAX_NAME) if claimed_author else None
        if claimed and claimed.casefold() not in {a.casefold() for a in authors}:
            authors.append(claimed)
        entry = KnownSigner(fingerprint, name, tuple(authors), old.first_seen if old else now_utc())
        others = [s for s in book if s.fingerprint != fingerprint]
        self._write([*others, entry])
        return entry

    def resolve(self, expected: str) -> str:
        """The fingerprint an ``--expect-signer`` value means: a fingerprint, or a name
        remembered in this book."""
        if FINGERPRINT.fullmatch(expected.strip()):
            return expected.strip()
        wanted = one_line(expected, MAX_NAME).casefold()
        found = [s for s in self.signers() if s.name.casefold() == wanted]
        if len(found) != 1:
            raise QuireError(
                _T(
                    "errors",
                    "{value} is neither a signing-key fingerprint (SHA256:…) nor the name of one "
                    "signer in your address book of signers.",
                ),
                value=repr(one_line(expected, 60)),
            )
        return found[0].fingerprint

    def forget(self, fingerprint: str) -> bool:
        book = self.signers()
        kept = [s for s in book if s.fingerprint != fingerprint.strip()]
        if len(kept) == len(book):
            return False
        self._write(kept)
        return True

    def _write(self, signers: list[KnownSigner]) -> None:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "signers": [
                {
                    "fingerprint": s.fingerprint,
                    "name": s.name,
                    "authors": list(s.authors),
                    "first_seen": s.first_seen,
                }
                for s in signers
            ],
        }
        if not self.path.parent.exists():
            fs.ensure_private_dir(self.path.parent)
        with fs.atomic_writer(self.path) as f:
            f.write(json.dumps(data, ensure_ascii=False, indent=2).encode())


# -- the wording, once for the CLI and the window (ui/ translates the templates) ------------
Line = tuple[str, dict[str, str]]


def _when(value: str | None) -> str:
    """``2026-11-30T06:10:42Z`` as ``2026-11-30 06:10 UTC``; anything else as one line."""
    text = one_line(value or "?", 40)
    if _ISO_UTC.fullmatch(text):
        return f"{text[:10]} {text[11:16]} UTC"
    return text


def claim_lines(manifest: dict[str, Any]) -> list[Line]:
    """What the manifest says about its origin, worded as the sender's claim."""
    return [
        (
            QT_TRANSLATE_NOOP(
                "signers",
                "Claimed by the sender (not proven by the signature): made {when} by {who} "
                "with {generator}",
            ),
            {
                "when": _when(manifest.get("created_at")),
                "who": one_line(manifest.get("author") or ANONYMOUS, MAX_NAME),
                "generator": one_line(manifest.get("generator") or "?", 60),
            },
        )
    ]


def status_lines(status: SignerStatus) -> list[Line]:
    """Plain words about the signer: known, new, or different from the one remembered."""
    fp = {"fp": status.fingerprint or ""}
    lines: list[Line] = []
    if status.verdict == "known" and status.known is not None:
        lines.append(
            (
                QT_TRANSLATE_NOOP(
                    "signers", "Signer: KNOWN. You remembered this key as “{name}” ({fp})."
                ),
                {**fp, "name": status.known.name},
            )
        )
        authors = {a.casefold() for a in status.known.authors}
        if status.claimed_author and status.claimed_author.casefold() not in authors:
            lines.append(
                (
                    QT_TRANSLATE_NOOP(
                        "signers",
                        "Note: bundles from this key did not claim the author “{who}” before.",
                    ),
                    {"who": status.claimed_author},
                )
            )
    elif status.verdict == "new":
        lines.append(
            (
                QT_TRANSLATE_NOOP(
                    "signers",
                    "Signer: NEW. You have not remembered this key ({fp}) before. Anyone can "
                    "make a key and write any name: compare the fingerprint with the sender "
                    "(by phone or in person) before you trust who made it.",
                ),
                fp,
            )
        )
    elif status.verdict == "differs":
        lines.append(
            (
                QT_TRANSLATE_NOOP(
                    "signers",
                    "WARNING: Signer DIFFERS. Earlier bundles claiming “{who}” were signed by "
                    "another key ({earlier}, remembered as “{name}”); this one is signed by "
                    "{fp}. It may not come from the same person: ask them before you trust it.",
                ),
                {
                    **fp,
                    "who": status.claimed_author or "",
                    "earlier": status.earlier[0].fingerprint,
                    "name": status.earlier[0].name,
                },
            )
        )
    elif status.earlier:
        lines.append(
            (
                QT_TRANSLATE_NOOP(
                    "signers",
                    "WARNING: this unsigned bundle claims “{who}”, whose bundles you know "
                    "signed by {earlier} (“{name}”). Nothing shows that it comes from them.",
                ),
                {
                    "who": status.claimed_author or "",
                    "earlier": status.earlier[0].fingerprint,
                    "name": status.earlier[0].name,
                },
            )
        )
    return lines


def fill(template: str, values: dict[str, str]) -> str:
    """A template with its ``{placeholders}`` replaced in one pass (a value that itself
    holds ``{fp}`` stays as it is)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
