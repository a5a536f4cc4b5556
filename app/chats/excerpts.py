"""Excerpts: chosen messages of one imported conversation, added to an incident.

An excerpt is what a person points at when they say "this is what he wrote": a set of
messages (picked one by one, or an index range) with an optional note. Each message keeps
its citation, the SHA-256 of the export it came from and its index (and locator) there,
so the report's transcript can be checked against the original export that a bundle
carries. Adding and removing run in one transaction with a chain entry, like notes
(app/incidents/store.py); purging the incident removes its excerpts (ON DELETE CASCADE).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.chats.store import ChatStore
from app.clock import now_utc
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.incidents import chain
from app.incidents.store import MAX_NOTE, IncidentNotFound
from app.storage.db import transaction

if TYPE_CHECKING:
    from app.vault.vault import Vault

MAX_MESSAGES = 10_000  # a transcript longer than this is a chat, not an excerpt


class ExcerptError(QuireError):
    """The messages or the note cannot make an excerpt; nothing was added."""


class ExcerptNotFound(QuireError):
    """No excerpt with this id."""


class ExcerptStore:
    """Excerpts of one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def _db(self) -> Any:
        return self._vault.db

    def add(self, incident_id: int, message_ids: Iterable[int], note: str | None = None) -> int:
        """Add the messages (all of one conversation) to the incident; the excerpt's id."""
        ids = sorted(set(message_ids))
        if not ids:
            raise ExcerptError(_T("errors", "Choose at least one message for the excerpt."))
        if len(ids) > MAX_MESSAGES:
            raise ExcerptError(
                _T(
                    "errors",
                    "An excerpt holds at most {max_messages} messages; this choice has {count}.",
                ),
                max_messages=MAX_MESSAGES,
                count=len(ids),
            )
        if note is not None and not note.strip():
            note = None
        if note is not None and (len(note) > MAX_NOTE or "\x00" in note):
            raise ExcerptError(
                _T("errors", "An excerpt's note must be text of at most {max_note} characters."),
                max_note=MAX_NOTE,
            )
        at = now_utc()
        with transaction(self._db) as db:
            self._live_incident(db, incident_id)
            cited = self._cited(db, ids)
            conversations = {c[1] for c in cited}
            if len(conversations) > 1:
                raise ExcerptError(
                    _T(
                        "errors",
                        "An excerpt's messages must all come from one conversation; these come "
                        "from {count}.",
                    ),
                    count=len(conversations),
                )
            (conversation_id,) = conversations
            excerpt_id = int(
                db.execute(
                    "INSERT INTO excerpts(incident_id, conversation_id, note, created_at)"
                    " VALUES (?, ?, ?, ?)",
                    (incident_id, conversation_id, note, at),
                ).lastrowid
            )
            db.executemany(
                "INSERT INTO excerpt_messages(excerpt_id, message_id) VALUES (?, ?)",
                [(excerpt_id, i) for i in ids],
            )
            db.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", (at, incident_id))
            chain.append(
                db,
                "excerpt",
                at,
                {
                    "incident": incident_id,
                    "excerpt": excerpt_id,
                    "conversation": conversation_id,
                    "note": note,
                    "messages": [{"id": c[0], "source_sha256": c[2], "index": c[3]} for c in cited],
                },
                incident_id=incident_id,
            )
        return excerpt_id

    def add_range(
        self,
        incident_id: int,
        conversation_id: int,
        first: int,
        last: int,
        note: str | None = None,
    ) -> int:
        """Add the messages whose index in the export is ``first`` … ``last`` (inclusive)."""
        ChatStore(self._vault).conversation(conversation_id)  # raises ChatNotFound
        if first < 1 or last < first:
            raise ExcerptError(
                _T(
                    "errors",
                    "--from {first} --to {last} is not a range: indexes count from 1 and the "
                    "range's end may not come before its start.",
                ),
                first=first,
                last=last,
            )
        ids = [
            int(r[0])
            for r in self._db.execute(
                "SELECT id FROM messages WHERE conversation_id = ?"
                " AND source_index BETWEEN ? AND ?",
                (conversation_id, first, last),
            )
        ]
        if not ids:
            raise ExcerptError(
                _T(
                    "errors",
                    "Conversation {conversation_id} has no message with an index from {first} to "
                    "{last}.",
                ),
                conversation_id=conversation_id,
                first=first,
                last=last,
            )
        return self.add(incident_id, ids, note)

    def remove(self, excerpt_id: int) -> None:
        """Take the excerpt off its incident (the chat itself stays)."""
        at = now_utc()
        with transaction(self._db) as db:
            row = db.execute(
                "SELECT incident_id FROM excerpts WHERE id = ?", (excerpt_id,)
            ).fetchone()
            if row is None:
                raise ExcerptNotFound(
                    _T("errors", "No excerpt {excerpt_id}."), excerpt_id=excerpt_id
                )
            incident_id = int(row[0])
            self._live_incident(db, incident_id)
            db.execute("DELETE FROM excerpts WHERE id = ?", (excerpt_id,))
            db.execute("UPDATE incidents SET updated_at = ? WHERE id = ?", (at, incident_id))
            chain.append(
                db,
                "excerpt_remove",
                at,
                {"incident": incident_id, "excerpt": excerpt_id},
                incident_id=incident_id,
            )

    def for_incident(self, incident_id: int) -> builtins.list[dict[str, Any]]:
        """The incident's excerpts, oldest first, each message with its citation.

        ``[{"id", "created_at", "note", "conversation": {"id", "platform", "title"},
        "source": {"sha256", "name", "format"}, "messages": [{"id", "index", "locator",
        "time", "shown", "sender", "sender_id", "text", "kind", "attachments",
        "source_sha256"}]}]``, messages in time order.
        """
        rows = self._db.execute(
            "SELECT e.id, e.created_at, e.note, c.id, c.platform, c.title, s.sha256, s.name,"
            " s.format FROM excerpts e JOIN conversations c ON c.id = e.conversation_id"
            " JOIN chat_sources s ON s.id = c.source_id WHERE e.incident_id = ? ORDER BY e.id",
            (incident_id,),
        ).fetchall()
        chats = ChatStore(self._vault)
        out = []
        for excerpt_id, created, note, conv_id, platform, title, sha256, name, fmt in rows:
            ids = [
                int(r[0])
                for r in self._db.execute(
                    "SELECT message_id FROM excerpt_messages WHERE excerpt_id = ?", (excerpt_id,)
                )
            ]
            out.append(
                {
                    "id": int(excerpt_id),
                    "created_at": created,
                    "note": note,
                    "conversation": {"id": int(conv_id), "platform": platform, "title": title},
                    "source": {"sha256": sha256, "name": name, "format": fmt},
                    "messages": [_cited_message(m) for m in chats.messages_by_id(ids)],
                }
            )
        return out

    def _live_incident(self, db: Any, incident_id: int) -> None:
        row = db.execute(
            "SELECT 1 FROM incidents WHERE id = ? AND deleted_at IS NULL", (incident_id,)
        ).fetchone()
        if row is None:
            raise IncidentNotFound(
                _T("errors", "No incident {incident_id}."), incident_id=incident_id
            )

    def _cited(self, db: Any, ids: builtins.list[int]) -> builtins.list[tuple[int, int, str, int]]:
        """(message id, conversation id, source SHA-256, index) for each id; all must exist."""
        found: builtins.list[tuple[int, int, str, int]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found += [
                (int(r[0]), int(r[1]), str(r[2]), int(r[3]))
                for r in db.execute(
                    "SELECT m.id, m.conversation_id, s.sha256, m.source_index"  # noqa: S608
                    " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                    f" JOIN chat_sources s ON s.id = c.source_id WHERE m.id IN ({marks})",
                    chunk,
                )
            ]
        missing = sorted(set(ids) - {f[0] for f in found})
        if missing:
            raise ExcerptError(
                _T("errors", "No message {id}; nothing was added.")
                if len(missing) == 1
                else _T("errors", "No message {id} (nor {others} other(s)); nothing was added."),
                id=missing[0],
                others=len(missing) - 1,
            )
        return sorted(found)


def _cited_message(m: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": m["id"],
        "index": m["index"],
        "locator": m["locator"],
        "time": m["time"],
        "shown": m["shown"],
        "sender": m["sender"],
        "sender_id": m["sender_id"],
        "text": m["text"],
        "kind": m["kind"],
        "attachments": [
            {k: a[k] for k in ("path", "placeholder", "media_type", "in_export")}
            for a in m["attachments"]
        ],
        "source_sha256": m["source_sha256"],
    }
