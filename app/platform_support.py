"""Which of Quire's operating-system protections this computer offers.

Some of what keeps the diary safe is Linux (or POSIX) only: no core dumps (``resource``),
not dumpable and no same-user ptrace (``prctl``), the lock that lets only one program tidy
an open vault (``flock`` from ``fcntl``), writes that skip the page cache (``O_DIRECT``),
and owner-only file modes. Every use of them is guarded, so Quire starts and works where
one is missing (Windows, macOS); this module says which are missing instead of leaving it
silent. ``quire --self-test`` prints the list; docs/THREAT_MODEL.md says what each costs.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Protection:
    """One protection, the system feature it needs, and whether this computer has it."""

    name: str
    needs: str
    available: bool


def _importable(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


def protections() -> list[Protection]:
    """Each guarded protection and whether it works here (asked, not assumed from the OS)."""
    from app import background_io, hardening
    from app.vault import vault

    return [
        Protection("no core dumps", "resource (RLIMIT_CORE)", _importable("resource")),
        Protection(
            "not dumpable, no ptrace by the same user",
            "prctl (PR_SET_DUMPABLE)",
            hardening.is_dumpable() is not None,
        ),
        Protection(
            "one program at a time tidies an open vault", "fcntl (flock)", vault.fcntl is not None
        ),
        Protection(
            "bundles written past the page cache",
            "O_DIRECT",
            bool(background_io._O_DIRECT) and background_io.fcntl is not None,
        ),
        Protection("files and folders private to their owner", "POSIX modes", os.name == "posix"),
    ]


def missing() -> list[Protection]:
    """The protections this computer lacks (an empty list on Linux)."""
    return [p for p in protections() if not p.available]
