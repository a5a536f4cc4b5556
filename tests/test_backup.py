"""Backup and restore: ciphertext only, every hash checked, never over a vault."""

from __future__ import annotations

import io
import os
import tarfile
import threading
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.backup.archive import create_backup, restore_backup
from app.errors import DamagedDataError, QuireError
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli


@pytest.fixture
def filled(vault: Vault) -> tuple[Vault, int, bytes]:
    i = IncidentStore(vault).create(IncidentRecord.from_dict({"title": "Kept safe"}))
    data = os.urandom(300_000)
    EvidenceStore(vault).import_stream(i, io.BytesIO(data), "photo.jpg")
    return vault, i, data


def test_round_trip(filled: tuple[Vault, int, bytes], tmp_path: Path) -> None:
    vault, i, data = filled
    out = tmp_path / "backup.quire"
    manifest = create_backup(vault, out)
    assert {f["path"] for f in manifest["files"]} >= {"vault.key", "diary.db"}
    target = tmp_path / "elsewhere" / "vault"
    restore_backup(out, target)
    restored = unlock_vault(target, PASSPHRASE)
    ev = EvidenceStore(restored).list(i)[0]
    with EvidenceStore(restored).open(ev.id) as r:
        assert r.read() == data
    assert IncidentStore(restored).verify().ok
    restored.lock()


def test_backup_holds_no_plaintext(filled: tuple[Vault, int, bytes], tmp_path: Path) -> None:
    vault, _i, data = filled
    out = tmp_path / "b"
    create_backup(vault, out)
    blob = out.read_bytes()
    assert b"Kept safe" not in blob and data[:32] not in blob


def test_restore_refuses_an_existing_vault(
    filled: tuple[Vault, int, bytes], tmp_path: Path, home: Path
) -> None:
    vault, _, _ = filled
    out = tmp_path / "b"
    create_backup(vault, out)
    with pytest.raises(QuireError, match="already exists"):
        restore_backup(out, home)


@pytest.mark.parametrize("cut", [100, 2000, -600, -1])
def test_truncated_backup_refused_and_nothing_left(
    filled: tuple[Vault, int, bytes], tmp_path: Path, cut: int
) -> None:
    vault, _, _ = filled
    out = tmp_path / "b"
    create_backup(vault, out)
    data = out.read_bytes()
    out.write_bytes(data[:cut])
    target = tmp_path / "r" / "vault"
    with pytest.raises(DamagedDataError):
        restore_backup(out, target)
    assert not target.exists()
    assert list((tmp_path / "r").iterdir()) == []


def test_altered_backup_refused(filled: tuple[Vault, int, bytes], tmp_path: Path) -> None:
    vault, _, _ = filled
    out = tmp_path / "b"
    create_backup(vault, out)
    data = bytearray(out.read_bytes())
    data[5000] ^= 1  # inside diary.db
    out.write_bytes(bytes(data))
    with pytest.raises(DamagedDataError, match="does not match"):
        restore_backup(out, tmp_path / "r")


def test_hostile_entries_refused(tmp_path: Path) -> None:
    out = tmp_path / "evil.tar"
    with tarfile.open(out, "w") as tar:
        info = tarfile.TarInfo("../../escape")
        info.size = 3
        tar.addfile(info, io.BytesIO(b"bad"))
    with pytest.raises(DamagedDataError, match="unexpected entry"):
        restore_backup(out, tmp_path / "r")
    assert not (tmp_path.parent / "escape").exists()


def test_backup_while_the_vault_is_in_use(
    filled: tuple[Vault, int, bytes], home: Path, tmp_path: Path
) -> None:
    """Another connection keeps writing; the backup is still one consistent state."""
    vault, _, _ = filled
    stop = threading.Event()

    def writer() -> None:
        other = unlock_vault(home, PASSPHRASE)
        store = IncidentStore(other)
        while not stop.is_set():
            store.create(IncidentRecord.from_dict({"title": "during backup"}))
        other.lock()

    t = threading.Thread(target=writer)
    t.start()
    try:
        for n in range(3):
            out = tmp_path / f"b{n}"
            create_backup(vault, out)
            target = tmp_path / f"r{n}"
            restore_backup(out, target)
            restored = unlock_vault(target, PASSPHRASE)
            assert IncidentStore(restored).verify().ok
            restored.lock()
    finally:
        stop.set()
        t.join()


def test_cli_exit_codes(filled: tuple[Vault, int, bytes], home: Path, tmp_path: Path) -> None:
    vault, _, _ = filled
    vault.lock()
    out = tmp_path / "b.quire"
    assert (
        run_cli(
            home, "--passphrase-stdin", "backup", "-o", str(out), stdin=PASSPHRASE + "\n"
        ).returncode
        == 0
    )
    target = tmp_path / "new"
    r = run_cli(target, "restore", str(out))
    assert r.returncode == 0, r.stderr
    assert (
        run_cli(
            target, "--passphrase-stdin", "verify", "--deep", stdin=PASSPHRASE + "\n"
        ).returncode
        == 0
    )
    again = run_cli(target, "restore", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr
    out.write_bytes(out.read_bytes()[:-700])
    bad = run_cli(tmp_path / "new2", "restore", str(out))
    assert bad.returncode == 3 and "Traceback" not in bad.stderr


def test_restore_keeps_settings_already_there(
    filled: tuple[Vault, int, bytes], tmp_path: Path
) -> None:
    from app import settings

    vault, _, _ = filled
    out = tmp_path / "b"
    create_backup(vault, out)
    target = tmp_path / "fresh"
    settings.save(target, settings.Settings(language="az"))
    restore_backup(out, target)
    assert settings.load(target).language == "az"
    restored = unlock_vault(target, PASSPHRASE)
    assert IncidentStore(restored).verify().ok
    restored.lock()


def test_a_manifest_past_one_mib_restores(filled: tuple[Vault, int, bytes], tmp_path: Path) -> None:
    """A vault with thousands of evidence files lists ~170 bytes per file: the manifest
    can pass 1 MiB, and restore must read it whole (it used to cut it at 1 MiB)."""
    import json

    vault, i, data = filled
    out = tmp_path / "backup.quire"
    create_backup(vault, out)
    big = tmp_path / "big.quire"
    with tarfile.open(out) as src, tarfile.open(big, "w") as dst:
        for member in src.getmembers():
            body = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == "MANIFEST.json":
                manifest = json.loads(body)
                manifest["padding"] = "x" * (2 * 1024 * 1024)  # as long as ~12,000 files
                body = json.dumps(manifest).encode()
                member.size = len(body)
            dst.addfile(member, io.BytesIO(body))
    target = tmp_path / "restored"
    restore_backup(big, target)
    with unlock_vault(target, PASSPHRASE) as restored:
        (ev,) = EvidenceStore(restored).list(i)
        with EvidenceStore(restored).open(ev.id) as r:
            assert r.read() == data


def test_restore_leaves_the_parent_folders_mode_alone(
    filled: tuple[Vault, int, bytes], tmp_path: Path
) -> None:
    """Restoring into /media/usb/vault must not chmod /media/usb (someone else's folder)."""
    vault, _, _ = filled
    out = tmp_path / "backup.quire"
    create_backup(vault, out)
    parent = tmp_path / "shared"
    parent.mkdir(mode=0o755)
    os.chmod(parent, 0o755)
    restore_backup(out, parent / "vault")
    assert parent.stat().st_mode & 0o777 == 0o755
    assert (parent / "vault").stat().st_mode & 0o777 == 0o700
