"""Writing age files as a stream: ``AgeWriter`` is a file object you write plaintext into.

Nothing is buffered beyond one 64 KiB chunk, so a ZIP writer can write a bundle of any size
straight into it. The file is complete only after ``close()``: if writing stops early (an
exception inside ``with``, or the writer is garbage-collected unclosed), the final chunk is
never written and every reader will refuse the file as truncated.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from types import TracebackType
from typing import BinaryIO, cast

from app.age.armor import ArmorWriter
from app.age.errors import IncompatibleRecipientsError
from app.age.header import MAX_STANZAS, encode_header
from app.age.kdf import PAYLOAD_NONCE_SIZE, payload_key
from app.age.scrypt import ScryptRecipient
from app.age.stanza import FILE_KEY_SIZE, Recipient
from app.crypto.stream import StreamWriter
from app.i18n import QT_TRANSLATE_NOOP as _T


def check_recipients(recipients: Iterable[Recipient]) -> list[Recipient]:
    """Refuse recipient sets that would weaken the file; return them as a list.

    * a passphrase (scrypt) recipient must be alone: anyone else could rewrite the file;
    * post-quantum recipients must not be mixed with classic X25519 ones: the file would be
      only as strong as the weaker key;
    * at most :data:`~app.age.header.MAX_STANZAS`: Quire never writes a file it would
      refuse to read.
    """
    recipients = list(recipients)
    if not recipients:
        raise IncompatibleRecipientsError(_T("errors", "no recipients given"))
    if len(recipients) > MAX_STANZAS:
        raise IncompatibleRecipientsError(
            _T("errors", "{count} recipients: a file can have at most {max_stanzas}"),
            count=len(recipients),
            max_stanzas=MAX_STANZAS,
        )
    if any(isinstance(r, ScryptRecipient) for r in recipients) and len(recipients) > 1:
        raise IncompatibleRecipientsError(
            _T(
                "errors",
                "a passphrase can't be combined with other recipients (or another passphrase)",
            )
        )
    kinds = {bool(getattr(r, "post_quantum", False)) for r in recipients}
    if len(kinds) > 1:
        raise IncompatibleRecipientsError(
            _T(
                "errors",
                "post-quantum (age1pq1…) and classic (age1…) recipients can't be mixed: the file "
                "would only be as strong as the classic key; use all post-quantum keys",
            )
        )
    return recipients


class AgeWriter(io.RawIOBase):
    """Encrypt to ``recipients`` into ``raw``: header, payload nonce, then STREAM chunks.

    With ``armor=True`` the output is ASCII-armored. ``raw`` is never closed by the writer.
    """

    def __init__(
        self, raw: BinaryIO, recipients: Iterable[Recipient], *, armor: bool = False
    ) -> None:
        super().__init__()
        recipients = check_recipients(recipients)
        file_key = os.urandom(FILE_KEY_SIZE)
        stanzas = [stanza for r in recipients for stanza in r.wrap(file_key)]
        self._armor = ArmorWriter(raw) if armor else None
        out = cast(BinaryIO, self._armor) if self._armor is not None else raw
        nonce = os.urandom(PAYLOAD_NONCE_SIZE)
        out.write(encode_header(stanzas, file_key) + nonce)
        self._stream = StreamWriter(out, payload_key(file_key, nonce))

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("write to a closed AgeWriter")
        return self._stream.write(data)

    def tell(self) -> int:
        """Plaintext bytes written so far (lets zipfile track offsets on a stream)."""
        return self._stream.plaintext_written

    def close(self) -> None:
        """Write the final chunk (and the armor's END line): the file is now complete."""
        if not self.closed:
            self._stream.close()
            if self._armor is not None:
                self._armor.close()
        super().close()

    def abort(self) -> None:
        """Stop without completing the file; readers will report it as truncated."""
        if not self.closed and hasattr(self, "_stream"):
            self._stream.abort()
            if self._armor is not None:
                self._armor.abort()
        io.RawIOBase.close(self)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def __del__(self) -> None:  # an unclosed writer means the content is not all there
        if not self.closed:
            self.abort()


def encrypt_bytes(data: bytes, recipients: Iterable[Recipient], *, armor: bool = False) -> bytes:
    """Encrypt a whole plaintext held in memory."""
    out = io.BytesIO()
    with AgeWriter(out, recipients, armor=armor) as writer:
        writer.write(data)
    return out.getvalue()
