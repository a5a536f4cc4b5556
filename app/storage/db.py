"""Opening ``diary.db`` with SQLCipher: raw key, hardened pragmas, clear errors.

The data key from the header is stretched by HKDF into the database key and handed to
SQLCipher as a raw key (``x'…'``), so there is no second, slow KDF. A wrong key and a
damaged file both surface from SQLCipher as "file is not a database"; since the header
already proved the key right, that error here means the database itself is damaged.

Opening reads only the first pages: SQLCipher authenticates every page (HMAC) when it is
read, so damage anywhere surfaces as an error the moment it is touched, and unlocking a
diary of 100,000 incidents does not read all of it. :func:`check_integrity` authenticates
every page and walks the b-trees (``quire-cli verify``).

SQLCipher's own log (on by default, to stderr, at WARN) is switched off before the key is
given: it would print a line per failed page into the person's terminal or a log file,
naming page numbers and internal state. Quire reports damage itself, in one clear line.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeAlias, TypeVar

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app import fs
from app.errors import DamagedDataError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.storage import pages
from app.storage.migrations import migrate

DB_NAME = "diary.db"
BUSY_TIMEOUT_MS = 30_000

# sqlcipher3 ships no type information; its connection has the API of sqlite3's.
Connection: TypeAlias = Any
DatabaseError = sqlcipher3.DatabaseError
T = TypeVar("T")


def database_key(data_key: bytes | bytearray) -> bytes:
    """The SQLCipher key, bound to its purpose so the data key is never used twice."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"quire/v1/sqlcipher").derive(
        data_key  # a bytearray is read in place (no bytes copy of the data key)
    )


_HEX = b"0123456789abcdef"


def raw_key_text(data_key: bytes | bytearray) -> bytearray:
    """SQLCipher's raw-key form ``x'<64 hex digits>'``, in a bytearray the caller zeroes.

    Built digit by digit: no ``str`` or ``bytes`` copy of the hex key is ever made. Handed
    to SQLCipher through ``sqlite3_key`` (``set_key``), so it is never part of an SQL text
    either (a statement's text stays in Python's statement cache).
    """
    derived = database_key(data_key)
    text = bytearray(b"x'" + bytes(2 * len(derived)) + b"'")
    for i, byte in enumerate(derived):
        text[2 + 2 * i] = _HEX[byte >> 4]
        text[3 + 2 * i] = _HEX[byte & 15]
    return text


def _zero(buf: bytearray) -> None:
    buf[:] = bytes(len(buf))


def silence_sqlcipher_log(conn: Connection) -> None:
    """No SQLCipher log line ever reaches a terminal or a file (a process-wide setting)."""
    conn.execute("PRAGMA cipher_log = off")
    conn.execute("PRAGMA cipher_log_level = NONE")


def open_database(path: Path, data_key: bytes | bytearray, *, create: bool = False) -> Connection:
    """Open (or create) the database and bring its schema up to date.

    ``create``: a new, empty file that nothing refers to yet; it is written without a
    journal or fsyncs, and the caller must close it and :func:`app.fs.fsync_file` it.
    """
    if not create and not path.exists():
        raise DamagedDataError(DB_NAME, _T("errors", "the file is missing"))
    if create and not path.exists():
        fs.create_private(path).close()  # SQLite would create it world-readable (0644)
    # One connection is used by one thread at a time (the GUI hands a vault unlocked in a
    # worker over to its own thread); workers get connections of their own.
    conn = sqlcipher3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        silence_sqlcipher_log(conn)
        key = raw_key_text(data_key)
        try:
            conn.set_key(key)
        finally:
            _zero(key)
        conn.execute("PRAGMA cipher_memory_security = ON")  # SQLCipher zeroes what it frees
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            raise DamagedDataError(DB_NAME, _T("errors", "it cannot be decrypted or read")) from exc
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        if create:
            # A new file nobody else sees yet: no journal and no fsync per statement; the
            # caller makes it durable once, before anything points at it.
            conn.execute("PRAGMA journal_mode = MEMORY")
            conn.execute("PRAGMA synchronous = OFF")
        else:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def export_database(conn: Connection, path: Path, data_key: bytes | bytearray) -> None:
    """Copy the whole database of ``conn`` into the empty file ``path``, under ``data_key``.

    ``sqlcipher_export`` writes a fresh, compact file: no free pages, nothing of what was
    deleted. The key is bound as a parameter, not written into the SQL text.
    """
    key = raw_key_text(data_key)
    try:
        conn.execute("ATTACH DATABASE ? AS rekey KEY ?", (str(path), key))
    finally:
        _zero(key)
    try:
        conn.execute("PRAGMA rekey.journal_mode = DELETE")
        conn.execute("PRAGMA rekey.synchronous = FULL")
        conn.execute("SELECT sqlcipher_export('rekey')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA rekey.user_version = {version}")  # the export leaves it 0
    finally:
        conn.execute("DETACH DATABASE rekey")


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction (taken up front, so writers queue instead of failing)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def check_integrity(
    conn: Connection, data_key: bytes | bytearray, alongside: Callable[[], T] | None = None
) -> tuple[list[str], T | None]:
    """Authenticate every page of the file and walk every b-tree; the problems found.

    Every page's HMAC is checked straight from the file (:mod:`app.storage.pages`),
    including free pages no query would ever read. An authentic page can still be an older
    copy of itself put back (its HMAC stays valid): ``quick_check`` decrypts every page in
    use and walks the b-trees, and finds the index that no longer matches its table.

    The walk runs on a connection of its own in a second thread while this one checks the
    HMACs and then runs ``alongside`` (the revision chain, on ``conn``): each is a separate
    pass over the file, so on two cores they take the time of the longest. Each of the two
    connections reads inside one transaction, so no writer changes the file under it.
    When a page fails, only the pages are reported (and ``alongside``'s result is None):
    the walk would stumble on the same page again, less precisely. When ``alongside``
    stumbles on a damaged b-tree (an authentic but older page put back), the walk's
    findings are reported instead, or SQLite's error where the walk found nothing.
    """
    path = _main_file(conn)
    settings = [(name, str(conn.execute(f"PRAGMA {name}").fetchone()[0])) for name in _CIPHER]
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read lock
    problems: list[str] = []
    stumbled: list[str] = []
    result: T | None = None
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="quick-check") as pool:
            walk = pool.submit(_quick_check, path, data_key, settings)
            try:
                problems = _authenticate(conn, path, data_key)
                if alongside is not None and not problems:
                    result = alongside()
            except DatabaseError as exc:
                stumbled = [str(exc)]
            finally:
                structure = walk.result()
    finally:
        if own:
            _end_read(conn)
    if problems:
        return [_page_problem(p) for p in problems], None
    if stumbled:
        return structure or stumbled, None
    return structure, result


def _end_read(conn: Connection) -> None:
    """End a read transaction, also after SQLite found the file malformed inside it."""
    try:
        conn.execute("COMMIT")
    except DatabaseError:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _main_file(conn: Connection) -> Path:
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file)
    raise DamagedDataError(DB_NAME, _T("errors", "it is not open"))


def _authenticate(conn: Connection, path: Path, data_key: bytes | bytearray) -> list[str]:
    try:
        if pages.supported(conn):
            return pages.authenticate(path, database_key(data_key), pages.page_size(conn))
        return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except DatabaseError as exc:
        return [str(exc)]


# The settings a second connection to the same file must share with the first.
_CIPHER = (
    "cipher_page_size",
    "cipher_use_hmac",
    "cipher_hmac_algorithm",
    "cipher_kdf_algorithm",
    "cipher_hmac_pgno",
    "cipher_plaintext_header_size",
    "kdf_iter",
    "fast_kdf_iter",
)


def _quick_check(
    path: Path, data_key: bytes | bytearray, settings: list[tuple[str, str]]
) -> list[str]:
    """``PRAGMA quick_check`` on a read-only connection of its own (for another thread)."""
    conn = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        silence_sqlcipher_log(conn)
        key = raw_key_text(data_key)
        try:
            conn.set_key(key)
        finally:
            _zero(key)
        for name, value in settings:  # names from _CIPHER, values as SQLCipher gave them
            conn.execute(f"PRAGMA {name} = {value}")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA query_only = ON")
        return [str(r[0]) for r in conn.execute("PRAGMA quick_check") if r[0] != "ok"]
    except DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def _page_problem(line: str) -> str:
    """SQLCipher's "HMAC verification failed for page 7" in words a person can act on."""
    prefix = "HMAC verification failed for page "
    if line.startswith(prefix):
        return f"page {line.removeprefix(prefix)} fails its authentication (damaged or altered)"
    return line
