"""The vault: creation, unlocking, wrong passphrases, damage, re-keying, the test KDF flag."""

from __future__ import annotations

import hashlib
import sqlite3
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3

from app.access import unlock_vault
from app.errors import DamagedDataError, QuireError, WrongPassphraseError
from app.storage.db import database_key
from app.vault import kdf
from app.vault.header import HEADER_SIZE, SLOT_COUNT, VaultHeader
from app.vault.kdf import FLOOR, INSECURE_TEST_PARAMS, KdfParams
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_create_unlock_and_lock(home: Path) -> None:
    v, code = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    assert code is None
    assert (home / "vault.key").stat().st_size == HEADER_SIZE
    assert (home / "diary.db").exists() and (home / "evidence").is_dir()
    assert oct(home.stat().st_mode & 0o777) == "0o700"
    v.lock()
    with pytest.raises(QuireError, match="locked"):
        _ = v.db
    again = unlock_vault(home, PASSPHRASE)
    assert again.data_key
    again.lock()


def test_wrong_passphrase_is_clear_and_writes_nothing(vault: Vault, home: Path) -> None:
    vault.lock()
    before = _snapshot(home)
    mtimes = {p: p.stat().st_mtime_ns for p in home.rglob("*")}
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        unlock_vault(home, PASSPHRASE + "x")
    assert _snapshot(home) == before
    assert {p: p.stat().st_mtime_ns for p in home.rglob("*")} == mtimes


def test_create_refuses_an_existing_vault(vault: Vault, home: Path) -> None:
    before = _snapshot(home)
    with pytest.raises(QuireError, match="already exists"):
        Vault.create(home, "other", kdf=INSECURE_TEST_PARAMS)
    assert _snapshot(home) == before


def test_empty_passphrase_refused(home: Path) -> None:
    with pytest.raises(QuireError, match="empty"):
        Vault.create(home, "", kdf=INSECURE_TEST_PARAMS)


def test_unicode_passphrase_same_however_composed(home: Path) -> None:
    composed = "Şəhər gecəsi ünvan İ ё 🔐"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    Vault.create(home, composed, kdf=INSECURE_TEST_PARAMS)[0].lock()
    unlock_vault(home, decomposed).lock()


def test_change_passphrase(vault: Vault, home: Path) -> None:
    data_before = (home / "diary.db").read_bytes()
    vault.change_passphrase("new passphrase ə")
    vault.lock()
    assert (home / "diary.db").read_bytes() == data_before  # rewrapped, not re-encrypted
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, PASSPHRASE)
    unlock_vault(home, "new passphrase ə").lock()


def test_no_vault_is_a_clear_error(home: Path) -> None:
    with pytest.raises(QuireError, match="No vault"):
        unlock_vault(home, PASSPHRASE)


# -- the header -----------------------------------------------------------------------------
def test_header_slots_look_alike(vault: Vault, home: Path) -> None:
    header = VaultHeader.from_bytes((home / "vault.key").read_bytes())
    assert len(header.slots) == SLOT_COUNT
    assert len({len(s) for s in header.slots}) == 1
    assert len(set(header.slots)) == SLOT_COUNT


@pytest.mark.parametrize("offset", [0, 20, 60, 100, HEADER_SIZE - 40, HEADER_SIZE - 1])
def test_damaged_header_names_vault_key(vault: Vault, home: Path, offset: int) -> None:
    vault.lock()
    path = home / "vault.key"
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDataError) as info:
        unlock_vault(home, PASSPHRASE)
    assert info.value.what == "vault.key"
    assert info.value.exit_code == 3


def test_truncated_header(vault: Vault, home: Path) -> None:
    vault.lock()
    path = home / "vault.key"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(DamagedDataError, match=r"vault\.key"):
        unlock_vault(home, PASSPHRASE)


def test_tampered_kdf_settings_with_fixed_checksum_open_no_slot(vault: Vault, home: Path) -> None:
    """An attacker who rewrites the settings (and the checksum) gains nothing."""
    vault.lock()
    header = VaultHeader.from_bytes((home / "vault.key").read_bytes())
    forged = VaultHeader(header.vault_id, KdfParams(128, 2, 1), header.salt, False, header.slots)
    (home / "vault.key").write_bytes(forged.to_bytes())
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, PASSPHRASE)


# -- the database ---------------------------------------------------------------------------
def test_database_unreadable_with_plain_sqlite(vault: Vault, home: Path) -> None:
    vault.lock()
    conn = sqlite3.connect(home / "diary.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()
    assert b"SQLite format 3" not in (home / "diary.db").read_bytes()[:16]


def test_database_unreadable_with_a_wrong_key(vault: Vault, home: Path) -> None:
    vault.lock()
    conn = sqlcipher3.connect(str(home / "diary.db"))
    conn.execute(f"PRAGMA key = \"x'{database_key(bytes(32)).hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_damaged_database_names_diary_db(vault: Vault, home: Path) -> None:
    vault.lock()
    path = home / "diary.db"
    data = bytearray(path.read_bytes())
    for i in range(100, 4000, 97):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDataError) as info:
        unlock_vault(home, PASSPHRASE)
    assert info.value.what == "diary.db"


def test_missing_database_is_damage_not_repair(vault: Vault, home: Path) -> None:
    vault.lock()
    (home / "diary.db").unlink()
    with pytest.raises(DamagedDataError, match=r"diary\.db"):
        unlock_vault(home, PASSPHRASE)
    assert not (home / "diary.db").exists()  # never silently re-created


def test_creation_cut_short_after_the_header_completes(home: Path) -> None:
    """The header arrives first; the database is renamed in at the next unlock."""
    v, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    v.lock()
    (home / "diary.db").rename(home / ".diary.db.new")
    unlock_vault(home, PASSPHRASE).lock()
    assert (home / "diary.db").exists()


# -- the key derivation ---------------------------------------------------------------------
def test_test_kdf_needs_the_flag(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(kdf.TEST_FLAG_ENV)
    with pytest.raises(QuireError, match=kdf.TEST_FLAG_ENV):
        Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    assert not (home / "vault.key").exists()


def test_vault_with_test_kdf_refused_without_the_flag(
    vault: Vault, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.lock()
    monkeypatch.delenv(kdf.TEST_FLAG_ENV)
    with pytest.raises(DamagedDataError, match="below Quire's minimum"):
        unlock_vault(home, PASSPHRASE)


def test_calibration_respects_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(kdf.TEST_FLAG_ENV)
    params = kdf.calibrate(target_seconds=0.01)
    assert params == FLOOR  # never below the floor, however fast the machine
    assert not params.below_floor


@pytest.mark.slow
def test_real_kdf_round_trip(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(kdf.TEST_FLAG_ENV)
    v, _ = Vault.create(home, PASSPHRASE)
    assert v.header.kdf.memory_kib >= 256 * 1024 and v.header.kdf.iterations >= 3
    v.lock()
    unlock_vault(home, PASSPHRASE).lock()


def test_files_are_private_whatever_the_umask(home: Path) -> None:
    import io
    import os

    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore

    old = os.umask(0o022)
    try:
        v, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
        i = IncidentStore(v).create(IncidentRecord.from_dict({"title": "t"}))
        EvidenceStore(v).import_stream(i, io.BytesIO(b"x"), "x")
        v.change_passphrase("again")
        v.lock()
    finally:
        os.umask(old)
    for p in [home, *home.rglob("*")]:
        mode = p.stat().st_mode & 0o777
        assert mode == (0o700 if p.is_dir() else 0o600), (p, oct(mode))


# -- a passphrase is exact: case and whitespace count, only the Unicode composition does not
NEAR_MISSES = {
    "all upper case": PASSPHRASE.upper(),
    "one capital letter": PASSPHRASE.capitalize(),
    "one more inner space": PASSPHRASE.replace(" ", "  ", 1),
    "a tab for a space": PASSPHRASE.replace(" ", "\t", 1),
    "a non-breaking space for a space": PASSPHRASE.replace(" ", "\u00a0", 1),
    "the spaces taken out": PASSPHRASE.replace(" ", ""),
    "a trailing space": PASSPHRASE + " ",
    "a leading space": " " + PASSPHRASE,
}
# Letters outside ASCII: case folding, the dotted capital I, a composed letter.
UNICODE_PASSPHRASE = "Şəhər gecəsi İlham ёлка ünvan"
UNICODE_NEAR_MISSES = {
    "lower case": "şəhər gecəsi ilham ёлка ünvan",
    "upper case": UNICODE_PASSPHRASE.upper(),
    "casefolded": UNICODE_PASSPHRASE.casefold(),
    "one more inner space": UNICODE_PASSPHRASE.replace(" ", "  ", 1),
    "a non-breaking space": UNICODE_PASSPHRASE.replace(" ", "\u00a0", 1),
}


@pytest.mark.parametrize("variant", NEAR_MISSES.values(), ids=NEAR_MISSES.keys())
def test_a_near_miss_passphrase_is_refused_and_writes_nothing(
    vault: Vault, home: Path, variant: str
) -> None:
    vault.lock()
    before = _snapshot(home)
    mtimes = {p: p.stat().st_mtime_ns for p in home.rglob("*")}
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, variant)
    assert _snapshot(home) == before
    assert {p: p.stat().st_mtime_ns for p in home.rglob("*")} == mtimes
    unlock_vault(home, PASSPHRASE).lock()


@pytest.mark.parametrize("variant", UNICODE_NEAR_MISSES.values(), ids=UNICODE_NEAR_MISSES.keys())
def test_a_near_miss_of_a_unicode_passphrase_is_refused(home: Path, variant: str) -> None:
    assert variant != UNICODE_PASSPHRASE
    Vault.create(home, UNICODE_PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0].lock()
    before = _snapshot(home)
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, variant)
    assert _snapshot(home) == before
    unlock_vault(home, unicodedata.normalize("NFD", UNICODE_PASSPHRASE)).lock()


def test_a_passphrase_with_inner_whitespace_needs_it_exactly(home: Path) -> None:
    """Whitespace is kept as typed, not collapsed: two spaces, a tab, a non-breaking space."""
    exact = "Two  spaces\tand\u00a0more"
    Vault.create(home, exact, kdf=INSECURE_TEST_PARAMS)[0].lock()
    for near in ("Two spaces and more", "two  spaces\tand\u00a0more", "Two  spaces and\u00a0more"):
        with pytest.raises(WrongPassphraseError):
            unlock_vault(home, near)
    unlock_vault(home, exact).lock()


def test_a_changed_passphrase_is_exact_too(vault: Vault, home: Path) -> None:
    vault.change_passphrase("New  Passphrase ə")
    vault.lock()
    for near in ("new  passphrase ə", "New Passphrase ə", "NEW  PASSPHRASE Ə"):
        with pytest.raises(WrongPassphraseError):
            unlock_vault(home, near)
    unlock_vault(home, unicodedata.normalize("NFD", "New  Passphrase ə")).lock()


@pytest.mark.parametrize(
    ("passphrase", "near_misses"),
    [(PASSPHRASE, NEAR_MISSES), (UNICODE_PASSPHRASE, UNICODE_NEAR_MISSES)],
    ids=["ascii", "unicode"],
)
def test_the_cli_refuses_a_near_miss_with_exit_2_and_writes_nothing(
    home: Path, passphrase: str, near_misses: dict[str, str]
) -> None:
    from tests.support.cli import run_cli

    r = run_cli(home, "--passphrase-stdin", "init", stdin=passphrase + "\n")
    assert r.returncode == 0, r.stderr
    before = _snapshot(home)
    for name, variant in near_misses.items():
        r = run_cli(home, "--passphrase-stdin", "list", stdin=variant + "\n")
        assert r.returncode == 2, (name, r.stdout, r.stderr)
        assert r.stderr.strip() == "quire-cli: Wrong passphrase.", r.stderr
        assert _snapshot(home) == before, name
    nfd = unicodedata.normalize("NFD", passphrase)
    r = run_cli(home, "--passphrase-stdin", "list", stdin=nfd + "\n")
    assert r.returncode == 0, r.stderr


def test_open_refuses_a_header_replaced_since_it_was_read(home: Path) -> None:
    """A re-key elsewhere replaced vault.key (and destroyed the old data key) between our
    reading it and holding the vault: opening with the old key would write under it."""
    from app.vault.vault import HeaderChangedError

    Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0].lock()
    attempt = Vault.try_passphrase(home, PASSPHRASE)
    with unlock_vault(home, PASSPHRASE) as other:
        other.rewrite_header()
    with pytest.raises(HeaderChangedError):
        Vault.open(attempt)


def test_unlock_reads_the_header_again_after_a_rekey_elsewhere(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore

    Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0].lock()
    real = Vault.try_passphrase.__func__  # type: ignore[attr-defined]
    calls: list[int] = []

    def racing(cls: type[Vault], *args: object, **kwargs: object) -> object:
        attempt = real(cls, *args, **kwargs)
        if not calls:  # another program purges (re-keys) right after we read the header
            calls.append(1)
            with unlock_vault(home, PASSPHRASE) as other:
                store = IncidentStore(other)
                store.purge(store.create(IncidentRecord.from_dict({"title": "gone"})))
        return attempt

    monkeypatch.setattr(Vault, "try_passphrase", classmethod(racing))
    with unlock_vault(home, PASSPHRASE) as vault:
        assert IncidentStore(vault).count() == 0
        assert vault.header.to_bytes() == (home / "vault.key").read_bytes()
