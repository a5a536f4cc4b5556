"""Re-keying the diary: every page moves under a new random data key (purge's crypto-erase).

SQLite leaves what a purge deleted in places Quire cannot overwrite: deleted rollback
journals and freed pages in the filesystem's free blocks. They are encrypted under the data
key, so the purge ends by making that key exist nowhere:

1. ``sqlcipher_export`` copies the live database into ``.diary.db.rekey`` under a new
   key (a fresh file: no free pages, no old journal), which is then checked;
2. ``vault.key`` is rewritten with the new key in the primary slot, every slot changed,
   and the old file's bytes are overwritten in place (:meth:`Vault.replace_header`);
3. ``.diary.db.rekey`` is renamed over ``diary.db``.

At every instant the header on disk and a database file it opens agree: before step 2
the old header opens ``diary.db`` (the new file, under a key no header holds, is junk that
the next unlock removes); after step 2 the new header opens ``.diary.db.rekey``, and the
next unlock (:func:`finish_interrupted`) renames it in. A purge marks the database
(``rekey_pending`` in ``meta``) in its own transaction, and the mark is dropped only in the
new file, so a purge killed before its re-key finished is re-keyed at the next unlock.

``PRAGMA rekey`` in place was measured too (tests/bench/bench_purge.py): it rewrites every
page through a rollback journal, so for a while the file holds pages under both keys and
no header opens it alone; it was not faster either.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import fs
from app.errors import DamagedDataError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.storage.db import DB_NAME, Connection, export_database, open_database
from app.vault.files import REKEY_DB_NAME

if TYPE_CHECKING:
    from app.vault.vault import Vault

PENDING = "rekey_pending"
STEPS = 4
# Rows counted in both files before the switch: a copy that lost anything is not installed.
_COUNTS = tuple(
    f"SELECT count(*) FROM {t}"  # noqa: S608 -- fixed table names, no input
    for t in ("incidents", "evidence", "chain", "notes", "meta")
)


def _remove(home: Path, *names: str) -> None:
    for name in names:
        with contextlib.suppress(FileNotFoundError):
            (home / name).unlink()


def mark_pending(db: Connection) -> None:
    """Inside a purge's transaction: this database still owes a re-key."""
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, 1)", (PENDING,))


def pending(db: Connection) -> bool:
    return db.execute("SELECT 1 FROM meta WHERE key = ?", (PENDING,)).fetchone() is not None


def _counts(conn: Connection) -> list[int]:
    return [int(conn.execute(sql).fetchone()[0]) for sql in _COUNTS]


def run(vault: Vault, progress: Callable[[int, int], None]) -> None:
    """The re-key itself; the caller holds the vault exclusively (:meth:`Vault.rekey`)."""
    home = vault.home
    new_path = home / REKEY_DB_NAME
    _remove(home, REKEY_DB_NAME, f"{REKEY_DB_NAME}-journal")
    new_key = bytearray(os.urandom(32))
    new_conn: Connection | None = None
    try:
        progress(0, STEPS)
        current = vault.current_header()
        fs.create_private(new_path).close()
        export_database(vault.db, new_path, new_key)
        progress(1, STEPS)
        new_conn = open_database(new_path, new_key)
        if _counts(new_conn) != _counts(vault.db):
            raise DamagedDataError(
                DB_NAME, _T("errors", "its copy under the new key came out different")
            )
        new_conn.execute("DELETE FROM meta WHERE key = ?", (PENDING,))
        fs.fsync_dir(home)
        progress(2, STEPS)
    except BaseException:
        if new_conn is not None:
            new_conn.close()
        _remove(home, REKEY_DB_NAME, f"{REKEY_DB_NAME}-journal")
        new_key[:] = bytes(len(new_key))
        raise
    try:
        vault.rewrite_header(data_key=new_key, base=current)  # the point of no return
        progress(3, STEPS)
        vault._swap_database(new_conn, new_key)
    finally:
        new_key[:] = bytes(len(new_key))
    progress(STEPS, STEPS)


def install(home: Path) -> None:
    """The new database file in place of the old one (the header already holds its key)."""
    # A journal beside the old file belongs to the old key: rolled into the new file it
    # would corrupt it. (None should exist: the vault was held alone and idle.)
    _remove(home, f"{DB_NAME}-journal")
    os.replace(home / REKEY_DB_NAME, home / DB_NAME)
    fs.fsync_dir(home)


def finish_interrupted(home: Path, data_key: bytes | bytearray) -> None:
    """At unlock, with the vault held alone: finish or drop a re-key that was cut short.

    A ``.diary.db.rekey`` that the header's key opens was made by a re-key killed after
    its header was written: it is the diary now, and is renamed in. One it does not open
    was made before: its key is in no header, and it is removed.
    """
    new_path = home / REKEY_DB_NAME
    if not new_path.exists():
        return
    complete = not (home / f"{REKEY_DB_NAME}-journal").exists()
    if complete:
        try:
            open_database(new_path, data_key).close()
        except DamagedDataError:
            complete = False
    if complete:
        install(home)
    else:
        _remove(home, REKEY_DB_NAME, f"{REKEY_DB_NAME}-journal")
