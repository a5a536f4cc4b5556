"""Inserting incidents in batches, with the real settings, against naive SQLCipher with FTS5.

Quire's ``IncidentStore.create_many`` (500 per transaction, the vault's real settings:
``cipher_memory_security``, ``secure_delete``, FTS5 secure-delete, the revision chain,
canonical JSON, folding, category/tag/actor tables) is timed beside two references that
insert the same records, in the same batches, each in its own process because
``cipher_memory_security`` is process-wide and cannot be turned off once on:

- naive: a keyed SQLCipher file with one table of JSON records and an FTS5 index of title
  and narrative, SQLCipher's defaults (what "SQLCipher with FTS5" costs, nothing more);
- naive, real settings: the same with ``cipher_memory_security``, ``secure_delete`` and
  FTS5 secure-delete on (the floor for anything that keeps Quire's promises).

The three run one after the other per round, rounds interleaved; every child builds its
records first (untimed) from bench_search.py's generator. ``QUIRE_BENCH_INSERT=N`` sets the
size (100,000 at full size, 300 in the test suite's quick run).
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
KINDS = ("naive", "naive-real", "quire")


def _naive(path: Path, records: list[Any], real: bool) -> float:
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
    start = time.perf_counter()
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
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def _quire(home: Path, records: list[Any]) -> float:
    from app.incidents.store import IncidentStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    vault, _ = Vault.create(home, "bench passphrase", kdf=INSECURE_TEST_PARAMS)
    try:
        assert vault.db.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
        store = IncidentStore(vault)
        start = time.perf_counter()
        store.create_many(records, batch=BATCH)
        seconds = time.perf_counter() - start
        assert store.count() == len(records)
    finally:
        vault.lock()
    return seconds


def _child(kind: str, scratch: Path, n: int) -> None:
    records = Generator(SEED).records(n)
    cpu = time.process_time()
    if kind == "quire":
        seconds = _quire(scratch / "vault", records)
    else:
        seconds = _naive(scratch / f"{kind}.db", records, real=kind == "naive-real")
    print(json.dumps({"seconds": seconds, "cpu": time.process_time() - cpu}))


def _run(kind: str, scratch: Path) -> dict[str, float]:
    folder = scratch / f"{kind}-{time.monotonic_ns()}"
    folder.mkdir()
    child = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_insert", kind, str(folder), str(N)],
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
    assert all(r > 0 for r in rate.values())

    def line(kind: str, label: str) -> str:
        secs = [r["seconds"] for r in runs[kind]]
        cpu = min(r["cpu"] for r in runs[kind])
        return (
            f"  {label:<44}{min(secs):8.2f} s {statistics.median(secs):8.2f} s"
            f" {rate[kind]:8.0f}/s  cpu {cpu:6.2f} s   quire / this: "
            f"{bench.ratio(min(runs['quire'][i]['seconds'] for i in range(ROUNDS)), min(secs))}"
        )

    bench.say(
        *bench.title(
            f"inserting {N:,} incidents, {BATCH} per transaction; {ROUNDS} interleaved rounds"
            " (best, median)"
        ),
        line("quire", "IncidentStore.create_many, real settings"),
        line("naive", "naive SQLCipher + FTS5, defaults"),
        line("naive-real", "naive, memory security + secure_delete"),
        f"  targets: >= {TARGET_RATE:,}/s: "
        f"{'met' if rate['quire'] >= TARGET_RATE else 'NOT met'};"
        f" <= {TARGET_RATIO}x naive: "
        f"{'met' if rate['naive'] / rate['quire'] <= TARGET_RATIO else 'NOT met'}",
    )


if __name__ == "__main__" and len(sys.argv) == 4:
    _child(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))
