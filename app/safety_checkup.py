"""The safety check-up: what a person should look at once a month, read from the open diary.

Issue 12: a person under stress forgets whether the recovery code ever reached paper, how old
the last backup is, or whether the diary locks itself. The check-up gathers those facts in one
place and lets her rehearse the passphrase without risk: the rehearsal is checked against the
primary slot only, and a wrong one is never counted towards "wipe after N wrong passphrases"
(the diary is already open).

What it deliberately does not show: whether a duress passphrase is set. Quire keeps no record
of that anywhere (every vault has a duress slot, real or decoy), so nothing on this computer,
not even this screen, can reveal it to someone who forced the real passphrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from app.clock import format_utc, parse_utc
from app.errors import WrongPassphraseError
from app.settings import Settings
from app.storage.db import transaction
from app.vault.header import ROLE_PRIMARY
from app.vault.kdf import derive_kek
from app.vault.vault import Vault, normalize_passphrase

# meta key: when the person last typed back words of the recovery code (UTC, ISO 8601).
RECOVERY_CONFIRMED = "recovery_confirmed_at"
# A backup older than this is flagged (the main window's reminder uses the same figure).
BACKUP_DUE_DAYS = 14


@dataclass(frozen=True)
class Checkup:
    """The facts the check-up shows; ``None`` where there is nothing to show yet."""

    backup_days: int | None  # days since the last backup; None: never
    has_recovery_code: bool  # only a diary protected by a device secret has one
    recovery_confirmed_at: datetime | None
    auto_lock_minutes: int  # 0: never
    clipboard_clear_seconds: int  # 0: never

    @property
    def backup_ok(self) -> bool:
        return self.backup_days is not None and self.backup_days < BACKUP_DUE_DAYS

    @property
    def recovery_ok(self) -> bool:
        return not self.has_recovery_code or self.recovery_confirmed_at is not None

    @property
    def auto_lock_ok(self) -> bool:
        return self.auto_lock_minutes > 0


def record_recovery_confirmed(vault: Vault, now: datetime | None = None) -> None:
    """Remember (inside the encrypted database) that the recovery code was typed back."""
    when = format_utc(now or datetime.now(UTC))
    with transaction(vault.db) as db:
        db.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (RECOVERY_CONFIRMED, when)
        )


def recovery_confirmed_at(vault: Vault) -> datetime | None:
    row = vault.db.execute("SELECT value FROM meta WHERE key = ?", (RECOVERY_CONFIRMED,)).fetchone()
    return None if row is None else parse_utc(row[0])


def checkup(vault: Vault, prefs: Settings, now: datetime | None = None) -> Checkup:
    """Gather the check-up's facts from the unlocked ``vault`` and the preferences."""
    last = parse_utc(prefs.last_backup_at)
    days = None if last is None else max(0, ((now or datetime.now(UTC)) - last).days)
    return Checkup(
        backup_days=days,
        has_recovery_code=vault.header.uses_device_secret,
        recovery_confirmed_at=recovery_confirmed_at(vault),
        auto_lock_minutes=prefs.auto_lock_minutes,
        clipboard_clear_seconds=prefs.clipboard_clear_seconds,
    )


def check_passphrase(vault: Vault, passphrase: str) -> None:
    """Raise :class:`WrongPassphraseError` unless ``passphrase`` opens the primary slot.

    Slow (one Argon2id). Nothing is written and nothing is counted: a rehearsal, or the
    retype before the recovery code is shown again. A diary with a device secret is checked
    with the secret it was opened with, so this works where the keyring has lost it.
    """
    header = vault.header
    secret = vault.device_secret() if header.uses_device_secret else None
    if header.uses_device_secret and secret is None:
        raise WrongPassphraseError()
    kek = derive_kek(normalize_passphrase(passphrase), header.salt, header.kdf, secret)
    opened = header.open_slots(kek)
    if opened is None or opened[1] != ROLE_PRIMARY:
        raise WrongPassphraseError()
