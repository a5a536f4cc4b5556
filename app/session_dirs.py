"""Private temporary folders that live as long as the process that made them.

The GUI sends Qt's own settings (QFileDialog's recent folders: paths like
``/media/usb/photos-of-the-threat``) to such a folder instead of ~/.config. It is removed
at exit, but a crash or a killed process skips that; so each folder holds a lock file
locked (``flock``) for the life of its process, and the next start removes every folder
of ours whose lock nobody holds. A crash thus leaves those paths behind only until Quire
starts again (or the machine restarts, where the temporary folder is cleared at boot).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: an open file already keeps its folder from being removed
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".alive"
_UNLOCKED_GRACE = 60.0  # seconds a new folder may exist before its lock file does
_held: list[int] = []  # lock descriptors of this process's folders, open until exit


def make(prefix: str) -> Path:
    """A new 0700 folder under the temporary folder, locked for this process's life."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    _held.append(fd)
    return folder


def remove_stale(prefix: str, *, root: Path | None = None) -> list[Path]:
    """Remove folders named ``prefix*`` whose process is gone; returns what was removed."""
    if fcntl is None:
        return []
    removed = []
    base = Path(root or tempfile.gettempdir())
    for folder in base.glob(f"{prefix}*"):
        with contextlib.suppress(OSError):
            if folder.is_symlink() or not folder.is_dir() or folder.stat().st_uid != os.getuid():
                continue
            if _is_stale(folder):
                shutil.rmtree(folder)
                removed.append(folder)
    return removed


def _is_stale(folder: Path) -> bool:
    try:
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_NOFOLLOW)
    except FileNotFoundError:  # made a moment ago, or its maker died before locking it
        return time.time() - folder.stat().st_mtime > _UNLOCKED_GRACE
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # a running Quire holds it
    finally:
        os.close(fd)  # also drops the lock taken just now
    return True


def clear(folder: Path) -> None:
    """Empty ``folder`` but keep it (and its lock): after a wipe, forget the history too."""
    for entry in folder.iterdir():
        if entry.name == LOCK_NAME:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
