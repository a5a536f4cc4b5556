"""The safety check-up's facts and its passphrase rehearsal (app/safety_checkup.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import settings as settings_store
from app.access import unlock_vault
from app.clock import format_utc
from app.errors import WrongPassphraseError
from app.recovery_display import recovery_code_for
from app.safety_checkup import (
    BACKUP_DUE_DAYS,
    check_passphrase,
    checkup,
    record_recovery_confirmed,
    recovery_confirmed_at,
)
from app.settings import Settings
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault, vault_exists
from app.wipe.duress import set_duress_passphrase
from tests.conftest import PASSPHRASE

DURESS = "quiet orchard lantern seventy ribbon"


def test_a_new_diary_has_no_backup_and_nothing_to_confirm(vault: Vault) -> None:
    facts = checkup(vault, Settings())
    assert facts.backup_days is None and not facts.backup_ok
    assert not facts.has_recovery_code and facts.recovery_ok  # no code: nothing to write down
    assert facts.recovery_confirmed_at is None
    assert facts.auto_lock_ok and facts.auto_lock_minutes == Settings().auto_lock_minutes


def test_backup_age_is_counted_and_flagged_when_old(vault: Vault) -> None:
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    recent = Settings(last_backup_at=format_utc(now - timedelta(days=2)))
    old = Settings(last_backup_at=format_utc(now - timedelta(days=BACKUP_DUE_DAYS)))
    assert checkup(vault, recent, now).backup_days == 2
    assert checkup(vault, recent, now).backup_ok
    assert checkup(vault, old, now).backup_days == BACKUP_DUE_DAYS
    assert not checkup(vault, old, now).backup_ok
    assert not checkup(vault, Settings(auto_lock_minutes=0), now).auto_lock_ok


def test_recovery_confirmation_is_kept_inside_the_encrypted_diary(home: Path) -> None:
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    when = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    record_recovery_confirmed(vault, when)
    vault.lock()
    again = unlock_vault(home, PASSPHRASE)
    try:
        assert recovery_confirmed_at(again) == when
    finally:
        again.lock()
    # Nothing about it in the plain settings file or anywhere else in plain text.
    for path in home.rglob("*"):
        if path.is_file():
            assert b"recovery_confirmed" not in path.read_bytes()


def test_rehearsal_accepts_the_passphrase_and_refuses_others(vault: Vault) -> None:
    check_passphrase(vault, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        check_passphrase(vault, PASSPHRASE + "x")


def test_a_wrong_rehearsal_is_never_counted_towards_a_wipe(home: Path) -> None:
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    settings_store.save(home, Settings(wipe_after_failures=1))
    before = (home / settings_store.SETTINGS_NAME).read_bytes()
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            check_passphrase(vault, "not it at all, three times")
    assert (home / settings_store.SETTINGS_NAME).read_bytes() == before
    assert vault_exists(home)
    vault.lock()
    unlock_vault(home, PASSPHRASE).lock()


def test_the_duress_passphrase_is_not_the_passphrase_and_wipes_nothing(home: Path) -> None:
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    set_duress_passphrase(vault, DURESS)
    with pytest.raises(WrongPassphraseError):
        check_passphrase(vault, DURESS)
    vault_id = vault.header.vault_id
    vault.lock()
    again = unlock_vault(home, PASSPHRASE)  # the real diary is still there
    try:
        assert again.header.vault_id == vault_id
    finally:
        again.lock()


def test_recovery_code_display_uses_the_same_check(real_keyring: None, home: Path) -> None:
    vault, code = Vault.create(home, PASSPHRASE, use_device_secret=True, kdf=INSECURE_TEST_PARAMS)
    try:
        assert checkup(vault, Settings()).has_recovery_code
        assert not checkup(vault, Settings()).recovery_ok
        assert recovery_code_for(vault, PASSPHRASE) == code
        check_passphrase(vault, PASSPHRASE)
        with pytest.raises(WrongPassphraseError):
            recovery_code_for(vault, "wrong")
        record_recovery_confirmed(vault)
        assert checkup(vault, Settings()).recovery_ok
    finally:
        from app.vault import device_secret

        vault_id = vault.header.vault_id
        vault.lock()
        device_secret.delete(vault_id)
