"""The duress passphrase: typed under coercion, it wipes the diary and opens an empty one.

It lives in one of the header's spare key slots (``ROLE_DURESS``), sealed under a key
derived with the vault's own Argon2id settings and salt, so the four slots look exactly
as they do without one: nobody can tell whether a duress passphrase exists.

When :meth:`Vault.unlock` opens a duress slot it calls :func:`open_after_duress`, which
wipes the vault (key first, as the panic wipe does) and makes a new, empty vault under the
same passphrase, reusing the key-encryption key Argon2id has just derived: same settings,
same salt, same device secret, so no second derivation makes the unlock slower. The new
vault has a new id, data key, signing key and database. The old files, already
unreadable, are removed in a background thread (``erase.remove_later``), so the unlock
does not take longer the bigger the old vault was. Nothing is printed or logged and
nothing is raised: to whoever watches, the passphrase simply opened an empty diary.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from app import settings
from app.errors import QuireError
from app.vault import device_secret
from app.vault.header import ROLE_DURESS, SLOT_COUNT, SLOT_SIZE, VaultHeader
from app.vault.kdf import derive_kek
from app.vault.vault import MIN_PASSPHRASE_CHARS, normalize_passphrase, read_header
from app.wipe import erase

if TYPE_CHECKING:
    from app.vault.vault import Vault


def _current_header(vault: Vault) -> VaultHeader:
    current = read_header(vault.home)
    slot = vault.primary_slot
    if current.slots[slot] != vault.header.slots[slot]:
        raise QuireError("The passphrase was changed elsewhere meanwhile; unlock again.")
    return current


def _spare_slots_randomized(header: VaultHeader, primary: int) -> VaultHeader:
    for index in range(SLOT_COUNT):
        if index != primary:
            header = header.randomize_slot(index)
    return header


def set_duress_passphrase(vault: Vault, duress_passphrase: str) -> None:
    """Seal ``duress_passphrase`` into a random spare slot (any earlier one is replaced).

    Every spare slot is re-randomised first, so the header changes the same way whether a
    duress passphrase existed before or not. Raises :class:`QuireError` if the passphrase
    is empty or opens the vault itself.
    """
    from app.vault.vault import Vault

    passphrase = normalize_passphrase(duress_passphrase)
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise QuireError("The duress passphrase must not be empty.")
    current = _current_header(vault)
    primary = vault.primary_slot
    secret = Vault._device_secret(current, None) if current.uses_device_secret else None
    kek = derive_kek(passphrase, current.salt, current.kdf, secret)
    opened = current.open_slots(kek)
    if opened is not None and opened[0] == primary:
        raise QuireError("The duress passphrase must differ from the vault's passphrase.")
    header = _spare_slots_randomized(current, primary)
    index = secrets.choice([i for i in range(SLOT_COUNT) if i != primary])
    header = header.seal_slot(index, kek, ROLE_DURESS, os.urandom(32))
    vault.replace_header(header)


def clear_duress_passphrase(vault: Vault) -> None:
    """Turn every spare slot back into random bytes (whether or not one was in use)."""
    current = _current_header(vault)
    vault.replace_header(_spare_slots_randomized(current, vault.primary_slot))


def open_after_duress(home: Path, old: VaultHeader, kek: bytes, secret: bytes | None) -> Vault:
    """Wipe the vault at ``home`` and return a new, empty one that ``kek`` opens.

    Called by :meth:`Vault.unlock` when the passphrase opened a duress slot. The
    preferences in settings.json stay (a changed language would show), with the failure
    count and the last-backup date cleared.
    """
    from app.vault.vault import Vault

    prefs_path = home / settings.SETTINGS_NAME
    prefs = settings.load(home) if prefs_path.exists() else None
    report = erase.WipeReport(home=home)
    tomb = erase.destroy_key(home, report)
    new_header = VaultHeader(
        vault_id=os.urandom(16),
        kdf=old.kdf,
        salt=old.salt,
        uses_device_secret=old.uses_device_secret,
        slots=tuple(os.urandom(SLOT_SIZE) for _ in range(SLOT_COUNT)),
    )
    if secret is not None:
        # Same secret, so the same KEK; a recovery code written down still fits.
        with contextlib.suppress(device_secret.KeyringUnavailable):
            device_secret.store(new_header.vault_id, secret)
    keep = {settings.SETTINGS_NAME}
    if tomb is not None:
        erase.entomb(home, tomb, report, keep=keep)
    else:  # no tombstone possible: remove in place (slower, same outcome)
        erase.remove_in_place(home, report, keep=keep)
    vault = Vault.create_from_kek(home, new_header, kek)
    if prefs is not None and (prefs.failed_unlocks or prefs.last_backup_at):
        prefs.failed_unlocks = 0
        prefs.last_backup_at = None
        with contextlib.suppress(OSError):
            settings.save(home, prefs, with_counter=True)
    if tomb is not None:
        erase.remove_later(tomb)
    return vault
