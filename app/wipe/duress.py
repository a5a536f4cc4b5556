"""The duress passphrase: typed under coercion, it wipes the diary and opens an empty one.

It lives in one of the header's spare key slots (``ROLE_DURESS``), sealed under a key
derived with the vault's own Argon2id settings and salt. Every vault has such a slot (under
a random key when no duress passphrase is set) and every header rewrite changes all four
slots, so nobody can tell whether a duress passphrase exists.

When :func:`app.access.unlock_vault` opens a duress slot it calls :func:`open_after_duress`, which
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
from pathlib import Path
from typing import TYPE_CHECKING

from app import settings
from app.errors import QuireError
from app.vault import device_secret
from app.vault.header import SLOT_COUNT, SLOT_SIZE, VaultHeader
from app.vault.kdf import derive_kek
from app.vault.vault import MIN_PASSPHRASE_CHARS, normalize_passphrase
from app.wipe import erase

if TYPE_CHECKING:
    from app.vault.vault import Vault


def set_duress_passphrase(vault: Vault, duress_passphrase: str) -> None:
    """Seal ``duress_passphrase`` into the duress slot (any earlier one is replaced).

    Every vault has a duress slot, sealed under a random key until a duress passphrase is
    set (:meth:`Vault.set_duress_kek`); the header is rewritten with all four slots
    changed, exactly as when the passphrase changes or the duress passphrase is cleared.
    Raises :class:`QuireError` if the passphrase is empty or opens the vault itself.
    """
    passphrase = normalize_passphrase(duress_passphrase)
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise QuireError("The duress passphrase must not be empty.")
    current = vault.current_header()
    kek = derive_kek(passphrase, current.salt, current.kdf, vault.device_secret())
    opened = current.open_slots(kek)
    if opened is not None and opened[0] == vault.primary_slot:
        raise QuireError("The duress passphrase must differ from the vault's passphrase.")
    vault.set_duress_kek(kek)


def clear_duress_passphrase(vault: Vault) -> None:
    """Seal the duress slot under a random key again (whether or not one was in use)."""
    vault.current_header()
    vault.set_duress_kek(None)


def open_after_duress(home: Path, old: VaultHeader, kek: bytes, secret: bytes | None) -> Vault:
    """Wipe the vault at ``home`` and return a new, empty one that ``kek`` opens.

    Called by :func:`app.access.unlock_vault` when the passphrase opened a duress slot. The
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
    vault = Vault.create_from_kek(home, new_header, kek, secret=secret)
    if prefs is not None and (prefs.failed_unlocks or prefs.last_backup_at):
        prefs.failed_unlocks = 0
        prefs.last_backup_at = None
        with contextlib.suppress(OSError):
            settings.save(home, prefs, with_counter=True)
    if tomb is not None:
        erase.remove_later(tomb)
    return vault
