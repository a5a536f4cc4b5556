"""The vault primitive: create, open with a key, re-key and lock.

A vault is one folder: ``vault.key`` (the header), ``diary.db`` (SQLCipher) and
``evidence/`` (encrypted blobs). The passphrase (through Argon2id, plus the optional
device secret) opens a key slot holding the random data key; the data key opens
everything else. Changing the passphrase rewrites only the header, atomically, so a crash
at any moment leaves a vault that opens with the old or the new passphrase.

What Quire does around an unlock (finishing interrupted wipes, the duress passphrase,
"wipe after N wrong passphrases", tidying what killed programs left) is policy, kept in
:mod:`app.access`; this module knows nothing of wipes or evidence.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

try:
    import fcntl
except ImportError:  # Windows: no flock; clean-up then runs at every unlock, as before
    fcntl = None  # type: ignore[assignment]

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
)

from app import fs
from app.errors import (
    DamagedDataError,
    DeviceSecretMissingError,
    QuireError,
    WrongPassphraseError,
)
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.storage.db import (
    DB_NAME,
    Connection,
    DatabaseError,
    check_integrity,
    open_database,
    transaction,
)
from app.vault import device_secret, files, recovery_code, rekey
from app.vault.files import EVIDENCE_DIR, HEADER_NAME, NEW_DB_NAME
from app.vault.header import ROLE_DURESS, ROLE_PRIMARY, SLOT_COUNT, VaultHeader
from app.vault.kdf import KdfParams, calibrate, check_params, derive_kek

MIN_PASSPHRASE_CHARS = 1
T = TypeVar("T")
DURESS_KEK = "duress_kek"  # meta row: the key sealing the duress slot


def normalize_passphrase(passphrase: str) -> str:
    """NFC, so the same passphrase typed on different keyboards gives the same key."""
    return unicodedata.normalize("NFC", passphrase)


def vault_exists(home: Path) -> bool:
    return (home / HEADER_NAME).exists()


def _hold_open(home: Path) -> tuple[int | None, bool]:
    """Mark the vault as open by this program; also say whether no other program has it.

    Every open vault holds a shared lock on its folder for as long as it is open. Only a
    program that gets the lock exclusively (nobody else has the vault open) may clean up
    what killed imports and header rewrites left: otherwise it would delete the files
    and the pending row of an import that another program is still writing.
    """
    if fcntl is None:
        return None, True
    fd = os.open(home, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fcntl.flock(fd, fcntl.LOCK_SH)
            return fd, False
    except BaseException:
        os.close(fd)
        raise
    return fd, True


def refuse_foreign_files(home: Path) -> None:
    """A new vault goes only where it will not share a name with the person's files.

    Quire later removes its ``diary.db`` and ``evidence/`` with a wipe; a folder that
    already holds entries by those names that Quire cannot prove it wrote is refused.
    """
    found = files.foreign_entries(home)
    if found:
        shown = ", ".join(str(p.relative_to(home)) for p in found[:5])
        more = f" and {len(found) - 5} more" if len(found) > 5 else ""
        raise QuireError(
            _T(
                "errors",
                "{home} already holds files Quire did not write ({shown}{more}); they were left "
                "untouched. Choose an empty folder for the diary.",
            ),
            home=home,
            shown=shown,
            more=more,
        )


class VaultBusyError(QuireError):
    """Another program (or another handle of this one) has the vault open."""


def _spare_slot(primary: int) -> int:
    """A random slot other than the primary one."""
    return secrets.choice([i for i in range(SLOT_COUNT) if i != primary])


class HeaderChangedError(QuireError):
    """``vault.key`` changed between reading it and holding the vault (a re-key elsewhere)."""


def _same_header(home: Path, header: VaultHeader) -> None:
    """Refuse to open with a header another program has replaced meanwhile: its data key
    may have just been destroyed by a re-key, and what was written under it would be lost."""
    if read_header(home).to_bytes() != header.to_bytes():
        raise HeaderChangedError(
            _T("errors", "The vault changed while it was being opened; unlock again.")
        )


@dataclass(eq=False)
class KeyTry:
    """What one passphrase opened in a vault's header (finding out writes nothing)."""

    home: Path
    header: VaultHeader
    kek: bytes
    secret: bytes | None
    opened: tuple[int, int, bytes] | None  # slot, role, data key; None: no slot opened

    @property
    def role(self) -> int | None:
        return None if self.opened is None else self.opened[1]


def read_header(home: Path) -> VaultHeader:
    path = home / HEADER_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise QuireError(
            _T("errors", "No vault at {home}. Create one with 'quire-cli init'."), home=home
        ) from None
    return VaultHeader.from_bytes(data)


def _zero(buf: bytearray | None) -> None:
    if buf is not None:
        for i in range(len(buf)):
            buf[i] = 0


@dataclass(eq=False)
class _Keys:
    """The secrets and header one unlocked vault and all its sessions share.

    Kept in bytearrays so :meth:`Vault.lock` can zero them. ``kek`` (the primary slot's
    key-encryption key) and ``secret`` (the device secret) are kept so every header rewrite
    can reseal the primary slot under a fresh nonce without asking the passphrase again,
    and so a vault opened with the recovery code never needs the keyring afterwards.
    """

    data_key: bytearray
    kek: bytearray | None
    secret: bytearray | None
    header: VaultHeader
    slot: int
    open_handles: int = 0  # handles of this vault with an open database connection
    hold: int | None = None  # the root's open-vault lock (see _hold_open)
    exclusive_depth: int = 0

    def forget(self) -> None:
        _zero(self.data_key)
        _zero(self.kek)
        _zero(self.secret)


class Vault:
    """An unlocked vault: the open database and the keys, until :meth:`lock`.

    The keys live in one :class:`_Keys` that the vault shares with its sessions, so a
    header rewritten through a session is the header every handle knows.
    """

    def __init__(
        self,
        home: Path,
        header: VaultHeader,
        slot: int,
        data_key: bytes | bytearray,
        conn: Connection,
        *,
        kek: bytes | None = None,
        secret: bytes | None = None,
        keys: _Keys | None = None,
    ) -> None:
        self.home = home
        self._root = keys is None  # the handle that unlocked; its lock forgets the keys
        if keys is None:
            keys = _Keys(
                data_key=bytearray(data_key),
                kek=None if kek is None else bytearray(kek),
                secret=None if secret is None else bytearray(secret),
                header=header,
                slot=slot,
            )
        self._keys = keys
        self._data_key = keys.data_key
        self.conn: Connection | None = conn
        keys.open_handles += 1
        self._hold: int | None = None  # see _hold_open

    # -- creation ------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        home: Path,
        passphrase: str,
        *,
        use_device_secret: bool = False,
        kdf: KdfParams | None = None,
    ) -> tuple[Vault, str | None]:
        """Make a new vault; returns it and the recovery code (when a device secret is used).

        Refuses to touch a folder that already holds a vault or a vault's database.
        """
        passphrase = normalize_passphrase(passphrase)
        if len(passphrase) < MIN_PASSPHRASE_CHARS:
            raise QuireError(_T("errors", "The passphrase must not be empty."))
        if vault_exists(home):
            raise QuireError(
                _T("errors", "A vault already exists at {home}; it was left untouched."), home=home
            )
        refuse_foreign_files(home)
        params = kdf or calibrate()
        check_params(params, origin="creation")
        fs.ensure_private_dir(home)

        secret: bytes | None = None
        code: str | None = None
        header = VaultHeader.new(params, uses_device_secret=use_device_secret)
        if use_device_secret:
            secret = os.urandom(device_secret.SECRET_SIZE)
            device_secret.store(header.vault_id, secret)  # raises KeyringUnavailable
            code = recovery_code.encode(secret)

        kek = derive_kek(passphrase, header.salt, params, secret)
        return cls.create_from_kek(home, header, kek, secret=secret), code

    @classmethod
    def create_from_kek(
        cls, home: Path, header: VaultHeader, kek: bytes, *, secret: bytes | None = None
    ) -> Vault:
        """Make a new vault with ``header`` (slots unused) and its primary slot sealed by ``kek``.

        The second half of :meth:`create`; the duress unlock calls it with the key it has
        just derived, so no second Argon2id run is needed. A spare slot holds a decoy
        duress slot under a random key (see :meth:`set_duress_kek`), so every later header
        rewrite reseals two slots and refills two, whether a duress passphrase exists or not.
        """
        fs.ensure_private_dir(home)
        fs.ensure_private_dir(home / EVIDENCE_DIR)
        files.remove_stale_temp_files(home)
        data_key = os.urandom(32)
        slot = int.from_bytes(os.urandom(1), "big") % SLOT_COUNT
        header = header.seal_slot(slot, kek, ROLE_PRIMARY, data_key)
        decoy = os.urandom(32)
        header = header.seal_slot(_spare_slot(slot), decoy, ROLE_DURESS, os.urandom(32))

        new_db = home / NEW_DB_NAME
        with contextlib.suppress(FileNotFoundError):
            new_db.unlink()
        conn = open_database(new_db, data_key, create=True)
        signing_key = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        conn.execute("INSERT INTO meta(key, value) VALUES ('signing_key', ?)", (signing_key,))
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (DURESS_KEK, decoy))
        conn.close()
        fs.fsync_file(new_db)  # durable before the header that makes the vault real
        # The header's arrival makes the vault real; the database is renamed in after it.
        fs.atomic_write_bytes(home / HEADER_NAME, header.to_bytes())
        os.replace(new_db, home / DB_NAME)
        fs.fsync_dir(home)
        return cls._open(home, header, slot, data_key, kek=kek, secret=secret)

    # -- unlocking -----------------------------------------------------------------------
    @classmethod
    def try_passphrase(cls, home: Path, passphrase: str, *, recovery: str | None = None) -> KeyTry:
        """Derive the passphrase's key and try it on every slot; writes nothing.

        ``recovery`` is the recovery code, needed when the device secret is not in this
        machine's keyring (a restored or copied vault).
        """
        header = read_header(home)
        secret = cls._device_secret(header, recovery)
        kek = derive_kek(normalize_passphrase(passphrase), header.salt, header.kdf, secret)
        return KeyTry(home, header, kek, secret, header.open_slots(kek))

    @classmethod
    def open(cls, attempt: KeyTry, *, tidy: Callable[[Vault], None] | None = None) -> Vault:
        """Open the vault whose primary slot ``attempt`` opened (else WrongPassphraseError).

        ``tidy(vault)`` runs when no other program has the vault open, the only time it is
        safe to remove what killed programs left (see :func:`_hold_open`).
        """
        if attempt.opened is None or attempt.opened[1] != ROLE_PRIMARY:
            raise WrongPassphraseError()
        slot, _role, data_key = attempt.opened
        return cls._open(
            attempt.home,
            attempt.header,
            slot,
            data_key,
            kek=attempt.kek,
            secret=attempt.secret,
            tidy=tidy,
        )

    @staticmethod
    def _device_secret(header: VaultHeader, recovery: str | None) -> bytes | None:
        if not header.uses_device_secret:
            return None
        if recovery is not None:
            return recovery_code.decode(recovery)
        try:
            secret = device_secret.load(header.vault_id)
        except device_secret.KeyringUnavailable as exc:
            raise DeviceSecretMissingError(
                _T(
                    "errors",
                    "This vault needs its device secret, but {exc}. Enter the recovery code to "
                    "open it.",
                ),
                exc=exc,
            ) from exc
        if secret is None:
            raise DeviceSecretMissingError(
                _T(
                    "errors",
                    "This vault needs its device secret, which this computer's keyring does not "
                    "hold. Enter the recovery code you wrote down when the vault was made.",
                )
            )
        return secret

    @classmethod
    def _open(
        cls,
        home: Path,
        header: VaultHeader,
        slot: int,
        data_key: bytes,
        *,
        kek: bytes | None = None,
        secret: bytes | None = None,
        tidy: Callable[[Vault], None] | None = None,
    ) -> Vault:
        db_path = home / DB_NAME
        if not db_path.exists() and (home / NEW_DB_NAME).exists():
            os.replace(home / NEW_DB_NAME, db_path)  # creation was cut short after the header
            fs.fsync_dir(home)
        hold, alone = _hold_open(home)
        vault: Vault | None = None
        try:
            _same_header(home, header)  # a re-key may have finished while we waited
            if alone:
                rekey.finish_interrupted(home, data_key)
            conn = open_database(db_path, data_key)
            vault = cls(home, header, slot, data_key, conn, kek=kek, secret=secret)
            vault._hold = vault._keys.hold = hold
            if alone:
                if tidy is not None:
                    tidy(vault)
                vault.finish_pending_rekey()
            if hold is not None:
                fcntl.flock(hold, fcntl.LOCK_SH)  # let other programs open it too
        except BaseException:
            if vault is not None:
                vault.lock()  # closes the database (and its key) and the open-vault lock
            elif hold is not None:
                os.close(hold)
            raise
        return vault

    # -- keys ----------------------------------------------------------------------------
    @property
    def data_key(self) -> bytes:
        """A copy of the data key (for tests and tools; Quire itself passes the bytearray)."""
        if self.conn is None:
            raise QuireError(_T("errors", "The vault is locked."))
        return bytes(self._data_key)

    @property
    def header(self) -> VaultHeader:
        """The header as this program last read or wrote it (shared with the sessions)."""
        return self._keys.header

    @header.setter
    def header(self, header: VaultHeader) -> None:
        self._keys.header = header

    def check_integrity(
        self, alongside: Callable[[], T] | None = None
    ) -> tuple[list[str], T | None]:
        """Every page of diary.db authenticated and every b-tree walked (``verify``).

        ``alongside`` runs on this vault's connection meanwhile (see
        :func:`app.storage.db.check_integrity`); its result is None when a page fails.
        """
        return check_integrity(self.db, self._data_key, alongside)

    @property
    def db(self) -> Connection:
        if self.conn is None:
            raise QuireError(_T("errors", "The vault is locked."))
        return self.conn

    @property
    def evidence_dir(self) -> Path:
        return self.home / EVIDENCE_DIR

    @property
    def primary_slot(self) -> int:
        """The header slot this vault's passphrase opens."""
        return self._keys.slot

    def signing_key(self) -> Ed25519PrivateKey:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'signing_key'").fetchone()
        if row is None:
            raise DamagedDataError(DB_NAME, _T("errors", "the vault's signing key is missing"))
        return Ed25519PrivateKey.from_private_bytes(bytes(row[0]))

    def device_secret(self) -> bytes | None:
        """The device secret this vault was opened with (never looked up again)."""
        current = self.header
        if not current.uses_device_secret:
            return None
        if self._keys.secret is not None:
            return bytes(self._keys.secret)
        return self._device_secret(current, None)

    # -- header rewrites -----------------------------------------------------------------
    def current_header(self) -> VaultHeader:
        """``vault.key`` as on disk, refused if another program rewrote it meanwhile."""
        current = read_header(self.home)
        if current.to_bytes() != self.header.to_bytes():
            raise QuireError(
                _T("errors", "The vault's key file was changed elsewhere meanwhile; unlock again.")
            )
        return current

    def duress_kek(self) -> bytes | None:
        """The key sealing the duress slot (a random decoy when no duress passphrase is set).

        None for a vault made before Quire kept it: its spare slots are then left as they
        are, since one of them may be a duress slot nobody can reseal.
        """
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (DURESS_KEK,)).fetchone()
        return None if row is None else bytes(row[0])

    def _proved_keys(self, current: VaultHeader) -> tuple[bytes, bytes]:
        """The kept KEK and data key, once they open the primary slot of ``current``."""
        keys = self._keys
        old_kek = bytes(keys.kek or b"")
        old_key = bytes(keys.data_key)
        opened = current.open_slots(old_kek) if len(old_kek) == 32 else None
        if opened is None or opened[:2] != (keys.slot, ROLE_PRIMARY) or opened[2] != old_key:
            raise QuireError(
                _T("errors", "The vault was locked meanwhile; unlock it again. Nothing changed.")
            )
        return old_kek, old_key

    def set_duress_kek(self, kek: bytes | None) -> None:
        """Seal the duress slot under ``kek`` (None: a random decoy, i.e. no duress passphrase).

        The key is kept in the database (under the data key) so every later header rewrite
        can reseal the duress slot too. A decoy slot is always there, so someone holding the
        data key learns only that a duress slot exists, which it always does; whether a
        passphrase opens it, only Argon2id over guessed passphrases could tell.
        """
        kek = os.urandom(32) if kek is None else kek
        self._proved_keys(self.current_header())  # nothing is written for a locked vault
        with transaction(self.db) as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (DURESS_KEK, kek))
        self.rewrite_header()

    def rewrite_header(
        self,
        *,
        kek: bytes | None = None,
        data_key: bytes | bytearray | None = None,
        base: VaultHeader | None = None,
    ) -> None:
        """Write ``vault.key`` anew with every slot's bytes changed.

        The primary slot is resealed (under ``kek``, default the current one, holding
        ``data_key``, default the current one) and the duress slot under its kept key, each
        under a fresh nonce and in a freshly chosen spare slot; the other slots become
        fresh random bytes. Two copies of the file taken before and after any operation
        thus differ in all four slots, whatever the operation was.

        The kept keys are first proved against the header on disk: a vault locked meanwhile
        (its keys zeroed while a worker still ran) or a stale key never reaches the file,
        which would lock the person out of their diary.
        """
        current = self.current_header() if base is None else base
        keys = self._keys
        old_kek, old_key = self._proved_keys(current)
        duress = self.duress_kek()
        slot = keys.slot
        header = current
        for index in range(SLOT_COUNT):
            if duress is not None or index == slot:
                header = header.randomize_slot(index)
        key = old_key if data_key is None else bytes(data_key)
        header = header.seal_slot(slot, old_kek if kek is None else kek, ROLE_PRIMARY, key)
        if duress is not None:
            header = header.seal_slot(_spare_slot(slot), duress, ROLE_DURESS, os.urandom(32))
        self.replace_header(header)
        if kek is not None:
            if keys.kek is None:
                keys.kek = bytearray(kek)
            else:
                keys.kek[:] = kek

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key under a new passphrase; only vault.key is rewritten."""
        new_passphrase = normalize_passphrase(new_passphrase)
        if len(new_passphrase) < MIN_PASSPHRASE_CHARS:
            raise QuireError(_T("errors", "The passphrase must not be empty."))
        current = self.current_header()
        secret = self.device_secret()
        kek = derive_kek(new_passphrase, current.salt, current.kdf, secret)
        opened = current.open_slots(kek)
        if opened is not None and opened[0] != self.primary_slot:
            raise QuireError(
                _T("errors", "That passphrase is set as the duress passphrase; choose another one.")
            )
        self.rewrite_header(kek=kek, base=current)

    def replace_header(self, header: VaultHeader) -> None:
        """Write a new ``vault.key`` atomically, then overwrite the old one's bytes in place.

        The atomic rename leaves the previous header's disk blocks free but intact, and
        they hold the same data key wrapped under an earlier (perhaps coerced) passphrase.
        The old file, still open here, is overwritten with random bytes once the new one is
        durable; a crash in between only leaves the old blocks as they were. Skipped where
        an open file cannot be replaced (Windows), or when the old file has another name.
        """
        path = self.home / HEADER_NAME
        old_fd: int | None = None
        if os.name == "posix":
            with contextlib.suppress(OSError):
                old_fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
        try:
            fs.atomic_write_bytes(path, header.to_bytes())
            self.header = header
            if old_fd is not None:
                st = os.fstat(old_fd)
                if st.st_nlink == 0 and st.st_size <= 1 << 20:
                    os.pwrite(old_fd, os.urandom(st.st_size), 0)
                    os.fsync(old_fd)
        finally:
            if old_fd is not None:
                os.close(old_fd)

    # -- re-keying -----------------------------------------------------------------------
    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the vault alone: no other program and no other handle of this one has it open.

        Refused with :class:`VaultBusyError` (nothing changed) otherwise. Re-entrant.
        """
        keys = self._keys
        if keys.exclusive_depth == 0:
            if self.conn is None:
                raise QuireError(_T("errors", "The vault is locked."))
            if keys.open_handles > 1:
                raise VaultBusyError(
                    _T(
                        "errors",
                        "Another window or task of Quire is still using the diary; let it finish "
                        "and try again. Nothing was changed.",
                    )
                )
            if keys.hold is not None and fcntl is not None:
                try:
                    fcntl.flock(keys.hold, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    fcntl.flock(keys.hold, fcntl.LOCK_SH)  # a failed upgrade may drop it
                    raise VaultBusyError(
                        _T(
                            "errors",
                            "Another program has this diary open (another Quire window or a "
                            "quire-cli command). Close it and try again. Nothing was changed.",
                        )
                    ) from None
        keys.exclusive_depth += 1
        try:
            yield
        finally:
            keys.exclusive_depth -= 1
            if keys.exclusive_depth == 0 and keys.hold is not None and fcntl is not None:
                fcntl.flock(keys.hold, fcntl.LOCK_SH)

    def rekey(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Move the whole diary under a new random data key; the old key then exists nowhere.

        What a purge erased may survive in free disk blocks (deleted rollback journals,
        freed pages), encrypted under the data key: once that key is gone from the header
        (resealed, old header overwritten in place) and from the database file (copied under
        the new key), those blocks cannot be read any more. Crash-safe at every instant:
        see :mod:`app.vault.rekey`. Refused while another program or handle has the vault.
        """
        with self.exclusive():
            rekey.run(self, progress or (lambda done, total: None))

    def finish_pending_rekey(self) -> None:
        """A purge whose re-key was cut short (killed, power lost) is finished now.

        If it fails again before its new header is written (a full disk, say), the diary
        still opens under its current key and the next unlock tries again: a person must
        never be kept out of their diary by an unfinished erase.
        """
        if not rekey.pending(self.db):
            return
        try:
            self.rekey()
        except (OSError, DatabaseError, DamagedDataError):
            if self.conn is None:
                raise

    def _swap_database(self, conn: Connection, new_key: bytearray) -> None:
        """After the new header is durable: the new database file in, the old key out."""
        old, self.conn = self.conn, None
        if old is not None:
            old.close()
        conn.close()
        rekey.install(self.home)
        self._keys.data_key[:] = new_key
        self.conn = open_database(self.home / DB_NAME, self._keys.data_key)

    def lock(self) -> None:
        """Close the database and forget the keys (as far as Python lets us).

        A session's lock closes its own connection; the vault's own lock also zeroes the
        keys every handle shares.
        """
        if self.conn is not None:
            self.conn.close()
            self.conn = None
            self._keys.open_handles -= 1
        if self._hold is not None:
            os.close(self._hold)  # releases the lock
            self._hold = None
            self._keys.hold = None
        if self._root:
            self._keys.forget()

    def session(self) -> Vault:
        """A second handle on this unlocked vault, with its own database connection.

        For a worker thread: no second key derivation, no shared connection. Lock it when
        the work is done; locking it leaves this vault open.
        """
        if self.conn is None:
            raise QuireError(_T("errors", "The vault is locked."))
        conn = open_database(self.home / DB_NAME, self._keys.data_key)
        return Vault(self.home, self.header, self.primary_slot, b"", conn, keys=self._keys)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
