"""Showing the recovery code again, from an unlocked diary, once its passphrase is retyped.

The code is the device secret in words (app/vault/recovery_code.py); the unlocked vault
keeps the secret it was opened with, so this works even where the keyring has lost it. The
passphrase is checked against the primary slot only, and a wrong one is not counted towards
"wipe after N wrong passphrases" (the diary is already open).
"""

from __future__ import annotations

from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import Text
from app.safety_checkup import check_passphrase
from app.vault import recovery_code
from app.vault.vault import Vault

NO_CODE = _T(
    "recovery",
    "This diary has no recovery code: it is protected by the passphrase alone.",
)


def recovery_code_for(vault: Vault, passphrase: str) -> str:
    """The 24 words, after ``passphrase`` opened the vault's primary slot (slow: one KDF)."""
    secret = vault.device_secret()
    if secret is None:
        raise QuireError(Text("recovery", NO_CODE))
    check_passphrase(vault, passphrase)
    return recovery_code.encode(secret)
