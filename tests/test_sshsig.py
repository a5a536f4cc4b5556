"""Quire's own SSHSIG verifier, without ssh-keygen: each check it makes is needed.

The interop tests (tests/test_bundle.py, marked interop) show ssh-keygen agrees with what
Quire writes; these show what Quire itself refuses.
"""

from __future__ import annotations

import base64
import hashlib
import struct

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.crypto import sshsig

KEY = Ed25519PrivateKey.generate()
MESSAGE = b'{"format": "quire-bundle"}'
NS = "quire-bundle"


def _blob(armored: str) -> bytearray:
    lines = armored.strip().splitlines()
    return bytearray(base64.b64decode("".join(lines[1:-1])))


def _armor(blob: bytes) -> str:
    b64 = base64.b64encode(bytes(blob)).decode()
    body = [b64[i : i + 70] for i in range(0, len(b64), 70)]
    return "\n".join(["-----BEGIN SSH SIGNATURE-----", *body, "-----END SSH SIGNATURE-----"])


def test_round_trip_returns_the_signers_key() -> None:
    key = sshsig.verify(sshsig.sign(KEY, MESSAGE, NS), MESSAGE, NS)
    assert sshsig.fingerprint(key) == sshsig.fingerprint(KEY.public_key())
    assert sshsig.fingerprint(key).startswith("SHA256:") and len(sshsig.fingerprint(key)) == 50


def test_wrong_namespace_is_named() -> None:
    with pytest.raises(sshsig.SignatureError, match="namespace"):
        sshsig.verify(sshsig.sign(KEY, MESSAGE, "file"), MESSAGE, NS)


@pytest.mark.parametrize("offset", [-1, -32, -64])
def test_flipped_signature_byte(offset: int) -> None:
    blob = _blob(sshsig.sign(KEY, MESSAGE, NS))
    blob[offset] ^= 0x01  # the raw Ed25519 signature is the blob's last 64 bytes
    with pytest.raises(sshsig.SignatureError, match="does not match"):
        sshsig.verify(_armor(blob), MESSAGE, NS)


def test_changed_message() -> None:
    with pytest.raises(sshsig.SignatureError, match="does not match"):
        sshsig.verify(sshsig.sign(KEY, MESSAGE, NS), MESSAGE + b" ", NS)


def test_key_swapped_in_the_signature_does_not_verify() -> None:
    """Someone puts their own public key into another's signature: the signature fails."""
    other = Ed25519PrivateKey.generate()
    blob = bytes(_blob(sshsig.sign(KEY, MESSAGE, NS)))
    old = sshsig.public_key_blob(KEY.public_key())
    new = sshsig.public_key_blob(other.public_key())
    with pytest.raises(sshsig.SignatureError):
        sshsig.verify(_armor(blob.replace(old, new)), MESSAGE, NS)


def test_other_hash_algorithm_is_refused() -> None:
    blob = bytes(_blob(sshsig.sign(KEY, MESSAGE, NS)))
    sha512 = struct.pack(">I", 6) + b"sha512"
    with pytest.raises(sshsig.SignatureError, match="hash"):
        sshsig.verify(_armor(blob.replace(sha512, struct.pack(">I", 6) + b"sha256")), MESSAGE, NS)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "-----BEGIN SSH SIGNATURE-----\n!!!\n-----END SSH SIGNATURE-----",
        _armor(b"SSHSIG\x00\x00\x00\x02"),
        _armor(b"SSHSIG\x00\x00\x00\x01\xff\xff\xff\xff"),
        _armor(hashlib.sha256(b"x").digest()),
    ],
)
def test_malformed_signatures_are_signature_errors(text: str) -> None:
    with pytest.raises(sshsig.SignatureError):
        sshsig.verify(text, MESSAGE, NS)
