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

Only what Quire can prove it wrote is touched (app/vault/files.py): the person's own
files in a folder they chose, even ones named ``evidence/`` or ``settings.json``, are left
byte-identical and reported.

A wipe is interrupted safely at any point after step 0: :func:`finish_interrupted_wipes`,
run before every unlock and creation (the CLI and the GUI), recognises what is left and
completes the job. The tombstone's name carries a tag of the wiped vault's id:

- a tombstone beside a ``vault.key`` that is not a valid header (or no header at all), or
  beside the very header it was made to wipe: the wipe stopped somewhere in steps 0-3, so
  it is completed;
- a tombstone beside a valid header of another vault: a duress unlock made a new vault
  and was cut short while removing the old one; only the tombstone goes;
- no tombstone: nothing is taken for the remains of a wipe, whatever the folder holds.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app import fs
from app.errors import DamagedDataError, QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.vault import device_secret, files
from app.vault.files import EVIDENCE_DIR, HEADER_NAME, TOMB_PREFIX
from app.vault.header import FLAG_DEVICE_SECRET, MAGIC, VaultHeader

if TYPE_CHECKING:
    from app.vault.vault import Vault

Progress = Callable[[int, int], None]


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


def _header_copies(home: Path) -> list[Path]:
    """``vault.key`` and any temporary copy an interrupted header rewrite left."""
    out = [home / HEADER_NAME]
    with contextlib.suppress(OSError):
        out += [Path(e.path) for e in os.scandir(home) if files.is_header_temp_name(e.name)]
    return out


def scrub_stale_header_copies(home: Path) -> int:
    """Overwrite the temporary header copies a killed header rewrite left (each holds the
    data key, wrapped), before they are unlinked as stale temporary files. Call only when
    no other program has the vault open (one may be writing such a file)."""
    done = (fs.overwrite_in_place(p) for p in _header_copies(home)[1:])
    return sum(1 for r in done if r is not None and r[1])


def _parse_identity(head: bytes) -> tuple[bytes | None, bool]:
    """Vault id and device-secret flag from a header's first bytes, checksum or not."""
    if len(head) >= 28 and head[:8] == MAGIC:
        flags = int.from_bytes(head[10:12], "big")
        return head[12:28], bool(flags & FLAG_DEVICE_SECRET)
    return None, False


def tomb_tag(vault_id: bytes | None) -> str:
    """The tombstone's suffix: a tag of the vault being wiped (random when there is none),
    so the next start can tell "this vault's wipe was cut short" from "a duress unlock
    made a new vault here"."""
    if vault_id is None:
        return secrets.token_hex(8)
    return hashlib.sha256(b"quire/v1/wipe-tag\0" + vault_id).hexdigest()[:16]


def _new_tomb(home: Path, vault_id: bytes | None) -> Path | None:
    """A tombstone, durable; None if the folder does not let us make one."""
    tomb = home / f"{TOMB_PREFIX}{tomb_tag(vault_id)}"
    try:
        tomb.mkdir(mode=fs.PRIVATE_DIR_MODE, exist_ok=True)
        fs.fsync_dir(home)
    except OSError:
        return None
    return tomb if files.is_real_dir(tomb) else None


def _read_head(path: Path) -> bytes:
    with contextlib.suppress(OSError), open(path, "rb") as f:
        return f.read(32)
    return b""


def destroy_key(home: Path, report: WipeReport, *, proved: bool = False) -> Path | None:
    """Steps 0 and 1: make a tombstone, overwrite every header copy, delete the keyring entry.

    ``vault.key`` is overwritten only when it is Quire's: its own format, or ``proved`` (a
    tombstone says a wipe of it has started; it may already be random bytes). Returns the
    tombstone, or None if none could be made (the key is destroyed all the same). A header
    copy that cannot be overwritten leaves ``report.key_destroyed`` False.
    """
    start = time.perf_counter()
    header = home / HEADER_NAME
    ours = proved or files.is_header_file(header)
    vault_id, uses_secret = _parse_identity(_read_head(header)) if ours else (None, False)
    tomb = _new_tomb(home, vault_id)
    destroyed = True
    for i, path in enumerate(_header_copies(home)):
        if i == 0 and not ours:
            continue
        result = fs.overwrite_in_place(path)
        if result is None:
            continue
        report.found_vault = True
        destroyed = destroyed and result[1]
    report.key_destroyed = destroyed
    if vault_id is not None and uses_secret:
        report.keyring_deleted = device_secret.delete(vault_id)
    report.seconds_to_key_destroyed = time.perf_counter() - start
    return tomb


def _owned(home: Path, report: WipeReport, skip: set[str], proved: bool) -> files.Ownership:
    """Quire's entries in ``home`` (the header last); the person's go to ``left_alone``."""
    own = files.classify(home, vault_proved=proved, skip=frozenset(skip))
    report.left_alone += own.others
    if own.blobs or any(n in files.DB_FILES or n == EVIDENCE_DIR for n in own.quire):
        report.found_vault = True
    own.quire.sort(key=lambda n: n == HEADER_NAME)  # the header goes last
    return own


def _move(src: Path, dst: Path, tomb: Path, report: WipeReport) -> None:
    for _attempt in range(2):
        try:
            os.replace(src, dst)
        except FileNotFoundError:
            if not os.path.lexists(src):
                return  # gone already
            # Another program's start removed our (then empty) tombstone: make it again.
            with contextlib.suppress(OSError):
                tomb.mkdir(mode=fs.PRIVATE_DIR_MODE, exist_ok=True)
                dst.parent.mkdir(mode=fs.PRIVATE_DIR_MODE, exist_ok=True)
            continue
        except OSError:
            report.not_removed.append(src)
        return


def entomb(
    home: Path, tomb: Path, report: WipeReport, *, keep: Iterable[str] = (), proved: bool = True
) -> None:
    """Step 2: rename Quire's entries (older tombstones too) into ``tomb``, the header last.

    ``proved``: the folder held Quire's header (so its database files are Quire's too).
    Evidence blobs that share ``evidence/`` with the person's files move one by one.
    """
    own = _owned(home, report, {tomb.name, *keep}, proved)
    if own.blobs:
        with contextlib.suppress(OSError):
            (tomb / EVIDENCE_DIR).mkdir(mode=fs.PRIVATE_DIR_MODE, exist_ok=True)
        for rel in own.blobs:
            _move(home / rel, tomb / rel, tomb, report)
    for name in own.quire:
        _move(home / name, tomb / name, tomb, report)
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
    proved = _tombs(home) != [] or files.is_header_file(home / HEADER_NAME)
    tomb = destroy_key(home, report, proved=proved)
    report.seconds_to_key_destroyed = time.perf_counter() - start
    for vault in open_vaults:
        with contextlib.suppress(Exception):
            vault.lock()
    _finish(home, tomb, report, progress, proved=proved)
    report.seconds_total = time.perf_counter() - start
    if not report.key_destroyed:
        raise WipeError(
            _T(
                "errors",
                "The vault's key file could not be overwritten; it was removed with everything "
                "else, but a copy of this disk may still hold it.",
            ),
            report,
        )
    return report


def _finish(
    home: Path, tomb: Path | None, report: WipeReport, progress: Progress | None, *, proved: bool
) -> None:
    """Steps 2 and 3 (in place, entry by entry, when there is no tombstone)."""
    if tomb is not None:
        entomb(home, tomb, report, proved=proved)
        remove_tree(tomb, report, progress)
    else:
        remove_in_place(home, report, progress, proved=proved)
    _remove_home_if_empty(home)


def remove_in_place(
    home: Path,
    report: WipeReport,
    progress: Progress | None = None,
    *,
    keep: Iterable[str] = (),
    proved: bool = True,
) -> None:
    """Steps 2 and 3 without a tombstone: Quire's entries removed where they are."""
    own = _owned(home, report, set(keep), proved)
    for rel in [*own.blobs, *own.quire]:
        remove_path(home / rel, report, progress)


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
def _tombs(home: Path) -> list[Path]:
    with contextlib.suppress(OSError):
        return sorted(
            Path(e.path)
            for e in os.scandir(home)
            if files.is_tomb_name(e.name) and e.is_dir(follow_symlinks=False)
        )
    return []


def _valid_header_id(home: Path) -> bytes | None:
    """The vault id of a valid ``vault.key`` in Quire's format, else None."""
    path = home / HEADER_NAME
    if not files.is_header_file(path):
        return None
    try:
        return VaultHeader.from_bytes(path.read_bytes()).vault_id
    except (OSError, DamagedDataError):
        return None


def finish_interrupted_wipes(home: Path) -> WipeReport | None:
    """Complete a wipe that was cut short (see the module docstring). Call at every start.

    Acts only on a tombstone Quire made; returns a report when something was cleaned up,
    else None. Never raises for files it cannot remove (they stay listed in the report and
    are retried next time).
    """
    home = Path(home)
    try:
        tombs = _tombs(home)
        if not tombs:
            return None
        report = WipeReport(home=home)
        start = time.perf_counter()
        vault_id = _valid_header_id(home)
        if vault_id is not None and all(t.name != TOMB_PREFIX + tomb_tag(vault_id) for t in tombs):
            for tomb in tombs:  # a duress unlock's new vault: only the old files go
                remove_tree(tomb, report)
            return report
        new_tomb = destroy_key(home, report, proved=True)
        _finish(home, new_tomb, report, None, proved=True)
        report.seconds_total = time.perf_counter() - start
        return report
    except OSError:
        return None


def has_quire_files(home: Path) -> bool:
    """True if the folder holds anything Quire wrote (a vault, its remains, settings)."""
    home = Path(home)
    if not home.is_dir():
        return False
    if _tombs(home) or files.is_header_file(home / HEADER_NAME):
        return True
    own = files.classify(home, vault_proved=False)
    return bool(own.quire or own.blobs)
