"""``quire-cli verify`` over a diary of 100,000 incidents, against plain SQLite's own checks.

Plain ``verify`` authenticates every page of diary.db (each page's HMAC, read straight
from the file by app/storage/pages.py), walks the b-trees (``quick_check``, which includes
FTS5's own check of the search index), recomputes the revision chain and compares each
incident with its last revision; ``--deep`` adds a re-read of every evidence file (this
diary has none, so the two differ only by noise). Timed: the whole ``quire-cli verify``
process (test KDF, so no Argon2id cost), then each part in this process with the vault's
real settings, and where the pages go (``dbstat``).

The reference, in the same run: the same database exported to a plaintext copy
(``sqlcipher_export``) and checked with ``PRAGMA quick_check`` and ``PRAGMA integrity_check``
through ``sqlcipher3`` with no key, which is plain SQLite (Python's own ``sqlite3`` is too
old for the schema's FTS5 secure-delete), and reading the encrypted file once (the floor
for any check that looks at every page).

The diary is the one of bench_search.py (same generator and loader, in a child process),
or ``QUIRE_BENCH_VAULT=folder``: one loaded earlier that way (test KDF), not changed here.
``QUIRE_BENCH_INCIDENTS=N`` sets its size (300 in the test suite's quick run).
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.access import unlock_vault
from tests.bench.bench_search import N_INCIDENTS, PASSPHRASE, REPO
from tests.bench.conftest import size
from tests.support.cli import cli_command, cli_env


@pytest.fixture(scope="module")
def diary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A vault of N_INCIDENTS incidents, unlocked with its real settings, and its plain twin."""
    import sqlcipher3

    scratch = tmp_path_factory.mktemp("bench_verify")
    home = scratch / "vault"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QUIRE_INSECURE_TEST_KDF", "1")
        start = time.perf_counter()
        if os.environ.get("QUIRE_BENCH_VAULT"):  # a diary loaded earlier, read only here
            home = Path(os.environ["QUIRE_BENCH_VAULT"])
            loaded: dict[str, Any] = {}
        else:
            child = subprocess.run(
                [sys.executable, "-m", "tests.bench.bench_search", "load", str(home),
                 str(N_INCIDENTS)],
                cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, check=True,
                capture_output=True, text=True,
            )  # fmt: skip
            loaded = json.loads(child.stdout.strip().splitlines()[-1])
        loaded["wall_s"] = time.perf_counter() - start
        vault = unlock_vault(home, PASSPHRASE)
        plain_path = scratch / "plain.db"
        vault.db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain_path),))
        vault.db.execute("SELECT sqlcipher_export('plain')")
        vault.db.execute("DETACH DATABASE plain")
        os.sync()
        plain = sqlcipher3.connect(str(plain_path))  # no key: plain SQLite, recent FTS5
        yield {"home": home, "vault": vault, "plain": plain, "plain_path": plain_path, **loaded}
        plain.close()
        vault.lock()
    shutil.rmtree(scratch, ignore_errors=True)


def _cli_verify(home: Path, *extra: str) -> None:
    r = subprocess.run(
        cli_command("--passphrase-stdin", "verify", *extra),
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=cli_env(home),
        cwd=REPO,
        timeout=1800,
        check=False,
    )
    assert r.returncode == 0 and "All checks passed" in r.stdout, r.stdout + r.stderr


def _read_file(path: Path) -> None:
    with path.open("rb", buffering=0) as f:
        while f.read(1 << 20):
            pass


# Every measurement once per round, interleaved; best and median reported.
ROUNDS = size(3, 1, "QUIRE_BENCH_VERIFY_ROUNDS")


def test_verify_at_scale(bench: Any, diary: dict[str, Any]) -> None:
    from app.incidents.store import IncidentStore
    from app.storage import pages as page_auth
    from app.storage.db import database_key

    home, vault, plain = diary["home"], diary["vault"], diary["plain"]
    db_path = home / "diary.db"
    page_size = page_auth.page_size(vault.db)

    def pragma(conn: Any, name: str) -> list[str]:
        return [str(r[0]) for r in conn.execute(f"PRAGMA {name}")]

    runs: dict[str, Callable[[], object]] = {
        "quire-cli verify (whole process, test KDF)": lambda: _cli_verify(home),
        "quire-cli verify --deep (no evidence here)": lambda: _cli_verify(home, "--deep"),
        "  cipher_integrity_check (SQLCipher: HMAC of every page)": lambda: _expect(
            pragma(vault.db, "cipher_integrity_check"), []
        ),
        "  pages.authenticate (hashlib: HMAC of every page)": lambda: _expect(
            page_auth.authenticate(db_path, database_key(vault._data_key), page_size), []
        ),
        "  quick_check on SQLCipher (decrypts used pages)": lambda: _expect(
            pragma(vault.db, "quick_check"), ["ok"]
        ),
        "    of which quick_check(incident_fts): FTS5's own check": lambda: _expect(
            pragma(vault.db, "quick_check(incident_fts)"), ["ok"]
        ),
        "  Vault.check_integrity (pages, walk, chain)": lambda: _expect(
            vault.check_integrity(IncidentStore(vault).verify)[0], []
        ),
        "  IncidentStore.verify (the chain, every record)": lambda: _expect(
            IncidentStore(vault).verify().problems, []
        ),
        "plain SQLite PRAGMA quick_check": lambda: _expect(pragma(plain, "quick_check"), ["ok"]),
        "plain SQLite PRAGMA integrity_check": lambda: _expect(
            pragma(plain, "integrity_check"), ["ok"]
        ),
        "plain SQLite quick_check(incident_fts): FTS5's check": lambda: _expect(
            pragma(plain, "quick_check(incident_fts)"), ["ok"]
        ),
        "read diary.db once (warm cache)": lambda: _read_file(db_path),
        "SHA-512 of diary.db (hashlib, one pass)": lambda: _sha512_file(db_path),
    }
    # Warm the page cache for both files first, so neither side pays the disk.
    _read_file(db_path)
    _read_file(diary["plain_path"])
    times: dict[str, list[float]] = {label: [] for label in runs}
    cpu: dict[str, list[float]] = {label: [] for label in runs}
    for _ in range(ROUNDS):
        for label, fn in runs.items():
            before = _cpu()
            times[label].append(bench.timed(fn))
            cpu[label].append(_cpu() - before)

    size = db_path.stat().st_size
    pages = size // page_size
    where = _where_the_pages_go(diary["plain_path"])
    assert where and sum(n for _name, n in where) > 0
    memsec = vault.db.execute("PRAGMA cipher_memory_security").fetchone()[0]
    ref = min(times["plain SQLite PRAGMA integrity_check"])
    sqlite_version = plain.execute("SELECT sqlite_version()").fetchone()[0]
    bench.say(
        *bench.title(
            f"verify over {N_INCIDENTS:,} incidents: diary.db {size / 1e6:.0f} MB, {pages:,}"
            f" pages, memory security {memsec}; {ROUNDS} interleaved rounds"
        ),
        f"  {'':<50}{'best':>8} {'median':>8} {'cpu':>7}  best / plain integrity_check",
        *(
            f"  {label:<50}{min(t):8.2f} {statistics.median(t):8.2f} {min(cpu[label]):7.2f}"
            f"  {bench.ratio(min(t), ref)}"
            for label, t in times.items()
        ),
        "  (cpu: the least CPU time of the rounds, this process and its children, all threads;"
        " on a loaded machine the steadier figure)",
        f"  (plain SQLite = a plaintext copy through sqlcipher3 with no key, SQLite"
        f" {sqlite_version}; loaded in {diary['wall_s']:.0f} s in a child process)",
        "  where the pages go (dbstat of the plaintext copy, 4 KiB pages, compact):",
        *(
            f"    {name:<40}{n:>9,} pages {100 * n / sum(c for _n, c in where):5.1f} %"
            for name, n in where[:8]
        ),
    )


def _where_the_pages_go(plain_path: Path) -> list[tuple[str, int]]:
    """Pages per table and index, most first: SQLite's ``dbstat`` over the plaintext copy.

    SQLCipher is built without ``dbstat``; Python's own SQLite has it, and reading b-tree
    pages needs nothing of FTS5 (too old here to query the search index itself).
    """
    import sqlite3

    conn = sqlite3.connect(f"file:{plain_path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name, count(*) FROM dbstat GROUP BY name ORDER BY 2 DESC")
        return [(str(name), int(n)) for name, n in rows]
    finally:
        conn.close()


def _cpu() -> float:
    """CPU seconds used so far by this process and its waited-for children (all threads)."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _expect(got: object, wanted: object) -> None:
    assert got == wanted, got


def _sha512_file(path: Path) -> None:
    sha = hashlib.sha512()
    with path.open("rb", buffering=0) as f:
        while chunk := f.read(1 << 20):
            sha.update(chunk)
