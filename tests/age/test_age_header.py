"""The header codec: canonical encoding, exact MAC coverage, strict refusal of the rest."""

from __future__ import annotations

import io
import os

import pytest

from app.age import HeaderError, HeaderMacError, Stanza
from app.age.header import COLUMNS, encode_header, parse_header, read_header

FILE_KEY = bytes(range(16))


def _stanzas() -> list[Stanza]:
    return [
        Stanza("X25519", ("TEiF0ypqr+bpvcqXNyCVJpL7OuwPdVwPL7KQEbFDOCc",), os.urandom(32)),
        Stanza("example.com/enigma", ("a", "!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"), b""),
        Stanza("grease", (), os.urandom(48)),
        Stanza("long", (), os.urandom(200)),
    ]


def test_round_trip_and_mac() -> None:
    stanzas = _stanzas()
    encoded = encode_header(stanzas, FILE_KEY)
    header = parse_header(encoded + b"payload follows")
    assert list(header.stanzas) == stanzas
    assert header.size == len(encoded)
    header.verify_mac(FILE_KEY)
    with pytest.raises(HeaderMacError):
        header.verify_mac(bytes(16))


@pytest.mark.parametrize("size", [0, 1, 47, 48, 49, 95, 96, 97, 300])
def test_body_wrapping(size: int) -> None:
    encoded = encode_header([Stanza("t", (), os.urandom(size))], FILE_KEY)
    lines = encoded.split(b"\n")[2:-2]  # the body lines between the stanza line and MAC
    assert all(len(line) == COLUMNS for line in lines[:-1])
    assert len(lines[-1]) < COLUMNS  # always ends with a short line, maybe empty
    assert parse_header(encoded).stanzas[0].body is not None


def test_leftover_is_returned_for_streams() -> None:
    encoded = encode_header(_stanzas(), FILE_KEY)
    header, leftover = read_header(io.BytesIO(encoded + b"NONCE and payload"))
    assert header.size == len(encoded)
    assert leftover == b"NONCE and payload"


def test_encoding_refuses_bad_stanzas() -> None:
    with pytest.raises(ValueError):
        encode_header([], FILE_KEY)
    for bad in ("", "two words", "tab\there", "é"):
        with pytest.raises(ValueError):
            Stanza(bad, (), b"")
        with pytest.raises(ValueError):
            Stanza("ok", (bad,), b"")


GOOD = encode_header([Stanza("X25519", ("abc",), bytes(32))], FILE_KEY)
GOOD_LINES = GOOD.split(b"\n")


def _with_line(index: int, replacement: bytes) -> bytes:
    lines = list(GOOD_LINES)
    lines[index] = replacement
    return b"\n".join(lines)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"age-encryption.org/v1", id="version-no-newline"),
        pytest.param(GOOD.replace(b"/v1", b"/v2"), id="version-v2"),
        pytest.param(GOOD.replace(b"age-", b"AGE-"), id="not-age"),
        pytest.param(GOOD.replace(b"\n", b"\r\n"), id="crlf"),
        pytest.param(GOOD[:-1], id="mac-no-newline"),
        pytest.param(GOOD[: GOOD.index(b"---")], id="no-mac-line"),
        pytest.param(_with_line(1, b"->X25519 abc"), id="no-space-after-arrow"),
        pytest.param(_with_line(1, b"->  X25519 abc"), id="empty-first-argument"),
        pytest.param(_with_line(1, b"-> X25519 abc "), id="trailing-space"),
        pytest.param(_with_line(1, b"-> X25519\tabc"), id="tab"),
        pytest.param(_with_line(1, b"-> X25519 \xc3\xa9"), id="non-ascii"),
        pytest.param(_with_line(1, b"->"), id="no-arguments"),
        pytest.param(_with_line(1, b"- > X25519"), id="bad-start"),
        pytest.param(_with_line(2, GOOD_LINES[2] + b"="), id="body-padding"),
        pytest.param(_with_line(2, GOOD_LINES[2][:-1] + b"B"), id="body-not-canonical"),
        pytest.param(_with_line(2, b"A" * 65), id="body-long-line"),
        pytest.param(_with_line(2, b"A" * 64), id="body-missing-final-line"),
        pytest.param(_with_line(2, GOOD_LINES[2] + b"\r"), id="body-cr"),
        pytest.param(_with_line(3, b"---"), id="mac-missing"),
        pytest.param(_with_line(3, b"---" + GOOD_LINES[3][3:].strip()), id="mac-no-space"),
        pytest.param(_with_line(3, GOOD_LINES[3] + b"A"), id="mac-long"),
        pytest.param(_with_line(3, GOOD_LINES[3][:-1]), id="mac-short"),
        pytest.param(_with_line(3, b"--- " + GOOD_LINES[3][4:] + b" "), id="mac-trailing-space"),
        pytest.param(b"age-encryption.org/v1\n" + GOOD_LINES[3] + b"\n", id="no-stanzas"),
        pytest.param(b"age-encryption.org/v1\nrandom junk\n", id="junk-line"),
        pytest.param(b"\x00" * 100, id="binary"),
    ],
)
def test_malformed_headers(data: bytes) -> None:
    with pytest.raises(HeaderError):
        parse_header(data)


def test_header_error_is_not_a_mac_error_when_malformed() -> None:
    with pytest.raises(HeaderError) as info:
        parse_header(GOOD.replace(b"/v1", b"/v2"))
    assert not isinstance(info.value, HeaderMacError)


def test_oversized_header_is_refused_without_reading_everything() -> None:
    class Endless(io.RawIOBase):
        reads = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
            Endless.reads += 1
            buffer[:] = b"A" * len(buffer)
            return len(buffer)

    with pytest.raises(HeaderError, match="too large"):
        read_header(Endless())  # type: ignore[arg-type]
