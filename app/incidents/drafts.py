"""Drafts: what the editor holds before it is saved, kept inside the encrypted database.

The editor writes its form here as the user types (and when the app locks), so a crash,
an auto-lock or a closed laptop never loses what was typed. A draft is not evidence: it is
not part of the revision chain, and a successful save discards it. Rows live in the
``drafts`` table of ``diary.db`` (SQLCipher, with ``secure_delete``), so a discarded draft
is overwritten rather than left in free pages.

``fields`` is whatever JSON object the editor chooses to keep (the form as typed, which may
not be a valid record yet); this module only stores it faithfully.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.clock import now_utc
from app.errors import QuireError
from app.storage.db import transaction

if TYPE_CHECKING:
    from app.vault.vault import Vault


class DraftNotFound(QuireError):
    """No draft with this id (it was saved or discarded meanwhile)."""


class DraftError(QuireError):
    """The fields of a draft cannot be stored."""


@dataclass
class Draft:
    id: int
    incident_id: int | None  # None: a new incident not saved yet
    fields: dict[str, Any]
    updated_at: str  # UTC, as app.clock.now_utc


class DraftStore:
    """Drafts of one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def _db(self) -> Any:
        return self._vault.db

    def save(self, draft_id: int | None, incident_id: int | None, fields: dict[str, Any]) -> int:
        """Write a draft; returns its id (a new one when ``draft_id`` is None or gone)."""
        if not isinstance(fields, dict):
            raise DraftError("A draft must be a JSON object.")
        try:
            # ASCII escapes: any text the editor holds survives, even a lone surrogate.
            content = json.dumps(fields, ensure_ascii=True, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise DraftError(f"The draft cannot be stored: {exc}") from None
        at = now_utc()
        with transaction(self._db) as db:
            if incident_id is not None:
                exists = db.execute(
                    "SELECT 1 FROM incidents WHERE id = ?", (incident_id,)
                ).fetchone()
                if exists is None:
                    incident_id = None  # purged meanwhile: keep the text as a new incident
            if draft_id is not None:
                cur = db.execute(
                    "UPDATE drafts SET incident_id = ?, content = ?, updated_at = ? WHERE id = ?",
                    (incident_id, content, at, draft_id),
                )
                if cur.rowcount:
                    return draft_id
            cur = db.execute(
                "INSERT INTO drafts(incident_id, content, updated_at) VALUES (?, ?, ?)",
                (incident_id, content, at),
            )
            return int(cur.lastrowid)

    def list(self) -> list[Draft]:
        """Every draft, most recently changed first."""
        rows = self._db.execute(
            "SELECT id, incident_id, content, updated_at FROM drafts ORDER BY updated_at DESC,"
            " id DESC"
        ).fetchall()
        return [_draft(row) for row in rows]

    def get(self, draft_id: int) -> Draft:
        row = self._db.execute(
            "SELECT id, incident_id, content, updated_at FROM drafts WHERE id = ?", (draft_id,)
        ).fetchone()
        if row is None:
            raise DraftNotFound(f"No draft {draft_id}.")
        return _draft(row)

    def for_incident(self, incident_id: int) -> Draft | None:
        """The newest draft of changes to an existing incident, if there is one."""
        row = self._db.execute(
            "SELECT id, incident_id, content, updated_at FROM drafts WHERE incident_id = ?"
            " ORDER BY updated_at DESC, id DESC LIMIT 1",
            (incident_id,),
        ).fetchone()
        return None if row is None else _draft(row)

    def discard(self, draft_id: int) -> None:
        """Remove a draft (nothing happens when it is already gone)."""
        with transaction(self._db) as db:
            db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM drafts").fetchone()[0])


def _draft(row: Any) -> Draft:
    draft_id, incident_id, content, updated_at = row
    try:
        fields = json.loads(content)
    except ValueError:
        fields = {}
    if not isinstance(fields, dict):
        fields = {}
    return Draft(
        id=int(draft_id),
        incident_id=None if incident_id is None else int(incident_id),
        fields=fields,
        updated_at=updated_at,
    )
