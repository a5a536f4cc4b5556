"""Inserting incidents in batches (issue 10): what the faster path must still get right."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from app.access import unlock_vault
from app.actors.store import ActorStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[1]


def _with(identifier: str) -> IncidentRecord:
    return IncidentRecord.from_dict(
        {
            "title": "x",
            "occurred_at": "2025-01-01",
            "perpetrators": [{"kind": "person", "name": "", "identifiers": [identifier]}],
        }
    )


def test_a_batch_after_another_connection_wrote_sees_its_actors(vault: Vault, home: Path) -> None:
    """create_many reads the actors once; a commit by another connection makes it read again.

    Between create_many's two transactions another connection links "@two" to a new actor:
    the second batch must link to that actor, not make a second one (with a stale reading
    it would also reuse the other's new actor id).
    """
    other = unlock_vault(home, PASSPHRASE)

    def records() -> Iterator[IncidentRecord]:
        yield _with("@one")
        IncidentStore(other).create(_with("@two"))  # runs between the two transactions
        yield _with("@two")

    try:
        first, second = IncidentStore(vault).create_many(records(), batch=1)
    finally:
        other.lock()
    actors = {a.id: a for a in ActorStore(vault).all()}
    assert len(actors) == 2
    two = [a for a in actors.values() if second in a.incidents]
    assert len(two) == 1 and len(two[0].incidents) == 2
    assert [a for a in actors.values() if first in a.incidents] != two


_LOOKASIDE_CHILD = r"""
import ctypes, os, sys
from pathlib import Path
from app.storage import lookaside  # what any use of app.storage runs first
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.bench.bench_search import SEED, Generator

lib = ctypes.CDLL(str(lookaside._library()))
lib.sqlite3_db_status.argtypes = [ctypes.c_void_p, ctypes.c_int] + [
    ctypes.POINTER(ctypes.c_int)] * 2 + [ctypes.c_int]
lib.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
lib.sqlite3_db_filename.restype = ctypes.c_char_p
records = Generator(SEED).records(200)
home = Path(sys.argv[1])
vault, _ = Vault.create(home, "pw", kdf=INSECURE_TEST_PARAMS)
# pysqlite's connection object holds its sqlite3* right after the object header.
db = ctypes.c_void_p.from_address(id(vault.db) + 16).value
assert lib.sqlite3_db_filename(db, b"main") == os.path.realpath(home / "diary.db").encode()
missed, high = ctypes.c_int(), ctypes.c_int()
lib.sqlite3_db_status(db, 6, ctypes.byref(missed), ctypes.byref(high), 1)  # MISS_FULL, reset
IncidentStore(vault).create_many(records)
lib.sqlite3_db_status(db, 6, ctypes.byref(missed), ctypes.byref(high), 0)
vault.lock()
print(high.value)
"""


def test_inserting_allocates_from_sqlites_lookaside_not_the_locked_heap(tmp_path: Path) -> None:
    """app/storage/lookaside.py: no SQLite allocation misses the lookaside for want of slots.

    With SQLite's default pool the cached statements hold every slot and each insert's
    small allocations go to the heap, each an mlock, munlock and wipe under
    cipher_memory_security (~60 per incident, 45 % of an insert's CPU).
    """
    child = subprocess.run(
        [sys.executable, "-c", _LOOKASIDE_CHILD, str(tmp_path / "v")],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "QUIRE_INSECURE_TEST_KDF": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert int(child.stdout.split()[-1]) == 0
