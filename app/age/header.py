"""The age v1 text header: encoding and strict parsing.

    age-encryption.org/v1
    -> X25519 <base64 share>
    <base64 body, wrapped at 64 columns, ending with a line shorter than 64>
    --- <base64 HMAC-SHA-256>

Parsing is strict on purpose: only the canonical encoding is accepted, so a header has one
byte representation and the MAC (over the bytes up to and including ``---``) covers exactly
what the parser understood. Anything else is a :class:`~app.age.errors.HeaderError`.
"""

from __future__ import annotations

import hmac
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from hashlib import sha256
from typing import BinaryIO

from app.age import strict_base64
from app.age.errors import HeaderError, HeaderMacError
from app.age.kdf import header_mac_key
from app.age.stanza import Stanza
from app.i18n import QT_TRANSLATE_NOOP as _T

VERSION_PREFIX = b"age-encryption.org/"
VERSION_LINE = b"age-encryption.org/v1\n"
COLUMNS = 64
MAC_SIZE = 32
# The age spec sets no bound, and the reference age (FiloSottile/age#701) and rage long
# read headers of any size; a 16 MiB header of tiny stanzas then cost 33 s and 433 MiB
# here before its refusal. A stanza is about 100 bytes for X25519 and 1.6 KB for a
# post-quantum recipient, and every X25519-like stanza costs a key agreement per identity
# before the MAC can be checked, so both the stanza count and the size are capped, and
# checked while the header is read (the stanza line past the cap is refused before its
# body). 256 post-quantum stanzas take about 410 KB; Quire never writes more than it reads.
MAX_STANZAS = 256
MAX_HEADER_SIZE = 1024 * 1024
_READ_SIZE = 16 * 1024
_ARGUMENT = re.compile(rb"[\x21-\x7e]+")
_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/]*")


@dataclass(frozen=True)
class Header:
    """A parsed header; ``mac_input`` is the exact byte range the MAC covers."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes

    @property
    def size(self) -> int:
        """Length of the encoded header in bytes (the payload nonce starts here)."""
        return len(self.mac_input) + 2 + len(strict_base64.encode(self.mac))

    def verify_mac(self, file_key: bytes) -> None:
        """Raise :class:`HeaderMacError` unless the MAC matches under ``file_key``."""
        if not hmac.compare_digest(compute_mac(file_key, self.mac_input), self.mac):
            raise HeaderMacError(_T("errors", "header MAC mismatch: the header was modified"))


def compute_mac(file_key: bytes, mac_input: bytes) -> bytes:
    """HMAC-SHA-256 of the header bytes up to and including ``---``."""
    return hmac.new(header_mac_key(file_key), mac_input, sha256).digest()


def _encode_stanza(stanza: Stanza) -> bytes:
    line = "-> " + " ".join((stanza.type, *stanza.args)) + "\n"
    body = strict_base64.encode(stanza.body)
    lines = [body[i : i + COLUMNS] for i in range(0, len(body), COLUMNS)]
    if len(body) % COLUMNS == 0:
        lines.append("")  # the body always ends with a short (possibly empty) line
    return (line + "".join(part + "\n" for part in lines)).encode("ascii")


def encode_header(stanzas: Iterable[Stanza], file_key: bytes) -> bytes:
    """Encode the header for ``stanzas`` and seal it with the MAC keyed by ``file_key``."""
    parts = [VERSION_LINE, *(_encode_stanza(s) for s in stanzas)]
    if len(parts) == 1:
        raise ValueError("a header needs at least one stanza")
    mac_input = b"".join(parts) + b"---"
    mac = compute_mac(file_key, mac_input)
    return mac_input + b" " + strict_base64.encode(mac).encode("ascii") + b"\n"


class _LineReader:
    """Reads ``\\n``-terminated lines from a stream, keeping what it read past them."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._buf = bytearray()
        self._pos = 0
        self._scanned = 0  # no newline before this offset (keeps scanning linear)
        self._eof = False

    def readline(self) -> bytes:
        """Return the next line including its ``\\n``; a header line can't end at EOF."""
        while True:
            end = self._buf.find(b"\n", max(self._pos, self._scanned))
            if end >= MAX_HEADER_SIZE:
                raise _too_large()
            if end >= 0:
                line = bytes(self._buf[self._pos : end + 1])
                self._pos = end + 1
                return line
            self._scanned = len(self._buf)
            if self._eof:
                what = "is empty" if not self._buf else "ends inside the header"
                raise HeaderError(
                    _T("errors", "not a complete age file: the file {what}"), what=what
                )
            if len(self._buf) >= MAX_HEADER_SIZE:
                raise _too_large()
            data = self._raw.read(_READ_SIZE)
            if not data:
                self._eof = True
            else:
                self._buf += data

    @property
    def consumed(self) -> int:
        return self._pos

    def consumed_bytes(self, end: int) -> bytes:
        """The bytes read so far up to offset ``end`` (the header is never trimmed)."""
        return bytes(self._buf[:end])

    def leftover(self) -> bytes:
        return bytes(self._buf[self._pos :])


def _too_large() -> HeaderError:
    return HeaderError(
        _T("errors", "header too large: more than {value} KiB (Quire reads at most that)"),
        value=MAX_HEADER_SIZE // 1024,
    )


def check_stanza_count(count: int) -> None:
    """Refuse more recipient stanzas than a reader accepts (see :data:`MAX_STANZAS`)."""
    if count > MAX_STANZAS:
        raise HeaderError(
            _T(
                "errors",
                "header has too many recipient stanzas: more than {max_stanzas} (Quire reads at "
                "most that many)",
            ),
            max_stanzas=MAX_STANZAS,
        )


def _parse_arguments(line: bytes) -> tuple[str, tuple[str, ...]]:
    parts = line[3:-1].split(b" ")
    if not line.startswith(b"-> ") or not all(_ARGUMENT.fullmatch(p) for p in parts):
        raise HeaderError(
            _T("errors", "malformed stanza line (arguments must be printable ASCII, one space)")
        )
    words = [p.decode("ascii") for p in parts]
    return words[0], tuple(words[1:])


def _parse_body(lines: _LineReader) -> bytes:
    encoded = []
    while True:
        line = lines.readline()[:-1]
        if len(line) > COLUMNS or not _BASE64_LINE.fullmatch(line):
            raise HeaderError(
                _T("errors", "malformed stanza body (or a stanza missing its final short line)")
            )
        encoded.append(line)
        if len(line) < COLUMNS:
            break
    try:
        return strict_base64.decode(b"".join(encoded))
    except ValueError as exc:
        raise HeaderError(_T("errors", "malformed stanza body: {exc}"), exc=exc) from None


def _parse_mac_line(line: bytes) -> bytes:
    if not line.startswith(b"--- "):
        raise HeaderError(_T("errors", "malformed MAC line"))
    try:
        mac = strict_base64.decode(line[4:-1])
    except ValueError as exc:
        raise HeaderError(_T("errors", "malformed header MAC: {exc}"), exc=exc) from None
    if len(mac) != MAC_SIZE:
        raise HeaderError(_T("errors", "malformed header MAC: wrong length"))
    return mac


def _parse(lines: _LineReader) -> Header:
    version = lines.readline()
    if version != VERSION_LINE:
        if version.startswith(VERSION_PREFIX):
            raise HeaderError(_T("errors", "unsupported age format version"))
        raise HeaderError(_T("errors", "not an age file (no age-encryption.org/v1 line)"))
    stanzas: list[Stanza] = []
    while True:
        start = lines.consumed
        line = lines.readline()
        if line.startswith(b"---"):
            mac = _parse_mac_line(line)
            break
        if not line.startswith(b"->"):
            raise HeaderError(
                _T("errors", "malformed header line (expected a stanza or the MAC line)")
            )
        check_stanza_count(len(stanzas) + 1)  # before the body is read or any key is tried
        kind, args = _parse_arguments(line)
        stanzas.append(Stanza(kind, args, _parse_body(lines)))
    if not stanzas:
        raise HeaderError(_T("errors", "header has no recipient stanzas"))
    return Header(tuple(stanzas), mac, lines.consumed_bytes(start) + b"---")


def read_header(raw: BinaryIO) -> tuple[Header, bytes]:
    """Parse a header from the current position of ``raw``.

    Returns the header and the bytes that were read past its end (the payload start),
    so the caller can either seek back or keep reading from them.
    """
    lines = _LineReader(raw)
    return _parse(lines), lines.leftover()


def parse_header(data: bytes) -> Header:
    """Parse the header at the start of ``data`` (anything after it is ignored)."""
    return read_header(io.BytesIO(data))[0]
