"""Quire's own files in a vault folder: their names, and the proof that Quire wrote each.

A person may point Quire at any folder (``--home``, ``QUIRE_HOME``), and that folder may
already hold their own ``evidence/`` folder, a ``settings.json`` or a ``diary.db``. Quire
removes, moves or rewrites an entry only with positive proof that Quire wrote it:

- its own format: a header that starts with ``QUIREVK1`` and has the header's size; an
  evidence blob named by 32 hex digits that starts with ``QUIREBL1``; a settings file
  whose keys are all Quire's settings;
- its own names, where the name alone is proof: a tombstone ``.quire-wipe-<16 hex>``, a
  temporary file ``.<one of Quire's names>.<16 hex>.part``, ``.diary.db.new``;
- the database files (``diary.db``, its journals, a purge's ``.diary.db.rekey``), only
  beside a header proven Quire's (or a tombstone saying one was there):
  :meth:`Vault.create` refuses a folder that already holds them, so beside Quire's header
  they are Quire's.

Everything else is the person's and is left byte-identical.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from app import settings
from app.fs import TEMP_SUFFIX
from app.storage.db import DB_NAME

HEADER_NAME = "vault.key"
EVIDENCE_DIR = "evidence"
NEW_DB_NAME = ".diary.db.new"
REKEY_DB_NAME = ".diary.db.rekey"  # a purge's re-key writes the diary's copy here
BLOB_MAGIC = b"QUIREBL1"
HEADER_MAGIC = b"QUIREVK1"
TOMB_PREFIX = ".quire-wipe-"

DB_FILES = (
    DB_NAME,
    f"{DB_NAME}-journal",
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    NEW_DB_NAME,
    f"{NEW_DB_NAME}-journal",
    REKEY_DB_NAME,
    f"{REKEY_DB_NAME}-journal",
)
# Names whose temporary copies (``.<name>.<16 hex>.part``) Quire writes in a vault folder.
_TEMP_BASES = frozenset({HEADER_NAME, settings.SETTINGS_NAME, DB_NAME})

_TOMB = re.compile(r"\.quire-wipe-[0-9a-f]{16}")
_BLOB = re.compile(r"[0-9a-f]{32}")
_TEMP = re.compile(r"\.(?P<base>.+)\.[0-9a-f]{16}" + re.escape(TEMP_SUFFIX))


def is_tomb_name(name: str) -> bool:
    """A tombstone folder a wipe made (``.quire-wipe-`` and 16 hex digits, nothing else)."""
    return _TOMB.fullmatch(name) is not None


def is_temp_name(name: str) -> bool:
    """A temporary copy Quire writes beside one of its files in the vault folder."""
    m = _TEMP.fullmatch(name)
    return m is not None and m.group("base") in _TEMP_BASES


def is_header_temp_name(name: str) -> bool:
    m = _TEMP.fullmatch(name)
    return m is not None and m.group("base") == HEADER_NAME


def is_blob_name(name: str) -> bool:
    return _BLOB.fullmatch(name) is not None


def is_blob_temp_name(name: str) -> bool:
    """A blob an import was still writing (``.<32 hex>.<16 hex>.part``)."""
    m = _TEMP.fullmatch(name)
    return m is not None and is_blob_name(m.group("base"))


def _starts_with(path: Path, magic: bytes, size: int | None = None) -> bool:
    """A regular file (never a link) that begins with ``magic`` (and has ``size``)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or (size is not None and st.st_size != size):
            return False
        return os.read(fd, len(magic)) == magic
    except OSError:
        return False
    finally:
        os.close(fd)


def is_header_file(path: Path) -> bool:
    """A ``vault.key`` in Quire's format (valid or not): its magic and its size."""
    from app.vault.header import HEADER_SIZE

    return _starts_with(path, HEADER_MAGIC, HEADER_SIZE)


def is_blob_file(path: Path) -> bool:
    """An evidence blob Quire wrote: 32 hex digits for a name, Quire's magic inside."""
    return is_blob_name(path.name) and _starts_with(path, BLOB_MAGIC)


def is_real_dir(path: Path) -> bool:
    with contextlib.suppress(OSError):
        return stat.S_ISDIR(os.lstat(path).st_mode)
    return False


@dataclass
class Ownership:
    """Who wrote what in a vault folder (names relative to the folder)."""

    quire: list[str] = field(default_factory=list)  # entries Quire may move or remove whole
    blobs: list[str] = field(default_factory=list)  # ``evidence/<name>``: Quire's, one by one
    others: list[Path] = field(default_factory=list)  # the person's: never touched


def classify(home: Path, *, vault_proved: bool, skip: frozenset[str] = frozenset()) -> Ownership:
    """Sort the folder's entries into Quire's and the person's.

    ``vault_proved``: a Quire header is (or, by a tombstone, was) in this folder, so the
    database files beside it are Quire's. Without it only entries that prove themselves
    (tombstones, temporary copies, settings, blobs) count as Quire's.
    """
    out = Ownership()
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for entry in os.scandir(home):
            name = entry.name
            if name in skip:
                continue
            path = Path(entry.path)
            if name == EVIDENCE_DIR and is_real_dir(path):
                _classify_evidence(path, out)
            elif _proves_itself(entry, vault_proved):
                out.quire.append(name)
            else:
                out.others.append(path)
    return out


def _proves_itself(entry: os.DirEntry[str], vault_proved: bool) -> bool:
    """Whether one top-level entry (not ``evidence/``) is provably Quire's."""
    name, path = entry.name, Path(entry.path)
    if is_tomb_name(name):
        return is_real_dir(path)
    if entry.is_dir(follow_symlinks=False):
        return False
    if is_temp_name(name):
        return True
    if name == HEADER_NAME:
        return vault_proved or is_header_file(path)
    if name in DB_FILES:
        return vault_proved
    return name == settings.SETTINGS_NAME and settings.is_quire_settings(path)


def _classify_evidence(folder: Path, out: Ownership) -> None:
    """The whole folder is Quire's when everything in it is; else its blobs one by one."""
    mine: list[str] = []
    theirs: list[Path] = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            path = Path(entry.path)
            if is_blob_file(path) or (
                is_blob_temp_name(entry.name) and not entry.is_dir(follow_symlinks=False)
            ):
                mine.append(entry.name)
            else:
                theirs.append(path)
    if theirs:
        out.blobs += [f"{EVIDENCE_DIR}/{n}" for n in mine]
        out.others += theirs
    else:
        out.quire.append(EVIDENCE_DIR)


def remove_stale_temp_files(folder: Path, *, blobs: bool = False) -> int:
    """Remove the temporary copies a killed Quire process left in ``folder``.

    Only Quire's own temporary names are touched (``.<Quire's name>.<16 hex>.part``, or
    for ``blobs`` the evidence folder's ``.<32 hex>.<16 hex>.part``); returns how many.
    """
    test = is_blob_temp_name if blobs else is_temp_name
    count = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if test(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                    count += 1
    return count


def foreign_entries(home: Path) -> list[Path]:
    """Entries that would stand in the way of a new vault in ``home``: anything with one of
    Quire's names that is not provably Quire's, and Quire data without a header."""
    own = classify(home, vault_proved=False)
    clash = {HEADER_NAME, EVIDENCE_DIR, settings.SETTINGS_NAME, *DB_FILES}
    found = [p for p in own.others if p.name in clash or p.parent.name == EVIDENCE_DIR]
    found += [home / n for n in own.blobs]
    return sorted(set(found))
