"""Actors (perpetrators) as records: names, identifiers, the incidents and chat senders they
are linked to, merge and split with their history.

Issue 14. An incident's own perpetrator fields stay what the person wrote in that revision
(they are part of the signed chain); the links from incidents to actors are derived from
them on every save (``source = 'record'``: an identifier that normalises to an actor's, else
the same name for the same kind, else a new actor) or made by hand (``'manual'``). A merged
actor is kept, marked ``merged_into`` the survivor, so the history can say what was merged;
it no longer matches anything. Every merge and split writes a row to ``actor_history``.

Functions take a connection so the incident store can link inside its own transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.actors import identifiers as ids
from app.clock import now_utc
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.incidents import vocabulary
from app.storage.db import transaction

ROLES = ("perpetrator", "target", "witness")
COUNTRY_META = "phone_country"  # meta key: the diary's default country calling code


class ActorNotFound(QuireError):
    """No actor with this id (or it was merged into another)."""


@dataclass
class ActorIdentifier:
    id: int
    kind: str
    platform: str
    value: str
    normalized: str
    first_seen: str | None = None
    last_seen: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "platform": self.platform,
            "value": self.value,
            "normalized": self.normalized,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }


@dataclass
class Actor:
    id: int
    kind: str
    names: list[str]
    identifiers: list[ActorIdentifier] = field(default_factory=list)
    incidents: list[int] = field(default_factory=list)
    note: str = ""
    merged_into: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "names": self.names,
            "identifiers": [i.to_dict() for i in self.identifiers],
            "incidents": self.incidents,
            "note": self.note,
        }


@dataclass
class HistoryEntry:
    at: str
    action: str
    detail: dict[str, Any]


def default_country(conn: Any) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (COUNTRY_META,)).fetchone()
    if row is None:
        return ids.DEFAULT_COUNTRY
    value = row[0].decode() if isinstance(row[0], bytes) else str(row[0])
    return value if value.isdigit() else ids.DEFAULT_COUNTRY


def set_default_country(conn: Any, code: str) -> None:
    code = code.lstrip("+")
    if not code.isdigit() or not 1 <= len(code) <= 3:
        raise QuireError(_T("errors", "'{code}' is not a country calling code."), code=code)
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (COUNTRY_META, code))


# -- creating and changing --------------------------------------------------------------------
def create(
    conn: Any,
    kind: str,
    names: Iterable[str] = (),
    identifiers: Iterable[ids.Identifier] = (),
    *,
    note: str = "",
) -> int:
    if kind not in vocabulary.PERPETRATOR_KINDS:
        raise QuireError(_T("errors", "Unknown kind of actor: {kind}."), kind=kind)
    cur = conn.execute(
        "INSERT INTO actors(kind, created_at, note) VALUES (?, ?, ?)", (kind, now_utc(), note)
    )
    actor_id = int(cur.lastrowid)
    for name in names:
        add_name(conn, actor_id, name)
    for ident in identifiers:
        add_identifier(conn, actor_id, ident)
    _history(conn, "create", {"actor": actor_id, "kind": kind})
    return actor_id


def add_name(conn: Any, actor_id: int, name: str, *, origin: str = "manual") -> str:
    """Add a name (once per folded spelling); returns its folded key ("" for a blank one).
    A name given by hand stays even when an incident also gave it."""
    name = " ".join(name.split())
    if not name:
        return ""
    folded = ids.fold(name)
    conn.execute(
        "INSERT OR IGNORE INTO actor_names(actor_id, name, folded, origin) VALUES (?, ?, ?, ?)",
        (actor_id, name, folded, origin),
    )
    if origin == "manual":
        conn.execute(
            "UPDATE actor_names SET origin = 'manual' WHERE actor_id = ? AND folded = ?",
            (actor_id, folded),
        )
    return folded


def add_identifier(
    conn: Any,
    actor_id: int,
    ident: ids.Identifier,
    seen: str | None = None,
    *,
    origin: str = "manual",
) -> list[int]:
    """Add ``ident`` to the actor (or find it there); note ``seen`` as first/last seen.

    Returns the ids of the identifier rows it touched (a profile URL adds its handle too).
    """
    row = conn.execute(
        "SELECT id FROM actor_identifiers WHERE actor_id = ? AND kind = ? AND platform = ? "
        "AND normalized = ?",
        (actor_id, ident.kind, ident.platform, ident.normalized),
    ).fetchone()
    if row is None:
        cur = conn.execute(
            "INSERT INTO actor_identifiers(actor_id, kind, platform, value, normalized, "
            "first_seen, last_seen, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                actor_id,
                ident.kind,
                ident.platform,
                ident.value,
                ident.normalized,
                seen,
                seen,
                origin,
            ),
        )
        ident_id = int(cur.lastrowid)
    else:
        ident_id = int(row[0])
        if origin == "manual":
            conn.execute("UPDATE actor_identifiers SET origin = 'manual' WHERE id = ?", (ident_id,))
        if seen:
            conn.execute(
                "UPDATE actor_identifiers SET "
                "first_seen = CASE WHEN first_seen IS NULL OR first_seen > ?1 THEN ?1 "
                "ELSE first_seen END, "
                "last_seen = CASE WHEN last_seen IS NULL OR last_seen < ?1 THEN ?1 "
                "ELSE last_seen END WHERE id = ?2",
                (seen, ident_id),
            )
    touched = [ident_id]
    if ident.kind == "url":
        profile = ids.profile_handle(ident.normalized)
        if profile is not None:
            handle = ids.Identifier("handle", profile[0], "@" + profile[1], profile[1])
            touched += add_identifier(conn, actor_id, handle, seen, origin=origin)
    return touched


def link_incident(
    conn: Any, incident_id: int, actor_id: int, *, role: str = "perpetrator", source: str = "manual"
) -> None:
    if role not in ROLES:
        raise QuireError(_T("errors", "Unknown role: {role}."), role=role)
    _live(conn, actor_id)
    conn.execute(
        "INSERT OR IGNORE INTO incident_actors(incident_id, actor_id, role, source) "
        "VALUES (?, ?, ?, ?)",
        (incident_id, actor_id, role, source),
    )


def unlink_incident(conn: Any, incident_id: int, actor_id: int) -> None:
    conn.execute(
        "DELETE FROM incident_actors WHERE incident_id = ? AND actor_id = ?",
        (incident_id, actor_id),
    )


def link_sender(conn: Any, conversation_id: int, sender: str, actor_id: int) -> None:
    """Say that ``sender`` in one conversation is this actor (a chat name has no other key)."""
    _live(conn, actor_id)
    conn.execute(
        "INSERT OR REPLACE INTO actor_senders(conversation_id, sender, actor_id) VALUES (?, ?, ?)",
        (conversation_id, sender, actor_id),
    )


# -- matching an incident's perpetrator fields -------------------------------------------------
def _incident_platform(platforms: Sequence[str]) -> str:
    keys = {ids.platform_key(p) for p in platforms if p.strip()}
    return keys.pop() if len(keys) == 1 else ""


def perpetrator_identifiers(
    values: Iterable[str], platforms: Sequence[str], country: str
) -> list[ids.Identifier]:
    platform = _incident_platform(platforms)
    found: list[ids.Identifier] = []
    for value in values:
        if not value.strip():
            continue
        try:
            ident = ids.guess(value, platform, country=country)
        except ids.IdentifierError:
            continue
        if ident.kind == "name":  # a free-text identifier that is none of the known shapes
            ident = ids.Identifier("channel", platform, ident.value, ident.normalized)
        found.append(ident)
    return found


def find_by_identifier(conn: Any, ident: ids.Identifier) -> int | None:
    """The live actor holding an identifier with the same key (any platform for handles
    written without one)."""
    sql = (
        "SELECT i.actor_id FROM actor_identifiers i JOIN actors a ON a.id = i.actor_id "
        "WHERE a.merged_into IS NULL AND i.kind = ? AND i.normalized = ?"
    )
    args: list[Any] = [ident.kind, ident.normalized]
    if ident.kind in ("handle", "channel", "platform_id") and ident.platform:
        sql += " AND (i.platform = ? OR i.platform = '')"
        args.append(ident.platform)
    row = conn.execute(sql + " ORDER BY i.actor_id LIMIT 1", args).fetchone()
    return None if row is None else int(row[0])


def find_by_name(conn: Any, kind: str, name: str) -> int | None:
    row = conn.execute(
        "SELECT n.actor_id FROM actor_names n JOIN actors a ON a.id = n.actor_id "
        "WHERE a.merged_into IS NULL AND n.folded = ? AND (a.kind = ? OR a.kind = 'unknown' "
        "OR ? = 'unknown') ORDER BY n.actor_id LIMIT 1",
        (ids.fold(name), kind, kind),
    ).fetchone()
    return None if row is None else int(row[0])


def match_or_create(
    conn: Any,
    kind: str,
    name: str,
    values: Iterable[str],
    platforms: Sequence[str] = (),
    *,
    seen: str | None = None,
) -> int | None:
    """The actor one perpetrator entry is, created if none matches; None for an empty entry.

    What the entry gives (a name, identifiers) is marked as taken from an incident's fields
    (origin ``record``), so a purge can tell it from what the person added by hand."""
    country = default_country(conn)
    idents = perpetrator_identifiers(values, platforms, country)
    name = " ".join(name.split())
    if not idents and not name:
        return None
    if kind not in vocabulary.PERPETRATOR_KINDS:
        kind = "unknown"
    actor_id = None
    for ident in idents:
        actor_id = find_by_identifier(conn, ident)
        if actor_id is not None:
            break
    if actor_id is None and name:
        actor_id = find_by_name(conn, kind, name)
    if actor_id is None:
        actor_id = create(conn, kind)
    add_name(conn, actor_id, name, origin="record")
    for ident in idents:
        add_identifier(conn, actor_id, ident, seen, origin="record")
    return actor_id


def link_record(conn: Any, incident_id: int, record: Any, seen: str | None) -> list[int]:
    """Re-derive the record-made links of one incident from its perpetrator fields."""
    conn.execute(
        "DELETE FROM incident_actors WHERE incident_id = ? AND source = 'record'", (incident_id,)
    )
    linked: list[int] = []
    for p in record.perpetrators:
        actor_id = match_or_create(conn, p.kind, p.name, p.identifiers, record.platforms, seen=seen)
        if actor_id is not None and actor_id not in linked:
            conn.execute(
                "INSERT OR IGNORE INTO incident_actors(incident_id, actor_id, role, source) "
                "VALUES (?, ?, 'perpetrator', 'record')",
                (incident_id, actor_id),
            )
            linked.append(actor_id)
    return linked


def forget_incident(conn: Any, incident_id: int) -> None:
    """Before an incident is purged: remove what only its fields gave to actors (names,
    identifiers), and actors left with nothing. Call before the incident's row is deleted.

    What the other linked incidents' fields still give is recomputed from their records
    (a purge is rare; nothing is stored per insert for it). A name or identifier the person
    added by hand (origin ``manual``) stays."""
    actors = [
        int(r[0])
        for r in conn.execute(
            "SELECT actor_id FROM incident_actors WHERE incident_id = ?", (incident_id,)
        )
    ]
    conn.execute("DELETE FROM incident_actors WHERE incident_id = ?", (incident_id,))
    country = default_country(conn)
    for actor_id in actors:
        keys, names = _given_by_records(conn, actor_id, country)
        for ident_id, kind, platform, normalized in conn.execute(
            "SELECT id, kind, platform, normalized FROM actor_identifiers"
            " WHERE actor_id = ? AND origin = 'record'",
            (actor_id,),
        ).fetchall():
            if (kind, platform, normalized) not in keys:
                conn.execute("DELETE FROM actor_identifiers WHERE id = ?", (ident_id,))
        for (folded,) in conn.execute(
            "SELECT folded FROM actor_names WHERE actor_id = ? AND origin = 'record'", (actor_id,)
        ).fetchall():
            if folded not in names:
                conn.execute(
                    "DELETE FROM actor_names WHERE actor_id = ? AND folded = ?", (actor_id, folded)
                )
        empty = conn.execute(
            "SELECT NOT EXISTS (SELECT 1 FROM actor_names WHERE actor_id = ?1) "
            "AND NOT EXISTS (SELECT 1 FROM actor_identifiers WHERE actor_id = ?1) "
            "AND NOT EXISTS (SELECT 1 FROM incident_actors WHERE actor_id = ?1) "
            "AND NOT EXISTS (SELECT 1 FROM actor_senders WHERE actor_id = ?1) "
            "AND NOT EXISTS (SELECT 1 FROM actors WHERE merged_into = ?1) "
            "AND (SELECT note FROM actors WHERE id = ?1) = ''",
            (actor_id,),
        ).fetchone()[0]
        if empty:
            conn.execute("DELETE FROM actors WHERE id = ?", (actor_id,))


def _given_by_records(
    conn: Any, actor_id: int, country: str
) -> tuple[set[tuple[str, str, str]], set[str]]:
    """The identifier keys and folded names the perpetrator fields of the incidents still
    linked to an actor give (every entry of each, which may keep a little more than the
    actor's own share, never less)."""
    from app.incidents.record import IncidentRecord, RecordError

    keys: set[tuple[str, str, str]] = set()
    names: set[str] = set()
    for (text,) in conn.execute(
        "SELECT i.record FROM incident_actors ia JOIN incidents i ON i.id = ia.incident_id"
        " WHERE ia.actor_id = ?",
        (actor_id,),
    ):
        try:
            record = IncidentRecord.from_dict(json.loads(text))
        except (RecordError, ValueError, TypeError):
            continue
        for p in record.perpetrators:
            if p.name.strip():
                names.add(ids.fold(p.name))
            for ident in perpetrator_identifiers(p.identifiers, record.platforms, country):
                keys.add((ident.kind, ident.platform, ident.normalized))
                profile = ids.profile_handle(ident.normalized) if ident.kind == "url" else None
                if profile is not None:
                    keys.add(("handle", profile[0], profile[1]))
    return keys, names


# -- merge and split -------------------------------------------------------------------------
def merge(conn: Any, keep: int, other: int) -> None:
    """Fold ``other`` into ``keep``: names, identifiers, incident and sender links move;
    ``other`` stays as a record pointing at ``keep``."""
    if keep == other:
        raise QuireError(_T("errors", "An actor cannot be merged into itself."))
    _live(conn, keep)
    _live(conn, other)
    moved_idents = [
        int(r[0])
        for r in conn.execute("SELECT id FROM actor_identifiers WHERE actor_id = ?", (other,))
    ]
    names = conn.execute("SELECT count(*) FROM actor_names WHERE actor_id = ?", (other,))
    name_count = int(names.fetchone()[0])
    incidents = [
        int(r[0])
        for r in conn.execute(
            "SELECT incident_id FROM incident_actors WHERE actor_id = ?", (other,)
        )
    ]
    conn.execute(
        "INSERT OR IGNORE INTO actor_names(actor_id, name, folded, origin) "
        "SELECT ?, name, folded, origin FROM actor_names WHERE actor_id = ?",
        (keep, other),
    )
    conn.execute(
        "UPDATE actor_names SET origin = 'manual' WHERE actor_id = ? AND folded IN "
        "(SELECT folded FROM actor_names WHERE actor_id = ? AND origin = 'manual')",
        (keep, other),
    )
    conn.execute("DELETE FROM actor_names WHERE actor_id = ?", (other,))
    for ident_id in moved_idents:
        twin = conn.execute(
            "SELECT k.id FROM actor_identifiers k JOIN actor_identifiers o ON o.id = ? "
            "WHERE k.actor_id = ? AND k.kind = o.kind AND k.platform = o.platform "
            "AND k.normalized = o.normalized",
            (ident_id, keep),
        ).fetchone()
        if twin is None:
            conn.execute("UPDATE actor_identifiers SET actor_id = ? WHERE id = ?", (keep, ident_id))
            continue
        conn.execute(
            "UPDATE actor_identifiers SET "
            "first_seen = min(coalesce(first_seen, o.first_seen), "
            "coalesce(o.first_seen, first_seen)), "
            "last_seen = max(coalesce(last_seen, o.last_seen), "
            "coalesce(o.last_seen, last_seen)), "
            "origin = CASE WHEN o.origin = 'manual' THEN 'manual' ELSE origin END "
            "FROM (SELECT first_seen, last_seen, origin FROM actor_identifiers WHERE id = ?) AS o "
            "WHERE id = ?",
            (ident_id, twin[0]),
        )
        conn.execute("DELETE FROM actor_identifiers WHERE id = ?", (ident_id,))
    conn.execute(
        "INSERT OR IGNORE INTO incident_actors(incident_id, actor_id, role, source) "
        "SELECT incident_id, ?, role, source FROM incident_actors WHERE actor_id = ?",
        (keep, other),
    )
    conn.execute("DELETE FROM incident_actors WHERE actor_id = ?", (other,))
    conn.execute("UPDATE actor_senders SET actor_id = ? WHERE actor_id = ?", (keep, other))
    conn.execute("UPDATE actors SET merged_into = ? WHERE id = ?", (keep, other))
    conn.execute("UPDATE actors SET merged_into = ? WHERE merged_into = ?", (keep, other))
    _history(
        conn,
        "merge",
        {
            "into": keep,
            "merged": other,
            "identifiers": moved_idents,
            "names": name_count,
            "incidents": incidents,
        },
    )


def split(
    conn: Any,
    actor_id: int,
    identifier_ids: Sequence[int],
    incident_ids: Sequence[int] = (),
    *,
    kind: str | None = None,
    names: Sequence[str] = (),
) -> int:
    """Move chosen identifiers (and incident links) of an actor to a new actor."""
    actor = get(conn, actor_id)
    own = {i.id for i in actor.identifiers}
    if not identifier_ids and not incident_ids:
        raise QuireError(_T("errors", "Choose the identifiers or incidents to split off."))
    if not set(identifier_ids) <= own or not set(incident_ids) <= set(actor.incidents):
        raise QuireError(_T("errors", "Only what actor {id} holds can be split off."), id=actor_id)
    new_id = create(conn, kind or actor.kind, names)
    conn.executemany(
        "UPDATE actor_identifiers SET actor_id = ? WHERE id = ?",
        [(new_id, i) for i in identifier_ids],
    )
    conn.executemany(
        "UPDATE incident_actors SET actor_id = ? WHERE actor_id = ? AND incident_id = ?",
        [(new_id, actor_id, i) for i in incident_ids],
    )
    _history(
        conn,
        "split",
        {
            "from": actor_id,
            "new": new_id,
            "identifiers": list(identifier_ids),
            "incidents": list(incident_ids),
            "names": len(names),
        },
    )
    return new_id


# -- reading ---------------------------------------------------------------------------------
def _live(conn: Any, actor_id: int) -> None:
    row = conn.execute("SELECT merged_into FROM actors WHERE id = ?", (actor_id,)).fetchone()
    if row is None or row[0] is not None:
        raise ActorNotFound(_T("errors", "No actor {id}."), id=actor_id)


def get(conn: Any, actor_id: int) -> Actor:
    row = conn.execute(
        "SELECT id, kind, note, merged_into FROM actors WHERE id = ?", (actor_id,)
    ).fetchone()
    if row is None or row[3] is not None:
        raise ActorNotFound(_T("errors", "No actor {id}."), id=actor_id)
    return _actor(conn, row)


def _actor(conn: Any, row: Any) -> Actor:
    actor_id = int(row[0])
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM actor_names WHERE actor_id = ? ORDER BY rowid", (actor_id,)
        )
    ]
    idents = [
        ActorIdentifier(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6])
        for r in conn.execute(
            "SELECT id, kind, platform, value, normalized, first_seen, last_seen "
            "FROM actor_identifiers WHERE actor_id = ? ORDER BY id",
            (actor_id,),
        )
    ]
    incidents = [
        int(r[0])
        for r in conn.execute(
            "SELECT ia.incident_id FROM incident_actors ia JOIN incidents i ON i.id = "
            "ia.incident_id WHERE ia.actor_id = ? AND i.deleted_at IS NULL "
            "ORDER BY i.occurred_sort, i.id",
            (actor_id,),
        )
    ]
    return Actor(actor_id, row[1], names, idents, incidents, row[2] or "", row[3])


def all_actors(conn: Any) -> list[Actor]:
    rows = conn.execute(
        "SELECT id, kind, note, merged_into FROM actors WHERE merged_into IS NULL ORDER BY id"
    ).fetchall()
    return [_actor(conn, r) for r in rows]


def search(conn: Any, query: str) -> list[int]:
    """Live actors one of whose identifiers or names matches ``query`` in any spelling."""
    found: set[int] = set()
    try:
        keys = ids.spellings(query, country=default_country(conn))
    except ids.IdentifierError:
        keys = set()
    for kind, normalized in keys:
        if kind == "name":
            rows = conn.execute(
                "SELECT n.actor_id FROM actor_names n JOIN actors a ON a.id = n.actor_id "
                "WHERE a.merged_into IS NULL AND n.folded = ?",
                (normalized,),
            )
        else:
            rows = conn.execute(
                "SELECT i.actor_id FROM actor_identifiers i JOIN actors a ON a.id = i.actor_id "
                "WHERE a.merged_into IS NULL AND i.kind = ? AND i.normalized = ?",
                (kind, normalized),
            )
        found |= {int(r[0]) for r in rows}
    return sorted(found)


def incident_actors(conn: Any, incident_id: int) -> list[int]:
    return [
        int(r[0])
        for r in conn.execute(
            "SELECT actor_id FROM incident_actors WHERE incident_id = ? ORDER BY actor_id",
            (incident_id,),
        )
    ]


def history(conn: Any, actor_id: int | None = None) -> list[HistoryEntry]:
    rows = conn.execute("SELECT at, action, detail FROM actor_history ORDER BY id").fetchall()
    out = [HistoryEntry(r[0], r[1], json.loads(r[2])) for r in rows]
    if actor_id is None:
        return out
    return [e for e in out if actor_id in _mentioned(e.detail)]


def _mentioned(detail: dict[str, Any]) -> set[int]:
    return {v for k, v in detail.items() if k in ("actor", "into", "merged", "from", "new")}


def _history(conn: Any, action: str, detail: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO actor_history(at, action, detail) VALUES (?, ?, ?)",
        (now_utc(), action, json.dumps(detail, sort_keys=True)),
    )


class ActorStore:
    """The actors of one unlocked vault, each change in its own transaction."""

    def __init__(self, vault: Any) -> None:
        self.vault = vault

    @property
    def db(self) -> Any:
        return self.vault.db

    def create(
        self, kind: str, names: Iterable[str] = (), values: Iterable[str] = (), platform: str = ""
    ) -> int:
        with transaction(self.db) as db:
            country = default_country(db)
            idents = [ids.guess(v, platform, country=country) for v in values]
            return create(db, kind, names, idents)

    def add_identifier(self, actor_id: int, kind: str, value: str, platform: str = "") -> int:
        with transaction(self.db) as db:
            _live(db, actor_id)
            ident = ids.make(kind, value, platform, country=default_country(db))
            return add_identifier(db, actor_id, ident)[0]

    def add_name(self, actor_id: int, name: str) -> None:
        with transaction(self.db) as db:
            _live(db, actor_id)
            add_name(db, actor_id, name)

    def link(self, incident_id: int, actor_id: int, role: str = "perpetrator") -> None:
        with transaction(self.db) as db:
            link_incident(db, incident_id, actor_id, role=role)

    def unlink(self, incident_id: int, actor_id: int) -> None:
        with transaction(self.db) as db:
            unlink_incident(db, incident_id, actor_id)

    def link_sender(self, conversation_id: int, sender: str, actor_id: int) -> None:
        with transaction(self.db) as db:
            link_sender(db, conversation_id, sender, actor_id)

    def sender_is(
        self,
        conversation_id: int,
        sender: str,
        actor_id: int | None = None,
        *,
        sender_id: str | None = None,
        platform: str = "",
    ) -> int:
        """Say that a chat sender is an actor (a new one named after the sender when
        ``actor_id`` is None); the sender's platform id, if the export gave one, and a phone
        number in the sender's name become identifiers of the actor, so its other messages
        anywhere are found too."""
        with transaction(self.db) as db:
            if actor_id is None:
                actor_id = create(db, "unknown", [sender])
            else:
                _live(db, actor_id)
            if sender_id:
                add_identifier(db, actor_id, ids.make("platform_id", sender_id, platform))
            phone = ids.phone_in(sender, default_country(db))
            if phone is not None:  # WhatsApp names an unknown sender by its number
                add_identifier(db, actor_id, phone)
            link_sender(db, conversation_id, sender, actor_id)
        return actor_id

    def sender_actor(self, conversation_id: int, sender: str) -> Actor | None:
        row = self.db.execute(
            "SELECT s.actor_id FROM actor_senders s JOIN actors a ON a.id = s.actor_id"
            " WHERE s.conversation_id = ? AND s.sender = ? AND a.merged_into IS NULL",
            (conversation_id, sender),
        ).fetchone()
        return None if row is None else get(self.db, int(row[0]))

    def merge(self, keep: int, other: int) -> None:
        with transaction(self.db) as db:
            merge(db, keep, other)

    def split(
        self,
        actor_id: int,
        identifier_ids: Sequence[int],
        incident_ids: Sequence[int] = (),
        **kw: Any,
    ) -> int:
        with transaction(self.db) as db:
            return split(db, actor_id, identifier_ids, incident_ids, **kw)

    def get(self, actor_id: int) -> Actor:
        return get(self.db, actor_id)

    def all(self) -> list[Actor]:
        return all_actors(self.db)

    def search(self, query: str) -> list[int]:
        return search(self.db, query)

    def history(self, actor_id: int | None = None) -> list[HistoryEntry]:
        return history(self.db, actor_id)

    def messages(self, actor_id: int, limit: int = 1000) -> list[dict[str, Any]]:
        """The chat messages this actor sent: linked senders, and senders whose platform id
        or phone number is one of the actor's identifiers."""
        return actor_messages(self.db, actor_id, limit)


def actor_messages(conn: Any, actor_id: int, limit: int = 1000) -> list[dict[str, Any]]:
    actor = get(conn, actor_id)
    country = default_country(conn)
    platform_ids = {i.normalized for i in actor.identifiers if i.kind == "platform_id"}
    phones = {i.normalized for i in actor.identifiers if i.kind == "phone"}
    linked = {
        (int(r[0]), r[1])
        for r in conn.execute(
            "SELECT conversation_id, sender FROM actor_senders WHERE actor_id = ?", (actor_id,)
        )
    }
    chosen: set[tuple[int, str]] = set(linked)
    # Senders matched by an identifier need a pass over every sender; an actor with none
    # (most of them) costs no scan of the messages (the Actors window asks on the GUI thread).
    senders = (
        conn.execute("SELECT DISTINCT conversation_id, sender, sender_id FROM messages")
        if platform_ids or phones
        else ()
    )
    for conv, sender, sender_id in senders:
        key = (int(conv), sender or "")
        if sender_id and sender_id in platform_ids:
            chosen.add(key)
        elif sender and phones:
            try:
                if ids.normalize_phone(sender, country) in phones:
                    chosen.add(key)
            except ids.IdentifierError:
                pass
    out: list[dict[str, Any]] = []
    for conv, sender in sorted(chosen):
        for r in conn.execute(
            "SELECT id, at, text FROM messages WHERE conversation_id = ? AND sender IS ? "
            "ORDER BY at, source_index LIMIT ?",
            (conv, sender or None, limit - len(out)),
        ):
            out.append(
                {
                    "id": int(r[0]),
                    "conversation_id": conv,
                    "sender": sender,
                    "at": r[1],
                    "text": r[2],
                }
            )
        if len(out) >= limit:
            break
    out.sort(key=lambda m: (m["at"] or "", m["id"]))
    return out
