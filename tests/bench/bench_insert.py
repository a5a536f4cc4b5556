"""Inserting incidents in batches, with the real settings, against naive SQLCipher with FTS5.

Quire's ``IncidentStore.create_many`` (500 per transaction, the vault's real settings:
``cipher_memory_security``, ``secure_delete``, FTS5 secure-delete, the revision chain,
canonical JSON, folding, category/tag/actor tables) is timed beside two references that
insert the same records, in the same batches, each in its own process because
``cipher_memory_security`` is process-wide and cannot be turned off once on:

- naive: a keyed SQLCipher file with one table of JSON records and an FTS5 index of title
  and narrative, SQLCipher's defaults (what "SQLCipher with FTS5" costs, nothing more);
- naive, real settings: the same with ``cipher_memory_security``, ``secure_delete`` and
  FTS5 secure-delete on (the floor for anything that keeps Quire's promises);
- Quire's own statements: every statement ``create_many`` ran (recorded, untimed, on a
  scratch vault) run again with the same parameters on a fresh vault made the same way.
  That is Quire's layout (the record in the incidents table and in its chain entry, the
  six-column FTS5 index, two order indexes, categories, tags, actors) with none of its
  Python work (JSON, folding, hashing, matching actors): the floor of this schema under
  these settings. Quire over it is what the insert path's own code costs;
- Quire with SQLite's default lookaside pool: ``create_many`` as it ran before
  app/storage/lookaside.py (sqlcipher3 imported first, so the larger pool comes too late).

Which pool each child gets is set by what it imports first (``_CHILD``) and checked: the
naive defaults and the default-pool child run with SQLite's own, the others with Quire's.

The five run one after the other per round, rounds interleaved; every child builds its
records first (untimed) from bench_search.py's generator and reports the wall and the CPU
time of the timed part only. ``QUIRE_BENCH_INSERT=N`` sets the size (100,000 at full size,
300 in the test suite's quick run).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.bench.bench_search import REPO, SEED, Generator
from tests.bench.conftest import size

N = size(100_000, 300, "QUIRE_BENCH_INSERT")
ROUNDS = size(1, 1, "QUIRE_BENCH_INSERT_ROUNDS")
BATCH = 500
KEY = "x'" + "5a" * 32 + "'"
TARGET_RATE = 3000  # incidents/s, real settings
TARGET_RATIO = 1.2  # x naive SQLCipher with FTS5
KINDS = ("naive", "naive-real", "statements", "quire", "default-pool")
# Kinds that run with SQLite's own lookaside pool (sqlcipher3 imported first, so
# app/storage/lookaside.py comes too late); the others get Quire's larger one.
DEFAULT_POOL = ("naive", "default-pool")


def _naive(path: Path, records: list[Any], real: bool) -> tuple[float, float]:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f'PRAGMA key = "{KEY}"')
    if real:
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE incidents(id INTEGER PRIMARY KEY, record TEXT NOT NULL)")
    conn.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(title, narrative,"
        " tokenize = 'unicode61 remove_diacritics 2')"
    )
    if real:
        conn.execute("INSERT INTO fts(fts, rank) VALUES('secure-delete', 1)")
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(records), BATCH):
        conn.execute("BEGIN IMMEDIATE")
        for rec in records[i : i + BATCH]:
            cur = conn.execute(
                "INSERT INTO incidents(record) VALUES (?)", (json.dumps(rec.to_dict()),)
            )
            conn.execute(
                "INSERT INTO fts(rowid, title, narrative) VALUES (?, ?, ?)",
                (cur.lastrowid, rec.title, rec.narrative),
            )
        conn.execute("COMMIT")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return seconds, cpu


class _Recorder:
    """A connection that notes every statement (and materialised parameters) it runs."""

    def __init__(self, conn: Any, log: list[tuple[str, str, Any]]) -> None:
        self._conn, self._log = conn, log

    def execute(self, sql: str, params: Any = ()) -> Any:
        self._log.append(("execute", sql, params))
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = list(rows)
        self._log.append(("executemany", sql, rows))
        return self._conn.executemany(sql, rows)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _quire(home: Path, records: list[Any], replay: bool) -> tuple[float, float]:
    """create_many on a new vault; ``replay``: its recorded statements on a second one."""
    from app.incidents.store import IncidentStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    log: list[tuple[str, str, Any]] = []

    class Recording(IncidentStore):
        @property
        def _db(self) -> Any:
            return _Recorder(self.vault.db, log)

    if replay:
        scratch, _ = Vault.create(home.with_name("scratch"), "bench", kdf=INSECURE_TEST_PARAMS)
        try:
            Recording(scratch).create_many(records, batch=BATCH)
        finally:
            scratch.lock()
    vault, _ = Vault.create(home, "bench passphrase", kdf=INSECURE_TEST_PARAMS)
    try:
        db = vault.db
        assert db.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
        assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, as the naive ones
        store = IncidentStore(vault)
        start, cpu = time.perf_counter(), time.process_time()
        if replay:
            for method, sql, params in log:
                getattr(db, method)(sql, params)
        else:
            store.create_many(records, batch=BATCH)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        assert store.count() == len(records)
        assert store.verify().ok
    finally:
        vault.lock()
    return seconds, cpu


def _child(kind: str, scratch: Path, n: int) -> None:
    records = Generator(SEED).records(n)
    from app.storage import lookaside

    assert lookaside.CONFIGURED is (kind not in DEFAULT_POOL), kind
    if kind in ("quire", "statements", "default-pool"):
        seconds, cpu = _quire(scratch / "vault", records, replay=kind == "statements")
    else:
        seconds, cpu = _naive(scratch / f"{kind}.db", records, real=kind == "naive-real")
    print(json.dumps({"seconds": seconds, "cpu": cpu}))


_CHILD = (
    "import sys; import {first}; from tests.bench.bench_insert import _child;"
    " _child(sys.argv[1], __import__('pathlib').Path(sys.argv[2]), int(sys.argv[3]))"
)


def _run(kind: str, scratch: Path) -> dict[str, float]:
    folder = scratch / f"{kind}-{time.monotonic_ns()}"
    folder.mkdir()
    args = [kind, str(folder), str(N)]
    first = "sqlcipher3" if kind in DEFAULT_POOL else "app.storage"  # what starts SQLite
    child = subprocess.run(
        [sys.executable, "-c", _CHILD.format(first=first), *args],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "QUIRE_INSECURE_TEST_KDF": "1"},
        check=True,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    for path in sorted(folder.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    return json.loads(child.stdout.strip().splitlines()[-1])


def test_insert_rate(bench: Any, tmp_path: Path) -> None:
    runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
    for _ in range(ROUNDS):
        for kind in KINDS:
            runs[kind].append(_run(kind, tmp_path))
    rate = {k: N / min(r["seconds"] for r in v) for k, v in runs.items()}
    cpu = {k: min(r["cpu"] for r in v) for k, v in runs.items()}
    assert all(r > 0 for r in rate.values())

    def line(kind: str, label: str) -> str:
        secs = [r["seconds"] for r in runs[kind]]
        return (
            f"  {label:<40}{min(secs):7.2f} s {statistics.median(secs):7.2f} s"
            f" {rate[kind]:7.0f}/s  cpu {cpu[kind]:6.2f} s = {1000 * cpu[kind] / N:5.3f} ms each"
            f"  quire / this: wall {bench.ratio(1 / rate['quire'], 1 / rate[kind])},"
            f" cpu {bench.ratio(cpu['quire'], cpu[kind])}"
        )

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    bench.say(
        *bench.title(
            f"inserting {N:,} incidents, {BATCH} per transaction; {ROUNDS} interleaved rounds"
            " (best, median; CPU of the timed part, best)"
        ),
        line("quire", "IncidentStore.create_many, real settings"),
        line("default-pool", "the same, SQLite's default lookaside (*)"),
        line("statements", "Quire's own statements, replayed"),
        line("naive-real", "naive, memory security + secure_delete"),
        line("naive", "naive SQLCipher + FTS5, defaults"),
        f"  targets: >= {TARGET_RATE:,}/s: {verdict(rate['quire'] >= TARGET_RATE)};"
        f" <= {TARGET_RATIO}x naive: {verdict(rate['naive'] / rate['quire'] <= TARGET_RATIO)}"
        f" (same settings: {verdict(rate['naive-real'] / rate['quire'] <= TARGET_RATIO)})",
        f"  floor: Quire's statements alone take {cpu['statements'] / cpu['naive-real']:.2f}x the"
        f" CPU of naive with the same settings; Quire's own work on top:"
        f" {cpu['quire'] / cpu['statements']:.2f}x",
        "  (*) what create_many cost before app/storage/lookaside.py; the naive"
        " defaults run with SQLite's default pool too, the other three with Quire's",
    )
