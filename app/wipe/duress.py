"""The duress passphrase: typed under coercion, it wipes the diary and opens a decoy one.

It lives in one of the header's spare key slots (``ROLE_DURESS``), sealed under a key
derived with the vault's own Argon2id settings and salt. Every vault has such a slot (under
a random key when no duress passphrase is set) and every header rewrite changes all four
slots, so nobody can tell whether a duress passphrase exists. The decoy diary the person
prepared is a blob in ``evidence/`` named and keyed from the duress slot's key
(app/decoy.py), so it moves whenever that key changes.

When :func:`app.access.unlock_vault` opens a duress slot it calls :func:`open_after_duress`, which
wipes the vault (key first, as the panic wipe does) and makes a new vault under the
same passphrase, reusing the key-encryption key Argon2id has just derived: same settings,
same salt, same device secret, so no second derivation makes the unlock slower. The new
vault has a new id, data key, signing key and database, and holds the decoy diary's
entries (read into memory before the wipe), or none when there is no readable decoy.
The old files, already unreadable, are removed in a background thread
(``erase.remove_later``), so the unlock does not take longer the bigger the old vault
was. Nothing is printed or logged and nothing is raised: to whoever watches, the
passphrase simply opened the diary.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app import decoy, settings
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
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
        raise QuireError(_T("errors", "The duress passphrase must not be empty."))
    current = vault.current_header()
    kek = derive_kek(passphrase, current.salt, current.kdf, vault.device_secret())
    opened = current.open_slots(kek)
    if opened is not None and opened[0] == vault.primary_slot:
        raise QuireError(
            _T("errors", "The duress passphrase must differ from the vault's passphrase.")
        )
    _rekey_decoy(vault, kek)


def clear_duress_passphrase(vault: Vault) -> None:
    """Seal the duress slot under a random key again (whether or not one was in use).

    A prepared decoy diary is kept, under the new random key, ready for the next duress
    passphrase: clearing must not show, by a blob gone, that one was set."""
    vault.current_header()
    _rekey_decoy(vault, None)


def _rekey_decoy(vault: Vault, kek: bytes | None) -> None:
    """Seal the duress slot under ``kek`` (None: a random key) and move the decoy diary
    with it: its name and key come from that key (app/decoy.py).

    The decoy is written under the new key first and the old one removed last, so a crash
    at any moment leaves the decoy that the header on disk opens (and at worst an unread
    leftover, which the next change of the duress passphrase removes)."""
    old = vault.duress_kek()
    entries = decoy.load(vault) if old is not None else []
    new = os.urandom(32) if kek is None else kek
    if entries:
        decoy.write(vault.evidence_dir, entries, new)
    vault.set_duress_kek(new)
    if old is not None and decoy.blob_name(old) != decoy.blob_name(new):
        decoy.remove(vault, old)


def open_after_duress(home: Path, old: VaultHeader, kek: bytes, secret: bytes | None) -> Vault:
    """Wipe the vault at ``home`` and return a new one that ``kek`` opens, holding the
    decoy diary's entries (none when there is no readable decoy).

    Called by :func:`app.access.unlock_vault` when the passphrase opened a duress slot. The
    preferences in settings.json stay (a changed language would show), with the failure
    count cleared; the last-backup date stays for a decoy diary and is cleared for an
    empty one.
    """
    from app.vault.vault import Vault

    entries = decoy.read_silently(home, kek)  # small: read before the key is destroyed
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
    if entries:
        with contextlib.suppress(QuireError, OSError, ValueError):
            decoy.plant(vault, entries)
    # The decoy keeps the backup state the real diary showed (a banner that changed
    # would be a tell; a backup holds the decoy too); an empty diary has no backup.
    clear_backup = not entries and prefs is not None and prefs.last_backup_at
    if prefs is not None and (prefs.failed_unlocks or clear_backup):
        prefs.failed_unlocks = 0
        if clear_backup:
            prefs.last_backup_at = None
        with contextlib.suppress(OSError):
            settings.save(home, prefs, with_counter=True)
    if tomb is not None:
        erase.remove_later(tomb)
    return vault
