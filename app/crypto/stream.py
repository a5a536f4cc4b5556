"""STREAM: chunked ChaCha20-Poly1305, exactly as age v1 encrypts its payload.

One construction serves both evidence blobs and sealed bundles, so it lives here once.
Plaintext is cut into 64 KiB chunks; chunk *i* is sealed with the nonce
``i (11 bytes, big-endian) || last-flag (1 byte)``. The flag makes truncation at a chunk
boundary detectable, and the counter makes reordering detectable. Only the final chunk may
be shorter than 64 KiB, and it may be empty only when the whole plaintext is empty.

The reader is seekable when the ciphertext is: chunks decrypt independently, which lets a
ZIP reader jump to its central directory without any plaintext touching the disk.
"""

from __future__ import annotations

import io
import os
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from app.errors import TranslatableError
from app.i18n import QT_TRANSLATE_NOOP as _T

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
KEY_SIZE = 32
_BATCH = 16  # sealed chunks handed to the underlying file in one write (about 1 MiB)
_MAX_CHUNKS = 1 << 88


class StreamError(TranslatableError):
    """The ciphertext is damaged, truncated, reordered or sealed with another key."""


def _nonce(index: int, last: bool) -> bytes:
    if index >= _MAX_CHUNKS:
        raise StreamError(_T("errors", "stream too long"))
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def sealed_size(plain_size: int) -> int:
    """Ciphertext length for ``plain_size`` bytes of plaintext."""
    chunks = max(1, -(-plain_size // CHUNK_SIZE))
    return plain_size + chunks * TAG_SIZE


class StreamWriter(io.RawIOBase):
    """A write-only file object that seals everything written to it into ``raw``.

    ``close()`` writes the final chunk; without it the stream is (detectably) truncated.
    Leaving a ``with`` block by an exception, ``abort()``, or garbage collection of an
    unclosed writer do *not* write it. The underlying ``raw`` file is not closed.
    """

    def __init__(self, raw: BinaryIO, key: bytes) -> None:
        super().__init__()
        if len(key) != KEY_SIZE:
            raise ValueError("STREAM key must be 32 bytes")
        self._raw = raw
        self._aead = ChaCha20Poly1305(key)
        self._buf = bytearray()
        # Grown to a batch of sealed chunks when a write brings that many (_batch_buffer):
        # a 1 MiB buffer made and zeroed per writer was a tenth of importing a photo.
        self._out = memoryview(bytearray(SEALED_CHUNK_SIZE))
        self._index = 0
        self._written = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("write to a closed stream")
        view = memoryview(data).cast("B")
        size = len(view)
        if self._buf:  # top up the held-back partial chunk first
            take = min(CHUNK_SIZE - len(self._buf), size)
            self._buf += view[:take]
            view = view[take:]
            if not view:  # still possibly the last chunk: hold it back
                self._written += size
                return size
            self._seal(self._buf, last=False)
            self._buf = bytearray()
        # Whole chunks straight from the caller's buffer (no copy), holding back at least
        # one byte so the final chunk is known when close() comes.
        whole = ((len(view) - 1) // CHUNK_SIZE) * CHUNK_SIZE if view else 0
        self._seal_whole(view[:whole])
        self._buf += view[whole:]
        self._written += size
        return size

    def _seal(self, chunk: bytes | bytearray | memoryview, last: bool) -> None:
        # Sealed into one reused buffer: a file's write() must not keep what it is given.
        out = self._out[: len(chunk) + TAG_SIZE]
        self._aead.encrypt_into(_nonce(self._index, last), chunk, None, out)
        self._raw.write(out)
        self._index += 1

    def _batch_buffer(self, chunks: int) -> memoryview:
        """The reused output buffer, holding up to ``_BATCH`` sealed chunks."""
        want = min(_BATCH, max(1, chunks)) * SEALED_CHUNK_SIZE
        if len(self._out) < want:
            self._out = memoryview(bytearray(want))
        return self._out

    def _seal_whole(self, view: memoryview) -> None:
        """Seal whole, non-final chunks, up to a batch of them per write to ``raw``."""
        out = self._batch_buffer(len(view) // CHUNK_SIZE)
        encrypt, sealed = self._aead.encrypt_into, 0
        for off in range(0, len(view), CHUNK_SIZE):
            encrypt(
                _nonce(self._index, False),
                view[off : off + CHUNK_SIZE],
                None,
                out[sealed : sealed + SEALED_CHUNK_SIZE],
            )
            self._index += 1
            sealed += SEALED_CHUNK_SIZE
            if sealed == len(out):
                self._raw.write(out)
                sealed = 0
        if sealed:
            self._raw.write(out[:sealed])

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buf), last=True)
            self._buf.clear()
        super().close()

    def abort(self) -> None:
        """Stop *without* the final chunk, so the stream reads as truncated, never as whole."""
        self._buf.clear()
        io.RawIOBase.close(self)

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        # An exception means the plaintext is incomplete: don't seal it as if it were whole.
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def __del__(self) -> None:
        # io.IOBase's finalizer would call close() and seal a partial stream as complete.
        if not self.closed:
            self.abort()

    @property
    def plaintext_written(self) -> int:
        return self._written


class StreamReader(io.RawIOBase):
    """A read-only file object that opens a STREAM from ``raw`` starting at its position.

    Every byte handed out has been authenticated. A missing final chunk, trailing data,
    a flipped bit or a wrong key raises :class:`StreamError`. If ``raw`` is seekable the
    reader is too, and its size is known (the final chunk is authenticated up front).
    """

    def __init__(self, raw: BinaryIO, key: bytes) -> None:
        super().__init__()
        if len(key) != KEY_SIZE:
            raise ValueError("STREAM key must be 32 bytes")
        self._raw = raw
        self._aead = ChaCha20Poly1305(key)
        self._start = raw.tell() if is_seekable(raw) else 0
        self._index = 0  # next chunk to decrypt when reading sequentially
        self._plain = b""  # current decrypted chunk
        self._plain_off = 0  # position inside self._plain
        self._done = False
        self._pos = 0
        self._size: int | None = None
        self._pending = b""  # look-ahead byte taken while finding the end of a chunk
        self._sealed = memoryview(bytearray(SEALED_CHUNK_SIZE))  # reused for every chunk
        if is_seekable(raw):
            self._size = self._authenticate_end()

    # -- helpers -----------------------------------------------------------------------
    def _open(self, index: int, sealed: bytes | memoryview, last: bool) -> bytes:
        try:
            return self._aead.decrypt(_nonce(index, last), sealed, None)
        except InvalidTag:
            raise StreamError(
                _T("errors", "damaged or truncated data (authentication failed)")
            ) from None

    def _authenticate_end(self) -> int:
        end = self._raw.seek(0, os.SEEK_END)
        length = end - self._start
        if length < TAG_SIZE:
            raise StreamError(_T("errors", "truncated data (shorter than one chunk)"))
        chunks = -(-length // SEALED_CHUNK_SIZE)
        last_len = length - (chunks - 1) * SEALED_CHUNK_SIZE
        if last_len < TAG_SIZE or (last_len == TAG_SIZE and chunks > 1):
            raise StreamError(_T("errors", "damaged data (bad final chunk length)"))
        self._raw.seek(self._start + (chunks - 1) * SEALED_CHUNK_SIZE)
        self._open(chunks - 1, self._read_exact(last_len), last=True)
        self._raw.seek(self._start)
        self._chunks = chunks
        return length - chunks * TAG_SIZE

    def _read_exact(self, n: int) -> bytes:
        parts = []
        if self._pending:
            parts.append(self._pending[:n])
            n -= len(parts[0])
            self._pending = self._pending[len(parts[0]) :]
        while n:
            got = self._raw.read(n)
            if not got:
                break
            parts.append(got)
            n -= len(got)
        return b"".join(parts)

    def _read_sealed(self) -> tuple[memoryview, bool]:
        """The next sealed chunk (in a reused buffer) and whether it is the last one.

        Without a known size, one byte is read ahead to see where the stream ends.
        """
        view = self._sealed
        n = 0
        if self._pending:
            view[: len(self._pending)] = self._pending
            n, self._pending = len(self._pending), b""
        readinto = getattr(self._raw, "readinto", None)
        while n < SEALED_CHUNK_SIZE:
            if readinto is not None:
                got = readinto(view[n:])
            else:
                data = self._raw.read(SEALED_CHUNK_SIZE - n)
                got = len(data)
                view[n : n + got] = data
            if not got:
                break
            n += got
        if self._size is not None:
            last = self._index == self._chunks - 1
        else:
            ahead = self._raw.read(1) if n == SEALED_CHUNK_SIZE else b""
            last = not ahead
            if ahead:
                self._pending = ahead
        if n < TAG_SIZE:
            raise StreamError(_T("errors", "truncated data (final chunk missing)"))
        return view[:n], last

    def _chunk_opened(self, plain_size: int, last: bool) -> None:
        if last and not plain_size and self._index > 0:
            raise StreamError(_T("errors", "damaged data (empty final chunk)"))
        self._index += 1
        self._done = last

    def _next_chunk(self) -> None:
        """Decrypt the next chunk in sequence into ``self._plain``."""
        sealed, last = self._read_sealed()
        plain = self._open(self._index, sealed, last)
        self._chunk_opened(len(plain), last)
        self._plain, self._plain_off = plain, 0

    def _next_chunk_into(self, dest: memoryview) -> int:
        """Decrypt the next chunk straight into ``dest`` (room for a whole chunk): no copy."""
        sealed, last = self._read_sealed()
        size = len(sealed) - TAG_SIZE
        out = dest[:size]
        try:
            self._aead.decrypt_into(_nonce(self._index, last), sealed, None, out)
        except InvalidTag:
            out[:] = bytes(size)  # it holds unauthenticated plaintext: never leave that
            raise StreamError(
                _T("errors", "damaged or truncated data (authentication failed)")
            ) from None
        self._chunk_opened(size, last)
        self._plain, self._plain_off = b"", 0
        return size

    # -- io.RawIOBase ------------------------------------------------------------------
    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._size is not None

    @property
    def size(self) -> int | None:
        """Plaintext size, when the ciphertext is seekable (authenticated)."""
        return self._size

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if self._size is None:
            raise io.UnsupportedOperation("the underlying ciphertext is not seekable")
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self._size}[whence]
        target = max(0, base + offset)
        index = min(target // CHUNK_SIZE, self._chunks - 1)
        # Re-read unless that chunk is the one held (a chunk decrypted into a caller's
        # buffer by readinto is not held).
        if index != self._index - 1 or not self._plain:
            self._raw.seek(self._start + index * SEALED_CHUNK_SIZE)
            self._index = index
            self._next_chunk()
        self._plain_off = min(target - index * CHUNK_SIZE, len(self._plain))
        self._pos = target
        return target

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        out = memoryview(buffer).cast("B")
        filled = 0
        while filled < len(out):
            if self._plain_off >= len(self._plain):
                if self._done:
                    break
                if len(out) - filled >= CHUNK_SIZE:
                    filled += self._next_chunk_into(out[filled : filled + CHUNK_SIZE])
                else:
                    self._next_chunk()
                continue
            take = min(len(out) - filled, len(self._plain) - self._plain_off)
            out[filled : filled + take] = self._plain[self._plain_off : self._plain_off + take]
            self._plain_off += take
            filled += take
        if self._done and self._plain_off >= len(self._plain) and self._size is None:
            self._check_trailing()
        self._pos += filled
        return filled

    def _check_trailing(self) -> None:
        if self._pending or self._raw.read(1):
            raise StreamError(_T("errors", "damaged data (trailing bytes after the final chunk)"))


def is_seekable(raw: BinaryIO) -> bool:
    """Whether ``raw`` can seek; False for pipes and for objects without the method."""
    try:
        return bool(raw.seekable())
    except (AttributeError, ValueError):
        return False
