"""Recipient stanzas and the two roles around them.

A *recipient* wraps the file key into one or more stanzas when a file is written; an
*identity* recognises the stanzas addressed to it and unwraps the file key. Native types
(X25519, mlkem768x25519, scrypt) all seal the 16-byte file key with ChaCha20-Poly1305 under
a derived key and an all-zero nonce, which is safe because each wrap key is used once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from app.age import bech32, strict_base64
from app.age.errors import HeaderError
from app.i18n import QT_TRANSLATE_NOOP as _T

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
            _T(
                "errors",
                "malformed {type} stanza: body is {count} bytes, expected {wrapped_file_key_size}",
            ),
            type=stanza.type,
            count=len(stanza.body),
            wrapped_file_key_size=WRAPPED_FILE_KEY_SIZE,
        )


def stanzas_of(stanzas: Sequence[Stanza], stanza_type: str, arg_count: int) -> Iterator[Stanza]:
    """The stanzas of one type, each checked to have exactly ``arg_count`` arguments."""
    for stanza in stanzas:
        if stanza.type != stanza_type:
            continue
        if len(stanza.args) != arg_count:
            raise HeaderError(
                _T(
                    "errors",
                    "malformed {stanza_type} stanza: {count} arguments, expected {arg_count}",
                ),
                stanza_type=stanza_type,
                count=len(stanza.args),
                arg_count=arg_count,
            )
        yield stanza


def decode_arg(stanza: Stanza, index: int, what: str, size: int) -> bytes:
    """Argument ``index`` of ``stanza``, strict base64 of exactly ``size`` bytes."""
    try:
        data = strict_base64.decode(stanza.args[index])
    except ValueError as exc:
        raise HeaderError(
            _T("errors", "malformed {type} stanza {what}: {exc}"),
            type=stanza.type,
            what=what,
            exc=exc,
        ) from None
    if len(data) != size:
        raise HeaderError(
            _T("errors", "malformed {type} stanza: the {what} is not {size} bytes"),
            type=stanza.type,
            what=what,
            size=size,
        )
    return data


class PublicKeyRecipient:
    """What the public-key recipients (X25519, hybrid) share: their bytes, their bech32
    string, and equality by key."""

    hrp: ClassVar[str]
    stanza_type: ClassVar[str]
    post_quantum: ClassVar[bool]
    _public: bytes

    @property
    def public_bytes(self) -> bytes:
        return self._public

    def encode(self) -> str:
        """The ``age1…`` string people share."""
        return bech32.encode(self.hrp, self._public)

    def __str__(self) -> str:
        return self.encode()

    def __repr__(self) -> str:
        text = self.encode()
        return f"{type(self).__name__}({text if len(text) < 80 else text[:24] + '…'!r})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._public == self._public  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.stanza_type, self._public))
