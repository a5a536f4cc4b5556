"""Evidence files: streamed in, read back byte-identical, removed cleanly, damage found."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.errors import CancelledError, DamagedDataError, QuireError
from app.evidence.filetype import sniff
from app.evidence.store import EvidenceNotFound, EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def incident(vault: Vault) -> int:
    return IncidentStore(vault).create(IncidentRecord.from_dict({"title": "With evidence"}))


@pytest.fixture
def store(vault: Vault) -> EvidenceStore:
    return EvidenceStore(vault)


@pytest.mark.parametrize("size", [0, 1, 65536, 65537, 3 * 1024 * 1024 + 7])
def test_round_trip(store: EvidenceStore, incident: int, tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    src = tmp_path / "in.bin"
    src.write_bytes(data)
    info = store.import_file(incident, src)
    assert (info.size, info.sha256) == (size, hashlib.sha256(data).hexdigest())
    with store.open(info.id) as r:
        assert r.read() == data
    out = tmp_path / "out.bin"
    store.export(info.id, out)
    assert out.read_bytes() == data
    blob = (store._dir / info.blob_id).read_bytes()
    if size > 16:
        assert data[:16] not in blob


def test_type_by_content_not_name(store: EvidenceStore, incident: int) -> None:
    png = b"\x89PNG\r\n\x1a\n" + os.urandom(100)
    info = store.import_stream(incident, io.BytesIO(png), "screenshot.txt")
    assert info.type == "image/png"
    assert store.import_stream(incident, io.BytesIO(b"%PDF-1.7 ..."), "x.jpg").type == (
        "application/pdf"
    )


@pytest.mark.parametrize(
    ("head", "name", "mime"),
    [
        (b"\xff\xd8\xff\xe0", "a", "image/jpeg"),
        (b"RIFF\0\0\0\0WEBPVP8 ", "a", "image/webp"),
        (b"\0\0\0\x18ftypmp42", "a", "video/mp4"),
        (b"OggS\0", "voice.ogg", "audio/ogg"),
        (b"PK\x03\x04....word/document.xml", "a", None),
        ("Salam, bu mesajdır ə".encode(), "chat.txt", "text/plain"),
        (b"<!DOCTYPE html><html>", "a", "text/html"),
        (b"\x00\x01\x02garbage", "a", "application/octet-stream"),
    ],
)
def test_sniff(head: bytes, name: str, mime: str | None) -> None:
    got = sniff(head, name)
    assert got == mime if mime else "wordprocessingml" in got


def test_odd_names_are_cleaned(store: EvidenceStore, incident: int) -> None:
    info = store.import_stream(incident, io.BytesIO(b"x"), "../../etc/\x1b[31mpass\u202ewd.png")
    assert "/" not in info.name and "\x1b" not in info.name


def test_damaged_blob_is_reported(store: EvidenceStore, incident: int) -> None:
    info = store.import_stream(incident, io.BytesIO(os.urandom(200_000)), "a.bin")
    path = store._dir / info.blob_id
    data = bytearray(path.read_bytes())
    data[100_000] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDataError, match="evidence"), store.open(info.id) as r:
        r.read()


def test_missing_blob_is_reported(store: EvidenceStore, incident: int) -> None:
    info = store.import_stream(incident, io.BytesIO(b"abc"), "a.bin")
    (store._dir / info.blob_id).unlink()
    with pytest.raises(DamagedDataError, match="missing"):
        store.open(info.id)
    assert store.check().missing_blobs == [info.id]


def test_delete_removes_the_blob(store: EvidenceStore, incident: int) -> None:
    info = store.import_stream(incident, io.BytesIO(b"abc"), "a.bin")
    store.delete(info.id)
    assert not (store._dir / info.blob_id).exists()
    with pytest.raises(EvidenceNotFound):
        store.get(info.id)
    assert store.check().ok


def test_check_reports_orphans(store: EvidenceStore, incident: int) -> None:
    (store._dir / ("ab" * 16)).write_bytes(b"stray")
    assert store.check().orphan_files == ["ab" * 16]


def test_cancel_leaves_nothing(store: EvidenceStore, incident: int, vault: Vault) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(CancelledError):
        store.import_stream(incident, io.BytesIO(os.urandom(5 * 1024 * 1024)), "big", cancel=cancel)
    assert list(store._dir.iterdir()) == []
    assert vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0


def test_failing_source_leaves_nothing(store: EvidenceStore, incident: int, vault: Vault) -> None:
    class Broken(io.RawIOBase):
        n = 0

        def readable(self) -> bool:
            return True

        def readinto(self, b: bytearray) -> int:  # type: ignore[override]
            self.n += 1
            if self.n > 3:
                raise OSError(5, "Input/output error")
            b[:10] = b"0123456789"
            return 10

    with pytest.raises(OSError):
        store.import_stream(incident, Broken(), "usb.jpg")
    assert list(store._dir.iterdir()) == []
    assert vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0


def test_interrupted_import_is_undone_at_unlock(
    store: EvidenceStore, incident: int, vault: Vault, home: Path
) -> None:
    """A pending row and its files, as a killed import leaves them, vanish at next unlock."""
    vault.db.execute(
        "INSERT INTO evidence(incident_id, blob_id, blob_key, state, name, imported_at)"
        " VALUES (?, ?, ?, 'pending', 'half.jpg', 'now')",
        (incident, "cd" * 16, b"k" * 32),
    )
    (store._dir / ("cd" * 16)).write_bytes(b"partial")
    (store._dir / f".{'ef' * 16}.{'12' * 8}.part").write_bytes(b"partial")
    vault.lock()
    again = unlock_vault(home, PASSPHRASE)
    assert list((home / "evidence").iterdir()) == []
    assert again.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
    again.lock()


def test_import_needs_a_live_incident(store: EvidenceStore) -> None:
    with pytest.raises(QuireError, match="No incident"):
        store.import_stream(42, io.BytesIO(b"x"), "x")


def test_evidence_is_chained(store: EvidenceStore, incident: int, vault: Vault) -> None:
    info = store.import_stream(incident, io.BytesIO(b"abc"), "a.bin")
    payload = vault.db.execute("SELECT payload FROM chain WHERE kind = 'evidence'").fetchone()[0]
    assert info.sha256 in payload
    assert IncidentStore(vault).verify().ok


def test_reading_without_rehash_still_authenticates(store: EvidenceStore, incident: int) -> None:
    info = store.import_stream(incident, io.BytesIO(os.urandom(200_000)), "a.bin")
    with store.open(info.id, verify_hash=False) as r:
        assert len(r.read()) == 200_000
    path = store._dir / info.blob_id
    data = bytearray(path.read_bytes())
    data[150_000] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDataError), store.open(info.id, verify_hash=False) as r:
        r.read()


def test_source_with_read_only_and_short_reads(store: EvidenceStore, incident: int) -> None:
    """A source without readinto that returns odd-sized pieces (a pipe, a network-like
    stream) imports byte for byte, with the right hash, across several 1 MiB pieces."""
    data = os.urandom(3 * 1024 * 1024 + 12345)

    class Trickle:
        def __init__(self) -> None:
            self.pos = 0

        def read(self, n: int = -1) -> bytes:
            n = min(n, 70_001)  # never a whole buffer
            piece = data[self.pos : self.pos + n]
            self.pos += len(piece)
            return piece

    info = store.import_stream(incident, Trickle(), "pipe.bin")  # type: ignore[arg-type]
    assert (info.size, info.sha256) == (len(data), hashlib.sha256(data).hexdigest())
    with store.open(info.id) as r:
        assert r.read() == data


def test_save_a_copy_of_damaged_evidence_leaves_no_file(
    store: EvidenceStore, incident: int, tmp_path: Path
) -> None:
    """The copy is decrypted on a helper thread; the damage still stops it, and no partial
    plaintext file is left where the user asked for the copy."""
    info = store.import_stream(incident, io.BytesIO(os.urandom(3 * 1024 * 1024)), "clip.mp4")
    path = store._dir / info.blob_id
    data = bytearray(path.read_bytes())
    data[2 * 1024 * 1024 + 5] ^= 1
    path.write_bytes(bytes(data))
    out = tmp_path / "copies"
    out.mkdir()
    with pytest.raises(DamagedDataError, match=r"clip\.mp4"):
        store.export(info.id, out / "clip.mp4")
    assert list(out.iterdir()) == []


def test_save_a_copy_in_progress_is_visible_not_hidden(
    store: EvidenceStore, incident: int, tmp_path: Path
) -> None:
    """Were Quire killed mid-copy, the partial plaintext copy must be in plain sight in
    the person's folder (…part), not a hidden dot-file they would never find."""
    info = store.import_stream(incident, io.BytesIO(os.urandom(3 * 1024 * 1024)), "clip.mp4")
    out = tmp_path / "copies"
    out.mkdir()
    seen: list[list[str]] = []
    store.export(
        info.id,
        out / "clip.mp4",
        progress=lambda d, t: seen.append(sorted(p.name for p in out.iterdir())),
    )
    during = seen[0]
    assert len(during) == 1 and during[0].startswith("clip.mp4.") and during[0].endswith(".part")
    assert sorted(p.name for p in out.iterdir()) == ["clip.mp4"]
