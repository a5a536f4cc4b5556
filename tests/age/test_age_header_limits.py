"""The age header is capped: at most MAX_STANZAS stanzas and MAX_HEADER_SIZE bytes.

The age spec sets no bound, and a hostile 16 MiB header of tiny stanzas cost 33 s and
433 MiB before its refusal. The caps are checked while reading, so the refusal comes after
reading about as much as the cap, in bounded memory, before any key is tried.
"""

from __future__ import annotations

import io
import time
import tracemalloc
from collections.abc import Callable

import pytest

from app.age import (
    AgeReader,
    HeaderError,
    IncompatibleRecipientsError,
    Stanza,
    X25519Identity,
    encrypt_bytes,
    generate_identity,
)
from app.age.header import MAX_HEADER_SIZE, MAX_STANZAS, encode_header, parse_header, read_header
from tests.support.streams import Pipe

FILE_KEY = bytes(range(16))
MAC_LINE = b"--- " + b"A" * 43 + b"\n"


class Endless(io.RawIOBase):
    """A source that never ends: ``head`` once, then ``unit`` forever; counts what was read."""

    def __init__(self, head: bytes, unit: bytes) -> None:
        super().__init__()
        self._pending = head
        self._unit = unit
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while len(self._pending) < len(buffer):
            self._pending += self._unit * (len(buffer) // len(self._unit) + 1)
        if self.read_bytes > 16 * MAX_HEADER_SIZE:  # fail, never hang, without the cap
            raise AssertionError(f"read {self.read_bytes} bytes of an endless header")
        n = len(buffer)
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        self.read_bytes += n
        return n


VERSION = b"age-encryption.org/v1\n"
HOSTILE: dict[str, Callable[[], Endless]] = {
    # What the audit used: stanza after tiny stanza.
    "tiny stanzas": lambda: Endless(VERSION, b"-> a\n\n"),
    # X25519-shaped stanzas: each would cost a key agreement per identity.
    "x25519 stanzas": lambda: Endless(
        VERSION, b"-> X25519 " + b"B" * 43 + b"\n" + b"A" * 43 + b"\n"
    ),
    # One stanza whose body never ends (64-column lines forever).
    "endless body": lambda: Endless(VERSION + b"-> a\n", b"A" * 64 + b"\n"),
    # One stanza line that never ends.
    "endless line": lambda: Endless(VERSION + b"-> a ", b"A"),
}


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_huge_header_is_refused_fast_in_bounded_memory(make: Callable[[], Endless]) -> None:
    source = make()
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(HeaderError, match=r"too large|too many recipient stanzas"):
            AgeReader(source, [X25519Identity.generate()], armored=False)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert seconds < 2, seconds
    assert source.read_bytes <= MAX_HEADER_SIZE + 64 * 1024, source.read_bytes
    assert peak < 4 * MAX_HEADER_SIZE + 8 * 1024 * 1024, peak


def _header(count: int, body: bytes = b"") -> bytes:
    return encode_header([Stanza("a", (), body)] * count, FILE_KEY)


def test_the_stanza_cap_is_exact() -> None:
    assert len(parse_header(_header(MAX_STANZAS)).stanzas) == MAX_STANZAS
    with pytest.raises(HeaderError, match=f"more than {MAX_STANZAS}"):
        parse_header(_header(MAX_STANZAS + 1))


def test_the_size_cap_is_exact() -> None:
    # One stanza with a large body: the header just fits, then just does not.
    def with_body(size: int) -> bytes:
        return _header(1, b"\0" * size)

    low, high = 0, MAX_HEADER_SIZE  # the largest body whose header fits
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if len(with_body(mid)) <= MAX_HEADER_SIZE else (low, mid - 1)
    fits = low
    assert len(parse_header(with_body(fits)).stanzas) == 1
    too_big = with_body(fits + 48 * 2)
    assert len(too_big) > MAX_HEADER_SIZE
    with pytest.raises(HeaderError, match="too large"):
        parse_header(too_big)
    # Read in 1,000-byte pieces, the whole header is in memory before the buffer reaches
    # the cap: the line ending past the cap must still be refused.
    assert len(too_big) < (MAX_HEADER_SIZE // 1000 + 1) * 1000
    with pytest.raises(HeaderError, match="too large"):
        read_header(Pipe(too_big + b"payload", max_read=1000))


def test_the_largest_real_header_is_far_below_the_size_cap() -> None:
    """MAX_STANZAS post-quantum recipients (the largest stanza Quire writes) fit easily."""
    recipient = generate_identity(pq=True).recipient
    data = encrypt_bytes(b"x", [recipient] * MAX_STANZAS)
    header = parse_header(data)
    assert len(header.stanzas) == MAX_STANZAS
    assert header.size < MAX_HEADER_SIZE // 2


def test_the_writer_refuses_what_the_reader_would() -> None:
    recipient = X25519Identity.generate().recipient
    with pytest.raises(IncompatibleRecipientsError, match=f"at most {MAX_STANZAS}"):
        encrypt_bytes(b"x", [recipient] * (MAX_STANZAS + 1))
