"""Linking many new incidents to actors at once: the same result as
:func:`app.actors.store.link_record` one by one, in one statement per table.

Why: ``create_many`` (an import, a large diary) writes a batch of incidents in a few
statements, because under ``cipher_memory_security`` every statement run is costly; matching
each perpetrator entry with its own lookups and inserts cost more than the incidents
themselves (measured 2-3x slower inserts). Here the live actors' names and identifiers are
read once into memory, each entry is matched there (the same rules: an identifier's key,
else the same folded name for the same kind, else a new actor), and the new rows are
written with ids chosen inside the caller's write transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from app.actors import identifiers as ids
from app.actors.store import default_country, perpetrator_identifiers
from app.clock import now_utc
from app.incidents import vocabulary

_PLATFORM_KINDS = ("handle", "channel", "platform_id")


class _Index:
    """The live actors' names and identifiers, and the rows this batch adds."""

    def __init__(self, conn: Any) -> None:
        self.kinds: dict[int, str] = {
            int(r[0]): r[1]
            for r in conn.execute("SELECT id, kind FROM actors WHERE merged_into IS NULL")
        }
        # (kind, normalized) -> platform -> the lowest live actor id holding it
        self.by_key: dict[tuple[str, str], dict[str, int]] = {}
        self.rows: dict[tuple[int, str, str, str], int] = {}
        for ident_id, actor_id, kind, platform, normalized in conn.execute(
            "SELECT id, actor_id, kind, platform, normalized FROM actor_identifiers ORDER BY id"
        ):
            self._add_ident(int(ident_id), int(actor_id), kind, platform, normalized)
        self.names: dict[str, set[int]] = {}
        self.name_rows: set[tuple[int, str]] = set()
        for actor_id, folded in conn.execute("SELECT actor_id, folded FROM actor_names"):
            self._add_name(int(actor_id), folded)
        self.next_actor = 1 + int(
            conn.execute("SELECT COALESCE(max(id), 0) FROM actors").fetchone()[0]
        )
        self.next_ident = 1 + int(
            conn.execute("SELECT COALESCE(max(id), 0) FROM actor_identifiers").fetchone()[0]
        )

    def _add_ident(self, ident_id: int, actor_id: int, kind: str, platform: str, norm: str) -> None:
        self.rows[(actor_id, kind, platform, norm)] = ident_id
        if actor_id in self.kinds:
            platforms = self.by_key.setdefault((kind, norm), {})
            platforms[platform] = min(platforms.get(platform, actor_id), actor_id)

    def _add_name(self, actor_id: int, folded: str) -> None:
        self.name_rows.add((actor_id, folded))
        if actor_id in self.kinds:
            self.names.setdefault(folded, set()).add(actor_id)

    def find_identifier(self, ident: ids.Identifier) -> int | None:
        platforms = self.by_key.get((ident.kind, ident.normalized))
        if not platforms:
            return None
        if ident.kind in _PLATFORM_KINDS and ident.platform:
            found = [a for p, a in platforms.items() if p in (ident.platform, "")]
        else:
            found = list(platforms.values())
        return min(found) if found else None

    def find_name(self, kind: str, folded: str) -> int | None:
        found = [
            a
            for a in self.names.get(folded, [])
            if kind == "unknown" or self.kinds[a] in (kind, "unknown")
        ]
        return min(found) if found else None


class Linker:
    """Batch after batch of new incidents linked with one reading of the actors.

    ``create_many`` links each of its transactions' incidents; reading every live actor,
    name and identifier again for each batch made a large import quadratic (at 100,000
    incidents each batch read ~100,000 identifiers). The index read once is kept, with the
    rows this linker adds, for as long as no other connection has committed
    (``PRAGMA data_version`` is unchanged); then it is read again. Only for the caller's
    own sequence of batches on one connection, which nothing else writes meanwhile (one
    connection is used by one thread at a time).
    """

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._index: _Index | None = None
        self._version: int | None = None

    def link(self, items: Sequence[tuple[int, Any, str | None]]) -> None:
        """:func:`link_new`, inside the caller's write transaction."""
        items = [item for item in items if item[1].perpetrators]
        if not items:
            return
        version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        if self._index is None or version != self._version:
            self._index = _Index(self._conn)
            self._version = version
        _link(self._conn, self._index, items)


def link_new(conn: Any, items: Sequence[tuple[int, Any, str | None]]) -> None:
    """Link new incidents (id, record, day seen) to actors, creating actors as needed."""
    Linker(conn).link(items)


def _link(conn: Any, index: _Index, items: Sequence[tuple[int, Any, str | None]]) -> None:
    country = default_country(conn)
    at = now_utc()
    actors: list[tuple[int, str, str]] = []
    names: list[tuple[int, str, str]] = []
    new_idents: dict[int, list[Any]] = {}  # id -> [actor, kind, platform, value, norm, first, last]
    seen_old: dict[int, tuple[str, str]] = {}
    links: list[tuple[int, int]] = []
    history: list[tuple[str, str, str]] = []

    def touch(actor_id: int, ident: ids.Identifier, seen: str | None) -> list[int]:
        key = (actor_id, ident.kind, ident.platform, ident.normalized)
        ident_id = index.rows.get(key)
        if ident_id is None:
            ident_id = index.next_ident
            index.next_ident += 1
            new_idents[ident_id] = [
                actor_id,
                ident.kind,
                ident.platform,
                ident.value,
                ident.normalized,
                seen,
                seen,
            ]
            index._add_ident(ident_id, actor_id, *key[1:])
        elif seen:
            row = new_idents.get(ident_id)
            if row is not None:
                row[5] = seen if row[5] is None or seen < row[5] else row[5]
                row[6] = seen if row[6] is None or seen > row[6] else row[6]
            else:
                low, high = seen_old.get(ident_id, (seen, seen))
                seen_old[ident_id] = (min(low, seen), max(high, seen))
        touched = [ident_id]
        if ident.kind == "url":
            profile = ids.profile_handle(ident.normalized)
            if profile is not None:
                handle = ids.Identifier("handle", profile[0], "@" + profile[1], profile[1])
                touched += touch(actor_id, handle, seen)
        return touched

    for incident_id, record, seen in items:
        linked: list[int] = []
        for p in record.perpetrators:
            idents = perpetrator_identifiers(p.identifiers, record.platforms, country)
            name = " ".join(p.name.split())
            if not idents and not name:
                continue
            kind = p.kind if p.kind in vocabulary.PERPETRATOR_KINDS else "unknown"
            folded = ids.fold(name) if name else ""
            actor_id = next(
                (a for a in (index.find_identifier(i) for i in idents) if a is not None), None
            )
            if actor_id is None and name:
                actor_id = index.find_name(kind, folded)
            if actor_id is None:
                actor_id = index.next_actor
                index.next_actor += 1
                index.kinds[actor_id] = kind
                actors.append((actor_id, kind, at))
                detail = json.dumps({"actor": actor_id, "kind": kind}, sort_keys=True)
                history.append((at, "create", detail))
            if folded and (actor_id, folded) not in index.name_rows:
                names.append((actor_id, name, folded))
                index._add_name(actor_id, folded)
            for ident in idents:
                touch(actor_id, ident, seen)
            if actor_id not in linked:
                linked.append(actor_id)
                links.append((incident_id, actor_id))
    conn.executemany("INSERT INTO actors(id, kind, created_at) VALUES (?, ?, ?)", actors)
    conn.executemany(
        "INSERT OR IGNORE INTO actor_names(actor_id, name, folded, origin)"
        " VALUES (?, ?, ?, 'record')",
        names,
    )
    conn.executemany(
        "INSERT INTO actor_identifiers(id, actor_id, kind, platform, value, normalized,"
        " first_seen, last_seen, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'record')",
        [(i, *row) for i, row in new_idents.items()],
    )
    conn.executemany(
        "UPDATE actor_identifiers SET "
        "first_seen = CASE WHEN first_seen IS NULL OR first_seen > ?1 THEN ?1 ELSE first_seen END,"
        " last_seen = CASE WHEN last_seen IS NULL OR last_seen < ?2 THEN ?2 ELSE last_seen END"
        " WHERE id = ?3",
        [(low, high, i) for i, (low, high) in seen_old.items()],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO incident_actors(incident_id, actor_id, role, source)"
        " VALUES (?, ?, 'perpetrator', 'record')",
        links,
    )
    conn.executemany("INSERT INTO actor_history(at, action, detail) VALUES (?, ?, ?)", history)
