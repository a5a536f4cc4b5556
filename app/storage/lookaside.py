"""SQLite's lookaside grown before SQLite starts, so memory security stops costing per row.

Under ``cipher_memory_security`` every SQLite allocation that its lookaside (SQLite's own
pool of small slots, per connection) cannot serve costs an ``mlock``, a ``munlock`` and a
wipe. The default pool (123 slots here) is held full by the cached statements, so ~60
allocations per inserted incident missed it for that reason alone (``sqlite3_db_status``)
and memory security took 45-47 % of an insert's CPU. With 500 slots none miss:
``create_many`` needs ~40 % less CPU (docs/PERFORMANCE.md, bench_insert.py).

Nothing is wiped less: the pool is one allocation, locked in memory like every other
SQLCipher allocation, and wiped when the connection closes (lock), as SQLite's page
cache of decrypted pages is. Slots returned to the pool keep their bytes until reused or
until then, as the default pool's did; there are more of them (500 × 1,200 bytes).

Neither sqlcipher3 nor Python's ``sqlite3`` exposes the pool's size, and
``sqlite3_config(SQLITE_CONFIG_LOOKASIDE)`` is accepted only before SQLite starts, which
importing sqlcipher3 does. So this module must be imported before sqlcipher3 is
(``app/storage/__init__.py`` does it) and must not import it itself. Where the library
cannot be found or SQLite has started already, nothing changes (the default pool).
"""

from __future__ import annotations

import ctypes
import importlib.util
import platform
import sys
from pathlib import Path

SLOT = 1200  # bytes: SQLite's default slot size
SLOTS = 500  # an import of 5,000 incidents used at most 290 (measured)
_SQLITE_CONFIG_LOOKASIDE = 13


def _library() -> Path | None:
    """sqlcipher3's compiled module, found without importing (and so starting) it."""
    spec = importlib.util.find_spec("sqlcipher3")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for path in sorted(Path(folder).glob("_sqlite3*")):
            if path.suffix in (".so", ".pyd", ".dylib"):
                return path
    return None


def configure() -> bool:
    """Every connection of this process gets ``SLOTS`` slots; False when that was too late."""
    if sys.platform == "darwin" and platform.machine() == "arm64":
        # sqlite3_config is variadic: Apple's arm64 passes variadic arguments on the stack,
        # which ctypes cannot be told, so the call would read garbage sizes. Default pool.
        return False
    try:
        library = _library()
        if library is None:
            return False
        rc = ctypes.CDLL(str(library)).sqlite3_config(
            _SQLITE_CONFIG_LOOKASIDE, ctypes.c_int(SLOT), ctypes.c_int(SLOTS)
        )
    except (OSError, AttributeError, ValueError, ImportError):
        return False
    return bool(rc == 0)


CONFIGURED = configure()
