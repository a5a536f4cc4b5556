"""The first thing every Quire process does: keep decrypted memory and new files private.

One step for the CLI (``app/cli/main.py``) and the GUI (``ui/main.py``), so neither can
forget a part of it:

- no core dumps: ``RLIMIT_CORE`` 0 (soft and hard, so a child cannot raise it again) — a
  crash must not write the data key or decrypted narratives to a ``core`` file;
- not dumpable (Linux ``prctl(PR_SET_DUMPABLE, 0)``): the kernel also refuses core dumps
  handed to a pipe handler such as systemd-coredump, which ignores ``RLIMIT_CORE`` for
  its own pipe, and other processes of the same user cannot ``ptrace`` Quire or read its
  ``/proc/<pid>/mem``;
- umask 077: every file and folder Quire creates is its owner's alone.

Each part is best effort on platforms that lack it (Windows has no rlimits or prctl):
hardening never stops Quire from starting.
"""

from __future__ import annotations

import contextlib
import os
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PRIVATE_UMASK = 0o077


def restrict_umask() -> None:
    """New files are readable by their owner only."""
    os.umask(PRIVATE_UMASK)


def disable_core_dumps() -> None:
    """No core file, whatever ``ulimit -c`` the shell had."""
    try:
        import resource
    except ImportError:  # Windows
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _libc_prctl(option: int, arg: int = 0) -> int | None:
    """``prctl(option, arg)`` through libc, or None off Linux or on failure."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    prctl.restype = ctypes.c_int
    result = int(prctl(option, arg, 0, 0))
    return None if result < 0 else result


def make_undumpable() -> None:
    """Linux: no core dump through any handler, no same-user ptrace or /proc/<pid>/mem."""
    _libc_prctl(PR_SET_DUMPABLE, 0)


def is_dumpable() -> bool | None:
    """What the kernel says (Linux), or None where it cannot be asked."""
    result = _libc_prctl(PR_GET_DUMPABLE)
    return None if result is None else bool(result)


def harden_process() -> None:
    """Called first thing by every entry point, before any secret is read."""
    restrict_umask()
    disable_core_dumps()
    make_undumpable()
