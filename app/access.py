"""Opening and making a vault the way Quire does: the policy around the Vault primitive.

:class:`~app.vault.vault.Vault` only derives keys, opens slots and the database. Everything
Quire decides around an unlock lives here, once, for the CLI and the GUI alike:

- a wipe cut short is finished before anything else (app/wipe/erase.py);
- a duress passphrase wipes the diary and opens an empty one, silently (app/wipe/duress.py);
- with "wipe after N wrong passphrases" set, a wrong passphrase is counted and the Nth in a
  row wipes (app/wipe/failures.py); with it off, a wrong passphrase writes nothing;
- a recovery code typed on a machine whose keyring lacks the device secret puts it there;
- when no other program has the vault open, what killed programs left is tidied: stale
  header copies (overwritten first: they wrap the data key), temporary files, half-done
  evidence imports;
- a right passphrase, like a duress one, leaves ``vault.key`` rewritten with all four slots
  changed and a few fsyncs (6 against the duress unlock's 7): two images of the disk, or
  someone watching it, cannot tell the two unlocks apart by the header or the disk's work.
  (The duress unlock's new, empty database is still a new file: docs/THREAT_MODEL.md.)
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app import fs
from app.errors import QuireError
from app.evidence.store import EvidenceStore
from app.passphrase_strength import require_strong
from app.storage.db import DB_NAME
from app.vault import device_secret, files
from app.vault.header import ROLE_DURESS
from app.vault.kdf import KdfParams
from app.vault.vault import HeaderChangedError, KeyTry, Vault
from app.wipe import duress, failures
from app.wipe.erase import finish_interrupted_wipes, scrub_stale_header_copies


def create_vault(
    home: Path,
    passphrase: str,
    *,
    use_device_secret: bool = False,
    kdf: KdfParams | None = None,
) -> tuple[Vault, str | None]:
    """Make a new vault at ``home`` (see :meth:`Vault.create`); returns it and the recovery
    code when a device secret is used. A passphrase easy to guess for someone who knows
    the person is refused first (WeakPassphraseError), before anything is written."""
    require_strong(passphrase)
    finish_interrupted_wipes(home)
    return Vault.create(home, passphrase, use_device_secret=use_device_secret, kdf=kdf)


def unlock_vault(home: Path, passphrase: str, *, recovery: str | None = None) -> Vault:
    """Open the vault at ``home`` with Quire's unlock policy (the module docstring).

    Raises WrongPassphraseError (after counting it, where the person asked for that),
    DeviceSecretMissingError, DamagedDataError or QuireError ("no vault here").
    """
    finish_interrupted_wipes(home)
    for attempt_number in range(2):
        attempt = Vault.try_passphrase(home, passphrase, recovery=recovery)
        if attempt.role == ROLE_DURESS:
            return duress.open_after_duress(home, attempt.header, attempt.kek, attempt.secret)
        if attempt.opened is None:
            with contextlib.suppress(OSError):  # a count that cannot be saved is no reason
                failures.note_failed_unlock(home)  # to report anything but this
        try:
            vault = Vault.open(attempt, tidy=when_alone)
        except HeaderChangedError:
            if attempt_number:
                raise
            continue  # a re-key finished while we waited for the vault: read it again
        _keep_recovered_secret(attempt, recovery)
        with contextlib.suppress(OSError):
            failures.note_successful_unlock(home)
        return vault
    raise AssertionError("unreachable")


def _keep_recovered_secret(attempt: KeyTry, recovery: str | None) -> None:
    """A vault opened with its recovery code stores the device secret in this keyring."""
    if recovery is None or attempt.secret is None:
        return
    with contextlib.suppress(device_secret.KeyringUnavailable):
        if device_secret.load(attempt.header.vault_id) is None:
            device_secret.store(attempt.header.vault_id, attempt.secret)


def when_alone(vault: Vault) -> None:
    """What an unlock does while no other program has the vault open."""
    tidy_after_crash(vault)
    refresh_header(vault)


def refresh_header(vault: Vault) -> None:
    """Rewrite ``vault.key`` with every slot changed and make the folder durable, as the
    duress unlock does in its own way; a disk that refuses (read-only, full) is no reason
    to refuse the unlock."""
    with contextlib.suppress(OSError, QuireError):
        vault.rewrite_header()
        fs.fsync_file(vault.home / DB_NAME)
        fs.fsync_dir(vault.evidence_dir)
        fs.fsync_dir(vault.home)


def tidy_after_crash(vault: Vault) -> None:
    """Remove what killed programs left; called only while no other program has the vault."""
    scrub_stale_header_copies(vault.home)  # they wrap the data key: overwritten first
    files.remove_stale_temp_files(vault.home)
    EvidenceStore(vault).recover_interrupted_imports()
