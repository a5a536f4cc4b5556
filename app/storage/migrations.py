"""Versioned schema migrations, applied in order inside one transaction each.

``PRAGMA user_version`` records the schema version. A database newer than this program
is refused rather than guessed at. Add a migration by appending to ``MIGRATIONS``; a test
opens a vault made at the previous version (tests/test_migrations.py).
"""

from __future__ import annotations

from typing import Any

from app.errors import QuireError

SCHEMA_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    record TEXT NOT NULL,               -- canonical JSON of the editable fields
    title TEXT NOT NULL,
    occurred_at TEXT,
    occurred_sort TEXT,                 -- sortable start (YYYY-MM-DDTHH:MM:SS)
    severity INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    revision INTEGER NOT NULL
);
CREATE INDEX incidents_sort ON incidents(occurred_sort);
CREATE TABLE incident_categories (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (incident_id, category)
) WITHOUT ROWID;
CREATE INDEX incident_categories_cat ON incident_categories(category);
CREATE TABLE incident_tags (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (incident_id, tag)
) WITHOUT ROWID;
CREATE INDEX incident_tags_tag ON incident_tags(tag);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX notes_incident ON notes(incident_id);
-- The revision chain: every save, note, evidence change and deletion, hashed in order.
CREATE TABLE chain (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    incident_id INTEGER,
    revision INTEGER,
    at TEXT NOT NULL,
    payload TEXT,                       -- NULL once purged; the hashes stay
    payload_hash BLOB NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE INDEX chain_incident ON chain(incident_id, kind, revision);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    blob_id TEXT NOT NULL UNIQUE,
    blob_key BLOB NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'complete')),
    name TEXT NOT NULL,
    size INTEGER,
    type TEXT,
    sha256 TEXT,
    imported_at TEXT NOT NULL,
    source_url TEXT,
    captured_at TEXT
);
CREATE INDEX evidence_incident ON evidence(incident_id);
CREATE VIRTUAL TABLE incident_fts USING fts5(
    title, narrative, people, tags, notes, other,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

# Schema 2: the address book of trusted organisations, and the editor's encrypted drafts.
SCHEMA_V2 = """
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    recipient TEXT NOT NULL UNIQUE,
    verified INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    verified_at TEXT
);
-- The list and search order (newest first) and the live-incident count, served by one
-- partial index, so the first page of 100,000 incidents comes without sorting them all.
CREATE INDEX incidents_order ON incidents(COALESCE(occurred_sort, created_at) DESC, id DESC)
    WHERE deleted_at IS NULL;
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER REFERENCES incidents(id) ON DELETE CASCADE,
    content TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

# Schema 3: purging an incident must remove its words from the search index too. FTS5
# otherwise keeps deleted terms in its index segments until a merge happens to rewrite
# them; 'secure-delete' removes them at once, and 'rebuild' drops what earlier purges left.
SCHEMA_V3 = """
INSERT INTO incident_fts(incident_fts, rank) VALUES('secure-delete', 1);
INSERT INTO incident_fts(incident_fts) VALUES('rebuild');
"""

MIGRATIONS: list[str] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3]


def schema_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Any) -> None:
    """Apply every migration after the database's version, each atomically."""
    version = schema_version(conn)
    current = len(MIGRATIONS)
    if version > current:
        raise QuireError(
            f"This vault was written by a newer Quire (schema {version}); "
            f"this version understands up to {current}. Update Quire to open it."
        )
    for number in range(version + 1, current + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (no ';' inside our DDL strings)."""
    lines = [ln.split("--", 1)[0] for ln in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
