"""diary.db integrity: plain ``verify`` authenticates every page, and SQLCipher stays quiet.

SQLCipher checks a page's HMAC only when the page is read, so a damaged page that no query
touches (an index, the search index, a free page) went unnoticed by ``verify`` and, once
read, printed SQLCipher's own log lines into the terminal. Each test flips a single bit in
one page that is not page 1, the way a failing disk or an editing adversary would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.access import unlock_vault
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.storage.db import DB_NAME, DatabaseError
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"


def _diary(home: Path, incidents: int = 300) -> tuple[int, int]:
    """A CLI vault with ``incidents`` incidents; returns (page size, root page of incidents)."""
    r = run_cli(home, "--passphrase-stdin", "init", stdin=PW)
    assert r.returncode == 0, r.stderr
    vault = unlock_vault(home, PASSPHRASE)
    try:
        IncidentStore(vault).create_many(
            IncidentRecord.from_dict({"title": f"t{i}", "narrative": f"word{i} " * 250})
            for i in range(incidents)
        )
        page_size = int(vault.db.execute("PRAGMA page_size").fetchone()[0])
        root = vault.db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'incidents'"
        ).fetchone()[0]
        assert vault.check_integrity()[0] == []
    finally:
        vault.lock()
    return page_size, int(root)


def _flip_bit(db: Path, page: int, page_size: int) -> None:
    """One bit, in the middle of 1-based ``page`` (inside the encrypted payload)."""
    data = bytearray(db.read_bytes())
    assert page >= 2 and page * page_size <= len(data), (page, len(data))
    data[(page - 1) * page_size + page_size // 3] ^= 0x10
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["quarter", "middle", "last"])
def test_plain_verify_finds_one_flipped_bit_in_any_page(home: Path, where: str) -> None:
    page_size, _ = _diary(home)
    pages = (home / DB_NAME).stat().st_size // page_size
    page = {"quarter": pages // 4, "middle": pages // 2, "last": pages}[where]
    _flip_bit(home / DB_NAME, page, page_size)
    r = run_cli(home, "--passphrase-stdin", "verify", stdin=PW)
    assert r.returncode == 3, r.stdout + r.stderr
    assert f"PROBLEM: diary.db: page {page} fails its authentication" in r.stdout
    assert "All checks passed" not in r.stdout
    assert r.stderr == ""  # no SQLCipher log line, no traceback


def test_verify_deep_reports_the_page_too(home: Path) -> None:
    page_size, _ = _diary(home, incidents=50)
    pages = (home / DB_NAME).stat().st_size // page_size
    _flip_bit(home / DB_NAME, pages - 1, page_size)
    r = run_cli(home, "--passphrase-stdin", "verify", "--deep", stdin=PW)
    assert r.returncode == 3 and f"page {pages - 1} fails" in r.stdout, r.stdout
    assert r.stdout.count("PROBLEM") == 1 and r.stderr == ""


def test_reading_a_damaged_page_prints_only_quires_line(home: Path) -> None:
    """``list`` reads the incidents table's root page: one line from Quire, exit 3, and
    none of SQLCipher's log lines ("ERROR CORE sqlcipher_page_cipher: hmac check failed")."""
    page_size, root = _diary(home)
    _flip_bit(home / DB_NAME, root, page_size)
    r = run_cli(home, "--passphrase-stdin", "list", stdin=PW)
    assert r.returncode == 3, r.stdout + r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("quire-cli: diary.db is damaged or has been altered")


def test_check_integrity_at_the_library_level(vault: Vault) -> None:
    IncidentStore(vault).create_many(
        IncidentRecord.from_dict({"title": f"t{i}", "narrative": "x " * 900}) for i in range(40)
    )
    assert vault.check_integrity()[0] == []
    path = vault.home / DB_NAME
    page_size = int(vault.db.execute("PRAGMA page_size").fetchone()[0])
    pages = path.stat().st_size // page_size
    _flip_bit(path, pages - 2, page_size)  # the open connection reads the file itself
    assert vault.check_integrity()[0] == [
        f"page {pages - 2} fails its authentication (damaged or altered)"
    ]


def test_plain_verify_finds_an_older_copy_of_a_page_put_back(home: Path) -> None:
    """An older version of a page carries a valid HMAC (same key, same page number), so
    only the b-tree walk sees that an index no longer matches its table (SQLite reports
    "wrong # of entries in index incidents_sort")."""
    page_size, _ = _diary(home, incidents=200)
    db = home / DB_NAME
    old = db.read_bytes()
    vault = unlock_vault(home, PASSPHRASE)
    IncidentStore(vault).create_many(
        IncidentRecord.from_dict({"title": f"u{i}", "narrative": "y " * 300}) for i in range(200)
    )
    vault.lock()
    new = db.read_bytes()
    pages = range(2, len(old) // page_size + 1)
    changed = [p for p in pages if _page(old, p, page_size) != _page(new, p, page_size)]
    found: list[str] = []
    for page in changed:
        replayed = bytearray(new)
        replayed[(page - 1) * page_size : page * page_size] = _page(old, page, page_size)
        db.write_bytes(bytes(replayed))
        vault = unlock_vault(home, PASSPHRASE)
        try:
            hmac_ok = vault.db.execute("PRAGMA cipher_integrity_check").fetchall() == []
            found = vault.check_integrity()[0] if hmac_ok else []
        finally:
            vault.lock()
        if found:
            break
    assert found, f"no replayed page among {changed} broke a b-tree"
    assert not any("authentication" in p for p in found)
    r = run_cli(home, "--passphrase-stdin", "verify", stdin=PW)
    assert r.returncode == 3 and "PROBLEM: diary.db:" in r.stdout, r.stdout + r.stderr
    assert r.stderr == ""


def _page(data: bytes, page: int, page_size: int) -> bytes:
    return data[(page - 1) * page_size : page * page_size]


def test_a_damaged_free_page_is_found(vault: Vault) -> None:
    """Free pages hold nothing a query reads, so only the HMAC pass sees them (the b-tree
    walk skips them); SQLCipher wrote them, so they must authenticate like every other."""
    db = vault.db
    before = int(db.execute("PRAGMA page_count").fetchone()[0])
    db.execute("CREATE TABLE scratch(x BLOB)")
    db.executemany("INSERT INTO scratch VALUES (?)", [(bytes(3000),) for _ in range(40)])
    after = int(db.execute("PRAGMA page_count").fetchone()[0])
    db.execute("DROP TABLE scratch")
    assert int(db.execute("PRAGMA freelist_count").fetchone()[0]) >= after - before - 1 > 10
    assert vault.check_integrity()[0] == []
    page_size = int(db.execute("PRAGMA page_size").fetchone()[0])
    _flip_bit(vault.home / DB_NAME, after - 1, page_size)
    assert db.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # the walk misses it
    assert vault.check_integrity()[0] == [
        f"page {after - 1} fails its authentication (damaged or altered)"
    ]


def test_a_partial_page_at_the_end_is_reported(vault: Vault) -> None:
    path = vault.home / DB_NAME
    pages = path.stat().st_size // int(vault.db.execute("PRAGMA page_size").fetchone()[0])
    with path.open("ab") as f:
        f.write(b"\x00" * 100)
    assert vault.check_integrity()[0] == [f"page {pages + 1} has an invalid size of 100 bytes"]


def test_other_cipher_settings_are_left_to_sqlcipher(vault: Vault, tmp_path: Path) -> None:
    """A database written with settings the fast check does not know (here HMAC-SHA256) is
    checked by SQLCipher's own cipher_integrity_check, not reported as all damaged."""
    import sqlcipher3

    from app.storage.db import check_integrity, raw_key_text

    key = bytes(range(32))
    path = tmp_path / "other.db"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.set_key(raw_key_text(key))
    conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
    conn.execute("CREATE TABLE t(x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 2000,) for _ in range(30)])
    assert check_integrity(conn, key) == ([], None)
    _flip_bit(path, 5, 4096)
    problems, _ = check_integrity(conn, key)
    assert problems == ["page 5 fails its authentication (damaged or altered)"]
    conn.close()


def test_older_pages_put_back_are_each_reported_not_raised(home: Path) -> None:
    """Every page an edit rewrote, put back in its older (authentic) version one at a time.

    Each is reported as a problem or is harmless, and ``check_integrity`` never raises: the
    chain check, running beside the walk, used to stop with SQLite's "database disk image
    is malformed" on a damaged b-tree (the walk's precise finding was lost, and the read
    transaction could not even be committed). Two of the replays are found by nothing but
    checks the whole-file walk makes: FTS5's own check of the search index (an older page
    of its index, every b-tree fine), and the freelist and page-reference accounting,
    which ``quick_check(table)`` per table skips. That is why the walk stays one
    ``quick_check`` over the whole file and is not split by table over two threads
    (docs/PERFORMANCE.md).
    """
    page_size, _ = _diary(home, incidents=200)
    db = home / DB_NAME
    vault = unlock_vault(home, PASSPHRASE)
    store = IncidentStore(vault)
    first = store.list()[-1].id
    vault.lock()
    old = db.read_bytes()
    vault = unlock_vault(home, PASSPHRASE)
    IncidentStore(vault).update(
        first, IncidentRecord.from_dict({"title": "t", "narrative": "other words " * 80})
    )
    vault.lock()
    new = db.read_bytes()
    pages = range(2, min(len(old), len(new)) // page_size + 1)
    changed = [p for p in pages if _page(old, p, page_size) != _page(new, p, page_size)]
    only_fts, only_whole_file, stumbled = [], [], []
    for page in changed:
        replayed = bytearray(new)
        replayed[(page - 1) * page_size : page * page_size] = _page(old, page, page_size)
        db.write_bytes(bytes(replayed))
        vault = unlock_vault(home, PASSPHRASE)
        try:
            found, report = vault.check_integrity(IncidentStore(vault).verify)
            per_table = _partial_checks(vault)
        finally:
            vault.lock()
        if report is None:
            assert found, page
            stumbled.append(page)
        if found and not per_table:
            only_whole_file.append(page)
        if found and set(per_table) == {"incident_fts"}:
            only_fts.append(page)
    db.write_bytes(new)
    assert stumbled, f"no replayed page among {changed} stopped the chain check"
    assert only_fts, f"no replayed page among {changed} was found by FTS5's check alone"
    assert only_whole_file, f"no replayed page among {changed} needed the whole-file walk"


def _partial_checks(vault: Vault) -> dict[str, list[str]]:
    """``quick_check(table)`` of each table on its own: what each finds, where not "ok"."""
    found: dict[str, list[str]] = {}
    for (name,) in vault.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        try:
            rows = [str(r[0]) for r in vault.db.execute(f'PRAGMA quick_check("{name}")')]
        except DatabaseError as exc:  # SQLite's words are the finding
            rows = [str(exc)]
        if rows != ["ok"]:
            found[name] = rows
    return found


def _two_incidents(vault: Vault) -> tuple[IncidentStore, int, int]:
    store = IncidentStore(vault)
    first, second = store.create_many(
        IncidentRecord.from_dict({"title": t, "narrative": "a threat by message"})
        for t in ("one", "two")
    )
    return store, first, second


def test_an_incident_put_back_at_an_older_revision_is_found(vault: Vault) -> None:
    """An older page brings back an older record with its own, genuine revision number
    (what a replayed page of ``incidents`` gives, found by nothing else when the tables'
    row counts stay the same): the record matches a chained revision, but not the last."""
    store, first, _ = _two_incidents(vault)
    old = vault.db.execute("SELECT record FROM incidents WHERE id = ?", (first,)).fetchone()[0]
    store.update(first, IncidentRecord.from_dict({"title": "one", "narrative": "and a call"}))
    assert store.verify().problems == []
    vault.db.execute("UPDATE incidents SET record = ?, revision = 1 WHERE id = ?", (old, first))
    assert store.verify().problems == [
        f"incident {first}: it holds revision 1, but its last revision in the chain is 2"
        " (an older copy put back?)"
    ]


def test_a_deletion_undone_or_made_outside_the_chain_is_found(vault: Vault) -> None:
    store, first, second = _two_incidents(vault)
    store.delete(first)
    assert store.verify().problems == []
    vault.db.execute("UPDATE incidents SET deleted_at = NULL WHERE id = ?", (first,))
    vault.db.execute("UPDATE incidents SET deleted_at = updated_at WHERE id = ?", (second,))
    assert store.verify().problems == [
        f"incident {first}: it is not deleted, unlike its last entry in the chain",
        f"incident {second}: it is deleted, unlike its last entry in the chain",
    ]
    vault.db.execute("UPDATE incidents SET deleted_at = NULL WHERE id = ?", (second,))
    store.undelete(first)  # the chain says "undelete" last: not deleted is right
    assert store.verify().problems == []


def test_an_incident_row_gone_without_a_purge_is_found(vault: Vault) -> None:
    store, first, second = _two_incidents(vault)
    store.purge(second)
    assert store.verify().problems == []  # a purge says so in the chain
    vault.db.execute("DELETE FROM incidents WHERE id = ?", (first,))
    assert store.verify().problems == [
        f"incident {first}: its record is missing (the chain holds its revision 1)"
    ]


def test_notes_are_checked_against_the_chain(vault: Vault) -> None:
    """Notes are only ever added, each in the chain with its text: a note gone (an older
    page of ``notes`` and of its index put back), altered or slipped in is found; a purge
    removes its incident's notes and their text in the chain, and that is no problem."""
    store, first, second = _two_incidents(vault)
    kept = store.add_note(first, "They called twice")
    gone = store.add_note(first, "A second call at night")
    purged = store.add_note(second, "Said in the purged incident")
    store.purge(second)
    assert store.verify().problems == []
    db = vault.db
    db.execute("DELETE FROM notes WHERE id = ?", (gone,))
    db.execute("UPDATE notes SET text = 'They called once' WHERE id = ?", (kept,))
    slipped = purged + 10  # never an id the chain has seen
    db.execute(
        "INSERT INTO notes(id, incident_id, created_at, text) VALUES (?, ?, 'x', 'slipped in')",
        (slipped, first),
    )
    assert store.verify().problems == [
        f"note {kept} of incident {first}: it differs from its chain entry",
        f"note {gone} of incident {first}: it is missing",
        f"note {slipped}: it is not in the chain",
    ]
