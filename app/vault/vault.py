"""Create, unlock, re-key and lock a vault.

A vault is one folder: ``vault.key`` (the header), ``diary.db`` (SQLCipher) and
``evidence/`` (encrypted blobs). The passphrase (through Argon2id, plus the optional
device secret) opens a key slot holding the random data key; the data key opens
everything else. Changing the passphrase rewrites only the header, atomically, so a crash
at any moment leaves a vault that opens with the old or the new passphrase.
"""

from __future__ import annotations

import contextlib
import os
import unicodedata
from pathlib import Path

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
from app.storage.db import DB_NAME, Connection, open_database
from app.vault import device_secret, files, recovery_code
from app.vault.files import EVIDENCE_DIR, HEADER_NAME, NEW_DB_NAME
from app.vault.header import ROLE_DURESS, ROLE_PRIMARY, SLOT_COUNT, VaultHeader
from app.vault.kdf import KdfParams, calibrate, check_params, derive_kek

MIN_PASSPHRASE_CHARS = 1


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


def _finish_interrupted_wipes(home: Path) -> None:
    from app.wipe.erase import finish_interrupted_wipes

    finish_interrupted_wipes(home)


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
            f"{home} already holds files Quire did not write ({shown}{more}); they were "
            "left untouched. Choose an empty folder for the diary."
        )


class VaultBusyError(QuireError):
    """Another program (or another handle of this one) has the vault open."""


def _spare_slot(primary: int) -> int:
    """A random slot other than the primary one."""
    return secrets.choice([i for i in range(SLOT_COUNT) if i != primary])


def read_header(home: Path) -> VaultHeader:
    path = home / HEADER_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise QuireError(f"No vault at {home}. Create one with 'quire-cli init'.") from None
    return VaultHeader.from_bytes(data)


class Vault:
    """An unlocked vault: the open database and the keys, until :meth:`lock`."""

    def __init__(
        self, home: Path, header: VaultHeader, slot: int, data_key: bytes, conn: Connection
    ) -> None:
        self.home = home
        self.header = header
        self._slot = slot
        self._data_key = bytearray(data_key)
        self.conn: Connection | None = conn
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
            raise QuireError("The passphrase must not be empty.")
        _finish_interrupted_wipes(home)
        if vault_exists(home):
            raise QuireError(f"A vault already exists at {home}; it was left untouched.")
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
        return cls.create_from_kek(home, header, kek), code

    @classmethod
    def create_from_kek(cls, home: Path, header: VaultHeader, kek: bytes) -> Vault:
        """Make a new vault with ``header`` (slots unused) and its primary slot sealed by ``kek``.

        The second half of :meth:`create`; the duress unlock calls it with the key it has
        just derived, so no second Argon2id run is needed.
        """
        fs.ensure_private_dir(home)
        fs.ensure_private_dir(home / EVIDENCE_DIR)
        files.remove_stale_temp_files(home)
        data_key = os.urandom(32)
        slot = int.from_bytes(os.urandom(1), "big") % SLOT_COUNT
        header = header.seal_slot(slot, kek, ROLE_PRIMARY, data_key)

        new_db = home / NEW_DB_NAME
        with contextlib.suppress(FileNotFoundError):
            new_db.unlink()
        conn = open_database(new_db, data_key, create=True)
        signing_key = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        conn.execute("INSERT INTO meta(key, value) VALUES ('signing_key', ?)", (signing_key,))
        conn.close()
        # The header's arrival makes the vault real; the database is renamed in after it.
        fs.atomic_write_bytes(home / HEADER_NAME, header.to_bytes())
        os.replace(new_db, home / DB_NAME)
        fs.fsync_dir(home)
        return cls._open(home, header, slot, data_key)

    # -- unlocking -----------------------------------------------------------------------
    @classmethod
    def unlock(cls, home: Path, passphrase: str, *, recovery: str | None = None) -> Vault:
        """Open the vault. Writes nothing unless the passphrase is right.

        ``recovery`` is the recovery code, needed when the device secret is not in this
        machine's keyring (a restored or copied vault); it is then stored there.

        A duress passphrase (app/wipe/duress.py) wipes the vault and returns a new, empty
        one, silently. With "wipe after N wrong passphrases" set (settings.json), a wrong
        passphrase is counted, and the Nth in a row wipes the vault before the error.
        """
        from app import wipe

        _finish_interrupted_wipes(home)
        header = read_header(home)
        secret = cls._device_secret(header, recovery)
        kek = derive_kek(normalize_passphrase(passphrase), header.salt, header.kdf, secret)
        opened = header.open_slots(kek)
        if opened is not None and opened[1] == ROLE_DURESS:
            return wipe.duress.open_after_duress(home, header, kek, secret)
        if opened is None or opened[1] != ROLE_PRIMARY:
            with contextlib.suppress(OSError):  # a count that cannot be saved is no reason
                wipe.failures.note_failed_unlock(home)  # to report anything but this
            raise WrongPassphraseError()
        slot, _role, data_key = opened
        if recovery is not None and secret is not None:
            with contextlib.suppress(device_secret.KeyringUnavailable):
                if device_secret.load(header.vault_id) is None:
                    device_secret.store(header.vault_id, secret)
        vault = cls._open(home, header, slot, data_key)
        with contextlib.suppress(OSError):
            wipe.failures.note_successful_unlock(home)
        return vault

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
                f"This vault needs its device secret, but {exc}. "
                "Enter the recovery code to open it."
            ) from exc
        if secret is None:
            raise DeviceSecretMissingError(
                "This vault needs its device secret, which this computer's keyring does "
                "not hold. Enter the recovery code you wrote down when the vault was made."
            )
        return secret

    @classmethod
    def _open(cls, home: Path, header: VaultHeader, slot: int, data_key: bytes) -> Vault:
        db_path = home / DB_NAME
        if not db_path.exists() and (home / NEW_DB_NAME).exists():
            os.replace(home / NEW_DB_NAME, db_path)  # creation was cut short after the header
            fs.fsync_dir(home)
        hold, alone = _hold_open(home)
        vault: Vault | None = None
        try:
            if alone:
                from app.wipe.erase import scrub_stale_header_copies

                scrub_stale_header_copies(home)  # they wrap the data key: overwrite first
                files.remove_stale_temp_files(home)
            conn = open_database(db_path, data_key)
            vault = cls(home, header, slot, data_key, conn)
            vault._hold = hold
            if alone:
                from app.evidence.store import EvidenceStore

                EvidenceStore(vault).recover_interrupted_imports()
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
        if self.conn is None:
            raise QuireError("The vault is locked.")
        return bytes(self._data_key)

    @property
    def db(self) -> Connection:
        if self.conn is None:
            raise QuireError("The vault is locked.")
        return self.conn

    @property
    def evidence_dir(self) -> Path:
        return self.home / EVIDENCE_DIR

    @property
    def primary_slot(self) -> int:
        """The header slot this vault's passphrase opens."""
        return self._slot

    def signing_key(self) -> Ed25519PrivateKey:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'signing_key'").fetchone()
        if row is None:
            raise DamagedDataError(DB_NAME, "the vault's signing key is missing")
        return Ed25519PrivateKey.from_private_bytes(bytes(row[0]))

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key under a new passphrase; only vault.key is rewritten."""
        new_passphrase = normalize_passphrase(new_passphrase)
        if len(new_passphrase) < MIN_PASSPHRASE_CHARS:
            raise QuireError("The passphrase must not be empty.")
        current = read_header(self.home)
        if current.slots[self._slot] != self.header.slots[self._slot]:
            raise QuireError("The passphrase was changed elsewhere meanwhile; unlock again.")
        secret = self._device_secret(current, None) if current.uses_device_secret else None
        kek = derive_kek(new_passphrase, current.salt, current.kdf, secret)
        opened = current.open_slots(kek)
        if opened is not None and opened[0] != self._slot:
            raise QuireError("That passphrase is set as the duress passphrase; choose another one.")
        self.replace_header(current.seal_slot(self._slot, kek, ROLE_PRIMARY, self.data_key))

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

    def lock(self) -> None:
        """Close the database and forget the keys (as far as Python lets us)."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self._hold is not None:
            os.close(self._hold)  # releases the lock
            self._hold = None
        for i in range(len(self._data_key)):
            self._data_key[i] = 0

    def session(self) -> Vault:
        """A second handle on this unlocked vault, with its own database connection.

        For a worker thread: no second key derivation, no shared connection. Lock it when
        the work is done; locking it leaves this vault open.
        """
        conn = open_database(self.home / DB_NAME, self.data_key)
        return Vault(self.home, self.header, self._slot, self.data_key, conn)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
