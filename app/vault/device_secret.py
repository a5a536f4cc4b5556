"""The optional device secret: 32 random bytes kept in the OS keyring, not beside the vault.

With it, a copy of the vault folder alone cannot be brute-forced: Argon2id also needs
this secret. Keyring failures never crash Quire; they become a clear :class:`KeyringUnavailable`
so the caller can say so and carry on with the passphrase alone.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from app.errors import TranslatableError
from app.i18n import QT_TRANSLATE_NOOP as _T

if TYPE_CHECKING:
    import keyring.backend

# ``keyring`` is imported where it is used, not here: importing it (and jaraco, and the
# entry points it scans) took ~0.1 s of every start of the window and of every quire-cli
# command, while only vaults with a device secret ever ask the keyring anything.

SERVICE = "Quire vault"
SECRET_SIZE = 32


class KeyringUnavailable(TranslatableError):
    """No usable OS keyring (no Secret Service, locked, or refused)."""


_backend_chosen = False


def _backend() -> keyring.backend.KeyringBackend:
    """Pick the keyring once; on Linux go straight to the Secret Service.

    Asking keyring to choose by itself imports the macOS backend, whose import spawns
    ``ldconfig`` and ``gcc`` child processes; naming the backend avoids that.
    """
    import keyring
    import keyring.backends.fail

    global _backend_chosen
    if not _backend_chosen and sys.platform.startswith("linux"):
        if not os.environ.get("PYTHON_KEYRING_BACKEND"):
            from keyring.backends import SecretService

            try:
                if SecretService.Keyring.priority > 0:  # raises when unusable
                    keyring.set_keyring(SecretService.Keyring())
            except Exception:
                keyring.set_keyring(keyring.backends.fail.Keyring())
        _backend_chosen = True
    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring):
        raise KeyringUnavailable(
            _T("errors", "no OS keyring (Secret Service) is available on this system")
        )
    return backend


def _user(vault_id: bytes) -> str:
    return vault_id.hex()


def is_available() -> tuple[bool, str]:
    """(True, "") when a keyring can store secrets, else (False, a reason to show)."""
    try:
        _backend()
    except KeyringUnavailable as exc:
        return False, str(exc)
    return True, ""


def store(vault_id: bytes, secret: bytes) -> None:
    import keyring.errors

    try:
        _backend().set_password(SERVICE, _user(vault_id), secret.hex())
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(
            _T("errors", "the OS keyring refused to store the secret ({exc})"), exc=exc
        ) from exc


def load(vault_id: bytes) -> bytes | None:
    """The stored secret, or None if this keyring has none for the vault."""
    import keyring.errors

    try:
        value = _backend().get_password(SERVICE, _user(vault_id))
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(
            _T("errors", "the OS keyring could not be read ({exc})"), exc=exc
        ) from exc
    if value is None:
        return None
    try:
        secret = bytes.fromhex(value)
    except ValueError:
        return None
    return secret if len(secret) == SECRET_SIZE else None


def delete(vault_id: bytes) -> bool:
    """Remove the secret; True if one was removed. Never raises for a missing keyring."""
    import keyring.errors

    try:
        _backend().delete_password(SERVICE, _user(vault_id))
    except (keyring.errors.PasswordDeleteError, KeyringUnavailable):
        return False
    except (keyring.errors.KeyringError, RuntimeError):
        return False
    return True
