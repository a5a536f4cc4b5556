"""Ed25519 signatures in OpenSSH's SSHSIG format, so ``ssh-keygen -Y verify`` can check them.

Every current Windows, macOS and Linux ships ``ssh-keygen``; a receiver can therefore
check a bundle's signature with no Quire installed. Format: OpenSSH PROTOCOL.sshsig
(magic "SSHSIG", version 1, the public key, a namespace, SHA-512 of the message).
"""

from __future__ import annotations

import base64
import hashlib
import struct

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.errors import TranslatableError
from app.i18n import QT_TRANSLATE_NOOP as _T

MAGIC = b"SSHSIG"
VERSION = 1
HASH_ALG = "sha512"
KEY_TYPE = "ssh-ed25519"
_BEGIN = "-----BEGIN SSH SIGNATURE-----"
_END = "-----END SSH SIGNATURE-----"


class SignatureError(TranslatableError):
    """The signature is malformed, for another namespace or key, or does not match."""


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


class _Reader:
    def __init__(self, data: bytes) -> None:
        self._data, self._off = data, 0

    def take(self, n: int) -> bytes:
        if self._off + n > len(self._data):
            raise SignatureError(_T("errors", "the signature is truncated"))
        out = self._data[self._off : self._off + n]
        self._off += n
        return out

    def string(self) -> bytes:
        return self.take(struct.unpack(">I", self.take(4))[0])

    def done(self) -> bool:
        return self._off == len(self._data)


def public_key_blob(key: Ed25519PublicKey) -> bytes:
    raw = key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return _string(KEY_TYPE.encode()) + _string(raw)


def public_key_line(key: Ed25519PublicKey, comment: str = "") -> str:
    """``ssh-ed25519 AAAA… comment``, as in an authorized_keys or allowed_signers file."""
    line = f"{KEY_TYPE} {base64.b64encode(public_key_blob(key)).decode()}"
    return f"{line} {comment}".rstrip()


def fingerprint(key: Ed25519PublicKey) -> str:
    """``SHA256:…`` exactly as ``ssh-keygen -l`` prints it."""
    digest = hashlib.sha256(public_key_blob(key)).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


def _key_from_blob(blob: bytes) -> Ed25519PublicKey:
    r = _Reader(blob)
    if r.string() != KEY_TYPE.encode():
        raise SignatureError(_T("errors", "the signing key is not ssh-ed25519"))
    raw = r.string()
    if len(raw) != 32 or not r.done():
        raise SignatureError(_T("errors", "the signing key is malformed"))
    return Ed25519PublicKey.from_public_bytes(raw)


def _signed_data(namespace: str, message_hash: bytes) -> bytes:
    return (
        MAGIC
        + _string(namespace.encode())
        + _string(b"")
        + _string(HASH_ALG.encode())
        + _string(message_hash)
    )


def sign(key: Ed25519PrivateKey, message: bytes, namespace: str) -> str:
    """The armored signature of ``message`` (a ``.sig`` file's text)."""
    digest = hashlib.sha512(message).digest()
    raw_sig = key.sign(_signed_data(namespace, digest))
    blob = (
        MAGIC
        + struct.pack(">I", VERSION)
        + _string(public_key_blob(key.public_key()))
        + _string(namespace.encode())
        + _string(b"")
        + _string(HASH_ALG.encode())
        + _string(_string(KEY_TYPE.encode()) + _string(raw_sig))
    )
    b64 = base64.b64encode(blob).decode()
    lines = [b64[i : i + 70] for i in range(0, len(b64), 70)]
    return "\n".join([_BEGIN, *lines, _END]) + "\n"


def verify(armored: str, message: bytes, namespace: str) -> Ed25519PublicKey:
    """Check the signature; returns the signer's key (compare it with the one you trust)."""
    text = armored.strip()
    if not (text.startswith(_BEGIN) and text.endswith(_END)):
        raise SignatureError(_T("errors", "not an SSH signature"))
    try:
        blob = base64.b64decode("".join(text[len(_BEGIN) : -len(_END)].split()), validate=True)
    except ValueError:
        raise SignatureError(_T("errors", "the signature is not valid base64")) from None
    r = _Reader(blob)
    if r.take(6) != MAGIC or struct.unpack(">I", r.take(4))[0] != VERSION:
        raise SignatureError(_T("errors", "not an SSHSIG version 1 signature"))
    key = _key_from_blob(r.string())
    if r.string() != namespace.encode():
        raise SignatureError(
            _T("errors", "the signature is not for namespace {namespace}"),
            namespace=repr(namespace),
        )
    r.string()  # reserved
    if r.string() != HASH_ALG.encode():
        raise SignatureError(_T("errors", "unsupported signature hash"))
    sig = _Reader(r.string())
    if sig.string() != KEY_TYPE.encode() or not r.done():
        raise SignatureError(_T("errors", "malformed signature"))
    raw_sig = sig.string()
    try:
        key.verify(raw_sig, _signed_data(namespace, hashlib.sha512(message).digest()))
    except InvalidSignature:
        raise SignatureError(_T("errors", "the signature does not match the signed file")) from None
    return key
