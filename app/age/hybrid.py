"""The hybrid post-quantum recipient type mlkem768x25519 (``age1pq1…`` / ``AGE-SECRET-KEY-PQ-1…``).

HPKE with the X-Wing style KEM ML-KEM-768 + X25519: a file stays confidential unless *both*
ML-KEM-768 and X25519 are broken, which protects bundles recorded today against a future
quantum computer. ``cryptography`` provides the HPKE suite; we add the seed expansion age
uses for identities and the all-zero X25519 check the spec requires.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey, MLKEM768PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.age import bech32, strict_base64
from app.age.stanza import (
    FILE_KEY_SIZE,
    PublicKeyRecipient,
    Stanza,
    check_body_size,
    decode_arg,
    stanzas_of,
)
from app.age.x25519 import checked_exchange

STANZA_TYPE = "mlkem768x25519"
RECIPIENT_HRP = "age1pq"
IDENTITY_HRP = "AGE-SECRET-KEY-PQ-"
SEED_SIZE = 32
MLKEM_PUBLIC_SIZE = 1184
X25519_SIZE = 32
PUBLIC_SIZE = MLKEM_PUBLIC_SIZE + X25519_SIZE
ENC_SIZE = 1120
_MLKEM_CIPHERTEXT_SIZE = ENC_SIZE - X25519_SIZE
_INFO = b"age-encryption.org/mlkem768x25519"
_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


class HybridRecipient(PublicKeyRecipient):
    """A post-quantum public key: the 1184-byte ML-KEM key then the 32-byte X25519 key.

    Its ``age1pq1…`` string is about 1,960 characters.
    """

    hrp = RECIPIENT_HRP
    stanza_type = STANZA_TYPE
    post_quantum = True

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != PUBLIC_SIZE:
            raise ValueError(f"an mlkem768x25519 public key is {PUBLIC_SIZE} bytes")
        self._public = bytes(public_key)
        # from_public_bytes validates the ML-KEM key (FIPS 203 modulus check).
        mlkem = MLKEM768PublicKey.from_public_bytes(self._public[:MLKEM_PUBLIC_SIZE])
        x25519 = X25519PublicKey.from_public_bytes(self._public[MLKEM_PUBLIC_SIZE:])
        self._key = hpke.MLKEM768X25519PublicKey(mlkem, x25519)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        if len(file_key) != FILE_KEY_SIZE:
            raise ValueError("the file key must be 16 bytes")
        sealed = _SUITE.encrypt(file_key, self._key, info=_INFO)
        enc, body = sealed[:ENC_SIZE], sealed[ENC_SIZE:]
        return [Stanza(STANZA_TYPE, (strict_base64.encode(enc),), body)]


class HybridIdentity:
    """A post-quantum secret key: a 32-byte seed expanded with SHAKE-256 into both keys."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != SEED_SIZE:
            raise ValueError("an mlkem768x25519 identity seed is 32 bytes")
        self._seed = bytes(seed)
        expanded = hashlib.shake_256(self._seed).digest(96)
        mlkem = MLKEM768PrivateKey.from_seed_bytes(expanded[:64])
        self._x25519 = X25519PrivateKey.from_private_bytes(expanded[64:96])
        self._key = hpke.MLKEM768X25519PrivateKey(mlkem, self._x25519)
        self._recipient = HybridRecipient(
            mlkem.public_key().public_bytes_raw() + self._x25519.public_key().public_bytes_raw()
        )

    @classmethod
    def generate(cls) -> HybridIdentity:
        return cls(os.urandom(SEED_SIZE))

    @property
    def recipient(self) -> HybridRecipient:
        return self._recipient

    def encode(self) -> str:
        """The secret ``AGE-SECRET-KEY-PQ-1…`` string (keep it secret)."""
        return bech32.encode(IDENTITY_HRP, self._seed).upper()

    def __repr__(self) -> str:  # never show the secret
        return f"HybridIdentity(recipient={self._recipient.encode()[:24]!r}…)"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas_of(stanzas, STANZA_TYPE, 1):
            enc = decode_arg(stanza, 0, "enc", ENC_SIZE)
            check_body_size(stanza)
            # cryptography reports an all-zero X25519 secret as a plain decryption failure;
            # age requires treating it as a malformed stanza, so check it first.
            checked_exchange(self._x25519, enc[_MLKEM_CIPHERTEXT_SIZE:], STANZA_TYPE)
            try:
                file_key = _SUITE.decrypt(enc + stanza.body, self._key, info=_INFO)
            except (InvalidTag, ValueError):
                continue
            if len(file_key) == FILE_KEY_SIZE:
                return file_key
        return None
