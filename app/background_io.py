"""Reading ahead and writing behind on helper threads, so a copy uses both CPU cores.

A sealed export decrypts evidence blobs, checksums and re-encrypts them, and writes the
result. ``cryptography``'s AEAD calls, ``zlib.crc32`` on large buffers, and file reads and
writes all release the GIL, so these steps run in parallel when they sit on different
threads: ``ReadAhead`` decrypts the next pieces of a blob while the caller seals the
current ones, and ``WriteBehind`` writes (and regularly flushes to the device) what was
sealed before. Both move data in a few reused 1 MiB buffers, so memory stays flat and no
time goes into allocating; an error on a helper thread is raised in the caller at its next
call, and leaving either one always joins its thread.

``ReadAhead`` holds plaintext evidence in memory only; both zero the buffers they used
when they end. They serve the sealed export (decrypt → seal → write), the import (read
and hash → seal → write) and "save a copy" (decrypt and hash → write).
"""

from __future__ import annotations

import contextlib
import errno
import io
import mmap
import os
import queue
import threading
from collections.abc import Callable, Iterator
from typing import BinaryIO

PIECE_SIZE = 1024 * 1024  # what moves between threads at once
BUFFERS = 6  # buffers each helper owns: how far it may run ahead
SYNC_EVERY = 64 * 1024 * 1024  # flush written data to the device this often
_POLL = 0.1  # seconds: how often a blocked side checks whether the other one failed
_ZEROS = bytes(PIECE_SIZE)

_sync = getattr(os, "fdatasync", os.fsync)


def _writev(fd: int, views: list[memoryview]) -> int:
    """Write as much of ``views`` as one call takes (one buffer where writev is missing)."""
    if len(views) > 1 and hasattr(os, "writev"):
        return os.writev(fd, views)
    return os.write(fd, views[0])


_O_DIRECT = getattr(os, "O_DIRECT", 0)  # Linux: write straight to the device
_NO_DIRECT = {errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP}  # "not here": write buffered

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


Buffer = bytearray | mmap.mmap  # mmaps are page-aligned, as O_DIRECT needs


class _Stopped(Exception):
    """The caller went away; the helper thread ends quietly."""


class _Pool:
    """Up to ``BUFFERS`` reusable buffers, made only when first needed: a small file (a
    photo) moves through two of them, and making and zeroing six 1 MiB buffers per file
    was a measurable part of attaching 2,000 photos. One thread takes, any thread gives."""

    def __init__(self, make: Callable[[], Buffer] = lambda: bytearray(PIECE_SIZE)) -> None:
        self._make = make
        self._free: queue.Queue[Buffer] = queue.Queue()
        self.made: list[Buffer] = []

    def put(self, buf: Buffer) -> None:
        self._free.put(buf)

    def get(self, timeout: float | None = None) -> Buffer:
        """A free buffer, a new one while fewer than ``BUFFERS`` exist, else wait
        (``queue.Empty`` after ``timeout``)."""
        try:
            return self._free.get_nowait()
        except queue.Empty:
            if len(self.made) < BUFFERS:
                self.made.append(self._make())
                return self.made[-1]
        return self._free.get(timeout=timeout)


def _get(pool: _Pool, stop: threading.Event) -> Buffer:
    while True:
        if stop.is_set():
            raise _Stopped
        try:
            return pool.get(timeout=_POLL)
        except queue.Empty:
            continue


def _zero(buf: Buffer, length: int) -> None:
    """Zero the first ``length`` bytes: as far as anything was ever written into ``buf``
    (a 300 KB photo zeroed three whole 1 MiB buffers: a tenth of attaching it)."""
    buf[:length] = memoryview(_ZEROS)[:length]


def _set_direct(fd: int, on: bool) -> bool:
    """Switch O_DIRECT on or off for ``fd``; False where the system or filesystem can't."""
    if not _O_DIRECT or fcntl is None:
        return False
    try:
        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, (flags | _O_DIRECT) if on else (flags & ~_O_DIRECT))
    except OSError:
        return False
    return True


class ReadAhead:
    """Iterate over a file's content as memoryviews filled on a helper thread.

    ``readinto`` is called with a 1 MiB buffer until it returns 0 (that last call is
    where a verifying reader checks the end). ``inspect``, if given, sees every piece in
    order on the helper thread first (an import hashes there, beside the encryption).
    Each view handed out is valid until the iteration moves on; do not keep it. Use as a
    context manager: leaving the block, normally or not, stops and joins the thread.

    ``inline``: no helper thread; each piece is read (and inspected) on the caller's thread
    when the iteration asks for it. For a source of one piece (a photo) there is nothing to
    overlap, and a thread per file cost more than it saved; the buffer and its zeroing are
    the same.
    """

    def __init__(
        self,
        readinto: Callable[[memoryview], int],
        *,
        inspect: Callable[[memoryview], object] | None = None,
        name: str = "quire-read-ahead",
        inline: bool = False,
        size_hint: int | None = None,
    ) -> None:
        self._readinto = readinto
        self._inspect = inspect
        # A source known to be smaller than a piece gets a buffer of its size (+1, so one
        # fill reaches its end): making and zeroing 1 MiB per photo showed in profiles.
        piece = PIECE_SIZE if size_hint is None else max(1, min(PIECE_SIZE, size_hint + 1))
        self._free = _Pool(lambda: bytearray(piece))
        self._used: dict[int, int] = {}  # how far data ever reached in each buffer
        self._filled: queue.Queue[tuple[Buffer, int] | BaseException | None] = queue.Queue()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if not inline:
            self._thread = threading.Thread(target=self._run, name=name, daemon=True)
            self._thread.start()

    def _read_piece(self, buf: Buffer) -> int:
        """Fill ``buf`` (noting how far data reached, for the zeroing), then inspect it."""
        reached = self._used.get(id(buf), 0)
        self._used[id(buf)] = len(buf)  # a failing read may have written any of it
        n = self._fill(memoryview(buf))
        self._used[id(buf)] = max(reached, n)
        if n and self._inspect is not None:
            self._inspect(memoryview(buf)[:n])
        return n

    def _run(self) -> None:
        try:
            while True:
                buf = _get(self._free, self._stop)
                n = self._read_piece(buf)
                if not n:
                    self._free.put(buf)
                    self._filled.put(None)
                    return
                self._filled.put((buf, n))
        except _Stopped:
            return
        except BaseException as exc:  # raised in the caller
            self._filled.put(exc)

    def _fill(self, view: memoryview) -> int:
        n = 0
        while n < len(view):
            got = self._readinto(view[n:])
            if not got:
                break
            n += got
        return n

    def __iter__(self) -> Iterator[memoryview]:
        if self._thread is None:
            yield from self._inline()
            return
        while True:
            item = self._filled.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            buf, n = item
            try:
                yield memoryview(buf)[:n]
            finally:
                self._free.put(buf)

    def _inline(self) -> Iterator[memoryview]:
        while True:
            buf = self._free.get()  # the same buffer every time: it is back before the next
            try:
                n = self._read_piece(buf)
                if not n:
                    return
                yield memoryview(buf)[:n]
            finally:
                self._free.put(buf)

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        for buf in self._free.made:
            if id(buf) in self._used:
                _zero(buf, self._used[id(buf)])  # evidence in plaintext: leave none behind

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class WriteBehind(io.RawIOBase):
    """A write-only file object whose bytes reach ``raw`` on a helper thread.

    Writes are copied into 1 MiB buffers that the helper writes out. Where the system
    allows it (Linux, most filesystems) whole buffers go straight to the device
    (``O_DIRECT``): no second copy into the page cache, nothing left for the caller's
    final ``fsync`` but metadata, and progress follows what is really on the disk (a slow
    USB stick no longer sits at 100 % for minutes). Otherwise the data goes through the
    page cache and is flushed to the device every 64 MiB for the same reasons.

    ``flush()`` waits until everything accepted so far is written (after it, writes are
    buffered: the file's end is no longer aligned). ``close()`` flushes and ends the
    thread; ``abort()`` ends it and drops what was not written yet. ``raw`` is never
    closed. A file of one piece (a photo) has nothing to overlap: write it directly.
    """

    def __init__(
        self, raw: BinaryIO, *, direct: bool = True, name: str = "quire-write-behind"
    ) -> None:
        super().__init__()
        raw.flush()  # from here on the descriptor is written directly
        self._fd = raw.fileno()
        # O_DIRECT needs aligned memory: anonymous mmaps are page-aligned.
        self._direct = direct and raw.tell() % mmap.PAGESIZE == 0 and _set_direct(self._fd, True)
        self._free = _Pool(lambda: mmap.mmap(-1, PIECE_SIZE)) if self._direct else _Pool()
        self._full: queue.Queue[tuple[Buffer, int] | None] = queue.Queue()
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._dirty: dict[int, int] = {}  # how far data reached in each buffer: zeroed
        self._buf = self._free.get()
        self._used = 0
        self._accepted = 0
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    @property
    def direct(self) -> bool:
        """Whether whole buffers still bypass the page cache."""
        return self._direct

    # -- the helper thread -------------------------------------------------------------
    def _run(self) -> None:
        unsynced = 0
        while True:
            batch = [self._full.get()]
            # What else is waiting goes in the same call: several buffers in flight keep
            # the device busy (direct writes of 1 MiB at a time: 0.75 s per GiB here, of
            # 4 MiB: 0.67 s). At most half the buffers, so the caller always has free
            # ones to fill meanwhile (taking all of them made the two sides take turns).
            while batch[-1] is not None and len(batch) < BUFFERS // 2:
                try:
                    batch.append(self._full.get_nowait())
                except queue.Empty:
                    break
            items = [item for item in batch if item is not None]
            try:
                if items and self._error is None and not self._stop.is_set():
                    self._write([memoryview(buf)[:n] for buf, n in items])
                    unsynced += sum(n for _, n in items)
                    if not self._direct and unsynced >= SYNC_EVERY:
                        _sync(self._fd)
                        unsynced = 0
            except BaseException as exc:
                self._error = exc  # raised in the caller; later buffers are dropped
            finally:
                for buf, _ in items:
                    self._free.put(buf)
                for _ in batch:
                    self._full.task_done()
            if batch[-1] is None:
                return

    def _write(self, views: list[memoryview]) -> None:
        views = [view for view in views if view]
        if self._direct:  # whole pages straight to the device, then the rest buffered
            whole = next((i for i, v in enumerate(views) if len(v) % mmap.PAGESIZE), len(views))
            self._write_all(views[:whole])
            views = views[whole:]
            if views:
                self._buffered()  # an unaligned tail: the page cache takes it
        self._write_all(views)

    def _write_all(self, views: list[memoryview]) -> None:
        while views:
            try:
                done = _writev(self._fd, views)
            except OSError as exc:
                if not (self._direct and exc.errno in _NO_DIRECT):
                    raise
                self._buffered()  # this filesystem refuses direct writes after all
                continue
            while done:  # a short write: go on from where it stopped
                if done >= len(views[0]):
                    done -= len(views.pop(0))
                else:
                    views[0], done = views[0][done:], 0

    def _buffered(self) -> None:
        self._direct = False
        _set_direct(self._fd, False)

    # -- the caller's side -------------------------------------------------------------
    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("write to a closed file")
        self._check()
        view = memoryview(data).cast("B")
        size = len(view)
        while view:
            take = min(len(view), PIECE_SIZE - self._used)
            self._buf[self._used : self._used + take] = view[:take]
            self._used += take
            key = id(self._buf)
            self._dirty[key] = max(self._dirty.get(key, 0), self._used)
            view = view[take:]
            if self._used == PIECE_SIZE:
                self._hand_over()
        self._accepted += size
        return size

    def _hand_over(self) -> None:
        self._full.put((self._buf, self._used))
        self._used = 0
        while True:
            try:
                self._buf = self._free.get(timeout=_POLL)
                return
            except queue.Empty:
                self._check()
                if not self._thread.is_alive():
                    raise OSError("the background writer stopped") from None

    def tell(self) -> int:
        return self._accepted

    def flush(self) -> None:
        """Block until every byte accepted so far has been written to ``raw``."""
        if self.closed or self._stop.is_set():
            return
        if self._used:
            self._hand_over()
        self._full.join()
        self._check()

    def close(self) -> None:
        if not self.closed:
            try:
                self.flush()
            finally:
                self._finish()
        super().close()

    def abort(self) -> None:
        """Stop at once; bytes not yet written are dropped."""
        if not self.closed:
            self._stop.set()
            self._used = 0
            self._finish()
        io.RawIOBase.close(self)

    def _finish(self) -> None:
        self._full.put(None)
        self._thread.join()
        if self._direct:
            with contextlib.suppress(OSError):
                self._buffered()  # hand ``raw`` back as it came
        for buf in self._free.made:
            if id(buf) in self._dirty:
                _zero(buf, self._dirty[id(buf)])  # a plaintext copy ("save a copy") leaves nothing

    def __del__(self) -> None:
        if hasattr(self, "_thread"):
            self.abort()
