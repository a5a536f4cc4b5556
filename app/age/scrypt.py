"""The native scrypt passphrase recipient type.

A passphrase file must have the scrypt stanza alone: with any other recipient, whoever
holds that other key could rewrite the file, and "only someone who knows the passphrase
wrote this" would silently stop being true. The reader caps the work factor (log2 N) so a
hostile file cannot make us burn minutes and gigabytes (age's default cap: 22, i.e. 4 GiB).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.age import strict_base64
from app.age.errors import HeaderError
from app.age.stanza import (
    Stanza,
    check_body_size,
    decode_arg,
    open_file_key,
    seal_file_key,
    stanzas_of,
)
from app.i18n import QT_TRANSLATE_NOOP as _T

STANZA_TYPE = "scrypt"
SALT_SIZE = 16
DEFAULT_WORK_FACTOR = 18  # age's default: about 1 s and 256 MiB on a laptop
MAX_WORK_FACTOR = 22  # age's default cap when decrypting
_LABEL = b"age-encryption.org/v1/scrypt"
_WORK_FACTOR = re.compile(r"[1-9][0-9]*")  # decimal, no sign, no leading zero


def _as_bytes(passphrase: str | bytes) -> bytes:
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)


def _wrap_key(passphrase: bytes, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(salt=_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase)


class ScryptRecipient:
    """Encrypt to a passphrase; must be the file's only recipient."""

    post_quantum = False

    def __init__(self, passphrase: str | bytes, work_factor: int = DEFAULT_WORK_FACTOR) -> None:
        if not 1 <= work_factor <= MAX_WORK_FACTOR:
            raise ValueError(f"the scrypt work factor must be between 1 and {MAX_WORK_FACTOR}")
        self._passphrase = _as_bytes(passphrase)
        if not self._passphrase:
            raise ValueError("the passphrase is empty")
        self.work_factor = work_factor

    def __repr__(self) -> str:
        return f"ScryptRecipient(work_factor={self.work_factor})"

    def wrap(self, file_key: bytes) -> list[Stanza]:
        salt = os.urandom(SALT_SIZE)
        body = seal_file_key(_wrap_key(self._passphrase, salt, self.work_factor), file_key)
        args = (strict_base64.encode(salt), str(self.work_factor))
        return [Stanza(STANZA_TYPE, args, body)]


class ScryptIdentity:
    """Open a passphrase file, refusing work factors above ``max_work_factor``."""

    def __init__(self, passphrase: str | bytes, max_work_factor: int = MAX_WORK_FACTOR) -> None:
        self._passphrase = _as_bytes(passphrase)
        self.max_work_factor = max_work_factor

    def __repr__(self) -> str:
        return f"ScryptIdentity(max_work_factor={self.max_work_factor})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas_of(stanzas, STANZA_TYPE, 2):  # a salt and a work factor
            salt = decode_arg(stanza, 0, "salt", SALT_SIZE)
            if not _WORK_FACTOR.fullmatch(stanza.args[1]):
                raise HeaderError(_T("errors", "malformed scrypt stanza: bad work factor"))
            # Long digit strings are over any limit; don't even convert them.
            work_factor = int(stanza.args[1]) if len(stanza.args[1]) <= 3 else 1000
            if work_factor > self.max_work_factor:
                raise HeaderError(
                    _T(
                        "errors",
                        "scrypt work factor {value} is above the limit {max_work_factor} (it "
                        "would take too long to open)",
                    ),
                    value=stanza.args[1][:8],
                    max_work_factor=self.max_work_factor,
                )
            check_body_size(stanza)
            try:
                wrap_key = _wrap_key(self._passphrase, salt, work_factor)
            except MemoryError:  # 2^wf KiB: a 4 GiB laptop cannot open work factor 22
                raise HeaderError(
                    _T(
                        "errors",
                        "scrypt work factor {work_factor} needs {value} MiB of memory, more than "
                        "this computer could give",
                    ),
                    work_factor=work_factor,
                    value=1 << max(work_factor - 10, 0),
                ) from None
            file_key = open_file_key(wrap_key, stanza.body)
            if file_key is not None:
                return file_key
        return None
