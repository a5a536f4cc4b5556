"""Every rewrite of ``vault.key`` changes all four key slots, and keeps each slot's meaning.

Two copies of ``vault.key`` (an image taken at one border crossing, one at the next) must
not tell which operation happened between them: a passphrase change, setting or clearing
the duress passphrase, or a purge's re-key all reseal the primary slot and the duress slot
under fresh nonces (the duress slot under a random decoy key when none is set) and refill
the other two with fresh random bytes.

Also: a vault opened with its recovery code on a machine whose keyring lacks the device
secret (or has no keyring at all) can change its passphrase and set a duress passphrase,
because the unlocked vault keeps the secret instead of asking the keyring again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.errors import QuireError
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault import device_secret, recovery_code
from app.vault.header import ROLE_DURESS, ROLE_PRIMARY, SLOT_COUNT, VaultHeader
from app.vault.kdf import INSECURE_TEST_PARAMS, derive_kek
from app.vault.vault import DURESS_KEK, Vault
from app.wipe.duress import clear_duress_passphrase, set_duress_passphrase
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

DURESS = "the duress passphrase"
# Passphrases set through quire-cli must pass its strength check.
SECOND = "second lantern by the still water"
MOVED = "moved to a quiet river town"
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _header(home: Path) -> VaultHeader:
    return VaultHeader.from_bytes((home / "vault.key").read_bytes())


def _opens(header: VaultHeader, passphrase: str, secret: bytes | None = None) -> int | None:
    opened = header.open_slots(derive_kek(passphrase, header.salt, header.kdf, secret))
    return None if opened is None else opened[1]


def _assert_all_slots_changed(before: VaultHeader, after: VaultHeader, what: str) -> None:
    same = [i for i in range(SLOT_COUNT) if before.slots[i] == after.slots[i]]
    assert same == [], f"{what}: slots {same} kept their bytes"
    assert len(set(after.slots)) == SLOT_COUNT


def _duress_slots(vault: Vault) -> list[int]:
    """The slots the kept duress key opens (always exactly one, decoy or not)."""
    kek = vault.duress_kek()
    assert kek is not None
    header = _header(vault.home)
    opened = header.open_slots(kek)
    assert opened is not None and opened[1] == ROLE_DURESS
    return [opened[0]]


@pytest.mark.parametrize("with_duress", [False, True])
def test_every_operation_changes_all_four_slots(home: Path, with_duress: bool) -> None:
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    store = IncidentStore(vault)
    if with_duress:
        set_duress_passphrase(vault, DURESS)
    passphrase = [PASSPHRASE]

    def passwd() -> None:
        passphrase[0] += "!"
        vault.change_passphrase(passphrase[0])

    def purge() -> None:
        store.purge(store.create(IncidentRecord.from_dict({"title": "to purge"})))

    steps: list[tuple[str, Callable[[], None]]] = [
        ("passwd", passwd),
        ("purge", purge),
        ("duress set", lambda: set_duress_passphrase(vault, DURESS)),
        ("passwd after duress set", passwd),
        ("purge after duress set", purge),
        ("duress clear", lambda: clear_duress_passphrase(vault)),
        ("duress clear again", lambda: clear_duress_passphrase(vault)),
    ]
    if not with_duress:
        steps = [s for s in steps if "after duress set" not in s[0]][:2] + steps[5:]
    duress_on = with_duress
    for what, step in steps:
        before = _header(home)
        step()
        after = _header(home)
        _assert_all_slots_changed(before, after, what)
        duress_on = {"duress set": True, "duress clear": False, "duress clear again": False}.get(
            what, duress_on
        )
        assert _opens(after, passphrase[0]) == ROLE_PRIMARY, what
        assert _opens(after, DURESS) == (ROLE_DURESS if duress_on else None), what
        assert len(_duress_slots(vault)) == 1  # a duress slot is always there (decoy or real)
    vault.lock()
    with unlock_vault(home, passphrase[0]) as again:
        assert IncidentStore(again).count() == 0


def test_the_cli_changes_all_four_slots(home: Path) -> None:
    pw = PASSPHRASE + "\n"
    assert run_cli(home, "--passphrase-stdin", "init", stdin=pw).returncode == 0
    steps = [
        (["duress", "set"], pw + DURESS + "\n"),
        (["passwd"], pw + SECOND + "\n"),
        (["duress", "clear"], SECOND + "\n"),
        (["passwd"], SECOND + "\n" + PASSPHRASE + "\n"),
    ]
    for args, stdin in steps:
        before = _header(home)
        r = run_cli(home, "--passphrase-stdin", *args, stdin=stdin)
        assert r.returncode == 0, (args, r.stderr)
        _assert_all_slots_changed(before, _header(home), " ".join(args))


def test_a_new_vault_has_a_decoy_duress_slot(home: Path) -> None:
    """Set or not, the kept duress key opens one duress slot: holding the data key tells
    nothing about whether a duress passphrase exists."""
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    decoy = vault.duress_kek()
    [slot] = _duress_slots(vault)
    assert slot != vault.primary_slot
    set_duress_passphrase(vault, DURESS)
    assert vault.duress_kek() != decoy
    assert vault.duress_kek() == derive_kek(DURESS, vault.header.salt, vault.header.kdf)
    clear_duress_passphrase(vault)
    assert vault.duress_kek() not in (decoy, None)
    _duress_slots(vault)
    vault.lock()


def test_a_vault_from_before_the_kept_duress_key_keeps_its_duress_slot(home: Path) -> None:
    """A vault made before the duress key was kept: nobody can reseal its duress slot, so
    the spare slots stay as they are until the next ``duress set`` or ``clear``."""
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    header = _header(home)
    primary = vault.primary_slot
    spare = next(i for i in range(SLOT_COUNT) if i != primary)
    kek = derive_kek(DURESS, header.salt, header.kdf)
    for i in range(SLOT_COUNT):  # as the earlier code left it: one duress slot, others random
        if i != primary:
            header = header.randomize_slot(i)
    vault.replace_header(header.seal_slot(spare, kek, ROLE_DURESS, os.urandom(32)))
    vault.db.execute("DELETE FROM meta WHERE key = ?", (DURESS_KEK,))
    vault.change_passphrase("new one")
    after = _header(home)
    assert _opens(after, DURESS) == ROLE_DURESS
    assert after.slots[primary] != header.slots[primary]
    clear_duress_passphrase(vault)  # from here on, every slot changes every time
    assert _opens(_header(home), DURESS) is None
    before = _header(home)
    vault.change_passphrase("newer one")
    _assert_all_slots_changed(before, _header(home), "passwd after clear")
    vault.lock()


def test_a_header_rewritten_elsewhere_is_not_overwritten(home: Path) -> None:
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    other = unlock_vault(home, PASSPHRASE)
    set_duress_passphrase(other, DURESS)
    other.lock()
    with pytest.raises(Exception, match="changed elsewhere"):
        vault.change_passphrase("mine")
    assert _opens(_header(home), DURESS) == ROLE_DURESS
    assert _opens(_header(home), PASSPHRASE) == ROLE_PRIMARY
    vault.lock()


# -- the device secret stays with the unlocked vault ----------------------------------------
def _vault_with_a_secret_no_keyring_holds(home: Path) -> str:
    """A real vault with a device secret that is in no keyring here; its recovery code."""
    secret = os.urandom(device_secret.SECRET_SIZE)
    header = VaultHeader.new(INSECURE_TEST_PARAMS, uses_device_secret=True)
    kek = derive_kek(PASSPHRASE, header.salt, header.kdf, secret)
    Vault.create_from_kek(home, header, kek, secret=secret).lock()
    return recovery_code.encode(secret)


def test_recovery_code_unlock_without_a_keyring_can_change_the_passphrase(home: Path) -> None:
    code = _vault_with_a_secret_no_keyring_holds(home)
    secret = recovery_code.decode(code)
    pw = f"{PASSPHRASE}\n{code}\n"
    args = ("--passphrase-stdin", "--recovery-code")
    r = run_cli(home, *args, "passwd", stdin=pw + MOVED + "\n", env=NO_KEYRING)
    assert r.returncode == 0, r.stderr
    assert _opens(_header(home), MOVED, secret) == ROLE_PRIMARY
    r = run_cli(home, *args, "duress", "set", stdin=f"{MOVED}\n{code}\n{DURESS}\n", env=NO_KEYRING)
    assert r.returncode == 0, r.stderr
    assert _opens(_header(home), DURESS, secret) == ROLE_DURESS
    # and in this process: the vault never asks the (absent) keyring again
    with unlock_vault(home, MOVED, recovery=code) as vault:
        vault.change_passphrase(PASSPHRASE)
        set_duress_passphrase(vault, DURESS + "2")
    assert _opens(_header(home), PASSPHRASE, secret) == ROLE_PRIMARY
    assert _opens(_header(home), DURESS + "2", secret) == ROLE_DURESS


def test_recovery_code_unlock_with_a_keyring_that_lost_the_secret(
    real_keyring: None, home: Path
) -> None:
    vault, code = Vault.create(home, PASSPHRASE, use_device_secret=True, kdf=INSECURE_TEST_PARAMS)
    assert code is not None
    vault_id = vault.header.vault_id
    vault.lock()
    device_secret.delete(vault_id)  # as on another machine
    try:
        with unlock_vault(home, PASSPHRASE, recovery=code) as vault:
            device_secret.delete(vault_id)  # the keyring loses it (or refused to keep it)
            vault.change_passphrase("moved")
            set_duress_passphrase(vault, DURESS)
        secret = recovery_code.decode(code)
        assert _opens(_header(home), "moved", secret) == ROLE_PRIMARY
        assert _opens(_header(home), DURESS, secret) == ROLE_DURESS
    finally:
        device_secret.delete(vault_id)


def test_a_session_still_running_after_lock_never_writes_a_header(home: Path) -> None:
    """The GUI locks while a worker's session may still be setting a passphrase: the keys
    are zeroed by then, and sealing zeros into the primary slot would lock the person out."""
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    session = vault.session()
    vault.lock()
    before = (home / "vault.key").read_bytes()
    for change in (
        lambda: session.change_passphrase("during the lock"),
        lambda: set_duress_passphrase(session, DURESS),
        lambda: clear_duress_passphrase(session),
    ):
        with pytest.raises(QuireError, match="locked meanwhile"):
            change()
        assert (home / "vault.key").read_bytes() == before
    kept = session.duress_kek()
    session.lock()
    with unlock_vault(home, PASSPHRASE) as again:
        assert again.duress_kek() == kept  # the refused duress set wrote nothing either
