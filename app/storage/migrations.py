"""Versioned schema migrations, applied in order inside one transaction each.

``PRAGMA user_version`` records the schema version. A database newer than this program
is refused rather than guessed at. Add a migration by appending to ``MIGRATIONS``; a test
opens a vault made at the previous version (tests/test_migrations.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T

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

# Schema 4: imported chat exports (app/chats). The export file and its media are evidence
# that belongs to no incident until a person links it, so evidence.incident_id becomes
# optional (the table is rebuilt: SQLite cannot drop a NOT NULL in place; nothing refers
# to it yet). Messages get their own full-text index with the incidents' folding.
SCHEMA_V4 = """
CREATE TABLE evidence_v4 (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER REFERENCES incidents(id) ON DELETE CASCADE,
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
INSERT INTO evidence_v4(id, incident_id, blob_id, blob_key, state, name, size, type, sha256,
    imported_at, source_url, captured_at)
    SELECT id, incident_id, blob_id, blob_key, state, name, size, type, sha256, imported_at,
    source_url, captured_at FROM evidence;
DROP TABLE evidence;
ALTER TABLE evidence_v4 RENAME TO evidence;
CREATE INDEX evidence_incident ON evidence(incident_id);
CREATE TABLE chat_sources (
    id INTEGER PRIMARY KEY,
    format TEXT NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,            -- the file, zip or main file the person chose
    incident_id INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
    imported_at TEXT NOT NULL,
    report TEXT NOT NULL                    -- the parse report, JSON
);
CREATE TABLE chat_files (
    source_id INTEGER NOT NULL REFERENCES chat_sources(id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id),
    role TEXT NOT NULL CHECK (role IN ('export', 'media')),
    path TEXT NOT NULL,                     -- where it lies inside the export
    PRIMARY KEY (source_id, evidence_id)
) WITHOUT ROWID;
CREATE INDEX chat_files_evidence ON chat_files(evidence_id);
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES chat_sources(id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    platform_id TEXT,
    chat_type TEXT,
    title TEXT NOT NULL,
    participants TEXT NOT NULL,             -- JSON list, in order of first message
    message_count INTEGER NOT NULL,
    first_at TEXT,
    last_at TEXT
);
CREATE INDEX conversations_source ON conversations(source_id);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    source_index INTEGER NOT NULL,          -- 1-based position in the export
    locator TEXT NOT NULL,                  -- where the export has it (line, id, part)
    at TEXT NOT NULL,                       -- UTC, ISO 8601
    shown TEXT NOT NULL,                    -- the time exactly as the export wrote it
    sender TEXT,
    sender_id TEXT,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    platform_id TEXT,
    reply_to TEXT,
    forwarded_from TEXT,
    edited_at TEXT,
    extra TEXT
);
CREATE INDEX messages_order ON messages(conversation_id, at, source_index);
CREATE TABLE message_attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    evidence_id INTEGER REFERENCES evidence(id),
    path TEXT,
    placeholder TEXT,
    media_type TEXT
);
CREATE INDEX message_attachments_message ON message_attachments(message_id);
CREATE INDEX message_attachments_evidence ON message_attachments(evidence_id);
CREATE TABLE account_sessions (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES chat_sources(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    device TEXT,
    platform TEXT,
    system_version TEXT,
    application TEXT,
    application_version TEXT,
    ip TEXT,
    country TEXT,
    region TEXT,
    created TEXT,
    last_active TEXT
);
CREATE INDEX account_sessions_source ON account_sessions(source_id);
CREATE VIRTUAL TABLE message_fts USING fts5(
    text, sender,
    content = '', contentless_delete = 1,   -- the index only: no second copy of the text
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO message_fts(message_fts, rank) VALUES('secure-delete', 1);
-- The index's own term list: a search expands each prefix into its terms here, because
-- FTS5's prefix iteration allocates per term and segment, which SQLCipher's memory
-- security makes about 250x slower (11 s for one common name over 1,000,000 messages).
CREATE VIRTUAL TABLE message_vocab USING fts5vocab(message_fts, 'row');
"""

# Schema 5: excerpts, chosen messages of one conversation added to an incident (app/chats/
# excerpts.py). Purging the incident removes them with it; removing the chat removes them too
# (an excerpt without its messages would cite nothing).
SCHEMA_V5 = """
CREATE TABLE excerpts (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    note TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX excerpts_incident ON excerpts(incident_id);
CREATE INDEX excerpts_conversation ON excerpts(conversation_id);
CREATE TABLE excerpt_messages (
    excerpt_id INTEGER NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    PRIMARY KEY (excerpt_id, message_id)
) WITHOUT ROWID;
CREATE INDEX excerpt_messages_message ON excerpt_messages(message_id);
"""

# Schema 6 (issue 14): actors as records. Names and identifiers (with the key every spelling
# of one shares, app/actors/identifiers.py), links to incidents (derived from the perpetrator
# fields on each save, or made by hand) and to chat senders, and the history of merges and
# splits. The data step turns every existing incident's perpetrator fields into actors.
SCHEMA_V6 = """
CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    merged_into INTEGER REFERENCES actors(id)
);
CREATE TABLE actor_names (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    folded TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'manual',  -- 'record': taken from an incident's fields
    PRIMARY KEY (actor_id, folded)
);
CREATE INDEX actor_names_folded ON actor_names(folded);
CREATE TABLE actor_identifiers (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    platform TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL,
    normalized TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    origin TEXT NOT NULL DEFAULT 'manual'
);
CREATE INDEX actor_identifiers_key ON actor_identifiers(kind, normalized);
CREATE INDEX actor_identifiers_actor ON actor_identifiers(actor_id);
CREATE TABLE incident_actors (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'perpetrator',
    source TEXT NOT NULL DEFAULT 'manual',
    PRIMARY KEY (incident_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX incident_actors_actor ON incident_actors(actor_id);
CREATE TABLE actor_senders (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    sender TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (conversation_id, sender)
) WITHOUT ROWID;
CREATE INDEX actor_senders_actor ON actor_senders(actor_id);
CREATE TABLE actor_history (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
"""


def _perpetrators_to_actors(conn: Any) -> None:
    # Imported here: app.actors builds on app.storage.db, which imports this module.
    from app.actors.migrate import perpetrators_to_actors

    perpetrators_to_actors(conn)


# Schema 7 (issue 12): files added while a new incident is being written wait in its draft
# (app/incidents/drafts.py), inside this encrypted database, until the incident is saved and
# they are imported as evidence; discarding the draft removes them with it.
SCHEMA_V7 = """
CREATE TABLE draft_files (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    source_url TEXT,
    captured_at TEXT,
    added_at TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX draft_files_draft ON draft_files(draft_id);
"""

# Schema 8 (issue 14): complaints made about an incident, with their responses (one may be
# the final domestic decision, from which the European Court's four months run) and the
# proof of filing as evidence (app/complaints/store.py).
SCHEMA_V8 = """
CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    body_name TEXT NOT NULL DEFAULT '',
    filed_on TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    asked TEXT NOT NULL DEFAULT '',
    evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
    remind_on TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX complaints_incident ON complaints(incident_id);
CREATE TABLE complaint_responses (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    received_on TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    final INTEGER NOT NULL DEFAULT 0,
    evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX complaint_responses_complaint ON complaint_responses(complaint_id);
"""

# Schema 9 (issue 14): redacted copies linked to their originals (original SHA-256 → copy
# SHA-256, what was done), and evidence marked intimate (app/evidence/redact.py).
SCHEMA_V9 = """
CREATE TABLE evidence_derivations (
    copy_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
    original_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
    original_sha256 TEXT NOT NULL,
    copy_sha256 TEXT NOT NULL,
    action TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX evidence_derivations_original ON evidence_derivations(original_id);
CREATE TABLE evidence_marks (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
    intimate INTEGER NOT NULL DEFAULT 0
);
"""

# A migration is its SQL, and for some a data step run after it in the same transaction.
Migration = str | tuple[str, Callable[[Any], None]]

MIGRATIONS: list[Migration] = [
    SCHEMA_V1,
    SCHEMA_V2,
    SCHEMA_V3,
    SCHEMA_V4,
    SCHEMA_V5,
    (SCHEMA_V6, _perpetrators_to_actors),
    SCHEMA_V7,
    SCHEMA_V8,
    SCHEMA_V9,
]


def schema_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Any) -> None:
    """Apply every migration after the database's version, each atomically."""
    version = schema_version(conn)
    current = len(MIGRATIONS)
    if version > current:
        raise QuireError(
            _T(
                "errors",
                "This vault was written by a newer Quire (schema {version}); this version "
                "understands up to {current}. Update Quire to open it.",
            ),
            version=version,
            current=current,
        )
    for number in range(version + 1, current + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration = MIGRATIONS[number - 1]
            script, step = migration if isinstance(migration, tuple) else (migration, None)
            for statement in _statements(script):
                conn.execute(statement)
            if step is not None:
                step(conn)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (no ';' inside our DDL strings)."""
    lines = [ln.split("--", 1)[0] for ln in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
