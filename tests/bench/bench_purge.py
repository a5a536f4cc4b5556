"""Purge at 10,000 and 100,000 incidents: the re-key that makes it a crypto-erase.

A purge deletes the incident's rows and evidence files, then moves the whole diary under a
new data key (``Vault.rekey``: ``sqlcipher_export`` into a fresh file, the copy checked,
the header resealed and the old one overwritten in place, the file renamed in). Its cost
grows with the diary, not with what is purged.

The diaries are bench_search.py's synthetic incidents, loaded the same way (a child process
through ``IncidentStore.create_many``, memory security off while loading), then unlocked with
the real settings; the purged incident has a note and two evidence files. Measured, one run
each (``sync`` untimed before every timed step):

- ``IncidentStore.purge`` as a whole, and its steps (from the progress callback): the
  delete, the export under the new key, the check of the copy, the header, the swap;
- references in the same run on the same file: ``cp`` of ``diary.db`` plus ``fsync`` (the
  least any copy of the diary costs), and ``sqlcipher_export`` of the same database into a
  plaintext file (the same copy without encryption);
- ``PRAGMA rekey`` in place on a ``cp`` of the diary: the alternative that was not chosen
  (it is not crash-safe with a separate header: mid-way the file holds pages under both keys).

``QUIRE_BENCH_PURGE_SIZES=1000,5000`` sets the sizes (200 in the test suite's quick run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.access import unlock_vault
from tests.bench.conftest import full

SIZES = [
    int(n)
    for n in os.environ.get("QUIRE_BENCH_PURGE_SIZES", "10000,100000" if full() else "200").split(
        ","
    )
]
PASSPHRASE = "bench passphrase"  # bench_search.py's loader uses this one
REPO = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024


def _load(home: Path, n: int) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_search", "load", str(home), str(n)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "QUIRE_INSECURE_TEST_KDF": "1"},
        check=True,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    return time.perf_counter() - start


def _cp_and_fsync(src: Path, dst: Path) -> None:
    subprocess.run(["cp", str(src), str(dst)], check=True, timeout=600)
    fd = os.open(dst, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@pytest.mark.parametrize("n", SIZES)
def test_purge(bench: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    import sqlcipher3

    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.storage.db import DB_NAME, database_key

    monkeypatch.setenv("QUIRE_INSECURE_TEST_KDF", "1")
    home = tmp_path / "vault"
    load_s = _load(home, n)
    db_path = home / DB_NAME
    size = db_path.stat().st_size

    vault = unlock_vault(home, PASSPHRASE)
    store, evidence = IncidentStore(vault), EvidenceStore(vault)
    doomed = store.create(IncidentRecord.from_dict({"title": "to purge", "narrative": "x" * 900}))
    store.add_note(doomed, "a note")
    for k in range(2):
        src = tmp_path / f"evidence{k}.bin"
        src.write_bytes(os.urandom(MIB))
        evidence.import_file(doomed, src)
    old_key = vault.data_key

    # references first, on the file as it is
    os.sync()
    cp_s = bench.timed(lambda: _cp_and_fsync(db_path, tmp_path / "copy.db"))
    plain = tmp_path / "plain.db"

    def export_plain() -> None:
        vault.db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        vault.db.execute("SELECT sqlcipher_export('plain')")
        vault.db.execute("DETACH DATABASE plain")

    os.sync()
    plain_s = bench.timed(export_plain)
    plain.unlink()

    def rekey_in_place() -> None:
        conn = sqlcipher3.connect(str(tmp_path / "copy.db"), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{database_key(old_key).hex()}'\"")
        conn.execute(f"PRAGMA rekey = \"x'{os.urandom(32).hex()}'\"")
        conn.close()

    os.sync()
    in_place_s = bench.timed(rekey_in_place)
    (tmp_path / "copy.db").unlink()

    marks: list[tuple[int, float]] = []
    os.sync()
    start = time.perf_counter()
    store.purge(doomed, lambda done, total: marks.append((done, time.perf_counter())))
    purge_s = time.perf_counter() - start
    new_key = vault.data_key
    assert new_key != old_key
    assert store.count() == n
    new_size = db_path.stat().st_size
    vault.lock()

    steps = [start] + [t for _, t in marks]
    names = ["delete rows, files", "export, new key", "check the copy", "header", "swap"]
    spans = zip(names, steps[:-1], steps[1:], strict=True)
    lines = [f"  {name:<20} {(b - a) * 1000:9.0f} ms" for name, a, b in spans]
    bench.say(
        *bench.title(f"purge of one incident in a diary of {n:,} incidents (one run each)"),
        f"  diary.db {size / MIB:.0f} MiB before, {new_size / MIB:.0f} MiB after; "
        f"loading took {load_s:.0f} s",
        f"  IncidentStore.purge  {purge_s * 1000:9.0f} ms",
        *lines,
        f"  cp + fsync           {cp_s * 1000:9.0f} ms   purge / cp: {bench.ratio(purge_s, cp_s)}",
        f"  export to plaintext  {plain_s * 1000:9.0f} ms   purge / plain export: "
        f"{bench.ratio(purge_s, plain_s)}",
        f"  PRAGMA rekey (not used) {in_place_s * 1000:6.0f} ms   purge / rekey in place: "
        f"{bench.ratio(purge_s, in_place_s)}",
    )
    shutil.rmtree(home, ignore_errors=True)
