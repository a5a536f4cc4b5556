"""The export's ZIP entries get the CRC-32 taken on the read-ahead thread (export._Crc32):
the fast path must really be taken on the Python Quire ships with, and fall back to
zipfile's own sum where the writer's fields are not there."""

from __future__ import annotations

import io
import zipfile
import zlib

from app.bundle.export import _Crc32, _takes_presummed


def test_the_presummed_path_is_taken_for_a_stored_entry() -> None:
    """A Python whose zipfile renamed these fields would fall back silently: still a
    correct bundle, but the CRC-32 back on the sealing thread. This says so."""
    with zipfile.ZipFile(io.BytesIO(), "w") as zf:
        with zf.open(zipfile.ZipInfo("a"), "w") as dest:
            assert _takes_presummed(dest)
        deflated = zipfile.ZipInfo("b")
        deflated.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(deflated, "w") as dest:
            assert not _takes_presummed(dest)  # a compressor: write() must see the data


def test_a_writer_without_the_fields_is_not_presummed() -> None:
    assert not _takes_presummed(io.BytesIO())


def test_the_sum_is_zlibs_over_the_pieces() -> None:
    crc = _Crc32()
    pieces = [b"x" * 70_000, b"", b"yz" * 1000]
    for p in pieces:
        crc.update(memoryview(p))
    assert (crc.value, crc.size) == (zlib.crc32(b"".join(pieces)), sum(map(len, pieces)))
