"""The vault header file, ``vault.key``: format, parsing and key slots.

Layout (all integers big-endian)::

    magic "QUIREVK1" | version u16 | flags u16 | vault id 16 | memory KiB u32 |
    iterations u32 | lanes u32 | salt 32 | SLOT_COUNT × slot (nonce 12 | sealed 64) |
    SHA-256 of everything before (32)

A slot seals ``role (1) | data key (32) | zero padding (15)`` with ChaCha20-Poly1305 under
the key-encryption key, with the header prefix and the slot index as associated data, so a
change to the KDF settings or the flags makes every slot fail. Unused slots are random
bytes of the same length: nobody can tell how many slots are in use, and so whether a
duress passphrase exists. The trailing checksum tells accidental damage (a bad sector, a
truncated copy) apart from a wrong passphrase.
"""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass, field, replace

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from app.errors import DamagedDataError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.vault.kdf import KdfParams, bounds_problem

MAGIC = b"QUIREVK1"
VERSION = 1
FLAG_DEVICE_SECRET = 0x0001
SLOT_COUNT = 4
NONCE_SIZE = 12
SLOT_PLAIN_SIZE = 48
SLOT_SIZE = NONCE_SIZE + SLOT_PLAIN_SIZE + 16
_PREFIX = struct.Struct(">8sHH16sIII32s")
HEADER_SIZE = _PREFIX.size + SLOT_COUNT * SLOT_SIZE + 32

ROLE_PRIMARY = 1
ROLE_DURESS = 2


@dataclass(frozen=True)
class VaultHeader:
    """Parsed ``vault.key``. Slots stay opaque until a key-encryption key tries them."""

    vault_id: bytes
    kdf: KdfParams
    salt: bytes
    uses_device_secret: bool
    slots: tuple[bytes, ...] = field(repr=False)

    @classmethod
    def new(cls, kdf: KdfParams, uses_device_secret: bool) -> VaultHeader:
        return cls(
            vault_id=os.urandom(16),
            kdf=kdf,
            salt=os.urandom(32),
            uses_device_secret=uses_device_secret,
            slots=tuple(os.urandom(SLOT_SIZE) for _ in range(SLOT_COUNT)),
        )

    def prefix(self) -> bytes:
        flags = FLAG_DEVICE_SECRET if self.uses_device_secret else 0
        return _PREFIX.pack(
            MAGIC,
            VERSION,
            flags,
            self.vault_id,
            self.kdf.memory_kib,
            self.kdf.iterations,
            self.kdf.lanes,
            self.salt,
        )

    def to_bytes(self) -> bytes:
        body = self.prefix() + b"".join(self.slots)
        return body + hashlib.sha256(body).digest()

    @classmethod
    def from_bytes(cls, data: bytes) -> VaultHeader:
        if len(data) != HEADER_SIZE:
            raise DamagedDataError(
                "vault.key",
                _T("errors", "it has {count} bytes where {header_size} are expected"),
                count=len(data),
                header_size=HEADER_SIZE,
            )
        body, checksum = data[:-32], data[-32:]
        magic, version, flags, vault_id, mem, iters, lanes, salt = _PREFIX.unpack_from(body)
        if magic != MAGIC:
            raise DamagedDataError("vault.key", _T("errors", "it is not a Quire vault header"))
        if version != VERSION:
            raise DamagedDataError(
                "vault.key",
                _T("errors", "unknown header version {version}"),
                version=version,
            )
        if hashlib.sha256(body).digest() != checksum:
            raise DamagedDataError("vault.key", _T("errors", "its checksum does not match"))
        if flags & ~FLAG_DEVICE_SECRET:
            raise DamagedDataError("vault.key", _T("errors", "unknown flags are set"))
        kdf = KdfParams(mem, iters, lanes)
        problem = bounds_problem(kdf)  # before anything spends minutes or gigabytes on it
        if problem is not None:
            raise DamagedDataError("vault.key", problem)
        off = _PREFIX.size
        slots = tuple(
            body[off + i * SLOT_SIZE : off + (i + 1) * SLOT_SIZE] for i in range(SLOT_COUNT)
        )
        return cls(
            vault_id=vault_id,
            kdf=kdf,
            salt=salt,
            uses_device_secret=bool(flags & FLAG_DEVICE_SECRET),
            slots=slots,
        )

    # -- slots ---------------------------------------------------------------------------
    def _aad(self, index: int) -> bytes:
        return self.prefix() + bytes([index])

    def seal_slot(self, index: int, kek: bytes, role: int, data_key: bytes) -> VaultHeader:
        """A copy of this header with slot ``index`` holding ``data_key`` for ``role``."""
        nonce = os.urandom(NONCE_SIZE)
        plain = bytes([role]) + data_key + bytes(SLOT_PLAIN_SIZE - 1 - len(data_key))
        sealed = nonce + ChaCha20Poly1305(kek).encrypt(nonce, plain, self._aad(index))
        slots = list(self.slots)
        slots[index] = sealed
        return replace(self, slots=tuple(slots))

    def randomize_slot(self, index: int) -> VaultHeader:
        """A copy with slot ``index`` turned back into indistinguishable random bytes."""
        slots = list(self.slots)
        slots[index] = os.urandom(SLOT_SIZE)
        return replace(self, slots=tuple(slots))

    def open_slots(self, kek: bytes) -> tuple[int, int, bytes] | None:
        """Try every slot (always all of them, for even timing); (index, role, key) or None."""
        aead = ChaCha20Poly1305(kek)
        found: tuple[int, int, bytes] | None = None
        for index, slot in enumerate(self.slots):
            try:
                plain = aead.decrypt(slot[:NONCE_SIZE], slot[NONCE_SIZE:], self._aad(index))
            except InvalidTag:
                continue
            if found is None:
                found = (index, plain[0], plain[1:33])
        return found
