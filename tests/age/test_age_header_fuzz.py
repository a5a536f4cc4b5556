"""Fuzzing the age header parser and the stanza unwrapping behind it (hypothesis, < 60 s).

tests/age/test_age_tamper_property.py damages whole, valid files. These harnesses aim at
the header itself:

- raw lines: a header assembled from lines that are almost right (stray spaces, empty
  arguments, over-long or non-canonical base64, a missing short line, CR, NUL, UTF-8);
- well-formed headers of hostile stanzas: every native type (X25519, mlkem768x25519,
  scrypt) with arguments and bodies of any length, and unknown types, offered to all
  three kinds of identity.

The property: ``read_header`` and ``AgeReader`` either succeed or raise an ``AgeError``
(the receiver turns those into a clear message), never anything else.
The harnesses are marked slow (``make test`` runs them); the regressions are not.
"""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.age import AgeError, AgeReader, HybridIdentity, ScryptIdentity, Stanza, X25519Identity
from app.age.header import VERSION_LINE, encode_header, read_header
from app.age.strict_base64 import encode as b64
from tests.support.streams import Pipe

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Scrypt capped low so a drawn work factor costs milliseconds, not seconds.
IDENTITIES = [X25519Identity.generate(), HybridIdentity.generate(), ScryptIdentity("pw", 10)]
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64_line(draw: st.DrawFn) -> bytes:
    return draw(
        st.one_of(
            st.text(_B64, max_size=70).map(str.encode),
            st.binary(max_size=66).map(lambda b: b64(b).encode()),
            st.binary(max_size=70),
        )
    )


@st.composite
def raw_headers(draw: st.DrawFn) -> bytes:
    """Headers built line by line, each line valid, nearly valid or junk."""
    lines = [draw(st.sampled_from([VERSION_LINE[:-1], b"age-encryption.org/v2", b"", b"x"]))]
    for _ in range(draw(st.integers(0, 6))):
        args = draw(
            st.lists(
                st.one_of(
                    st.sampled_from(["X25519", "mlkem768x25519", "scrypt", "grease", ""]),
                    st.text(st.characters(min_codepoint=0, max_codepoint=0x17F), max_size=12),
                    st.binary(max_size=50).map(b64),
                ),
                max_size=4,
            )
        )
        lines.append(draw(st.sampled_from([b"-> ", b"->", b"-> -> "])) + " ".join(args).encode())
        lines += [_b64_line(draw) for _ in range(draw(st.integers(0, 3)))]
    mac = draw(st.one_of(st.binary(min_size=32, max_size=32), st.binary(max_size=40)))
    lines.append(draw(st.sampled_from([b"--- ", b"---", b"--- \r", b"----"])) + b64(mac).encode())
    sep = draw(st.sampled_from([b"\n", b"\r\n"]))
    return sep.join(lines) + draw(st.sampled_from([b"\n", b"", b"\n\x00payload"]))


@st.composite
def hostile_stanzas(draw: st.DrawFn) -> Stanza:
    kind = draw(st.sampled_from(["X25519", "mlkem768x25519", "scrypt", "other.example/x"]))
    arg = st.one_of(
        # Shares and salts of the right sizes (X25519 32, PQ 1120, scrypt salt 16), or any.
        st.sampled_from([16, 32, 1120]).flatmap(lambda n: st.binary(min_size=n, max_size=n)),
        st.binary(min_size=1, max_size=1300),
        st.sampled_from(["0", "1", "10", "11", "22", "99999", "-1", "010", "+5"]),
        st.text(_B64, min_size=1, max_size=20),
    )
    args = tuple(a if isinstance(a, str) else b64(a) for a in draw(st.lists(arg, max_size=3)))
    body = draw(st.one_of(st.binary(min_size=32, max_size=32), st.binary(max_size=100)))
    return Stanza(kind, args, body)


def _open(data: bytes, seekable: bool) -> None:
    raw = io.BytesIO(data) if seekable else Pipe(data, max_read=997)
    try:
        with AgeReader(raw, IDENTITIES, armored=False) as reader:
            while reader.read(65536):
                pass
    except AgeError:
        pass


@pytest.mark.slow
@FUZZ
@given(data=raw_headers(), seekable=st.booleans())
def test_nearly_valid_header_lines_only_raise_age_errors(data: bytes, seekable: bool) -> None:
    with contextlib.suppress(AgeError):
        read_header(io.BytesIO(data))
    _open(data, seekable)


@pytest.mark.slow
@FUZZ
@given(stanzas=st.lists(hostile_stanzas(), min_size=1, max_size=4), seekable=st.booleans())
def test_hostile_stanzas_only_raise_age_errors(stanzas: list[Stanza], seekable: bool) -> None:
    data = encode_header(stanzas, bytes(16)) + bytes(12) + bytes(40)
    _open(data, seekable)


@pytest.mark.slow
@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes_only_raise_age_errors(data: bytes) -> None:
    for candidate in (data, VERSION_LINE + data):
        with contextlib.suppress(AgeError):
            read_header(io.BytesIO(candidate))
        _open(candidate, True)
