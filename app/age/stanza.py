"""Recipient stanzas and the two roles around them.

A *recipient* wraps the file key into one or more stanzas when a file is written; an
*identity* recognises the stanzas addressed to it and unwraps the file key. Native types
(X25519, mlkem768x25519, scrypt) all seal the 16-byte file key with ChaCha20-Poly1305 under
a derived key and an all-zero nonce, which is safe because each wrap key is used once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from app.age.errors import HeaderError

FILE_KEY_SIZE = 16
WRAPPED_FILE_KEY_SIZE = FILE_KEY_SIZE + 16
_ZERO_NONCE = bytes(12)


@dataclass(frozen=True)
class Stanza:
    """One ``-> type arg…`` header entry and its binary body."""

    type: str
    args: tuple[str, ...]
    body: bytes

    def __post_init__(self) -> None:
        for arg in (self.type, *self.args):
            if not arg or any(not 0x21 <= ord(c) <= 0x7E for c in arg):
                raise ValueError("stanza arguments must be non-empty printable ASCII")


@runtime_checkable
class Recipient(Protocol):
    """Something a file can be encrypted to."""

    def wrap(self, file_key: bytes) -> list[Stanza]:
        """Wrap the file key into the stanzas that go into the header."""
        ...


@runtime_checkable
class Identity(Protocol):
    """Something that may open a file."""

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """Return the file key, or ``None`` if no stanza is for (or opens with) this identity.

        Raise :class:`~app.age.errors.HeaderError` if a stanza of this identity's type is
        malformed: age treats that as a broken file, not as "not for me".
        """
        ...


def seal_file_key(wrap_key: bytes, file_key: bytes) -> bytes:
    """Encrypt the file key under a single-use wrap key."""
    if len(file_key) != FILE_KEY_SIZE:
        raise ValueError("the file key must be 16 bytes")
    return ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)


def open_file_key(wrap_key: bytes, body: bytes) -> bytes | None:
    """Decrypt a wrapped file key; ``None`` if it does not authenticate (not our key)."""
    try:
        return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, body, None)
    except InvalidTag:
        return None


def check_body_size(stanza: Stanza) -> None:
    """Refuse bodies that cannot hold a 16-byte file key, *before* trying to decrypt.

    The spec requires this to close partitioning-oracle attacks on the AEAD.
    """
    if len(stanza.body) != WRAPPED_FILE_KEY_SIZE:
        raise HeaderError(
            f"malformed {stanza.type} stanza: body is {len(stanza.body)} bytes, "
            f"expected {WRAPPED_FILE_KEY_SIZE}"
        )
