"""The ZIP rules shared by the chat importer and the bundle receiver, on their own."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.archive_safety import UnsafeArchiveError, check_archive, name_problem


def archive(*names: str) -> zipfile.ZipFile:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in names:
            zf.writestr(zipfile.ZipInfo(name), b"x")
    return zipfile.ZipFile(io.BytesIO(buf.getvalue()))


def test_an_empty_entry_name_is_refused_not_a_traceback() -> None:
    """Found by tests/test_bundle_fuzz.py: ZipInfo.is_dir() raises IndexError on ''."""
    with pytest.raises(UnsafeArchiveError, match="empty name"):
        check_archive(archive("a.txt", ""), "The export")


def test_folder_entries_only_where_allowed() -> None:
    assert [i.filename for i in check_archive(archive("d/", "d/a.txt"), "x")] == ["d/a.txt"]
    with pytest.raises(UnsafeArchiveError, match="not a plain file"):
        check_archive(archive("d/", "d/a.txt"), "x", folder_entries=False)


def test_direction_marks_only_where_allowed() -> None:
    name = "\u200eWhatsApp Chat.txt"
    assert name_problem(name) is None
    assert name_problem(name, direction_marks=False) == "has control characters in its name"


def test_size_limits_for_chat_exports_only() -> None:
    """A chat export may not claim more than 64 GiB; a bundle's entries are bounded by its
    manifest instead, and a diary's videos may well exceed that."""
    zf = archive("a.mp4", "b.mp4")
    for info in zf.infolist():
        info.file_size = 40 * 1024**3  # what the central directory claims
    with pytest.raises(UnsafeArchiveError, match="64 GiB"):
        check_archive(zf, "The export")
    assert len(check_archive(zf, "The bundle", size_limits=False)) == 2
