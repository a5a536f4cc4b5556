"""app/evidence/intake.py: the evidence workflows the GUI runs in workers (no Qt here)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from app.errors import CancelledError, QuireError
from app.evidence import intake
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault


@pytest.fixture
def incident(vault: Vault) -> int:
    return IncidentStore(vault).create(IncidentRecord(title="Blackmail messages"))


def test_import_files_in_sequence_with_progress_over_the_batch(
    vault: Vault, incident: int, tmp_path: Path
) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.bin"
    a.write_bytes(b"x" * 3000)
    b.write_bytes(b"\0" * (3 * 1024 * 1024))
    seen: list[tuple[int, int]] = []
    outcome = intake.import_files(
        vault, incident, [a, b], progress=lambda d, t: seen.append((d, t))
    )
    assert [p.name for p, _ in outcome.imported] == ["a.txt", "b.bin"]
    assert outcome.problems == []
    total = 3000 + 3 * 1024 * 1024
    assert seen[-1] == (total, total)
    assert all(t == total for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert vault.conn is not None  # the caller's handle is untouched


def test_import_files_reports_folders_and_keeps_going(
    vault: Vault, incident: int, tmp_path: Path
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    good = tmp_path / "good.txt"
    good.write_text("ok")
    outcome = intake.import_files(vault, incident, [folder, tmp_path / "gone.txt", good])
    assert [p.name for p, _ in outcome.imported] == ["good.txt"]
    assert [(p.path.name, p.reason) for p in outcome.problems] == [
        ("folder", intake.NOT_A_FILE),
        ("gone.txt", intake.NOT_A_FILE),
    ]


def test_import_files_stops_on_a_full_disk(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = []
    for name in ("one", "two", "three"):
        p = tmp_path / f"{name}.txt"
        p.write_text(name)
        paths.append(p)
    real = EvidenceStore._write_blob

    def full(self: EvidenceStore, src: Any, tmp: Path, *a: Any, **kw: Any) -> Any:
        if Path(src.name).name == "two.txt":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, src, tmp, *a, **kw)

    monkeypatch.setattr(EvidenceStore, "_write_blob", full)
    outcome = intake.import_files(vault, incident, paths)
    assert [p.name for p, _ in outcome.imported] == ["one.txt"]
    assert [(p.path.name, p.reason) for p in outcome.problems] == [
        ("two.txt", intake.DISK_FULL),
        ("three.txt", intake.SKIPPED),
    ]
    assert len(EvidenceStore(vault).list(incident)) == 1


def test_import_files_cancel_keeps_nothing_half_done(
    vault: Vault, incident: int, tmp_path: Path
) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(b"\1" * (4 * 1024 * 1024))
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(CancelledError):
        intake.import_files(vault, incident, [big], cancel=cancel)
    assert EvidenceStore(vault).list(incident) == []
    assert list(vault.evidence_dir.iterdir()) == []


def test_import_bytes_keeps_source_and_time(vault: Vault, incident: int) -> None:
    info = intake.import_bytes(
        vault,
        incident,
        b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
        "Screenshot.png",
        source_url="  https://t.me/channel/55 ",
        captured_at="2024-03-08 21:14",
    )
    assert info.type == "image/png"
    assert info.source_url == "https://t.me/channel/55"
    assert info.captured_at == "2024-03-08T21:14"


def test_captured_at_and_source_url_rules() -> None:
    assert intake.normalize_captured_at("") is None
    assert intake.normalize_captured_at(None) is None
    assert intake.normalize_captured_at("2024-03") == "2024-03"
    assert intake.normalize_captured_at(intake.now_for_people())
    with pytest.raises(QuireError):
        intake.normalize_captured_at("last week")
    assert intake.clean_source_url("  ") is None
    assert intake.clean_source_url("a\x00b\nc") == "abc"
    with pytest.raises(QuireError):
        intake.clean_source_url("x" * 3000)


def test_remove_originals_verifies_first(vault: Vault, incident: int, tmp_path: Path) -> None:
    kept = tmp_path / "kept.txt"
    gone = tmp_path / "gone.txt"
    kept.write_text("evidence one")
    gone.write_text("evidence two")
    outcome = intake.import_files(vault, incident, [kept, gone])
    ids = {p.name: info for p, info in outcome.imported}
    blob = vault.evidence_dir / ids["kept.txt"].blob_id
    data = bytearray(blob.read_bytes())
    data[-5] ^= 1  # damage the stored copy of kept.txt
    blob.write_bytes(bytes(data))
    problems = intake.remove_originals(
        vault, [(ids["kept.txt"].id, kept), (ids["gone.txt"].id, gone)]
    )
    assert [p.path.name for p in problems] == ["kept.txt"]
    assert kept.exists()  # its stored copy did not verify: the original stays
    assert not gone.exists()


def test_an_original_changed_since_import_is_left_in_place(
    vault: Vault, incident: int, tmp_path: Path
) -> None:
    """The person edited (or replaced) the file after importing it: shredding it would
    destroy bytes the vault does not hold."""
    edited = tmp_path / "statement.txt"
    same = tmp_path / "photo.txt"
    edited.write_text("first version")
    same.write_text("unchanged")
    outcome = intake.import_files(vault, incident, [edited, same])
    ids = {p.name: info for p, info in outcome.imported}
    edited.write_text("second version, with what happened next")
    seen: list[tuple[int, int]] = []
    problems = intake.remove_originals(
        vault,
        [(ids["statement.txt"].id, edited), (ids["photo.txt"].id, same)],
        progress=lambda d, t: seen.append((d, t)),
    )
    assert [(p.path.name, p.reason) for p in problems] == [("statement.txt", intake.FAILED)]
    assert "changed since it was imported" in problems[0].detail
    assert edited.read_text() == "second version, with what happened next"
    assert not same.exists()
    assert seen[-1][0] == seen[-1][1]  # progress reaches the end


def test_read_content_limits_and_verification(vault: Vault, incident: int, tmp_path: Path) -> None:
    f = tmp_path / "chat.txt"
    f.write_bytes(b"abc" * 1000)
    (_, info), *_ = intake.import_files(vault, incident, [f]).imported
    whole = intake.read_content(vault, info.id, 3000)
    assert whole is not None and whole.complete and whole.data == b"abc" * 1000
    assert intake.read_content(vault, info.id, 100) is None
    head = intake.read_content(vault, info.id, 100, partial_ok=True)
    assert head is not None and not head.complete and head.data == (b"abc" * 34)[:100]


def test_export_copy_and_cancel(vault: Vault, incident: int, tmp_path: Path) -> None:
    f = tmp_path / "photo.bin"
    f.write_bytes(b"\7" * (3 * 1024 * 1024))
    (_, info), *_ = intake.import_files(vault, incident, [f]).imported
    dest = tmp_path / "out" / "copy.bin"
    dest.parent.mkdir()
    intake.export_copy(vault, info.id, dest)
    assert dest.read_bytes() == f.read_bytes()
    dest.unlink()
    with pytest.raises(CancelledError):
        intake.export_copy(vault, info.id, dest, cancel=lambda: True)
    assert list(dest.parent.iterdir()) == []


def test_preview_kinds_and_text_decoding() -> None:
    assert intake.preview_kind("image/png") == "image"
    assert intake.preview_kind("image/heic") == "none"
    assert intake.preview_kind("application/pdf") == "pdf"
    assert intake.preview_kind("application/json") == "text"
    assert intake.preview_kind("text/html") == "text"
    assert intake.preview_kind("audio/ogg") == "none"
    assert intake.decode_text(b"\xef\xbb\xbfhi \xff") == "hi \ufffd"


def _many(tmp_path: Path, n: int, size: int = 1000) -> list[Path]:
    paths = []
    for i in range(n):
        p = tmp_path / f"photo-{i:03d}.jpg"
        p.write_bytes(bytes([i % 256]) * (size + i))
        paths.append(p)
    return paths


def test_import_files_goes_in_groups_not_file_by_file(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's import goes through the batch (one syncfs and two commits a group)."""
    one_by_one: list[str] = []
    real = EvidenceStore.import_file

    def counted(self: EvidenceStore, incident_id: int, path: Path, **kw: Any) -> Any:
        one_by_one.append(path.name)
        return real(self, incident_id, path, **kw)

    monkeypatch.setattr(EvidenceStore, "import_file", counted)
    paths = _many(tmp_path, intake.GROUP_FILES + 6)
    seen: list[int] = []
    outcome = intake.import_files(vault, incident, paths, progress=lambda d, t: seen.append(d))
    assert one_by_one == []
    assert [p for p, _ in outcome.imported] == paths and outcome.problems == []
    stored = EvidenceStore(vault).list(incident)
    assert sorted(e.name for e in stored) == sorted(p.name for p in paths)
    assert seen == sorted(seen) and seen[-1] == sum(p.stat().st_size for p in paths)


def test_a_group_with_an_unreadable_file_is_tried_file_by_file(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _many(tmp_path, 5)
    real = EvidenceStore._write_blob

    def unreadable(self: EvidenceStore, src: Any, tmp: Path, *a: Any, **kw: Any) -> Any:
        if Path(src.name).name == "photo-002.jpg":
            raise OSError(errno.EIO, "Input/output error")
        return real(self, src, tmp, *a, **kw)

    monkeypatch.setattr(EvidenceStore, "_write_blob", unreadable)
    seen: list[int] = []
    outcome = intake.import_files(vault, incident, paths, progress=lambda d, t: seen.append(d))
    assert [p.name for p, _ in outcome.imported] == [
        "photo-000.jpg",
        "photo-001.jpg",
        "photo-003.jpg",
        "photo-004.jpg",
    ]
    assert [(p.path.name, p.reason) for p in outcome.problems] == [
        ("photo-002.jpg", intake.UNREADABLE)
    ]
    assert len(EvidenceStore(vault).list(incident)) == 4
    assert len(list(vault.evidence_dir.iterdir())) == 4  # the failed group left no blob
    assert seen == sorted(seen)  # the bar never goes back when the group is tried again


def test_cancel_keeps_the_groups_already_imported(
    vault: Vault, incident: int, tmp_path: Path
) -> None:
    paths = _many(tmp_path, intake.GROUP_FILES + 10)
    first = sum(p.stat().st_size for p in paths[: intake.GROUP_FILES])
    seen: list[int] = [0]
    with pytest.raises(CancelledError):
        intake.import_files(
            vault,
            incident,
            paths,
            progress=lambda d, t: seen.append(d),
            cancel=lambda: max(seen) > first,  # once the second group has begun
        )
    assert len(EvidenceStore(vault).list(incident)) == intake.GROUP_FILES
    assert len(list(vault.evidence_dir.iterdir())) == intake.GROUP_FILES
