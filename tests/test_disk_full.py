"""A full disk is a clear error, never a half-written vault.

A laptop's disk or a USB stick fills up; Quire must then say so plainly and leave the
vault exactly as it was: no evidence row without its file, no file without its row, no
temporary ``*.part`` files eating the little space left. These tests use a real small
tmpfs (so they need root) rather than a simulated ``ENOSPC``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.access import unlock_vault
from tests.conftest import PASSPHRASE, skip_or_fail
from tests.support.cli import run_cli

pytestmark = pytest.mark.root

MIB = 1024 * 1024


def _require_root() -> None:
    if os.geteuid() != 0:
        skip_or_fail("needs root to mount a small tmpfs")


@pytest.fixture(autouse=True)
def _needs_root() -> None:
    _require_root()


@contextlib.contextmanager
def small_tmpfs(where: Path, size: str = "8m") -> Iterator[Path]:
    """A freshly mounted tmpfs of ``size``; always unmounted afterwards."""
    _require_root()
    where.mkdir(parents=True)
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    if proc.returncode != 0:
        skip_or_fail(f"cannot mount a tmpfs as root: {proc.stderr.strip()}")
    try:
        yield where
    finally:
        done = subprocess.run(
            ["umount", str(where)], capture_output=True, text=True, check=False, timeout=60
        )
        if done.returncode != 0:  # something still holds it open: detach, then fail loudly
            subprocess.run(["umount", "-l", str(where)], check=False, timeout=60)
            pytest.fail(f"tmpfs at {where} was busy at the end: {done.stderr.strip()}")


def _random_file(path: Path, size: int) -> str:
    data = os.urandom(size)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def _part_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".part")]


def _read_all(store, evidence_id: int) -> str:
    sha = hashlib.sha256()
    with store.open(evidence_id) as reader:
        while chunk := reader.read(MIB):
            sha.update(chunk)
    return sha.hexdigest()


def test_import_larger_than_free_space(tmp_path: Path) -> None:
    from app.access import unlock_vault
    from app.errors import QuireError
    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    # The sources live on the big disk; only the vault is on the small one.
    small = tmp_path / "source-small.jpg"
    small_sha = _random_file(small, 1 * MIB)
    big = tmp_path / "source-video.mp4"
    _random_file(big, 12 * MIB)

    with small_tmpfs(tmp_path / "mnt") as mnt:
        home = mnt / "vault"
        vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
        try:
            incident = IncidentStore(vault).create(
                IncidentRecord.from_dict({"title": "before the disk filled"})
            )
            store = EvidenceStore(vault)
            first = store.import_file(incident, small)
            files_before = sorted(p.name for p in vault.evidence_dir.iterdir())
            free_before = shutil.disk_usage(mnt).free
            chain_before = IncidentStore(vault).verify().entries

            with pytest.raises(QuireError) as caught:
                store.import_file(incident, big)
            message = str(caught.value).lower()
            assert "disk space" in message, caught.value
            assert "nothing was saved" in message, caught.value

            rows = vault.db.execute("SELECT id, state FROM evidence ORDER BY id").fetchall()
            assert [tuple(r) for r in rows] == [(first.id, "complete")]
            assert sorted(p.name for p in vault.evidence_dir.iterdir()) == files_before
            assert _part_files(home) == []
            assert shutil.disk_usage(mnt).free >= free_before - 64 * 1024  # space given back
            assert IncidentStore(vault).verify().entries == chain_before
        finally:
            vault.lock()

        # The vault still opens, passes its checks, and the earlier file reads back.
        with unlock_vault(home, PASSPHRASE) as again:
            report = IncidentStore(again).verify()
            assert report.ok, report.problems
            store = EvidenceStore(again)
            assert store.check().ok
            assert [e.id for e in store.list(incident)] == [first.id]
            assert _read_all(store, first.id) == small_sha
            # Once space is freed, importing works again.
            again_info = store.import_file(incident, small)
            assert _read_all(store, again_info.id) == small_sha
        assert _part_files(home) == []


def test_import_through_cli_on_full_disk(tmp_path: Path) -> None:
    """The CLI says so in one line (exit 1), and ``verify`` stays clean."""
    big = tmp_path / "recording.wav"
    _random_file(big, 12 * MIB)
    with small_tmpfs(tmp_path / "mnt") as mnt:
        home = mnt / "vault"
        assert run_cli(home, "--passphrase-stdin", "init", stdin=PASSPHRASE + "\n").returncode == 0
        add = run_cli(home, "--passphrase-stdin", "add", "--title", "t", stdin=PASSPHRASE + "\n")
        assert add.returncode == 0, add.stderr
        proc = run_cli(home, "--passphrase-stdin", "attach", "1", str(big), stdin=PASSPHRASE + "\n")
        assert proc.returncode == 1, (proc.stdout, proc.stderr)
        assert "disk space" in proc.stderr.lower(), proc.stderr
        assert "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert list((home / "evidence").iterdir()) == []
        assert _part_files(home) == []
        check = run_cli(home, "--passphrase-stdin", "verify", stdin=PASSPHRASE + "\n")
        assert check.returncode == 0, check.stdout + check.stderr


def _vault_with_evidence(home: Path, tmp_path: Path, size: int) -> str:
    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    src = tmp_path / "evidence.bin"
    digest = _random_file(src, size)
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    with vault:
        incident = IncidentStore(vault).create(IncidentRecord.from_dict({"title": "x"}))
        EvidenceStore(vault).import_file(incident, src)
    src.unlink()
    return digest


def test_restore_into_too_small_disk(tmp_path: Path) -> None:
    from app.backup.archive import create_backup, restore_backup
    from app.errors import QuireError

    home = tmp_path / "vault"
    _vault_with_evidence(home, tmp_path, 12 * MIB)
    backup = tmp_path / "backup.quire"
    with unlock_vault(home, PASSPHRASE) as vault:
        create_backup(vault, backup)

    with small_tmpfs(tmp_path / "mnt") as mnt:
        target = mnt / "restored"
        with pytest.raises(QuireError) as caught:
            restore_backup(backup, target)
        assert "disk space" in str(caught.value).lower(), caught.value
        assert list(mnt.iterdir()) == [], "restore left files behind"
        assert shutil.disk_usage(mnt).used < 256 * 1024

        # Through the CLI: one clear line, exit 1, nothing left.
        proc = run_cli(target, "restore", str(backup))
        assert proc.returncode == 1, (proc.stdout, proc.stderr)
        assert "disk space" in proc.stderr.lower(), proc.stderr
        assert "Traceback" not in proc.stderr
        assert list(mnt.iterdir()) == []


def test_restore_into_existing_empty_folder_on_small_disk(tmp_path: Path) -> None:
    """An empty folder made beforehand (the usual case in a file chooser) stays as it was."""
    from app.backup.archive import create_backup, restore_backup
    from app.errors import QuireError

    home = tmp_path / "vault"
    _vault_with_evidence(home, tmp_path, 12 * MIB)
    backup = tmp_path / "backup.quire"
    with unlock_vault(home, PASSPHRASE) as vault:
        create_backup(vault, backup)
    with small_tmpfs(tmp_path / "mnt") as mnt:
        target = mnt / "restored"
        target.mkdir()
        with pytest.raises(QuireError):
            restore_backup(backup, target)
        assert [p.name for p in mnt.iterdir()] == ["restored"]
        assert list(target.iterdir()) == []


def test_backup_onto_too_small_disk(tmp_path: Path) -> None:
    """A backup written to a nearly full USB stick fails clearly and leaves no partial file."""
    from app.backup.archive import create_backup
    from app.errors import QuireError
    from app.evidence.store import EvidenceStore

    home = tmp_path / "vault"
    _vault_with_evidence(home, tmp_path, 12 * MIB)
    with small_tmpfs(tmp_path / "mnt") as mnt:
        with unlock_vault(home, PASSPHRASE) as vault:
            with pytest.raises(QuireError) as caught:
                create_backup(vault, mnt / "backup.quire")
            assert "disk space" in str(caught.value).lower(), caught.value
            # The vault is not left inside a transaction: writing still works.
            assert EvidenceStore(vault).check().ok
            vault.db.execute("BEGIN IMMEDIATE")
            vault.db.execute("ROLLBACK")
        assert list(mnt.iterdir()) == []


def test_export_onto_too_small_disk(tmp_path: Path) -> None:
    """A bundle written to a nearly full USB stick: one clear error, no partial file, the
    vault untouched, and the same through the CLI."""
    from app.age import generate_identity
    from app.bundle.export import Selection, export_bundle
    from app.errors import QuireError
    from app.evidence.store import EvidenceStore

    home = tmp_path / "vault"
    _vault_with_evidence(home, tmp_path, 12 * MIB)
    recipient = generate_identity().recipient
    with small_tmpfs(tmp_path / "mnt") as mnt:
        with unlock_vault(home, PASSPHRASE) as vault:
            with pytest.raises(QuireError) as caught:
                export_bundle(vault, Selection(all=True), [recipient], mnt / "bundle.age")
            message = str(caught.value)
            assert "disk space" in message and "nothing was written" in message, message
            assert EvidenceStore(vault).check().ok
        assert list(mnt.iterdir()) == [], "export left files behind"
        assert shutil.disk_usage(mnt).used < 256 * 1024

        proc = run_cli(
            home,
            "--passphrase-stdin",
            "export",
            "--all",
            "--to",
            recipient.encode(),
            "-o",
            str(mnt / "bundle.age"),
            stdin=PASSPHRASE + "\n",
        )
        assert proc.returncode == 1, (proc.stdout, proc.stderr)
        assert "disk space" in proc.stderr.lower(), proc.stderr
        assert "Traceback" not in proc.stderr
        assert list(mnt.iterdir()) == []
