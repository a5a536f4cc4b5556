"""Reading age files as a stream: ``AgeReader`` is a file object that yields plaintext.

Every byte handed out has been authenticated (one 64 KiB chunk at a time), and truncation
or trailing data raises :class:`~app.age.errors.PayloadError` *before* end-of-file is
reported, so a caller that reads to EOF without an exception got the whole plaintext.
When the encrypted file is seekable, so is the reader (the final chunk is authenticated
up front): Python's ``zipfile`` can then read a bundle straight from the encrypted file
with no plaintext on disk.
"""

from __future__ import annotations

import io
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import BinaryIO, cast

from app.age.armor import ArmorReader, looks_armored
from app.age.errors import HeaderError, NoIdentityMatchError, PayloadError
from app.age.header import Header, read_header
from app.age.kdf import PAYLOAD_NONCE_SIZE, payload_key
from app.age.scrypt import STANZA_TYPE as SCRYPT
from app.age.stanza import FILE_KEY_SIZE, Identity
from app.crypto.stream import CHUNK_SIZE, StreamError, StreamReader, is_seekable
from app.i18n import QT_TRANSLATE_NOOP as _T

_ARMOR_PEEK = 1100  # enough to see past allowed leading whitespace


class _Prefixed(io.RawIOBase):
    """A non-seekable stream that first replays bytes already read from ``raw``."""

    def __init__(self, prefix: bytes, raw: BinaryIO) -> None:
        super().__init__()
        self._prefix = prefix
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        out = memoryview(buffer).cast("B")
        if self._prefix:
            take = min(len(out), len(self._prefix))
            out[:take] = self._prefix[:take]
            self._prefix = self._prefix[take:]
            return take
        data = self._raw.read(len(out)) or b""
        out[: len(data)] = data
        return len(data)


def _read_exact(raw: BinaryIO, size: int) -> bytes:
    parts = []
    while size:
        data = raw.read(size)
        if not data:
            break
        parts.append(data)
        size -= len(data)
    return b"".join(parts)


def unwrap_file_key(header: Header, identities: Sequence[Identity]) -> bytes:
    """Find the file key with the first identity that opens a stanza, then check the MAC."""
    stanzas = header.stanzas
    if any(s.type == SCRYPT for s in stanzas) and len(stanzas) != 1:
        raise HeaderError(
            _T("errors", "a passphrase (scrypt) stanza must be the only one in the header")
        )
    for identity in identities:
        file_key = identity.unwrap(stanzas)
        if file_key is not None:
            break
    else:
        kinds = ", ".join(f"{n} {kind}" for kind, n in Counter(s.type for s in stanzas).items())
        raise NoIdentityMatchError(
            _T("errors", "none of the given keys opens this file (it has: {kinds})"), kinds=kinds
        )
    if len(file_key) != FILE_KEY_SIZE:  # pragma: no cover - identities check this
        raise HeaderError(_T("errors", "unwrapped file key has the wrong length"))
    header.verify_mac(file_key)
    return file_key


class AgeReader(io.RawIOBase):
    """Decrypt the age file in ``raw`` with the first of ``identities`` that fits.

    ``armored``: ``True``/``False`` to require or refuse ASCII armor, ``None`` to detect it.
    The header is read and checked in the constructor, which raises
    :class:`~app.age.errors.HeaderError`, :class:`~app.age.errors.HeaderMacError`,
    :class:`~app.age.errors.ArmorError` or :class:`~app.age.errors.NoIdentityMatchError`.
    Reads raise :class:`~app.age.errors.PayloadError` (or ``ArmorError``) on damage.
    ``raw`` is never closed by the reader.
    """

    def __init__(
        self,
        raw: BinaryIO,
        identities: Iterable[Identity],
        *,
        armored: bool | None = None,
    ) -> None:
        super().__init__()
        identities = list(identities)
        if not identities:
            raise ValueError("no identities given")
        source = raw
        seekable = is_seekable(raw)
        if armored is None:
            start = raw.tell() if seekable else 0
            peek = raw.read(_ARMOR_PEEK) or b""
            armored = looks_armored(peek)
            if seekable:
                raw.seek(start)
            else:
                source = cast(BinaryIO, _Prefixed(peek, raw))
        if armored:
            source = cast(BinaryIO, ArmorReader(source))
            seekable = False
        start = source.tell() if seekable else 0
        header, leftover = read_header(source)
        file_key = unwrap_file_key(header, identities)
        if seekable:
            source.seek(start + header.size)
        else:
            source = cast(BinaryIO, _Prefixed(leftover, source))
        nonce = _read_exact(source, PAYLOAD_NONCE_SIZE)
        if len(nonce) != PAYLOAD_NONCE_SIZE:
            raise HeaderError(
                _T("errors", "the file ends right after the header (no payload nonce)")
            )
        self._failure: PayloadError | None = None
        try:
            self._stream = StreamReader(source, payload_key(file_key, nonce))
        except StreamError as exc:
            raise PayloadError(
                _T("errors", "the encrypted content is damaged: {exc}"), exc=exc
            ) from None

    def _fail(self, exc: StreamError) -> PayloadError:
        # Sticky: once damage is seen, every later read or seek reports it again, so a
        # caller that swallowed the first error can't carry on as if nothing happened.
        if self._failure is None:
            self._failure = PayloadError(
                _T("errors", "the encrypted content is damaged: {exc}"), exc=exc
            )
        return self._failure

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._stream.seekable()

    @property
    def size(self) -> int | None:
        """Plaintext size when the file is seekable (already authenticated), else ``None``."""
        return self._stream.size

    def tell(self) -> int:
        return self._stream.tell()

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if self._failure is not None:
            raise self._failure
        try:
            return self._stream.seek(offset, whence)
        except StreamError as exc:
            raise self._fail(exc) from None

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._failure is not None:
            raise self._failure
        try:
            return self._stream.readinto(buffer)
        except StreamError as exc:
            raise self._fail(exc) from None

    def readall(self) -> bytes:
        parts: list[bytes] = []
        while True:
            data = self.read(CHUNK_SIZE)
            if not data:
                return b"".join(parts)
            parts.append(data)

    def close(self) -> None:
        if not self.closed and hasattr(self, "_stream"):
            self._stream.close()
        super().close()


def decrypt_bytes(
    data: bytes, identities: Iterable[Identity], *, armored: bool | None = None
) -> bytes:
    """Decrypt a whole age file held in memory."""
    with AgeReader(io.BytesIO(data), identities, armored=armored) as reader:
        return reader.read()
