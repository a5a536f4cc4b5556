"""Schema versions: migrations apply in order; a newer schema is refused, not guessed at."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.access import unlock_vault
from app.errors import QuireError
from app.storage import migrations
from app.storage.db import open_database
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE


def test_new_vault_is_at_the_current_version(vault: Vault) -> None:
    assert migrations.schema_version(vault.db) == len(migrations.MIGRATIONS)


def test_newer_schema_is_refused(vault: Vault, home: Path) -> None:
    vault.db.execute(f"PRAGMA user_version = {len(migrations.MIGRATIONS) + 1}")
    vault.lock()
    with pytest.raises(QuireError, match="newer Quire"):
        unlock_vault(home, PASSPHRASE)


def test_migrations_run_in_order_and_atomically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = bytes(32)
    conn = open_database(tmp_path / "d.db", key, create=True)
    conn.close()
    monkeypatch.setattr(
        migrations,
        "MIGRATIONS",
        [*migrations.MIGRATIONS, "CREATE TABLE drafts_test (x INTEGER)", "CREATE TABLE broken ("],
    )
    with pytest.raises(Exception, match=r"syntax|incomplete"):
        open_database(tmp_path / "d.db", key)
    import sqlcipher3

    from app.storage.db import database_key

    raw = sqlcipher3.connect(str(tmp_path / "d.db"))
    raw.execute(f"PRAGMA key = \"x'{database_key(key).hex()}'\"")
    # The good migration landed, the broken one rolled back whole.
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS) - 1
    raw.close()


def test_vault_made_by_schema_1_opens_and_upgrades(tmp_path: Path) -> None:
    """A vault written by schema 1 (tests/fixtures/vault_schema1) opens with today's code."""
    import shutil

    from app.evidence.store import EvidenceStore
    from app.incidents.store import IncidentStore

    home = tmp_path / "old"
    shutil.copytree(Path(__file__).parent / "fixtures" / "vault_schema1", home)
    vault = unlock_vault(home, "fixture passphrase v1")
    assert migrations.schema_version(vault.db) == len(migrations.MIGRATIONS)
    store = IncidentStore(vault)
    (summary,) = store.list()
    incident = store.get(summary.id)
    assert incident.record.title == "Made by schema 1 (edited)"
    assert incident.revision_count == 2 and incident.notes[0].text == "A note from schema 1"
    assert [s.id for s in store.search("santaj")] == [summary.id]
    (ev,) = EvidenceStore(vault).list(summary.id)
    with EvidenceStore(vault).open(ev.id) as r:
        assert r.read() == b"evidence bytes from schema 1\n" * 100
    assert store.verify().ok
    vault.lock()


CANARY = "zanzibarqw"  # one unusual word, easy to find in the index's raw blocks


def _index_blocks(conn: object) -> bytes:
    return b"".join(
        bytes(row[0])
        for row in conn.execute("SELECT block FROM incident_fts_data")  # type: ignore[attr-defined]
    )


def test_purge_removes_the_words_from_the_search_index(vault: Vault) -> None:
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore

    store = IncidentStore(vault)
    kept = store.create(IncidentRecord.from_dict({"title": f"{CANARY}kept"}))
    gone = store.create(IncidentRecord.from_dict({"title": "x", "narrative": f"{CANARY}gone"}))
    assert f"{CANARY}gone".encode() in _index_blocks(vault.db)  # the scan can see words
    store.delete(gone)
    store.purge(gone)
    blocks = _index_blocks(vault.db)
    assert f"{CANARY}gone".encode() not in blocks
    assert f"{CANARY}kept".encode() in blocks
    assert [s.id for s in store.search(f"{CANARY}kept")] == [kept]


def test_schema_3_clears_what_earlier_purges_left_in_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = bytes(32)
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        conn = open_database(tmp_path / "d.db", key, create=True)
        conn.execute(
            "INSERT INTO incident_fts(rowid, title, narrative, people, tags, notes, other)"
            " VALUES (1, ?, '', '', '', '', '')",
            (f"{CANARY}purged",),
        )
        conn.execute("DELETE FROM incident_fts WHERE rowid = 1")  # a purge under schema 2
        assert f"{CANARY}purged".encode() in _index_blocks(conn)
        conn.close()
    conn = open_database(tmp_path / "d.db", key)
    assert migrations.schema_version(conn) == len(migrations.MIGRATIONS)
    assert f"{CANARY}purged".encode() not in _index_blocks(conn)
    conn.close()
