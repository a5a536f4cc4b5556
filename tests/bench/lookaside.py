"""A larger SQLite lookaside for a benchmark child, set before SQLite starts (measurement only).

Under ``cipher_memory_security`` every SQLite allocation that is not served from the
connection's lookaside (SQLite's own pool of small slots) costs an ``mlock``, a
``munlock`` and a wipe. Measured in ``create_many`` (``sqlite3_db_status``): the default
lookaside (123 slots) is full, held by the cached statements, and ~60 allocations per
incident miss it for that reason alone. Neither sqlcipher3 nor Python's ``sqlite3``
exposes the lookaside size, so bench_insert.py measures what a larger one would give:
``sqlite3_config(SQLITE_CONFIG_LOOKASIDE)`` is process-wide and accepted only before
SQLite initialises, which importing sqlcipher3 does; this module therefore must not
import it, and :func:`grow` must run first in a fresh process. A build of sqlcipher3
with ``-DSQLITE_DEFAULT_LOOKASIDE=1200,500`` would give every connection the same.
"""

from __future__ import annotations

import ctypes
import importlib.util
from pathlib import Path

SLOT = 1200  # SQLite's default slot size
SLOTS = 500  # create_many used at most 290 (measured)
SQLITE_CONFIG_LOOKASIDE = 13


def grow() -> None:
    """Give every connection of this process ``SLOTS`` lookaside slots; raises if too late."""
    spec = importlib.util.find_spec("sqlcipher3")  # finds the package without running it
    assert spec is not None and spec.submodule_search_locations
    (library,) = Path(spec.submodule_search_locations[0]).glob("_sqlite3*.so")
    rc = ctypes.CDLL(str(library)).sqlite3_config(
        SQLITE_CONFIG_LOOKASIDE, ctypes.c_int(SLOT), ctypes.c_int(SLOTS)
    )
    if rc != 0:
        raise RuntimeError(f"sqlite3_config(LOOKASIDE) returned {rc}: SQLite was started already")
