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
from app.storage.db import DB_NAME, check_integrity
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
        assert check_integrity(vault.db) == []
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
    assert check_integrity(vault.db) == []
    path = vault.home / DB_NAME
    page_size = int(vault.db.execute("PRAGMA page_size").fetchone()[0])
    pages = path.stat().st_size // page_size
    _flip_bit(path, pages - 2, page_size)  # the open connection reads the file itself
    assert check_integrity(vault.db) == [
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
            found = check_integrity(vault.db) if hmac_ok else []
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
