"""Careful file handling: private folders, atomic writes, fsync.

Quire's files only ever hold ciphertext, and they are replaced atomically (write a
temporary file in the same folder, fsync it, rename it over, fsync the folder) so a crash
leaves either the old or the new version, never a torn one.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import secrets
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, cast

PRIVATE_DIR_MODE = 0o700
TEMP_SUFFIX = ".part"
_FOLDERS_OPEN_AS_FILES = os.name != "nt"  # see fsync_dir


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) means the disk or the user's quota is full."""
    return any(
        isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT)
        for e in (exc, exc.__cause__)
    )


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    os.chmod(path, PRIVATE_DIR_MODE)
    return path


def _fsync(path: Path, flags: int) -> None:
    fd = os.open(path, os.O_RDONLY | flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink inside ``path`` durable.

    Windows cannot open a folder as a file (``PermissionError``) and needs no such step:
    NTFS journals the rename itself, and ``os.replace`` returns once it is recorded.
    """
    if _FOLDERS_OPEN_AS_FILES:
        _fsync(path, getattr(os, "O_DIRECTORY", 0))


def _find_syncfs() -> Callable[[int], int] | None:
    """libc's ``syncfs`` (Linux only; Python's ``os`` has none), or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        call = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):  # a libc without it (older than glibc 2.14)
        return None
    call.argtypes, call.restype = [ctypes.c_int], ctypes.c_int
    return cast("Callable[[int], int]", call)


_syncfs_call = _find_syncfs()


def syncfs(fd: int) -> bool:
    """Write every dirty byte and metadata of the filesystem holding ``fd`` to its device
    and wait for it: one call makes a whole batch of new files durable, where an fsync of
    each would force a journal commit per file (as ``sync`` does after ``cp``).

    False where the system has no such call (nothing was done: fsync each file instead).
    Raises OSError when the flush failed; since Linux 5.8 that includes a failure to write
    back any file of that filesystem after ``fd`` was opened, so open ``fd`` before
    writing the files it is to make durable.
    """
    if _syncfs_call is None:
        return False
    if _syncfs_call(fd) == 0:
        return True
    err = ctypes.get_errno()
    if err == errno.ENOSYS:  # a kernel (or sandbox) without it
        return False
    raise OSError(err, os.strerror(err))


def open_dir(path: Path) -> int:
    """A read-only descriptor of the folder ``path`` (for :func:`syncfs`), or -1 where
    folders cannot be opened as files (Windows)."""
    if not _FOLDERS_OPEN_AS_FILES:
        return -1
    return os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))


def temp_path_beside(path: Path, *, hidden: bool = True) -> Path:
    """A fresh temporary name in the same folder (so the final rename is atomic).

    Hidden (a leading dot) in Quire's own folders, where start-up sweeps leftovers; visible
    in the user's folders, so that what a crash leaves there is seen and can be deleted.
    """
    dot = "." if hidden else ""
    return path.with_name(f"{dot}{path.name}.{secrets.token_hex(8)}{TEMP_SUFFIX}")


@contextlib.contextmanager
def atomic_writer(path: Path, *, hidden_temp: bool = True) -> Iterator[BinaryIO]:
    """Yield a file to write; on success it replaces ``path`` atomically and durably.

    On any exception the temporary file is removed and ``path`` is left untouched.
    """
    tmp = temp_path_beside(path, hidden=hidden_temp)
    f = create_private(tmp)
    try:
        yield f
        f.flush()
        os.fsync(f.fileno())
        f.close()
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        f.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def create_private(path: Path) -> BinaryIO:
    """Create a new file readable by its owner only, whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    return os.fdopen(fd, "wb")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably."""
    with atomic_writer(path) as f:
        f.write(data)


def fsync_file(path: Path) -> None:
    """Make a file's written bytes durable (for files written without fsyncs of their own)."""
    _fsync(path, getattr(os, "O_BINARY", 0))


def overwrite_in_place(path: Path) -> tuple[bytes, bool] | None:
    """Overwrite a regular file in place with random bytes and fsync it.

    Returns the first 32 bytes it held and whether every byte was overwritten; None if it
    is absent. The file keeps its size and inode (the same disk blocks are rewritten); a
    link or anything but a regular file is never opened for writing.
    """
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError:  # a link, or no permission: removing it is all that can be done
        return b"", False
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return b"", False
        head = os.read(fd, 32)
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            left = st.st_size
            while left:
                left -= os.write(fd, os.urandom(min(left, 1 << 20)))
            os.fsync(fd)
        except OSError:  # an I/O error: the caller reports the bytes as not overwritten
            return head, False
        return head, True
    finally:
        os.close(fd)
