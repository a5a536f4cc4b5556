"""The age key schedule: every key age derives comes from HKDF-SHA-256 with 32-byte output.

Keeping the derivations in one place makes the domain separation (the ``info`` labels)
easy to audit.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_SIZE = 32
PAYLOAD_NONCE_SIZE = 16


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    """HKDF-Extract(salt, ikm) then HKDF-Expand(info) to 32 bytes (RFC 5869).

    An empty salt is the same as no salt: RFC 5869 pads the HMAC key with zeros either way.
    """
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=salt or None, info=info).derive(
        ikm
    )


def header_mac_key(file_key: bytes) -> bytes:
    """Key of the header HMAC: binds the header to the file key."""
    return hkdf_sha256(file_key, b"", b"header")


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """Key of the payload STREAM; the per-file nonce makes it unique even if a key repeats."""
    if len(nonce) != PAYLOAD_NONCE_SIZE:
        raise ValueError("the payload nonce must be 16 bytes")
    return hkdf_sha256(file_key, nonce, b"payload")
