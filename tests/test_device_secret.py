"""The optional device secret in a real Secret Service (gnome-keyring), and its recovery code.

scripts/test.sh (and so CI) runs the suite inside dbus-run-session with an unlocked
gnome-keyring-daemon and sets QUIRE_TEST_KEYRING=1. Run bare, these tests skip with a
reason; in CI they never skip.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.errors import DeviceSecretMissingError, QuireError, WrongPassphraseError
from app.vault import device_secret, recovery_code
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli


@pytest.mark.keyring
def test_device_secret_round_trip(real_keyring: None, home: Path) -> None:
    vault, code = Vault.create(home, PASSPHRASE, use_device_secret=True, kdf=INSECURE_TEST_PARAMS)
    assert code is not None and len(code.split()) == 24
    vault_id = vault.header.vault_id
    assert device_secret.load(vault_id) == recovery_code.decode(code)
    vault.lock()
    unlock_vault(home, PASSPHRASE).lock()
    # Without the keyring entry (a copy of the folder on another machine) it cannot open...
    assert device_secret.delete(vault_id)
    with pytest.raises(DeviceSecretMissingError, match="recovery code"):
        unlock_vault(home, PASSPHRASE)
    # ...and a wrong recovery code is not the device secret either.
    other = recovery_code.encode(os.urandom(32))
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, PASSPHRASE, recovery=other)
    # The right code opens it and puts the secret back in this keyring.
    unlock_vault(home, PASSPHRASE, recovery=code).lock()
    assert device_secret.load(vault_id) == recovery_code.decode(code)
    unlock_vault(home, PASSPHRASE).lock()
    device_secret.delete(vault_id)


@pytest.mark.keyring
def test_copied_folder_needs_the_secret_as_well_as_the_passphrase(
    real_keyring: None, home: Path
) -> None:
    vault, code = Vault.create(home, PASSPHRASE, use_device_secret=True, kdf=INSECURE_TEST_PARAMS)
    vault.lock()
    device_secret.delete(vault.header.vault_id)
    with pytest.raises(DeviceSecretMissingError):
        unlock_vault(home, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, "not it", recovery=code)


@pytest.mark.keyring
def test_cli_init_with_device_secret_and_restore_elsewhere(
    real_keyring: None, home: Path, tmp_path: Path
) -> None:
    r = run_cli(home, "--passphrase-stdin", "init", "--device-secret", stdin=PASSPHRASE + "\n")
    assert r.returncode == 0, r.stderr
    assert "RECOVERY CODE" in r.stdout
    words = [
        w
        for line in r.stdout.splitlines()
        if line.lstrip()[:1].isdigit()
        for w in line.split()
        if w.isalpha()
    ]
    assert len(words) == 24
    code = " ".join(words)
    backup = tmp_path / "b.quire"
    assert (
        run_cli(
            home, "--passphrase-stdin", "backup", "-o", str(backup), stdin=PASSPHRASE + "\n"
        ).returncode
        == 0
    )
    vault_id = unlock_vault(home, PASSPHRASE).header.vault_id
    device_secret.delete(vault_id)  # as on a new machine
    other = tmp_path / "restored"
    assert run_cli(other, "restore", str(backup)).returncode == 0
    missing = run_cli(other, "--passphrase-stdin", "list", stdin=PASSPHRASE + "\n")
    assert missing.returncode == 2 and "recovery code" in missing.stderr
    ok = run_cli(
        other, "--passphrase-stdin", "--recovery-code", "list", stdin=f"{PASSPHRASE}\n{code}\n"
    )
    assert ok.returncode == 0, ok.stderr
    device_secret.delete(vault_id)


def test_no_keyring_backend_is_a_clear_message(home: Path) -> None:
    r = run_cli(
        home,
        "--passphrase-stdin",
        "init",
        "--device-secret",
        stdin=PASSPHRASE + "\n",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert r.returncode == 1
    assert "keyring" in r.stderr and "without --device-secret" in r.stderr
    assert "Traceback" not in r.stderr
    assert not (home / "vault.key").exists()
    plain = run_cli(
        home,
        "--passphrase-stdin",
        "init",
        stdin=PASSPHRASE + "\n",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert plain.returncode == 0


def test_recovery_code_checks_words_and_checksum() -> None:
    secret = os.urandom(32)
    code = recovery_code.encode(secret)
    assert recovery_code.decode("  " + code.upper().replace(" ", "\n") + " ") == secret
    words = code.split()
    with pytest.raises(QuireError, match="24 words"):
        recovery_code.decode(" ".join(words[:23]))
    with pytest.raises(QuireError, match="Not a recovery-code word"):
        recovery_code.decode(" ".join(["quirex", *words[1:]]))
    swapped = " ".join([words[1], words[0], *words[2:]])
    if swapped != code:
        with pytest.raises(QuireError, match="checksum"):
            recovery_code.decode(swapped)
