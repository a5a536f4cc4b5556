"""Read-ahead and write-behind helpers: same bytes out as in, errors reach the caller,
threads never outlive their owner, decrypted buffers are zeroed."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest

from app import background_io as bio
from app.background_io import BUFFERS, PIECE_SIZE, ReadAhead, WriteBehind
from tests.conftest import skip_or_fail


def _helper_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("quire-")]


# -- WriteBehind ------------------------------------------------------------------------
PIECES = [1, 4095, 4096, 70_000, PIECE_SIZE - 3, PIECE_SIZE, 3 * PIECE_SIZE + 17, 5]


@pytest.mark.parametrize("direct", [True, False])
def test_write_behind_writes_every_byte_in_order(tmp_path: Path, direct: bool) -> None:
    data = os.urandom(sum(PIECES))
    path = tmp_path / "out.bin"
    with open(path, "wb") as raw:
        raw.write(b"HEAD")  # an unaligned start: direct writes must not be tried
        behind = WriteBehind(raw, direct=direct)
        assert not behind.direct
        pos = 0
        for n in PIECES:
            assert behind.write(memoryview(data)[pos : pos + n]) == n
            pos += n
        behind.close()
        assert behind.tell() == len(data)
    assert path.read_bytes() == b"HEAD" + data
    assert _helper_threads() == []


def test_write_behind_bypasses_the_page_cache_where_it_can(tmp_path: Path) -> None:
    """On Linux filesystems that allow O_DIRECT, whole buffers go straight to the disk;
    the unaligned tail (and anything after a flush) goes through the page cache."""
    data = os.urandom(3 * PIECE_SIZE + 12345)
    path = tmp_path / "out.bin"
    with open(path, "wb") as raw:
        behind = WriteBehind(raw)
        if not behind.direct:
            behind.abort()
            skip_or_fail(f"O_DIRECT not available for {tmp_path} (CI runs on ext4, where it is)")
        scratch = bytearray(data[: 2 * PIECE_SIZE])
        behind.write(scratch)
        scratch[:] = bytes(len(scratch))  # the caller may reuse its buffer at once
        behind.write(data[2 * PIECE_SIZE :])
        behind.flush()
        assert not behind.direct  # the tail went through the page cache
        behind.write(b"more")
        behind.close()
        fcntl = pytest.importorskip("fcntl")
        # the file is handed back as it came
        assert not fcntl.fcntl(raw.fileno(), fcntl.F_GETFL) & os.O_DIRECT
    assert path.read_bytes() == data + b"more"


def test_write_behind_raises_the_writers_error_in_the_caller() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads: every write on the helper thread fails (EPIPE)
    with os.fdopen(write_end, "wb") as raw:
        behind = WriteBehind(raw, direct=False)
        with pytest.raises(BrokenPipeError):
            for _ in range(2 * bio.BUFFERS + 4):
                behind.write(bytes(PIECE_SIZE))
            behind.close()
        behind.abort()  # after the error: harmless, and the thread is gone
        assert behind.closed
    assert _helper_threads() == []


def test_write_behind_abort_drops_and_joins(tmp_path: Path) -> None:
    with open(tmp_path / "out.bin", "wb") as raw:
        behind = WriteBehind(raw)
        behind.write(os.urandom(PIECE_SIZE + 1))
        behind.abort()
        behind.abort()  # twice is harmless
        assert behind.closed
        with pytest.raises(ValueError):
            behind.write(b"x")
    assert _helper_threads() == []


# -- ReadAhead --------------------------------------------------------------------------
@pytest.mark.parametrize("size", [0, 1, PIECE_SIZE, PIECE_SIZE + 1, 7 * PIECE_SIZE + 99])
def test_read_ahead_yields_the_whole_content(size: int) -> None:
    data = os.urandom(size)
    src = io.BytesIO(data)
    with ReadAhead(src.readinto) as pieces:
        got = b"".join(bytes(p) for p in pieces)
    assert got == data
    assert _helper_threads() == []


def test_read_ahead_makes_the_final_empty_read() -> None:
    """A verifying reader checks the hash on the read that returns 0: it must happen."""
    calls: list[int] = []
    src = io.BytesIO(b"x" * 10)

    def readinto(buf: memoryview) -> int:
        n = src.readinto(buf)
        calls.append(n)
        return n

    with ReadAhead(readinto) as pieces:
        assert [bytes(p) for p in pieces] == [b"x" * 10]
    assert calls[-1] == 0


def test_read_ahead_raises_the_readers_error() -> None:
    src = io.BytesIO(os.urandom(3 * PIECE_SIZE))

    def readinto(buf: memoryview) -> int:
        if src.tell() >= 2 * PIECE_SIZE:
            raise ValueError("damaged evidence 7")
        return src.readinto(buf)

    seen = 0
    with pytest.raises(ValueError, match="damaged evidence 7"), ReadAhead(readinto) as pieces:
        for piece in pieces:
            seen += len(piece)
    assert seen == 2 * PIECE_SIZE
    assert _helper_threads() == []


def test_leaving_early_stops_the_reader_and_zeroes_its_buffers() -> None:
    secret = b"CANARY-plaintext-" * (PIECE_SIZE // 17 + 1)
    src = io.BytesIO(secret * 20)  # far more than the buffers hold: the reader blocks
    ahead = ReadAhead(src.readinto)
    for piece in ahead:
        assert bytes(piece[:6]) == b"CANARY"
        break
    ahead.close()
    assert _helper_threads() == []
    made = ahead._free.made  # made as needed: as many as the reader got to before it stopped
    assert made
    assert all(not any(buf) for buf in made)  # the point of the test


def test_a_filesystem_refusing_direct_writes_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some filesystems (FUSE ones, say) accept the O_DIRECT flag but refuse the write
    with EINVAL: the writer then goes through the page cache, losing nothing."""
    import errno

    real_write, real_writev = os.write, os.writev
    refused: list[int] = []

    def refuse(fd: int, size: int) -> None:
        fcntl = pytest.importorskip("fcntl")
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_DIRECT:
            refused.append(size)
            raise OSError(errno.EINVAL, "Invalid argument")

    def write(fd: int, data: memoryview) -> int:
        refuse(fd, len(data))
        return real_write(fd, data)

    def writev(fd: int, views: list[memoryview]) -> int:  # buffers waiting go together
        refuse(fd, sum(len(v) for v in views))
        return real_writev(fd, views)

    monkeypatch.setattr(bio.os, "write", write)
    monkeypatch.setattr(bio.os, "writev", writev)
    data = os.urandom(3 * PIECE_SIZE + 5)
    path = tmp_path / "out.bin"
    with open(path, "wb") as raw:
        behind = WriteBehind(raw)
        if not behind.direct:
            behind.abort()
            skip_or_fail(f"O_DIRECT not available for {tmp_path} (CI runs on ext4, where it is)")
        behind.write(data)
        behind.close()
        assert not behind.direct
    # one refusal (of the first buffer, or of all that were waiting), then buffered for good
    assert len(refused) == 1 and refused[0] % PIECE_SIZE == 0
    assert path.read_bytes() == data


def test_a_small_file_makes_only_the_buffers_it_needs() -> None:
    """Attaching 2,000 photos made and zeroed six 1 MiB buffers per photo; now two."""
    src = io.BytesIO(b"p" * 300_000)
    with ReadAhead(src.readinto) as ahead:
        assert b"".join(bytes(p) for p in ahead) == b"p" * 300_000
    assert len(ahead._free.made) <= 2


def test_a_shorter_later_fill_still_zeroes_what_an_earlier_one_left() -> None:
    """Only as much of a buffer as data ever reached is zeroed: that mark must be the
    highest fill, not the last (the last piece of a file is usually short)."""
    secret = b"CANARY-plaintext-" * ((PIECE_SIZE * (BUFFERS + 2)) // 17)
    src = io.BytesIO(secret + b"tail")
    with ReadAhead(src.readinto) as ahead:
        assert sum(len(p) for p in ahead) == len(secret) + 4
    assert all(not any(buf) for buf in ahead._free.made)


@pytest.mark.parametrize("direct", [True, False])
def test_write_behind_zeroes_what_it_held(tmp_path: Path, direct: bool) -> None:
    data = b"CANARY-plaintext-" * 20_000 + b"end"  # one full buffer, and a short second
    with open(tmp_path / "out", "wb") as raw:
        behind = WriteBehind(raw, direct=direct)
        behind.write(data)
        behind.write(data[: PIECE_SIZE // 3])
        behind.close()
    assert (tmp_path / "out").read_bytes() == data + data[: PIECE_SIZE // 3]
    assert behind._free.made and all(not any(bytes(buf)) for buf in behind._free.made)


@pytest.mark.parametrize("size", [0, 1, PIECE_SIZE, 3 * PIECE_SIZE + 7])
def test_inline_reads_the_same_pieces_without_a_thread(size: int) -> None:
    data = os.urandom(size)
    seen: list[bytes] = []
    threads_before = threading.active_count()
    with ReadAhead(
        io.BytesIO(data).readinto, inspect=lambda p: seen.append(bytes(p)), inline=True
    ) as ahead:
        got = b"".join(bytes(p) for p in ahead)
        assert threading.active_count() == threads_before  # no helper
    assert got == data and b"".join(seen) == data
    assert len(ahead._free.made) == 1 and not any(ahead._free.made[0])  # one buffer, zeroed


def test_inline_raises_the_readers_error_and_zeroes() -> None:
    calls = []

    def readinto(view: memoryview) -> int:
        calls.append(1)
        if len(calls) > 1:
            raise OSError(5, "Input/output error")
        view[:6] = b"CANARY"
        return 6

    ahead = ReadAhead(readinto, inline=True)
    with pytest.raises(OSError), ahead:
        for _ in ahead:
            pass
    assert not any(ahead._free.made[0])
