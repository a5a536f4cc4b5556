"""The revision chain: every change to the diary, hashed in order.

Entry ``n`` stores ``payload_hash = SHA-256(canonical JSON payload)`` and
``hash = SHA-256(prev_hash || payload_hash)``. Purging an incident deletes its payloads
but keeps the hashes, so the chain still verifies and its head (signed at export) still
commits to everything that was ever recorded. An emptied payload is accepted only for an
incident whose purge is itself in the chain, so a revision cannot be hidden by deleting
its text and calling it purged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.incidents.record import canonical_json

GENESIS = bytes(32)


@dataclass
class ChainReport:
    """What :func:`verify` found."""

    entries: int = 0
    purged: int = 0
    head: str = GENESIS.hex()
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _link(prev: bytes, payload_hash: bytes) -> bytes:
    return hashlib.sha256(prev + payload_hash).digest()


def head(conn: Any) -> bytes:
    row = conn.execute("SELECT hash FROM chain ORDER BY seq DESC LIMIT 1").fetchone()
    return bytes(row[0]) if row else GENESIS


def append(
    conn: Any,
    kind: str,
    at: str,
    payload: dict[str, Any],
    *,
    incident_id: int | None = None,
    revision: int | None = None,
) -> bytes:
    """Add an entry (inside the caller's transaction); returns the new head."""
    text = entry_text(kind, at, payload)
    payload_hash = hashlib.sha256(text.encode("utf-8")).digest()
    prev = head(conn)
    new = _link(prev, payload_hash)
    conn.execute(
        "INSERT INTO chain(kind, incident_id, revision, at, payload, payload_hash, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, incident_id, revision, at, text, payload_hash, prev, new),
    )
    return new


def entry_text(kind: str, at: str, payload: dict[str, Any]) -> str:
    """An entry's canonical text: what :func:`append` writes and :func:`append_many` takes."""
    return canonical_json({"kind": kind, "at": at, **payload})


def revision_text(at: str, incident_id: int, revision: int, record_json: str) -> str:
    """The canonical text of a "revision" entry, around a record already in canonical JSON.

    Byte for byte what :func:`append` would write for ``{"incident", "revision", "record"}``
    (keys sorted, no spaces), without serialising the record a second time.
    """
    at_json = json.dumps(at, ensure_ascii=False)
    return (
        f'{{"at":{at_json},"incident":{int(incident_id)},"kind":"revision",'
        f'"record":{record_json},"revision":{int(revision)}}}'
    )


def append_many(
    conn: Any, entries: Sequence[tuple[str, str, str, int | None, int | None]]
) -> bytes:
    """Add entries given as (kind, at, canonical text, incident, revision), in order.

    For a batch inside the caller's transaction (which holds the write lock, so the head
    read here stays the head): one statement for the lot instead of two per entry.
    ``text`` must be the canonical JSON :func:`append` would write for the same entry.
    """
    prev = head(conn)
    rows = []
    for kind, at, text, incident_id, revision in entries:
        payload_hash = hashlib.sha256(text.encode("utf-8")).digest()
        new = _link(prev, payload_hash)
        rows.append((kind, incident_id, revision, at, text, payload_hash, prev, new))
        prev = new
    conn.executemany(
        "INSERT INTO chain(kind, incident_id, revision, at, payload, payload_hash, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return prev


def verify(conn: Any) -> ChainReport:
    """Recompute the whole chain and check each incident's current record against it."""
    report = ChainReport()
    prev = GENESIS
    # Only a purge empties payloads, and it leaves a "purge" entry naming the incident.
    purged = {r[0] for r in conn.execute("SELECT incident_id FROM chain WHERE kind = 'purge'")}
    # (incident, revision) -> (at, payload hash) of every revision entry: what the current
    # records are checked against below without reading the chain a second time.
    revisions: dict[tuple[int, int], tuple[str, bytes]] = {}
    # Each incident's last revision and whether its last delete/undelete was a delete: an
    # older copy of a page put back (its HMAC is valid) brings back an older record with
    # its own, genuine revision, or undoes a deletion; only these show it.
    last: dict[int, int] = {}
    hidden: dict[int, bool] = {}
    notes: dict[int, tuple[int, str]] = {}  # note id -> (incident, text), as chained
    rows = conn.execute(
        "SELECT seq, kind, incident_id, revision, at, payload, payload_hash, prev_hash, hash"
        " FROM chain ORDER BY seq"
    )
    for seq, kind, incident_id, revision, at, payload, payload_hash, prev_hash, stored in rows:
        report.entries += 1
        payload_hash, prev_hash, stored = bytes(payload_hash), bytes(prev_hash), bytes(stored)
        if prev_hash != prev:
            report.problems.append(f"entry {seq}: does not follow the entry before it")
        if payload is None:
            report.purged += 1
            if incident_id is None or incident_id not in purged:
                report.problems.append(f"entry {seq}: its content was removed without a purge")
        elif hashlib.sha256(payload.encode("utf-8")).digest() != payload_hash:
            report.problems.append(f"entry {seq}: its content was altered")
        elif kind == "revision" and incident_id is not None and revision is not None:
            revisions[(incident_id, revision)] = (at, payload_hash)
        if kind == "revision" and incident_id is not None and revision is not None:
            last[incident_id] = max(revision, last.get(incident_id, revision))
        elif kind in ("delete", "undelete") and incident_id is not None:
            hidden[incident_id] = kind == "delete"
        elif kind == "note" and payload is not None:
            note = json.loads(payload)
            notes[int(note["note"])] = (int(note["incident"]), str(note["text"]))
        if _link(prev_hash, payload_hash) != stored:
            report.problems.append(f"entry {seq}: its hash does not match")
        prev = stored
    report.head = prev.hex()
    stored = _check_current_records(conn, report, revisions, last, hidden)
    for incident_id in sorted(set(last) - purged - stored):
        report.problems.append(
            f"incident {incident_id}: its record is missing (the chain holds its revision"
            f" {last[incident_id]})"
        )
    _check_notes(conn, report, notes, purged)
    return report


def _check_notes(
    conn: Any, report: ChainReport, chained: dict[int, tuple[int, str]], purged: set[int]
) -> None:
    """Notes are only ever added (and removed by a purge): each as its chain entry says."""
    stored = {
        int(r[0]): (int(r[1]), str(r[2]))
        for r in conn.execute("SELECT id, incident_id, text FROM notes")
    }
    for note_id in sorted(set(stored) | set(chained)):
        have, want = stored.get(note_id), chained.get(note_id)
        if want is None:
            report.problems.append(f"note {note_id}: it is not in the chain")
        elif have is None:
            if want[0] not in purged:
                report.problems.append(f"note {note_id} of incident {want[0]}: it is missing")
        elif have != want:
            report.problems.append(
                f"note {note_id} of incident {want[0]}: it differs from its chain entry"
            )


def _check_current_records(
    conn: Any,
    report: ChainReport,
    revisions: dict[tuple[int, int], tuple[str, bytes]],
    last: dict[int, int],
    hidden: dict[int, bool],
) -> set[int]:
    """Each incident's stored record must equal its latest chained revision; their ids.

    A record stored as the canonical JSON its revision holds hashes, inside that entry's
    text, to the entry's (already checked) payload hash: no JSON is parsed. Anything else
    is compared as JSON against the entry itself, as before the shortcut. The stored
    revision must be the last one chained, and the record deleted exactly when its last
    delete or undelete was a delete.
    """
    rows = conn.execute(
        "SELECT id, record, revision, deleted_at IS NOT NULL FROM incidents ORDER BY id"
    )
    stored: set[int] = set()
    for incident_id, record, revision, deleted in rows:
        stored.add(incident_id)
        if revision < last.get(incident_id, revision):  # a later one: missing, below
            report.problems.append(
                f"incident {incident_id}: it holds revision {revision}, but its last revision"
                f" in the chain is {last[incident_id]} (an older copy put back?)"
            )
        if bool(deleted) != hidden.get(incident_id, False):
            state = "deleted" if deleted else "not deleted"
            report.problems.append(
                f"incident {incident_id}: it is {state}, unlike its last entry in the chain"
            )
        entry = revisions.get((incident_id, revision))
        if entry is not None:
            text = revision_text(entry[0], incident_id, revision, record)
            if hashlib.sha256(text.encode("utf-8")).digest() == entry[1]:
                continue
        payload = conn.execute(
            "SELECT payload FROM chain WHERE incident_id = ? AND kind = 'revision'"
            " AND revision = ?",
            (incident_id, revision),
        ).fetchone()
        if payload is None or payload[0] is None:
            report.problems.append(
                f"incident {incident_id}: revision {revision} is missing from the chain"
            )
            continue
        if json.loads(payload[0]).get("record") != json.loads(record):
            report.problems.append(
                f"incident {incident_id}: the current text differs from its last revision"
            )
    return stored
