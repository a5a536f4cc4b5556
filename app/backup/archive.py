"""Backup and restore: the vault's own ciphertext in one file, with a list of hashes.

A backup is a plain tar archive (readable by standard tools) holding ``vault.key``,
``diary.db`` and every evidence blob exactly as they are on disk, followed by
``MANIFEST.json`` with the size and SHA-256 of each. It contains no plaintext: it opens
only with the passphrase (and the recovery code where a device secret is set).

The copy is consistent while the vault is in use: a write transaction is held for the
whole copy, so no other writer can change the database or complete an import meanwhile.
Restore writes into a temporary folder beside the destination, checks every hash and the
manifest, and only then renames the folder into place; a truncated or altered backup is
refused with nothing left behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from app import decoy, fs
from app.clock import now_utc
from app.errors import DamagedDataError, QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import Text
from app.settings import SETTINGS_NAME, is_quire_settings
from app.storage.db import DB_NAME
from app.vault.vault import EVIDENCE_DIR, HEADER_NAME

if TYPE_CHECKING:
    from app.vault.vault import Vault

FORMAT = "quire-backup"
VERSION = 1
MANIFEST = "MANIFEST.json"
_BLOB_NAME = re.compile(r"^evidence/[0-9a-f]{32}$")
_COPY = 1024 * 1024
# ~170 bytes per listed file: room for about 1.5 million evidence files.
MAX_MANIFEST = 256 * 1024 * 1024

Progress = Callable[[int, int], None]


class _HashingReader:
    """Reads through to ``src`` while hashing what passes."""

    def __init__(self, src: BinaryIO) -> None:
        self._src, self.sha = src, hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self._src.read(n)
        self.sha.update(data)
        return data


def create_backup(vault: Vault, out: Path, *, progress: Progress | None = None) -> dict[str, Any]:
    """Write a backup of ``vault`` to ``out`` atomically; returns the manifest."""
    home = vault.home
    db = vault.db
    db.execute("BEGIN IMMEDIATE")  # hold writers off: the files stay still while we copy
    try:
        blobs = [r[0] for r in db.execute("SELECT blob_id FROM evidence WHERE state = 'complete'")]
        if decoy.has_decoy(vault):  # the duress passphrase opens the same decoy from a backup
            blobs.append(str(decoy.decoy_name(vault)))
        members = [HEADER_NAME, DB_NAME] + [f"{EVIDENCE_DIR}/{b}" for b in sorted(blobs)]
        total = sum((home / m).stat().st_size for m in members)
        files: list[dict[str, Any]] = []
        done = 0
        with (
            fs.atomic_writer(Path(out)) as raw,
            tarfile.open(fileobj=raw, mode="w|", format=tarfile.PAX_FORMAT) as tar,
        ):
            for name in members:
                path = home / name
                with open(path, "rb") as src:
                    info = tarfile.TarInfo(name)
                    info.size = path.stat().st_size
                    info.mode = 0o600
                    reader = _HashingReader(src)
                    tar.addfile(info, reader)  # type: ignore[arg-type]
                files.append({"path": name, "size": info.size, "sha256": reader.sha.hexdigest()})
                done += info.size
                if progress is not None:
                    progress(done, total)
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created_at": now_utc(),
                "vault_id": vault.header.vault_id.hex(),
                "files": files,
            }
            data = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mode = len(data), 0o600
            tar.addfile(info, _BytesReader(data))  # type: ignore[arg-type]
    except OSError as exc:
        if fs.is_disk_full(exc):
            raise QuireError(
                _T(
                    "errors",
                    "Not enough disk space to write the backup to {parent}; no backup was written.",
                ),
                parent=Path(out).parent,
            ) from exc
        raise
    finally:
        db.execute("ROLLBACK")
    return manifest


class _BytesReader:
    def __init__(self, data: bytes) -> None:
        self._data, self._off = data, 0

    def read(self, n: int = -1) -> bytes:
        end = len(self._data) if n < 0 else self._off + n
        chunk, self._off = self._data[self._off : end], min(end, len(self._data))
        return chunk


def restore_backup(backup: Path, home: Path, *, progress: Progress | None = None) -> dict[str, Any]:
    """Restore ``backup`` into ``home``, which must not hold a vault. Returns the manifest."""
    backup, home = Path(backup), Path(home)
    if (home / HEADER_NAME).exists() or (home / DB_NAME).exists():
        raise QuireError(
            _T("errors", "A vault already exists at {home}; restore will not overwrite it."),
            home=home,
        )
    if home.exists() and any(
        p.name != SETTINGS_NAME or not is_quire_settings(p) for p in home.iterdir()
    ):
        raise QuireError(
            _T("errors", "{home} is not empty; restore into an empty or new folder."), home=home
        )
    home.parent.mkdir(parents=True, exist_ok=True)  # someone else's folder keeps its mode
    staging = fs.temp_path_beside(home)
    fs.ensure_private_dir(staging)  # becomes the vault folder: 0700 whatever the umask
    fs.ensure_private_dir(staging / EVIDENCE_DIR)
    label = Text("errors", _T("errors", "The backup {name}"), {"name": backup.name})
    try:
        total = backup.stat().st_size
        seen: dict[str, tuple[int, str]] = {}
        manifest: dict[str, Any] | None = None
        try:
            with open(backup, "rb") as raw, tarfile.open(fileobj=raw, mode="r|") as tar:
                for member in tar:
                    if manifest is not None:
                        raise DamagedDataError(
                            label, _T("errors", "it has data after its manifest")
                        )
                    src = tar.extractfile(member) if member.isreg() else None
                    if src is None:
                        raise DamagedDataError(
                            label,
                            _T("errors", "it holds an unexpected entry {name}"),
                            name=repr(member.name),
                        )
                    if member.name == MANIFEST:
                        if member.size > MAX_MANIFEST:
                            raise DamagedDataError(
                                label, _T("errors", "its manifest is implausibly large")
                            )
                        manifest = _parse_manifest(src.read(member.size), label)
                        continue
                    if member.name in seen or not _allowed(member.name):
                        raise DamagedDataError(
                            label,
                            _T("errors", "it holds an unexpected entry {name}"),
                            name=repr(member.name),
                        )
                    seen[member.name] = _copy(src, staging / member.name)
                    if progress is not None:
                        progress(raw.tell(), total)
                end_of_members = tar.offset
        except (tarfile.TarError, EOFError) as exc:
            raise DamagedDataError(
                label, _T("errors", "it is truncated or not a backup ({exc})"), exc=exc
            ) from None
        if manifest is None:
            raise DamagedDataError(label, _T("errors", "it is truncated (its manifest is missing)"))
        _check_tail(backup, end_of_members, label)
        _check_against_manifest(seen, manifest, label)
        fs.fsync_dir(staging / EVIDENCE_DIR)
        fs.fsync_dir(staging)
        if home.exists():
            _move_into(staging, home)  # only settings.json is there; keep it
        else:
            staging.rename(home)
        fs.fsync_dir(home.parent)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if fs.is_disk_full(exc):
            raise QuireError(
                _T(
                    "errors",
                    "Not enough disk space to restore the backup into {home}; nothing was "
                    "restored.",
                ),
                home=home,
            ) from exc
        raise
    return manifest


def _move_into(staging: Path, home: Path) -> None:
    """Move the staged vault into an existing folder, its header last (it makes it a vault)."""
    fs.ensure_private_dir(home / EVIDENCE_DIR)
    for blob in (staging / EVIDENCE_DIR).iterdir():
        os.replace(blob, home / EVIDENCE_DIR / blob.name)
    fs.fsync_dir(home / EVIDENCE_DIR)
    os.replace(staging / DB_NAME, home / DB_NAME)
    os.replace(staging / HEADER_NAME, home / HEADER_NAME)
    shutil.rmtree(staging)


def _check_tail(backup: Path, end_of_members: int, label: Text) -> None:
    """The archive must end exactly as written: end marker and padding, all zero bytes.

    Members are verified by the manifest; this catches a copy cut short inside the
    trailer, which a tar reader alone would accept.
    """
    record = tarfile.RECORDSIZE
    expected = -(-(end_of_members + 2 * tarfile.BLOCKSIZE) // record) * record
    if backup.stat().st_size != expected:
        raise DamagedDataError(label, _T("errors", "it is truncated or has extra data at its end"))
    with open(backup, "rb") as f:
        f.seek(end_of_members)
        if f.read().strip(b"\0"):
            raise DamagedDataError(label, _T("errors", "it has unexpected data at its end"))


def _allowed(name: str) -> bool:
    return name in (HEADER_NAME, DB_NAME) or bool(_BLOB_NAME.match(name))


def _copy(src: IO[bytes], dest: Path) -> tuple[int, str]:
    sha = hashlib.sha256()
    size = 0
    with fs.create_private(dest) as out:
        while chunk := src.read(_COPY):
            sha.update(chunk)
            out.write(chunk)
            size += len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return size, sha.hexdigest()


def _parse_manifest(data: bytes, label: Text) -> dict[str, Any]:
    try:
        manifest = json.loads(data)
        ok = manifest.get("format") == FORMAT and isinstance(manifest.get("files"), list)
    except (ValueError, AttributeError, RecursionError):  # RecursionError: [[[[… nesting
        ok = False
    if not ok:
        raise DamagedDataError(label, _T("errors", "its manifest is unreadable"))
    if manifest.get("version") != VERSION:
        raise QuireError(
            _T("errors", "{label} has format version {value}; update Quire."),
            label=label,
            value=manifest.get("version"),
        )
    return dict(manifest)


def _check_against_manifest(
    seen: dict[str, tuple[int, str]], manifest: dict[str, Any], label: Text
) -> None:
    listed: dict[str, tuple[int, str]] = {}
    for entry in manifest["files"]:
        # Exactly what create_backup writes: a text path, an integer size, a text hash.
        fields = entry if isinstance(entry, dict) else {}
        path, size, sha = fields.get("path"), fields.get("size"), fields.get("sha256")
        if not (isinstance(path, str) and type(size) is int and isinstance(sha, str)):
            raise DamagedDataError(
                label, _T("errors", "its manifest is unreadable (a malformed file entry)")
            )
        if path in listed:
            raise DamagedDataError(
                label, _T("errors", "its manifest lists {value} twice"), value=repr(path[:80])
            )
        listed[path] = (size, sha)
    if HEADER_NAME not in listed or DB_NAME not in listed:
        raise DamagedDataError(label, _T("errors", "its manifest does not list the vault's files"))
    for name, expected in listed.items():
        if name not in seen:
            raise DamagedDataError(label, _T("errors", "{name} is missing"), name=name)
        if seen[name] != expected:
            raise DamagedDataError(
                label, _T("errors", "{name} does not match its recorded hash"), name=name
            )
    extra = set(seen) - set(listed)
    if extra:
        raise DamagedDataError(
            label, _T("errors", "{value} is not in its manifest"), value=sorted(extra)[0]
        )
