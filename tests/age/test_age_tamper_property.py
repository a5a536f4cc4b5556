"""Property: any change to an encrypted file is an AgeError, never a crash or wrong plaintext.

Hypothesis flips, deletes, inserts and cuts bytes anywhere (header, MAC, nonce, chunks,
tags), and the result is read both from a seekable file and from a pipe.
"""

from __future__ import annotations

import functools
import io
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.age import AgeError, AgeReader, encrypt_bytes, generate_identity
from app.crypto.stream import CHUNK_SIZE
from tests.support.streams import Pipe

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@functools.cache
def sample(kind: str) -> tuple[list, bytes, bytes]:
    identity = generate_identity(pq=kind == "pq")
    plaintext = os.urandom(2 * CHUNK_SIZE + 100)
    sealed = encrypt_bytes(plaintext, [identity.recipient], armor=kind == "armored")
    return [identity], plaintext, sealed


@st.composite
def damage(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 3))):
        action = draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        # Bias positions towards the header and chunk edges, where parsers get it wrong.
        position = draw(
            st.one_of(
                st.integers(0, min(len(data), 400)),
                st.integers(0, len(data)),
                st.integers(max(0, len(data) - 40), len(data)),
            )
        )
        if action == "flip" and position < len(data):
            data[position] ^= draw(st.integers(1, 255))
        elif action == "delete" and position < len(data):
            del data[position : position + draw(st.integers(1, 64))]
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=32))
        else:
            del data[position:]
    return bytes(data)


def _open(identities: list, data: bytes, seekable: bool) -> bytes:
    raw = io.BytesIO(data) if seekable else Pipe(data)
    with AgeReader(raw, identities) as reader:
        out = bytearray()
        while piece := reader.read(50_000):
            out += piece
        return bytes(out)


def _check(kind: str, data: st.DataObject, seekable: bool) -> None:
    identities, plaintext, sealed = sample(kind)
    damaged = data.draw(damage(sealed))
    if damaged == sealed:
        return
    try:
        result = _open(identities, damaged, seekable)
    except AgeError:
        return
    # Binary age files are not malleable at all. Armor may tolerate changes to the
    # whitespace around it, but must then give back exactly the original plaintext.
    assert kind == "armored", "a damaged file was accepted"
    assert result == plaintext, "a damaged armored file gave wrong plaintext"


@SETTINGS
@given(data=st.data(), seekable=st.booleans())
def test_damaged_x25519_file_always_raises(data: st.DataObject, seekable: bool) -> None:
    _check("x25519", data, seekable)


@SETTINGS
@given(data=st.data(), seekable=st.booleans())
def test_damaged_pq_file_always_raises(data: st.DataObject, seekable: bool) -> None:
    _check("pq", data, seekable)


@SETTINGS
@given(data=st.data(), seekable=st.booleans())
def test_damaged_armored_file_raises_or_gives_the_original(
    data: st.DataObject, seekable: bool
) -> None:
    _check("armored", data, seekable)
