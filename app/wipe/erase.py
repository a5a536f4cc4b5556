"""The panic wipe: destroy the key first, then every file Quire wrote in the vault folder.

Order (docs/THREAT_MODEL.md, "Panic wipe"):

0. A tombstone folder, ``.quire-wipe-<hex>``, is made inside the vault folder and made
   durable. It says "a wipe has started here" to the next start if power is cut.
1. Crypto-erase. ``vault.key`` is overwritten in place with random bytes and fsynced, and
   so is any leftover temporary copy of the header. The data key existed only there
   (wrapped), so from this moment nothing in ``diary.db`` or ``evidence/`` can ever be
   decrypted, wherever copies of those bytes survive. Then the device secret, if the vault
   used one, is deleted from the OS keyring.
2. Every entry Quire wrote in the folder is renamed into the tombstone, the destroyed
   header last. Entries Quire did not write (a user's own files in a ``--home`` they
   chose) are left alone and reported.
3. The tombstone is removed, then the vault folder itself if nothing else is in it. (After
   a duress unlock this runs in a background thread, beside the new empty vault.)

A wipe is interrupted safely at any point after step 1: :func:`finish_interrupted_wipes`,
run at every start (the CLI, ``Vault.create``, ``Vault.unlock``; the GUI calls it too),
recognises what is left and completes the job:

- a tombstone beside a ``vault.key`` that is not a valid header (or no header at all):
  the wipe stopped somewhere in steps 1-3, so it is completed;
- a tombstone beside a valid header: a duress unlock made a new vault and was cut short
  while removing the old one; only the tombstone goes;
- no tombstone, no header, but a database or evidence blobs: the remains of a wipe
  (headerless data can never be read again), removed, unless a restore is visibly under
  way beside the folder;
- a header that is not valid and no tombstone: accidental damage, never touched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app import fs
from app.errors import DamagedDataError, QuireError
from app.settings import SETTINGS_NAME
from app.storage.db import DB_NAME
from app.vault import device_secret
from app.vault.header import FLAG_DEVICE_SECRET, MAGIC, VaultHeader
from app.vault.vault import _NEW_DB_NAME, EVIDENCE_DIR, HEADER_NAME

if TYPE_CHECKING:
    from app.vault.vault import Vault

TOMB_PREFIX = ".quire-wipe-"
Progress = Callable[[int, int], None]

# Everything Quire itself writes in a vault folder. A file Quire starts writing there must
# be added here (tests/test_wipe.py runs every command and checks the folder against it).
QUIRE_NAMES = frozenset(
    {
        HEADER_NAME,
        DB_NAME,
        f"{DB_NAME}-journal",
        f"{DB_NAME}-wal",
        f"{DB_NAME}-shm",
        _NEW_DB_NAME,
        f"{_NEW_DB_NAME}-journal",
        EVIDENCE_DIR,
        SETTINGS_NAME,
    }
)
_DATA_NAMES = (DB_NAME, f"{DB_NAME}-journal", _NEW_DB_NAME)


class WipeError(QuireError):
    """The key could not be destroyed. ``report`` says what was done anyway."""

    def __init__(self, message: str, report: WipeReport) -> None:
        super().__init__(message)
        self.report = report


@dataclass
class WipeReport:
    """What a wipe did. Times are seconds from the call."""

    home: Path
    found_vault: bool = False  # there was a header (or Quire data) to wipe
    # Every copy of the header in the folder was overwritten (also True when none was left).
    key_destroyed: bool = False
    keyring_deleted: bool | None = None  # None: the vault used no device secret
    files_removed: int = 0
    bytes_removed: int = 0
    left_alone: list[Path] = field(default_factory=list)  # not Quire's; kept
    not_removed: list[Path] = field(default_factory=list)  # retried at the next start
    seconds_to_key_destroyed: float = 0.0
    seconds_total: float = 0.0


def is_quire_entry(name: str) -> bool:
    """True for a name Quire writes in a vault folder (its files, temporaries, tombstones)."""
    return (
        name in QUIRE_NAMES
        or name.startswith(TOMB_PREFIX)
        or (name.startswith(".") and name.endswith(fs.TEMP_SUFFIX))
    )


def _header_copies(home: Path) -> list[Path]:
    """``vault.key`` and any temporary copy an interrupted header rewrite left."""
    out = [home / HEADER_NAME]
    prefix = f".{HEADER_NAME}."
    with contextlib.suppress(OSError):
        out += [
            p
            for p in home.iterdir()
            if p.name.startswith(prefix) and p.name.endswith(fs.TEMP_SUFFIX)
        ]
    return out


def _overwrite(path: Path) -> tuple[bytes, bool] | None:
    """Overwrite a regular file in place with random bytes and fsync it.

    Returns the first bytes it held and whether it was overwritten; None if it is absent.
    The file is neither truncated nor replaced, so the same disk blocks are rewritten.
    """
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError:  # a link, or no permission: removing it later is all that can be done
        return b"", False
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return b"", False
        head = os.read(fd, 32)
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            left = st.st_size
            while left:
                left -= os.write(fd, os.urandom(min(left, 1 << 20)))
            os.fsync(fd)
        except OSError:  # an I/O error: the caller reports the key as not destroyed
            return head, False
        return head, True
    finally:
        os.close(fd)


def scrub_stale_header_copies(home: Path) -> int:
    """Overwrite the temporary header copies a killed header rewrite left (each holds the
    data key, wrapped), before they are unlinked as stale temporary files. Call only when
    no other program has the vault open (one may be writing such a file)."""
    return sum(1 for p in _header_copies(home)[1:] if (r := _overwrite(p)) is not None and r[1])


def _parse_identity(head: bytes) -> tuple[bytes | None, bool]:
    """Vault id and device-secret flag from a header's first bytes, checksum or not."""
    if len(head) >= 28 and head[:8] == MAGIC:
        flags = int.from_bytes(head[10:12], "big")
        return head[12:28], bool(flags & FLAG_DEVICE_SECRET)
    return None, False


def _new_tomb(home: Path) -> Path | None:
    """A fresh tombstone, durable; None if the folder does not let us make one."""
    tomb = home / f"{TOMB_PREFIX}{secrets.token_hex(8)}"
    try:
        tomb.mkdir(mode=fs.PRIVATE_DIR_MODE)
        fs.fsync_dir(home)
    except OSError:
        return None
    return tomb


def destroy_key(home: Path, report: WipeReport, *, keyring: bool = True) -> Path | None:
    """Steps 0 and 1: make a tombstone, overwrite every header copy, delete the keyring entry.

    Returns the tombstone, or None if none could be made (the key is destroyed all the
    same). A header copy that cannot be overwritten leaves ``report.key_destroyed`` False.
    """
    start = time.perf_counter()
    tomb = _new_tomb(home)
    destroyed = True
    vault_id: bytes | None = None
    uses_secret = False
    for i, path in enumerate(_header_copies(home)):
        result = _overwrite(path)
        if result is None:
            continue
        report.found_vault = True
        head, ok = result
        destroyed = destroyed and ok
        if i == 0:
            vault_id, uses_secret = _parse_identity(head)
    report.key_destroyed = destroyed
    if keyring and vault_id is not None and uses_secret:
        report.keyring_deleted = device_secret.delete(vault_id)
    report.seconds_to_key_destroyed = time.perf_counter() - start
    return tomb


def quire_entry_names(home: Path, report: WipeReport, skip: set[str]) -> list[str]:
    """Names of Quire's entries in ``home``, the header last; others go to ``left_alone``."""
    names: list[str] = []
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(home):
            if entry.name in skip:
                continue
            if is_quire_entry(entry.name):
                names.append(entry.name)
            else:
                report.left_alone.append(Path(entry.path))
    if any(n in _DATA_NAMES or n == EVIDENCE_DIR for n in names):
        report.found_vault = True
    names.sort(key=lambda n: n == HEADER_NAME)  # the header goes last
    return names


def entomb(home: Path, tomb: Path, report: WipeReport, *, keep: Iterable[str] = ()) -> None:
    """Step 2: rename Quire's entries (older tombstones too) into ``tomb``, the header last."""
    for name in quire_entry_names(home, report, {tomb.name, *keep}):
        src = home / name
        for _attempt in range(2):
            try:
                os.replace(src, tomb / name)
            except FileNotFoundError:
                if not os.path.lexists(src):
                    break  # gone already
                # Another program's start removed our (then empty) tombstone: make it again.
                with contextlib.suppress(OSError):
                    tomb.mkdir(mode=fs.PRIVATE_DIR_MODE, exist_ok=True)
                continue
            except OSError:
                report.not_removed.append(src)
            break
    with contextlib.suppress(OSError):
        fs.fsync_dir(home)


def remove_tree(root: Path, report: WipeReport, progress: Progress | None = None) -> None:
    """Step 3: delete a tombstone and everything in it (files counted for ``progress``)."""
    files: list[tuple[str, int]] = []
    dirs: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirs.append(dirpath)
        for name in filenames:
            p = os.path.join(dirpath, name)
            try:
                size = os.lstat(p).st_size
            except OSError:
                size = 0
            files.append((p, size))
        # Links to folders appear in dirnames; remove them as files, never follow them.
        for name in list(dirnames):
            p = os.path.join(dirpath, name)
            if os.path.islink(p):
                files.append((p, 0))
                dirnames.remove(name)
    total = len(files)
    for done, (p, size) in enumerate(files, 1):
        try:
            os.unlink(p)
        except FileNotFoundError:
            pass
        except OSError:
            report.not_removed.append(Path(p))
        else:
            report.files_removed += 1
            report.bytes_removed += size
        if progress is not None:
            progress(done, total)
    for d in reversed(dirs):
        try:
            os.rmdir(d)
        except FileNotFoundError:
            pass
        except OSError:
            report.not_removed.append(Path(d))


_pending: list[threading.Thread] = []
_pending_lock = threading.Lock()


def remove_later(tomb: Path) -> None:
    """Remove a tombstone in a background thread (for the duress unlock, so its time does
    not grow with the size of the old vault). The thread is not a daemon: the program does
    not exit before the tombstone is gone. It never raises, prints or logs; whatever it
    cannot remove is removed at the next start."""

    def run() -> None:
        with contextlib.suppress(BaseException):
            remove_tree(tomb, WipeReport(home=tomb.parent))

    thread = threading.Thread(target=run, name="quire-remove", daemon=False)
    with _pending_lock:
        _pending[:] = [t for t in _pending if t.is_alive()]
        _pending.append(thread)
    thread.start()


def wait_for_removals(timeout: float | None = None) -> bool:
    """Wait for background removals (see :func:`remove_later`); True when none is left."""
    deadline = None if timeout is None else time.monotonic() + timeout
    with _pending_lock:
        threads = list(_pending)
    for thread in threads:
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        thread.join(left)
    return not any(t.is_alive() for t in threads)


def _remove_home_if_empty(home: Path) -> None:
    try:
        home.rmdir()
    except OSError:
        return  # not empty (files Quire did not write), or a mount point
    with contextlib.suppress(OSError):
        fs.fsync_dir(home.parent)


def panic_wipe(
    home: Path,
    *,
    open_vaults: Iterable[Vault] = (),
    progress: Progress | None = None,
) -> WipeReport:
    """Make the vault at ``home`` unrecoverable, then remove every file Quire wrote there.

    Needs no passphrase. ``open_vaults`` (vaults this program has unlocked) are locked
    right after the key is destroyed; ``progress(done, total)`` counts files removed.
    Returns a :class:`WipeReport` (``found_vault`` False when there was nothing to wipe).
    Raises :class:`WipeError` (with the report) if a header copy could not be overwritten;
    everything else was still removed. Files that could not be removed are listed in
    ``report.not_removed`` and removed at the next start.
    """
    home = Path(home)
    start = time.perf_counter()
    report = WipeReport(home=home)
    if not home.is_dir():
        report.seconds_total = time.perf_counter() - start
        return report
    tomb = destroy_key(home, report)
    report.seconds_to_key_destroyed = time.perf_counter() - start
    for vault in open_vaults:
        with contextlib.suppress(Exception):
            vault.lock()
    _finish(home, tomb, report, progress)
    report.seconds_total = time.perf_counter() - start
    if not report.key_destroyed:
        raise WipeError(
            "The vault's key file could not be overwritten; it was removed with everything "
            "else, but a copy of this disk may still hold it.",
            report,
        )
    return report


def _finish(home: Path, tomb: Path | None, report: WipeReport, progress: Progress | None) -> None:
    """Steps 2 and 3 (in place, entry by entry, when there is no tombstone)."""
    if tomb is not None:
        entomb(home, tomb, report)
        remove_tree(tomb, report, progress)
    else:
        for name in quire_entry_names(home, report, set()):
            remove_path(home / name, report, progress)
    _remove_home_if_empty(home)


def remove_path(path: Path, report: WipeReport, progress: Progress | None = None) -> None:
    """Remove one file or folder (a link is removed, never followed)."""
    if path.is_dir() and not path.is_symlink():
        remove_tree(path, report, progress)
        return
    try:
        size = path.lstat().st_size
        path.unlink()
    except FileNotFoundError:
        return
    except OSError:
        report.not_removed.append(path)
    else:
        report.files_removed += 1
        report.bytes_removed += size


# -- the next start ---------------------------------------------------------------------------
def _header_state(home: Path) -> str:
    """ "valid", "invalid" (exists, does not parse) or "absent"."""
    try:
        data = (home / HEADER_NAME).read_bytes()
    except FileNotFoundError:
        return "absent"
    except OSError:
        return "invalid"
    try:
        VaultHeader.from_bytes(data)
    except DamagedDataError:
        return "invalid"
    return "valid"


def _has_data(home: Path) -> bool:
    if any((home / n).exists() for n in _DATA_NAMES):
        return True
    evidence = home / EVIDENCE_DIR
    with contextlib.suppress(OSError):
        return evidence.is_dir() and any(True for _ in evidence.iterdir())
    return False


def _restore_under_way(home: Path) -> bool:
    """A restore stages its files beside the folder (``.<name>.<hex>.part``) until done."""
    with contextlib.suppress(OSError):
        return any(home.parent.glob(f".{home.name}.*{fs.TEMP_SUFFIX}"))
    return False


def finish_interrupted_wipes(home: Path) -> WipeReport | None:
    """Complete a wipe that was cut short (see the module docstring). Call at every start.

    Returns a report when something was cleaned up, else None. Never raises for files it
    cannot remove (they stay listed in the report and are retried next time).
    """
    home = Path(home)
    try:
        if not home.is_dir():
            return None
        tombs = sorted(home.glob(f"{TOMB_PREFIX}*"))
        state = _header_state(home)
        if tombs and state == "valid":
            report = WipeReport(home=home)
            for tomb in tombs:
                remove_tree(tomb, report)
            return report
        if tombs or (state == "absent" and _has_data(home) and not _restore_under_way(home)):
            start = time.perf_counter()
            report = WipeReport(home=home)
            new_tomb = destroy_key(home, report)
            _finish(home, new_tomb, report, None)
            report.seconds_total = time.perf_counter() - start
            return report
    except OSError:
        return None
    return None
