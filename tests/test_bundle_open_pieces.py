"""Opening a bundle reads a large entry on a helper thread and a small one directly
(app/bundle/receive.py, _pieces): both must write exactly the entry and refuse an entry
whose bytes differ from the manifest, whichever way it was read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.age import generate_identity
from app.background_io import PIECE_SIZE
from app.bundle.receive import check_bundle
from app.errors import DamagedDataError
from tests.support.bundles import entries_of, make_bundle, seal

KEY = generate_identity()
SIZES = {"one piece": PIECE_SIZE, "several pieces": 3 * PIECE_SIZE + 11}


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_every_byte_is_written(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    files = {"report.html": b"<p>r</p>", "evidence/1/1-video.mp4": data}
    bundle = make_bundle(tmp_path / "b.age", KEY.recipient, files)
    result = check_bundle(bundle, [KEY], dest=tmp_path / "out")
    assert (tmp_path / "out" / "evidence/1/1-video.mp4").read_bytes() == data
    assert result.total_bytes >= size


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_changed_bytes_of_the_same_size_are_refused(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    files = {"report.html": b"<p>r</p>", "evidence/1/1-video.mp4": data}
    entries = entries_of(make_bundle(tmp_path / "b.age", KEY.recipient, files), [KEY])
    entries["evidence/1/1-video.mp4"] = data[:-1] + bytes([data[-1] ^ 1])  # the last byte
    swapped = seal(tmp_path / "swapped.age", entries, KEY.recipient)
    with pytest.raises(DamagedDataError, match="does not match its recorded hash"):
        check_bundle(swapped, [KEY], dest=tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
