"""Trusted organisations (a lawyer, an NGO) and their age recipients, kept in the vault.

The fingerprint is shown as eight groups of four digits so the activist can read it aloud
and compare it with the organisation over a phone call; only then is a contact marked
verified. A recipient string is checked on entry (prefix, checksum, length), so a typo is
caught here and not when a bundle fails to open at the other end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.age import RecipientFormatError, parse_recipient, recipient_fingerprint
from app.clock import now_utc
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.storage.db import transaction

if TYPE_CHECKING:
    from app.vault.vault import Vault

MAX_NAME = 200
MAX_NOTES = 10_000


class ContactError(QuireError):
    """A contact could not be added, found or changed."""


@dataclass
class Contact:
    id: int
    name: str
    recipient: str
    verified: bool
    notes: str
    created_at: str
    verified_at: str | None

    @property
    def fingerprint(self) -> str:
        return recipient_fingerprint(self.recipient)

    @property
    def post_quantum(self) -> bool:
        return self.recipient.startswith("age1pq1")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "recipient": self.recipient,
            "fingerprint": self.fingerprint,
            "verified": self.verified,
            "notes": self.notes,
            "created_at": self.created_at,
            "verified_at": self.verified_at,
        }


def normalize_recipient(text: str) -> str:
    """The canonical recipient string, or a ContactError saying what is wrong with it."""
    try:
        return parse_recipient(text.strip()).encode()
    except RecipientFormatError as exc:
        raise ContactError(_T("errors", "Not a valid recipient: {exc}"), exc=exc) from None


_COLUMNS = "id, name, recipient, verified, notes, created_at, verified_at"


class ContactBook:
    """The contacts of one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, name: str, recipient: str, notes: str = "") -> Contact:
        name = name.strip()
        if not name or len(name) > MAX_NAME:
            raise ContactError(
                _T("errors", "A contact needs a name of 1 to {max_name} characters."),
                max_name=MAX_NAME,
            )
        if len(notes) > MAX_NOTES:
            raise ContactError(
                _T("errors", "Notes are limited to {max_notes} characters."), max_notes=MAX_NOTES
            )
        canonical = normalize_recipient(recipient)
        db = self._vault.db
        with transaction(db):
            existing = db.execute(
                "SELECT name FROM contacts WHERE recipient = ?", (canonical,)
            ).fetchone()
            if existing:
                raise ContactError(
                    _T("errors", "This recipient is already in the address book as {value}."),
                    value=repr(existing[0]),
                )
            contact_id = int(
                db.execute(
                    "INSERT INTO contacts(name, recipient, notes, created_at) VALUES (?, ?, ?, ?)",
                    (name, canonical, notes, now_utc()),
                ).lastrowid
            )
        return self.get(contact_id)

    def get(self, contact_id: int) -> Contact:
        row = self._vault.db.execute(
            f"SELECT {_COLUMNS} FROM contacts WHERE id = ?",  # noqa: S608 - constant columns
            (contact_id,),
        ).fetchone()
        if row is None:
            raise ContactError(_T("errors", "No contact {contact_id}."), contact_id=contact_id)
        return _contact(row)

    def list(self) -> list[Contact]:
        rows = self._vault.db.execute(
            f"SELECT {_COLUMNS} FROM contacts ORDER BY name COLLATE NOCASE, id"  # noqa: S608
        )
        return [_contact(r) for r in rows]

    def find(self, text: str) -> Contact:
        """A contact by id, exact name (case-insensitive) or recipient string."""
        text = text.strip()
        if text.isdigit():
            return self.get(int(text))
        matches = [
            c for c in self.list() if c.name.casefold() == text.casefold() or c.recipient == text
        ]
        if not matches:
            raise ContactError(_T("errors", "No contact named {text}."), text=repr(text))
        if len(matches) > 1:
            raise ContactError(
                _T("errors", "Several contacts are named {text}; use the id."), text=repr(text)
            )
        return matches[0]

    def set_verified(self, contact_id: int, verified: bool = True) -> Contact:
        self.get(contact_id)
        with transaction(self._vault.db) as db:
            db.execute(
                "UPDATE contacts SET verified = ?, verified_at = ? WHERE id = ?",
                (int(verified), now_utc() if verified else None, contact_id),
            )
        return self.get(contact_id)

    def remove(self, contact_id: int) -> None:
        self.get(contact_id)
        with transaction(self._vault.db) as db:
            db.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))


def _contact(row: Any) -> Contact:
    cid, name, recipient, verified, notes, created, verified_at = row
    return Contact(int(cid), name, recipient, bool(verified), notes, created, verified_at)
