"""STREAM, the chunked AEAD shared by evidence blobs and age payloads."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto.stream import CHUNK_SIZE, StreamError, StreamReader, StreamWriter, sealed_size
from tests.support.streams import Pipe

KEY = bytes(range(32))


def seal(data: bytes, piece: int = 1000) -> bytes:
    out = io.BytesIO()
    w = StreamWriter(out, KEY)
    for i in range(0, len(data), piece):
        w.write(data[i : i + piece])
    w.close()
    return out.getvalue()


def read_all(src: io.RawIOBase | io.BytesIO) -> bytes:
    return io.BufferedReader(StreamReader(src, KEY)).read()  # type: ignore[arg-type]


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE])
def test_round_trip(size: int) -> None:
    data = os.urandom(size)
    sealed = seal(data)
    assert len(sealed) == sealed_size(size)
    assert read_all(io.BytesIO(sealed)) == data
    assert read_all(Pipe(sealed)) == data


def test_seeking() -> None:
    data = os.urandom(5 * CHUNK_SIZE + 77)
    r = StreamReader(io.BytesIO(seal(data)), KEY)
    assert r.size == len(data)
    for pos in [0, 5, CHUNK_SIZE - 1, CHUNK_SIZE, 3 * CHUNK_SIZE + 9, len(data) - 3, len(data)]:
        r.seek(pos)
        assert r.read(10) == data[pos : pos + 10]


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-1],
        lambda b: b + b"x",
        lambda b: b[: CHUNK_SIZE + 16],  # cut at a chunk boundary
        lambda b: b[CHUNK_SIZE + 16 :],  # first chunk removed
        lambda b: b[:10] + bytes([b[10] ^ 1]) + b[11:],
    ],
)
def test_damage_is_detected(damage) -> None:  # type: ignore[no-untyped-def]
    sealed = seal(os.urandom(2 * CHUNK_SIZE + 5))
    for src in (io.BytesIO(damage(sealed)), Pipe(damage(sealed))):
        with pytest.raises(StreamError):
            read_all(src)


def test_wrong_key() -> None:
    sealed = seal(b"hello")
    with pytest.raises(StreamError):
        io.BufferedReader(StreamReader(io.BytesIO(sealed), bytes(32))).read()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3 * CHUNK_SIZE // 64), st.integers(min_value=0), st.integers(0, 255))
def test_any_flip_or_cut_fails_cleanly(data: bytes, where: int, flip: int) -> None:
    sealed = bytearray(seal(data * 64))
    pos = where % len(sealed)
    if flip:
        sealed[pos] ^= flip
        damaged = bytes(sealed)
    else:
        damaged = bytes(sealed[:pos])
    with pytest.raises(StreamError):
        read_all(Pipe(damaged))


def _readinto_all(reader: StreamReader, size: int) -> bytes:
    """Read with a caller's buffer of ``size`` bytes, as bulk copies do (the no-copy path)."""
    out, buf = bytearray(), bytearray(size)
    while n := reader.readinto(buf):
        out += buf[:n]
    return bytes(out)


@pytest.mark.parametrize("buffer", [CHUNK_SIZE, CHUNK_SIZE + 5, 3 * CHUNK_SIZE, 1 << 20])
@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, 2 * CHUNK_SIZE + 7, 17 * CHUNK_SIZE])
def test_large_buffers_decrypt_in_place(size: int, buffer: int) -> None:
    data = os.urandom(size)
    sealed = seal(data, piece=CHUNK_SIZE)
    assert _readinto_all(StreamReader(io.BytesIO(sealed), KEY), buffer) == data
    assert _readinto_all(StreamReader(Pipe(sealed), KEY), buffer) == data


def test_seek_back_into_a_chunk_read_in_place() -> None:
    data = os.urandom(3 * CHUNK_SIZE)
    r = StreamReader(io.BytesIO(seal(data)), KEY)
    buf = bytearray(2 * CHUNK_SIZE)
    assert r.readinto(buf) == len(buf)  # both chunks went straight into buf
    r.seek(CHUNK_SIZE + 10)  # inside the chunk read last: it must be decrypted again
    assert r.read(20) == data[CHUNK_SIZE + 10 : CHUNK_SIZE + 30]


@pytest.mark.parametrize("seekable", [True, False])
def test_damaged_chunk_leaves_no_unauthenticated_plaintext_in_the_buffer(seekable: bool) -> None:
    data = b"A" * (3 * CHUNK_SIZE)
    sealed = bytearray(seal(data))
    sealed[CHUNK_SIZE + 16 + 100] ^= 1  # inside the second chunk's ciphertext
    src = io.BytesIO(bytes(sealed)) if seekable else Pipe(bytes(sealed))
    r = StreamReader(src, KEY)  # type: ignore[arg-type]
    first = bytearray(CHUNK_SIZE)
    assert r.readinto(first) == CHUNK_SIZE
    buf = bytearray(b"\xff" * CHUNK_SIZE)
    with pytest.raises(StreamError):
        r.readinto(buf)
    # ChaCha20 decrypts before the tag is checked; what it wrote must not be left there.
    assert b"A" not in buf


@pytest.mark.parametrize("chunks", [15, 16, 17, 33])
@pytest.mark.parametrize("extra", [0, 1])
def test_one_large_write_seals_in_batches(chunks: int, extra: int) -> None:
    """Whole chunks of one write go to the file ~1 MiB at a time; batch edges are exact."""
    data = os.urandom(chunks * CHUNK_SIZE + extra)
    out = io.BytesIO()
    writes: list[int] = []
    original = out.write

    def counting(b: bytes) -> int:
        writes.append(len(b))
        return original(b)

    out.write = counting  # type: ignore[method-assign]
    with StreamWriter(out, KEY) as w:
        w.write(data)
    assert max(writes) <= 16 * (CHUNK_SIZE + 16)
    assert len(out.getvalue()) == sealed_size(len(data))
    assert read_all(io.BytesIO(out.getvalue())) == data
    assert _readinto_all(StreamReader(io.BytesIO(out.getvalue()), KEY), 1 << 20) == data
