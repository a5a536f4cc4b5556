"""The native X25519 recipient type (``age1…`` / ``AGE-SECRET-KEY-1…``).

Each file gets a fresh ephemeral key per recipient; the wrap key is derived from the ECDH
shared secret salted with both public keys, so a stanza is bound to its recipient.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.age import bech32, strict_base64
from app.age.errors import HeaderError
from app.age.kdf import hkdf_sha256
from app.age.stanza import (
    PublicKeyRecipient,
    Stanza,
    check_body_size,
    decode_arg,
    open_file_key,
    seal_file_key,
    stanzas_of,
)
from app.i18n import QT_TRANSLATE_NOOP as _T

STANZA_TYPE = "X25519"
RECIPIENT_HRP = "age"
IDENTITY_HRP = "AGE-SECRET-KEY-"
KEY_SIZE = 32
_INFO = b"age-encryption.org/v1/X25519"


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes_raw()


def checked_exchange(private: X25519PrivateKey, share: bytes, stanza_type: str) -> bytes:
    """ECDH that refuses the all-zero secret (a low-order share), as the spec demands."""
    try:
        return private.exchange(X25519PublicKey.from_public_bytes(share))
    except ValueError:
        raise HeaderError(
            _T(
                "errors", "malformed {stanza_type} stanza: low-order share (all-zero shared secret)"
            ),
            stanza_type=stanza_type,
        ) from None


class X25519Recipient(PublicKeyRecipient):
    """A classic (not quantum-resistant) public key to encrypt to."""

    hrp = RECIPIENT_HRP
    stanza_type = STANZA_TYPE
    post_quantum = False

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != KEY_SIZE:
            raise ValueError("an X25519 public key is 32 bytes")
        self._public = bytes(public_key)
        self._key = X25519PublicKey.from_public_bytes(self._public)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ephemeral = X25519PrivateKey.generate()
        share = _public_bytes(ephemeral.public_key())
        secret = ephemeral.exchange(self._key)
        wrap_key = hkdf_sha256(secret, share + self._public, _INFO)
        body = seal_file_key(wrap_key, file_key)
        return [Stanza(STANZA_TYPE, (strict_base64.encode(share),), body)]


class X25519Identity:
    """A classic secret key; ``encode()`` gives the ``AGE-SECRET-KEY-1…`` string."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) != KEY_SIZE:
            raise ValueError("an X25519 secret key is 32 bytes")
        self._secret = bytes(secret)
        self._key = X25519PrivateKey.from_private_bytes(self._secret)
        self._recipient = X25519Recipient(_public_bytes(self._key.public_key()))

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(os.urandom(KEY_SIZE))

    @property
    def recipient(self) -> X25519Recipient:
        return self._recipient

    def encode(self) -> str:
        """The secret ``AGE-SECRET-KEY-1…`` string (keep it secret)."""
        return bech32.encode(IDENTITY_HRP, self._secret).upper()

    def __repr__(self) -> str:  # never show the secret, e.g. in a traceback or a log
        return f"X25519Identity(recipient={self._recipient.encode()!r})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas_of(stanzas, STANZA_TYPE, 1):
            share = decode_arg(stanza, 0, "share", KEY_SIZE)
            check_body_size(stanza)
            secret = checked_exchange(self._key, share, STANZA_TYPE)
            wrap_key = hkdf_sha256(secret, share + self._recipient.public_bytes, _INFO)
            file_key = open_file_key(wrap_key, stanza.body)
            if file_key is not None:
                return file_key
        return None
