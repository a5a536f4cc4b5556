"""Time others can vouch for: an RFC 3161 request in every bundle, and checking the token.

A bundle cannot prove when it was made: its ``created_at`` is the sender's clock. What a
court accepts is a token from a time-stamping authority (TSA) saying that a given hash
existed no later than a given time. Quire never opens a socket, so the bundle carries the
*request* (``timestamp-request.tsq``: a DER TimeStampReq whose message imprint is the
SHA-256 of ``manifest.json``, certReq true, a random nonce); the organisation sends it to
any TSA when it receives the bundle (README.txt shows how) and keeps the token (``.tsr``).
``quire-cli verify BUNDLE --tsr FILE`` then checks that token against this bundle:

- the response's status is granted and it carries a token (CMS SignedData of a TSTInfo);
- the TSTInfo's imprint is SHA-256 of this bundle's ``manifest.json`` and its nonce the
  request's;
- the signer certificate (in the token) has the critical timeStamping key purpose, the
  ``messageDigest`` attribute is the digest of the TSTInfo, and the signature over the
  signed attributes verifies with that certificate's RSA or ECDSA key;
- with a TSA certificate given, the signer certificate is that one or directly issued by it.

What that proves: the manifest (so every file it lists by SHA-256, and the signature over
it) existed no later than the token's time. It says nothing about when the incidents
happened, who made the bundle, or that it was not made earlier; and without a TSA
certificate the person checking has only the token's own word for who signed it.

A TimeStampReq is small and fixed, so it is written by the encoder below rather than by a
new dependency (``cryptography`` has no TSP); the reader takes only DER's definite
lengths, bounds its nesting, and treats anything malformed as a damaged token.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from app.errors import DamagedDataError, QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T

if TYPE_CHECKING:  # x509 is imported where a token is checked: every export writes a request
    from cryptography import x509

SHA256_OID = "2.16.840.1.101.3.4.2.1"
_SIGNED_DATA = "1.2.840.113549.1.7.2"
_TST_INFO = "1.2.840.113549.1.9.16.1.4"
_CONTENT_TYPE_ATTR = "1.2.840.113549.1.9.3"
_MESSAGE_DIGEST_ATTR = "1.2.840.113549.1.9.4"
_DIGESTS: dict[str, type[hashes.HashAlgorithm]] = {
    "1.3.14.3.2.26": hashes.SHA1,
    SHA256_OID: hashes.SHA256,
    "2.16.840.1.101.3.4.2.2": hashes.SHA384,
    "2.16.840.1.101.3.4.2.3": hashes.SHA512,
}
MAX_TOKEN = 1024 * 1024  # a real token is a few KiB; a larger file is not one
_MAX_DEPTH = 32

# ---------------------------------------------------------------- DER: writing


def _tlv(tag: int, content: bytes) -> bytes:
    n = len(content)
    if n < 0x80:
        return bytes([tag, n]) + content
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + content


def _integer(value: int) -> bytes:
    """A non-negative INTEGER (a leading zero byte keeps the top bit clear)."""
    body = value.to_bytes(value.bit_length() // 8 + 1, "big")
    return _tlv(0x02, body)


def _oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    out = bytearray([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(chunk))
    return _tlv(0x06, bytes(out))


def _sequence(*items: bytes) -> bytes:
    return _tlv(0x30, b"".join(items))


def timestamp_request(manifest: bytes, nonce: int | None = None) -> bytes:
    """The DER TimeStampReq (RFC 3161 §2.4.1) for ``manifest``: v1, SHA-256 imprint,
    a random 64-bit nonce, certReq true (the token then carries the TSA's certificate)."""
    if nonce is None:
        nonce = int.from_bytes(os.urandom(8), "big") | 1 << 63  # always eight bytes' worth
    imprint = _sequence(
        _sequence(_oid(SHA256_OID), b"\x05\x00"),
        _tlv(0x04, hashlib.sha256(manifest).digest()),
    )
    return _sequence(_integer(1), imprint, _integer(nonce), b"\x01\x01\xff")


# ---------------------------------------------------------------- DER: reading


def _damaged(detail: str, **values: object) -> DamagedDataError:
    return DamagedDataError(_T("errors", "The time-stamp token"), detail, **values)


@dataclass(frozen=True)
class _Node:
    tag: int
    content: bytes
    raw: bytes  # tag, length and content: what a signature or a comparison covers

    def children(self, depth: int = 0) -> list[_Node]:
        if not self.tag & 0x20:
            raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
        return _parse_all(self.content, depth + 1)


def _parse_one(data: bytes, pos: int, depth: int = 0) -> tuple[_Node, int]:
    if depth > _MAX_DEPTH or pos + 2 > len(data):
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    start, tag = pos, data[pos]
    if tag & 0x1F == 0x1F:  # high tag numbers: nothing in a token uses them
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    first = data[pos + 1]
    pos += 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or pos + count > len(data):  # 0: indefinite (not DER)
            raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    if pos + length > len(data):
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    return _Node(tag, data[pos : pos + length], data[start : pos + length]), pos + length


def _parse_all(data: bytes, depth: int = 0) -> list[_Node]:
    out, pos = [], 0
    while pos < len(data):
        node, pos = _parse_one(data, pos, depth)
        out.append(node)
    return out


def _parse_root(data: bytes) -> _Node:
    node, end = _parse_one(data, 0)
    if end != len(data):
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    return node


def _expect(node: _Node, tag: int) -> _Node:
    if node.tag != tag:
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    return node


def _int(node: _Node) -> int:
    return int.from_bytes(_expect(node, 0x02).content, "big", signed=True)


def _oid_text(node: _Node) -> str:
    body = _expect(node, 0x06).content
    if not body:
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    parts, value = [], 0
    for byte in body[1:]:
        value = value << 7 | byte & 0x7F
        if not byte & 0x80:
            parts.append(value)
            value = 0
    first = body[0]
    head = [min(first // 40, 2), first - 40 * min(first // 40, 2)]
    return ".".join(str(p) for p in head + parts)


@dataclass(frozen=True)
class Request:
    """What a TimeStampReq asks for: the hash and the nonce the token must repeat."""

    digest: bytes
    nonce: int | None


def parse_request(data: bytes) -> Request:
    """The SHA-256 imprint and nonce of a TimeStampReq (a bundle's own request)."""
    try:
        fields = _expect(_parse_root(data), 0x30).children()
        imprint = _expect(fields[1], 0x30).children()
        algorithm = _oid_text(_expect(imprint[0], 0x30).children()[0])
        digest = _expect(imprint[1], 0x04).content
    except IndexError:
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes")) from None
    if _int(fields[0]) != 1 or algorithm != SHA256_OID or len(digest) != 32:
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    nonce = next((_int(f) for f in fields[2:] if f.tag == 0x02), None)
    return Request(digest, nonce)


# ---------------------------------------------------------------- the token


@dataclass(frozen=True)
class TimestampProof:
    """What a checked token proves, and by whose word."""

    time: datetime  # the TSA's genTime: the manifest existed no later than this
    tsa: str  # the signer certificate's subject, as RFC 4514 text
    serial: int  # the token's serial number at that TSA
    anchored: bool  # True when the signer was checked against a certificate given to us


def _generalized_time(node: _Node) -> datetime:
    text = _expect(node, 0x18).content.decode("ascii", "replace")
    if not text.endswith("Z") or len(text) < 15:
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    try:
        stamp = datetime.strptime(text[:14], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes")) from None
    fraction = text[14:-1]
    if fraction.startswith(".") and fraction[1:].isdigit():
        stamp = stamp.replace(microsecond=int(fraction[1:7].ljust(6, "0")))
    return stamp


def _signer_certificate(certs: list[x509.Certificate], sid: _Node) -> x509.Certificate:
    """The certificate the SignerInfo names (issuer and serial, or subject key id)."""
    from cryptography import x509

    for cert in certs:
        if sid.tag == 0x30:
            issuer, serial = sid.children()[:2]
            if cert.serial_number == _int(serial) and cert.issuer.public_bytes() == issuer.raw:
                return cert
        elif sid.tag == 0x80:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
            except x509.ExtensionNotFound:
                continue
            if ski.value.digest == sid.content:
                return cert
    raise _damaged(_T("errors", "it does not carry its signer's certificate"))


def _check_signature(
    cert: x509.Certificate, algorithm: hashes.HashAlgorithm, signed: bytes, signature: bytes
) -> None:
    key = cert.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, signed, padding.PKCS1v15(), algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, signed, ec.ECDSA(algorithm))
        else:
            raise _damaged(_T("errors", "its signer's key is neither RSA nor ECDSA"))
    except InvalidSignature:
        raise _damaged(_T("errors", "its signature does not verify")) from None


def _check_purpose(cert: x509.Certificate) -> None:
    """RFC 3161 §2.3: the TSA's certificate is for time-stamping, said critically."""
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    except x509.ExtensionNotFound:
        eku = None
    if eku is None or not eku.critical or ExtendedKeyUsageOID.TIME_STAMPING not in eku.value:
        raise QuireError(
            _T("errors", "The time-stamp token's signer certificate is not one for time-stamping.")
        )


def _check_anchor(cert: x509.Certificate, anchor: x509.Certificate) -> None:
    """The signer is the given TSA certificate or was issued directly by it."""
    if cert == anchor:
        return
    try:
        cert.verify_directly_issued_by(anchor)
    except (ValueError, TypeError, InvalidSignature):
        raise QuireError(
            _T(
                "errors",
                "The time-stamp token was not signed by the given TSA certificate "
                "nor by one it issued.",
            )
        ) from None


def verify_token(
    response: bytes,
    manifest: bytes,
    request: Request | None = None,
    anchor: x509.Certificate | None = None,
) -> TimestampProof:
    """Check a TimeStampResp (``.tsr``) against a bundle's ``manifest.json``.

    Raises QuireError (exit 1) for a token that is sound but not for this bundle or not
    from the given TSA, and DamagedDataError (exit 3) for one that is malformed or altered.
    """
    from cryptography import x509

    if len(response) > MAX_TOKEN:
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    try:
        return _verify(response, manifest, request, anchor)
    except (IndexError, ValueError, UnsupportedAlgorithm, x509.InvalidVersion):
        # A structure cut short, a certificate that is no DER, an unknown key or version.
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes")) from None


def _verify(
    response: bytes,
    manifest: bytes,
    request: Request | None,
    anchor: x509.Certificate | None,
) -> TimestampProof:
    resp = _expect(_parse_root(response), 0x30).children()
    status = _int(_expect(resp[0], 0x30).children()[0])
    if status not in (0, 1) or len(resp) < 2:  # 0 granted, 1 granted with modifications
        raise QuireError(
            _T("errors", "The time-stamp authority did not grant this token (status {status})."),
            status=status,
        )
    from cryptography import x509

    content_info = _expect(resp[1], 0x30).children()
    if _oid_text(content_info[0]) != _SIGNED_DATA:
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    signed_data = _expect(_expect(content_info[1], 0xA0).children()[0], 0x30).children()
    encap = _expect(signed_data[2], 0x30).children()
    if _oid_text(encap[0]) != _TST_INFO:
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    tst_der = _expect(_expect(encap[1], 0xA0).children()[0], 0x04).content
    rest = signed_data[3:]
    certs = [
        x509.load_der_x509_certificate(n.raw)
        for block in rest
        if block.tag == 0xA0
        for n in block.children()
        if n.tag == 0x30
    ]
    signer_infos = [n for n in rest if n.tag == 0x31]
    if len(signer_infos) != 1 or len(signer_infos[0].children()) != 1:
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    info = _expect(signer_infos[0].children()[0], 0x30).children()
    cert = _signer_certificate(certs, info[1])
    digest_oid = _oid_text(_expect(info[2], 0x30).children()[0])
    if digest_oid not in _DIGESTS:
        raise _damaged(_T("errors", "it uses a digest Quire does not check"))
    algorithm = _DIGESTS[digest_oid]()
    attrs = _expect(info[3], 0xA0)
    signature = _expect(info[5], 0x04).content
    found: dict[str, _Node] = {}
    for attr in attrs.children():
        parts = _expect(attr, 0x30).children()
        found[_oid_text(parts[0])] = _expect(parts[1], 0x31).children()[0]
    digest = hashes.Hash(_DIGESTS[digest_oid]())
    digest.update(tst_der)
    if (
        _MESSAGE_DIGEST_ATTR not in found
        or _expect(found[_MESSAGE_DIGEST_ATTR], 0x04).content != digest.finalize()
    ):
        raise _damaged(_T("errors", "its signed digest does not match its content"))
    if _CONTENT_TYPE_ATTR not in found or _oid_text(found[_CONTENT_TYPE_ATTR]) != _TST_INFO:
        raise _damaged(_T("errors", "its structure is not what RFC 3161 describes"))
    # The signature covers the attributes as a SET (RFC 5652 §5.4), not as the [0] they sit in.
    _check_signature(cert, algorithm, b"\x31" + attrs.raw[1:], signature)
    _check_purpose(cert)
    if anchor is not None:
        _check_anchor(cert, anchor)
    return _check_tst_info(tst_der, manifest, request, cert, anchor is not None)


def _check_tst_info(
    tst_der: bytes,
    manifest: bytes,
    request: Request | None,
    cert: x509.Certificate,
    anchored: bool,
) -> TimestampProof:
    tst = _expect(_parse_root(tst_der), 0x30).children()
    imprint = _expect(tst[2], 0x30).children()
    algorithm = _oid_text(_expect(imprint[0], 0x30).children()[0])
    hashed = _expect(imprint[1], 0x04).content
    if algorithm != SHA256_OID or hashed != hashlib.sha256(manifest).digest():
        raise QuireError(
            _T(
                "errors",
                "The time-stamp token is for another file, not this bundle's manifest.json.",
            )
        )
    nonce = next((_int(n) for n in tst[5:] if n.tag == 0x02), None)
    if request is not None and request.nonce is not None and nonce != request.nonce:
        raise QuireError(
            _T("errors", "The time-stamp token answers another request than this bundle's.")
        )
    return TimestampProof(
        time=_generalized_time(tst[4]),
        tsa=cert.subject.rfc4514_string(),
        serial=_int(tst[3]),
        anchored=anchored,
    )


def load_certificate(data: bytes) -> x509.Certificate:
    """A TSA certificate given by the person checking (PEM or DER)."""
    from cryptography import x509

    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise QuireError(_T("errors", "The TSA certificate file is not a certificate.")) from None
