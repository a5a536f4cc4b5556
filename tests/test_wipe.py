"""Panic wipe, duress passphrase and wipe-after-N-failures (issue #6).

After every trigger — ``quire-cli wipe --yes``, ``wipe`` with WIPE typed on stdin, a duress
passphrase through the API and through the CLI, N wrong passphrases in a row — no file of
the old vault remains, its keyring entry is gone (with a real Secret Service), and Quire
starts as on a new machine (or, after duress, with an empty diary). Wipes cut short at
every stage are completed at the next start. The raw-disk view is tests/test_wipe_forensic.py.
"""

from __future__ import annotations

import io
import logging
import os
import secrets
import select
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import settings
from app.access import create_vault, unlock_vault
from app.errors import DamagedDataError, QuireError, WrongPassphraseError
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault import device_secret, files, kdf
from app.vault.header import HEADER_SIZE, ROLE_DURESS, SLOT_COUNT, VaultHeader
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from app.wipe import (
    clear_duress_passphrase,
    erase,
    finish_interrupted_wipes,
    panic_wipe,
    set_duress_passphrase,
    set_wipe_after_failures,
    wait_for_removals,
)
from tests.conftest import PASSPHRASE
from tests.support.cli import REPO, cli_env, run_cli

PW = PASSPHRASE + "\n"
DURESS = "qarğa uçdu, sular axdı"
SECOND = "second lantern by the still water"  # quire-cli passwd refuses weak ones


# -- a vault with something in it, and what must be gone afterwards --------------------------
@dataclass
class OldVault:
    """What a seized disk could be searched for once the vault is wiped."""

    header: bytes
    vault_id: bytes
    blob_names: list[str]
    canaries: list[str]
    data_key: bytes


def _canary(label: str) -> str:
    return f"QuireWipeCanary{label}Şəhər{secrets.randbelow(10**12):012d}"


def fill(vault: Vault, outside: Path, incidents: int = 3) -> OldVault:
    """Incidents, a note and evidence carrying canaries; evidence sources live ``outside``."""
    canaries: list[str] = []
    store, evidence = IncidentStore(vault), EvidenceStore(vault)
    outside.mkdir(parents=True, exist_ok=True)
    for i in range(incidents):
        title, narrative, note, body = (_canary(x) for x in ("Title", "Narr", "Note", "Body"))
        canaries += [title, narrative, note, body]
        incident = store.create(IncidentRecord.from_dict({"title": title, "narrative": narrative}))
        store.add_note(incident, note)
        src = outside / f"evidence{i}.txt"
        src.write_text(body * 50, encoding="utf-8")
        evidence.import_file(incident, src)
    header = (vault.home / "vault.key").read_bytes()
    return OldVault(
        header=header,
        vault_id=vault.header.vault_id,
        blob_names=sorted(p.name for p in vault.evidence_dir.iterdir()),
        canaries=canaries,
        data_key=vault.data_key,
    )


# After a duress unlock the new header keeps the old salt and KDF settings on purpose (so
# the key just derived opens it): the 16-byte pieces at these offsets are in both.
SHARED_WITH_DURESS_VAULT = (32, 48)


def needles(old: OldVault, *, duress: bool = False) -> dict[str, bytes]:
    """Byte strings that must not be found anywhere after the wipe."""
    out: dict[str, bytes] = {"data key": old.data_key}
    for c in old.canaries:
        out[f"canary {c} (utf-8)"] = c.encode()
        out[f"canary {c} (utf-16)"] = c.encode("utf-16-le")
    # Any 32-byte window of the old header contains one of these aligned 16-byte pieces.
    for off in range(0, HEADER_SIZE - 15, 16):
        if not (duress and off in SHARED_WITH_DURESS_VAULT):
            out[f"header bytes {off}..{off + 16}"] = old.header[off : off + 16]
    return out


def scan(root: Path, old: OldVault, *, duress: bool = False) -> list[str]:
    """Every file under ``root``, searched for the old vault's traces."""
    found = []
    wanted = needles(old, duress=duress)
    for p in sorted(root.rglob("*")):
        if p.name in old.blob_names:
            found.append(f"blob file name {p}")
        if not p.is_file() or p.is_symlink():
            continue
        data = p.read_bytes()
        found += [f"{what} in {p}" for what, b in wanted.items() if b in data]
    return found


def assert_gone(home: Path, old: OldVault, *, scan_root: Path) -> None:
    own = files.classify(home, vault_proved=True, skip=frozenset({"settings.json"}))
    assert own.quire == [] and own.blobs == [], own
    assert scan(scan_root, old) == []


def make_vault(home: Path, tmp_path: Path, **kw: object) -> tuple[Vault, OldVault]:
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS, **kw)  # type: ignore[arg-type]
    old = fill(vault, tmp_path.parent / f"{tmp_path.name}-sources")
    return vault, old


@pytest.fixture(autouse=True)
def _no_removal_left_running() -> Iterator[None]:
    yield
    assert wait_for_removals(timeout=60)


@pytest.fixture
def filled(home: Path, tmp_path: Path) -> Iterator[tuple[Vault, OldVault]]:
    vault, old = make_vault(home, tmp_path)
    yield vault, old
    vault.lock()


def cli_list(home: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
    return run_cli(home, "--passphrase-stdin", "list", stdin=passphrase + "\n")


def assert_new_machine(home: Path) -> None:
    r = cli_list(home, PASSPHRASE)
    assert r.returncode == 1 and "No vault" in r.stderr, r.stderr
    assert not home.exists()


# -- the panic wipe through the API -------------------------------------------------------
def test_panic_wipe_removes_every_file(
    filled: tuple[Vault, OldVault], home: Path, tmp_path: Path
) -> None:
    vault, old = filled
    vault.lock()
    settings.save(home, settings.Settings(language="az", wipe_after_failures=4))
    report = panic_wipe(home)
    assert report.found_vault and report.key_destroyed
    assert report.keyring_deleted is None  # no device secret
    assert report.files_removed == 2 + len(old.blob_names) + 1  # header, db, blobs, settings
    assert report.left_alone == [] and report.not_removed == []
    assert 0 < report.seconds_to_key_destroyed <= report.seconds_total
    assert not home.exists()
    assert_gone(home, old, scan_root=tmp_path)
    with pytest.raises(QuireError, match="No vault"):
        unlock_vault(home, PASSPHRASE)
    assert settings.load(home) == settings.Settings()  # the preferences went too
    Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0].lock()  # a new start


def test_panic_wipe_locks_the_vaults_this_program_has_open(
    filled: tuple[Vault, OldVault], home: Path
) -> None:
    vault, _ = filled
    session = vault.session()
    panic_wipe(home, open_vaults=[vault, session])
    for v in (vault, session):
        assert v.conn is None
        with pytest.raises(QuireError, match="locked"):
            _ = v.data_key
    assert bytes(vault._data_key) == bytes(32)


def test_panic_wipe_overwrites_the_header_in_place(
    filled: tuple[Vault, OldVault], home: Path
) -> None:
    """The key's own disk blocks are rewritten (not just unlinked), and so is a leftover
    temporary copy of the header that a killed passphrase change left behind."""
    vault, old = filled
    vault.lock()
    stray = home / ".vault.key.0123456789abcdef.part"
    stray.write_bytes(old.header)
    fds = [os.open(home / "vault.key", os.O_RDONLY), os.open(stray, os.O_RDONLY)]
    try:
        panic_wipe(home)
        for fd in fds:  # the same inodes, read after the wipe
            data = os.pread(fd, HEADER_SIZE + 1, 0)
            assert len(data) == HEADER_SIZE
            assert data != old.header
            assert not any(old.header[i : i + 16] in data for i in range(0, HEADER_SIZE, 16))
    finally:
        for fd in fds:
            os.close(fd)


def test_panic_wipe_leaves_files_quire_did_not_write(
    filled: tuple[Vault, OldVault], home: Path
) -> None:
    vault, _ = filled
    vault.lock()
    (home / "my notes.txt").write_text("not Quire's")
    (home / "photos").mkdir()
    report = panic_wipe(home)
    assert sorted(p.name for p in report.left_alone) == ["my notes.txt", "photos"]
    assert sorted(p.name for p in home.iterdir()) == ["my notes.txt", "photos"]


def test_panic_wipe_reports_progress(filled: tuple[Vault, OldVault], home: Path) -> None:
    vault, _old = filled
    vault.lock()
    seen: list[tuple[int, int]] = []
    report = panic_wipe(home, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] == report.files_removed
    assert [d for d, _ in seen] == list(range(1, len(seen) + 1))


def test_panic_wipe_with_nothing_there(tmp_path: Path) -> None:
    report = panic_wipe(tmp_path / "nothing")
    assert not report.found_vault and report.files_removed == 0


# -- the CLI --------------------------------------------------------------------------------
@pytest.fixture
def cli_vault(home: Path, tmp_path: Path) -> OldVault:
    vault, old = make_vault(home, tmp_path)
    vault.lock()
    return old


def test_cli_wipe_yes_needs_no_passphrase(cli_vault: OldVault, home: Path, tmp_path: Path) -> None:
    r = run_cli(home, "wipe", "--yes")  # nothing on stdin: no passphrase asked for
    assert r.returncode == 0, r.stderr
    assert "Wiped" in r.stdout and "Backups kept elsewhere" in r.stdout
    assert_gone(home, cli_vault, scan_root=tmp_path)
    assert_new_machine(home)


def test_cli_wipe_with_typed_confirmation(cli_vault: OldVault, home: Path, tmp_path: Path) -> None:
    r = run_cli(home, "wipe", stdin="WIPE\n")
    assert r.returncode == 0, r.stderr
    assert "Type WIPE" in r.stderr
    assert_gone(home, cli_vault, scan_root=tmp_path)
    assert_new_machine(home)


@pytest.mark.parametrize("answer", ["", "\n", "wipe\n", "yes\n", "WIPE IT\n"])
def test_cli_wipe_without_confirmation_changes_nothing(
    cli_vault: OldVault, home: Path, answer: str
) -> None:
    before = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    r = run_cli(home, "wipe", stdin=answer)
    assert r.returncode == 1 and "Nothing was wiped" in r.stderr
    assert {p: p.read_bytes() for p in home.rglob("*") if p.is_file()} == before
    assert cli_list(home, PASSPHRASE).returncode == 0


def test_cli_wipe_with_no_vault(tmp_path: Path) -> None:
    r = run_cli(tmp_path / "none", "wipe", "--yes")
    assert r.returncode == 0 and "nothing to wipe" in r.stdout


# -- duress ---------------------------------------------------------------------------------
def _parse(home: Path) -> VaultHeader:
    return VaultHeader.from_bytes((home / "vault.key").read_bytes())


def test_duress_unlock_wipes_and_opens_an_empty_vault(
    filled: tuple[Vault, OldVault],
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    vault, old = filled
    set_duress_passphrase(vault, DURESS)
    vault.lock()
    before = _parse(home)
    capsys.readouterr()
    with caplog.at_level(logging.DEBUG):
        new = unlock_vault(home, DURESS)  # no exception...
    assert wait_for_removals(timeout=60)  # the old files go in the background
    assert capsys.readouterr() == ("", "")  # ...no message...
    assert [r for r in caplog.records if r.name.startswith("app")] == []  # ...no log line
    with new:
        assert IncidentStore(new).list() == [] and IncidentStore(new).count() == 0
        assert EvidenceStore(new).check().ok and IncidentStore(new).verify().ok
        i = IncidentStore(new).create(IncidentRecord.from_dict({"title": "a new start"}))
        assert i == 1
    after = _parse(home)
    assert after.vault_id != before.vault_id
    assert (after.salt, after.kdf, after.uses_device_secret) == (
        before.salt,
        before.kdf,
        before.uses_device_secret,
    )
    assert not set(after.slots) & set(before.slots)
    assert sorted(os.listdir(home)) == ["diary.db", "evidence", "vault.key"]
    assert os.listdir(home / "evidence") == []
    old.header = before.to_bytes()
    assert scan(tmp_path, old, duress=True) == []
    # The duress passphrase is now simply this vault's passphrase; the real one is wrong.
    with unlock_vault(home, DURESS) as again:
        assert [s.title for s in IncidentStore(again).list()] == ["a new start"]
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, PASSPHRASE)


def test_duress_header_leaves_only_salt_and_settings_in_common(
    filled: tuple[Vault, OldVault], home: Path
) -> None:
    """Apart from the shared salt and KDF settings (so the KEK is reused), nothing of the
    old header survives in the new one: all 16-byte pieces holding id or slots differ."""
    vault, _old = filled
    set_duress_passphrase(vault, DURESS)
    vault.lock()
    old_header = (home / "vault.key").read_bytes()
    unlock_vault(home, DURESS).lock()
    new_header = (home / "vault.key").read_bytes()
    shared = [
        off for off in range(0, HEADER_SIZE - 15, 16) if old_header[off : off + 16] in new_header
    ]
    # 32..48 is iterations|lanes|salt[:8] and 48..64 is salt; every piece that touches the
    # vault id or a key slot differs.
    assert shared == list(SHARED_WITH_DURESS_VAULT), shared


def test_duress_through_the_cli(cli_vault: OldVault, home: Path, tmp_path: Path) -> None:
    r = run_cli(home, "--passphrase-stdin", "duress", "set", stdin=PW + DURESS + "\n")
    assert r.returncode == 0, r.stderr
    r = cli_list(home, DURESS)
    assert r.returncode == 0 and r.stdout == "No incidents.\n" and r.stderr == ""
    assert sorted(os.listdir(home)) == ["diary.db", "evidence", "vault.key"]
    assert scan(tmp_path, cli_vault, duress=True) == []
    r = cli_list(home, PASSPHRASE)
    assert r.returncode == 2 and "Wrong passphrase" in r.stderr
    r = cli_list(home, DURESS)  # and it stays an ordinary empty diary
    assert r.returncode == 0 and r.stdout == "No incidents.\n"


def test_duress_set_refuses_the_real_passphrase_and_empty(home: Path, vault: Vault) -> None:
    with pytest.raises(QuireError, match="must differ"):
        set_duress_passphrase(vault, PASSPHRASE)
    with pytest.raises(QuireError, match="empty"):
        set_duress_passphrase(vault, "")
    r = run_cli(home, "--passphrase-stdin", "duress", "set", stdin=PW + PW)
    assert r.returncode == 1 and "must differ" in r.stderr


def test_slots_look_the_same_with_or_without_a_duress_passphrase(vault: Vault, home: Path) -> None:
    """Setting and clearing both change every slot; the primary stays where it was."""
    primary = vault.primary_slot
    seen = [_parse(home)]
    for step in (
        lambda: set_duress_passphrase(vault, DURESS),
        lambda: clear_duress_passphrase(vault),
        lambda: set_duress_passphrase(vault, DURESS + "2"),
        lambda: set_duress_passphrase(vault, DURESS + "3"),
    ):
        step()
        header = _parse(home)
        previous = seen[-1]
        assert len(header.to_bytes()) == HEADER_SIZE
        assert len(set(header.slots)) == SLOT_COUNT
        for i in range(SLOT_COUNT):
            assert header.slots[i] != previous.slots[i], (i, step)
        assert header.open_slots(kdf.derive_kek(PASSPHRASE, header.salt, header.kdf))[0] == primary
        seen.append(header)
    # The duress slot is put in a random spare slot (over many settings, more than one).
    used = set()
    for n in range(24):
        set_duress_passphrase(vault, f"d{n}")
        kek = kdf.derive_kek(f"d{n}", vault.header.salt, vault.header.kdf)
        opened = vault.header.open_slots(kek)
        assert opened is not None and opened[1] == ROLE_DURESS
        used.add(opened[0])
    assert primary not in used and len(used) >= 2


def test_duress_replaced_and_cleared(filled: tuple[Vault, OldVault], home: Path) -> None:
    vault, _ = filled
    set_duress_passphrase(vault, "first duress")
    set_duress_passphrase(vault, "second duress")
    vault.lock()
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, "first duress")  # replaced: now just a wrong passphrase
    with unlock_vault(home, PASSPHRASE) as v:
        assert IncidentStore(v).count() == 3
        clear_duress_passphrase(v)
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, "second duress")
    with unlock_vault(home, PASSPHRASE) as v:
        assert IncidentStore(v).count() == 3
    r = run_cli(home, "--passphrase-stdin", "duress", "clear", stdin=PW)
    assert r.returncode == 0, r.stderr


def test_duress_survives_a_passphrase_change_and_cannot_become_it(
    filled: tuple[Vault, OldVault], home: Path
) -> None:
    vault, _ = filled
    set_duress_passphrase(vault, DURESS)
    with pytest.raises(QuireError, match="duress passphrase"):
        vault.change_passphrase(DURESS)
    vault.change_passphrase("a new real one")
    vault.lock()
    with unlock_vault(home, "a new real one") as v:
        assert IncidentStore(v).count() == 3
    with unlock_vault(home, DURESS) as v:
        assert IncidentStore(v).count() == 0


def test_duress_keeps_preferences_but_not_counts_or_backup_date(
    filled: tuple[Vault, OldVault], home: Path
) -> None:
    vault, _ = filled
    set_duress_passphrase(vault, DURESS)
    vault.lock()
    settings.save(
        home,
        settings.Settings(
            language="ru", wipe_after_failures=5, last_backup_at="2025-01-02T03:04:05Z"
        ),
    )
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, "a guess")
    assert settings.load(home).failed_unlocks == 1
    unlock_vault(home, DURESS).lock()
    assert settings.load(home) == settings.Settings(language="ru", wipe_after_failures=5)


def test_duress_without_settings_writes_none(filled: tuple[Vault, OldVault], home: Path) -> None:
    vault, _ = filled
    set_duress_passphrase(vault, DURESS)
    vault.lock()
    unlock_vault(home, DURESS).lock()
    assert not (home / "settings.json").exists()


def test_a_replaced_header_is_overwritten_in_place(vault: Vault, home: Path) -> None:
    """Passphrase changes and duress settings rewrite vault.key atomically; the old file's
    blocks, which wrap the same data key, are then overwritten with random bytes."""
    for change in (
        lambda: vault.change_passphrase("another"),
        lambda: set_duress_passphrase(vault, DURESS),
        lambda: clear_duress_passphrase(vault),
    ):
        before = (home / "vault.key").read_bytes()
        fd = os.open(home / "vault.key", os.O_RDONLY)
        try:
            change()
            data = os.pread(fd, HEADER_SIZE + 1, 0)
        finally:
            os.close(fd)
        assert len(data) == HEADER_SIZE and data != before
        assert not any(before[i : i + 16] in data for i in range(0, HEADER_SIZE, 16))
    vault.lock()
    unlock_vault(home, "another").lock()


def test_a_hard_linked_header_is_not_scrubbed(vault: Vault, home: Path, tmp_path: Path) -> None:
    """A second name for the old header (a user's own copy by hard link) is left as it is."""
    before = (home / "vault.key").read_bytes()
    os.link(home / "vault.key", tmp_path / "my-copy.key")
    vault.change_passphrase("another")
    assert (tmp_path / "my-copy.key").read_bytes() == before


# -- wipe after N wrong passphrases ---------------------------------------------------------
def test_wipe_after_n_wrong_passphrases(
    filled: tuple[Vault, OldVault], home: Path, tmp_path: Path
) -> None:
    vault, old = filled
    vault.lock()
    set_wipe_after_failures(home, 3)
    for n in (1, 2):
        with pytest.raises(WrongPassphraseError):
            unlock_vault(home, f"guess {n}")
        assert settings.load(home).failed_unlocks == n
    unlock_vault(home, PASSPHRASE).lock()  # a right one resets the count
    assert settings.load(home).failed_unlocks == 0
    for n in (1, 2):
        with pytest.raises(WrongPassphraseError):
            unlock_vault(home, f"guess {n}")
    assert (home / "vault.key").exists()
    with pytest.raises(WrongPassphraseError):  # the third in a row: same error, and wiped
        unlock_vault(home, "guess 3")
    assert not home.exists()
    assert_gone(home, old, scan_root=tmp_path)
    with pytest.raises(QuireError, match="No vault"):
        unlock_vault(home, PASSPHRASE)


def test_wipe_after_n_wrong_passphrases_cli(
    cli_vault: OldVault, home: Path, tmp_path: Path
) -> None:
    r = run_cli(home, "--passphrase-stdin", "settings", "wipe-after", "3", stdin=PW)
    assert r.returncode == 0, r.stderr
    r = run_cli(home, "settings", "wipe-after")
    assert r.stdout.strip() == "wipe-after 3"
    for n in range(3):
        r = cli_list(home, f"wrong {n}")
        assert r.returncode == 2 and r.stderr == "quire-cli: Wrong passphrase.\n"
    assert_gone(home, cli_vault, scan_root=tmp_path)
    assert_new_machine(home)


def test_wipe_after_setting_is_checked(vault: Vault, home: Path) -> None:
    with pytest.raises(QuireError, match="0 to 100"):
        set_wipe_after_failures(home, 101)
    r = run_cli(home, "--passphrase-stdin", "settings", "wipe-after", "-1", stdin=PW)
    assert r.returncode == 1 and "0 to 100" in r.stderr
    r = run_cli(home, "--passphrase-stdin", "settings", "wipe-after", "3", stdin="wrong\n")
    assert r.returncode == 2
    assert settings.load(home).wipe_after_failures == 0


def test_wrong_passphrase_with_the_setting_off_writes_nothing(vault: Vault, home: Path) -> None:
    vault.lock()
    settings.save(home, settings.Settings(language="az"))
    state = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in home.rglob("*") if p.is_file()}
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, "wrong")
    assert {
        p: (p.read_bytes(), p.stat().st_mtime_ns) for p in home.rglob("*") if p.is_file()
    } == state


# -- wipes cut short ------------------------------------------------------------------------
def _cut_short(home: Path, stage: str) -> None:
    """Run a wipe up to ``stage`` and stop there, as a power cut would."""
    report = erase.WipeReport(home=home)
    tomb = erase.destroy_key(home, report)
    assert tomb is not None and report.key_destroyed
    if stage == "key destroyed":
        return
    if stage == "database moved":
        os.replace(home / "diary.db", tomb / "diary.db")
        return
    erase.entomb(home, tomb, report)
    if stage == "entombed":
        return
    os.unlink(next((tomb / "evidence").iterdir()))  # "removal under way"


STAGES = ["key destroyed", "database moved", "entombed", "removal under way"]


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("start", ["cli", "unlock", "create", "function"])
def test_interrupted_wipe_is_finished_at_the_next_start(
    filled: tuple[Vault, OldVault], home: Path, tmp_path: Path, stage: str, start: str
) -> None:
    vault, old = filled
    vault.lock()
    _cut_short(home, stage)
    assert_no_usable_header(home)  # nothing can be decrypted any more, whatever the stage
    if start == "cli":
        assert_new_machine(home)
    elif start == "unlock":
        with pytest.raises(QuireError, match="No vault"):
            unlock_vault(home, PASSPHRASE)
    elif start == "create":
        create_vault(home, "fresh snow on a tin roof", kdf=INSECURE_TEST_PARAMS)[0].lock()
        assert sorted(os.listdir(home)) == ["diary.db", "evidence", "vault.key"]
    else:
        report = finish_interrupted_wipes(home)
        assert report is not None and report.not_removed == []
        assert finish_interrupted_wipes(home) is None
        assert not home.exists()
    assert scan(tmp_path, old) == []


def assert_no_usable_header(home: Path) -> None:
    for p in home.rglob("*"):
        if p.is_file():
            with pytest.raises(DamagedDataError):
                VaultHeader.from_bytes(p.read_bytes())


def test_killed_wipe_is_finished_at_the_next_start(
    filled: tuple[Vault, OldVault], home: Path, tmp_path: Path
) -> None:
    """A real process, killed with SIGKILL while it removes the files."""
    vault, old = filled
    vault.lock()
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from app.wipe import erase\n"
        "def stall(*a, **k):\n"
        "    print('key destroyed', flush=True)\n"
        "    time.sleep(60)\n"
        "erase.remove_tree = stall\n"
        "erase.panic_wipe(Path(sys.argv[1]))\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(home)],
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(home),
        cwd=REPO,
    )
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 60)  # never hang the suite
        assert ready, "the wipe did not reach the key within 60 s"
        assert proc.stdout.readline().strip() == "key destroyed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert any(p.name.startswith(erase.TOMB_PREFIX) for p in home.iterdir())
    assert_new_machine(home)
    assert scan(tmp_path, old) == []


def test_database_without_header_is_never_taken_for_remains(
    filled: tuple[Vault, OldVault], home: Path, tmp_path: Path
) -> None:
    """Without a tombstone nothing proves a wipe: the data stays, and init names it."""
    vault, _old = filled
    vault.lock()
    (home / "vault.key").unlink()  # e.g. a header deleted by hand
    assert finish_interrupted_wipes(home) is None
    r = run_cli(home, "--passphrase-stdin", "init", stdin=PW)
    assert r.returncode == 1 and "diary.db" in r.stderr, r.stderr
    assert (home / "diary.db").exists() and any((home / "evidence").iterdir())


def test_a_damaged_header_is_never_taken_for_remains(vault: Vault, home: Path) -> None:
    vault.lock()
    (home / "vault.key").write_bytes(os.urandom(HEADER_SIZE))
    assert finish_interrupted_wipes(home) is None
    r = cli_list(home, PASSPHRASE)
    assert r.returncode == 3 and "vault.key" in r.stderr
    assert (home / "diary.db").exists()


def test_a_duress_cut_short_keeps_the_new_vault(filled: tuple[Vault, OldVault], home: Path) -> None:
    """Killed after the new vault was made but before the old files were gone: the next
    start removes the tombstone only."""
    vault, _ = filled
    set_duress_passphrase(vault, DURESS)
    vault.lock()
    tomb = home / f"{erase.TOMB_PREFIX}feedfacefeedface"
    (tomb / "evidence").mkdir(parents=True)
    (tomb / "evidence" / ("ab" * 16)).write_bytes(b"QUIREBL1" + os.urandom(100))
    (tomb / "diary.db").write_bytes(os.urandom(4096))
    with unlock_vault(home, PASSPHRASE) as v:
        assert IncidentStore(v).count() == 3
    assert not tomb.exists()


# -- device secret in a real keyring --------------------------------------------------------
@pytest.mark.keyring
def test_wipe_deletes_the_keyring_secret(real_keyring: None, home: Path, tmp_path: Path) -> None:
    vault, old = make_vault(home, tmp_path, use_device_secret=True)
    vault.lock()
    assert device_secret.load(old.vault_id) is not None
    r = run_cli(home, "wipe", "--yes")
    assert r.returncode == 0, r.stderr
    assert device_secret.load(old.vault_id) is None
    assert_gone(home, old, scan_root=tmp_path)
    assert_new_machine(home)


@pytest.mark.keyring
def test_duress_moves_the_same_secret_to_the_new_vault(
    real_keyring: None, home: Path, tmp_path: Path
) -> None:
    vault, code = Vault.create(home, PASSPHRASE, use_device_secret=True, kdf=INSECURE_TEST_PARAMS)
    old = fill(vault, tmp_path.parent / f"{tmp_path.name}-sources")
    secret = device_secret.load(old.vault_id)
    set_duress_passphrase(vault, DURESS)
    vault.lock()
    new = unlock_vault(home, DURESS)
    new_id = new.header.vault_id
    new.lock()
    assert device_secret.load(old.vault_id) is None
    assert device_secret.load(new_id) == secret
    assert _parse(home).uses_device_secret
    r = cli_list(home, DURESS)
    assert r.returncode == 0 and r.stdout == "No incidents.\n"
    # The recovery code written down for the old vault fits the new one too.
    device_secret.delete(new_id)
    with unlock_vault(home, DURESS, recovery=code) as v:
        assert IncidentStore(v).count() == 0
    device_secret.delete(new_id)


@pytest.mark.keyring
def test_wipe_after_failures_deletes_the_keyring_secret(real_keyring: None, home: Path) -> None:
    vault, _ = Vault.create(home, PASSPHRASE, use_device_secret=True, kdf=INSECURE_TEST_PARAMS)
    vault_id = vault.header.vault_id
    vault.lock()
    set_wipe_after_failures(home, 1)
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, "wrong")
    assert device_secret.load(vault_id) is None and not home.exists()


# -- every file Quire writes is known to the wipe -------------------------------------------
def test_every_file_quire_writes_is_one_the_wipe_knows(home: Path, tmp_path: Path) -> None:
    src = tmp_path / "outside" / "photo.jpg"
    src.parent.mkdir()
    src.write_bytes(b"\xff\xd8\xff" + os.urandom(5000))
    steps = [
        (["init"], PW),
        (["add", "--title", "t", "--attach", str(src)], PW),
        (["note", "1", "later"], PW),
        (["edit", "1", "--title", "t2"], PW),
        (["attach", "1", str(src)], PW),
        (["settings", "wipe-after", "5"], PW),
        (["duress", "set"], PW + DURESS + "\n"),
        (["passwd"], PW + SECOND + "\n"),
        (["backup", "-o", str(tmp_path / "outside" / "b.quire")], SECOND + "\n"),
        (["verify", "--deep"], SECOND + "\n"),
        (["delete", "1", "--purge"], SECOND + "\n"),
    ]
    for args, stdin in steps:
        r = run_cli(home, "--passphrase-stdin", *args, stdin=stdin)
        assert r.returncode == 0, (args, r.stderr)
    own = files.classify(home, vault_proved=True)
    assert own.others == [] and own.blobs == [], own
    r = run_cli(home, "wipe", "--yes")
    assert r.returncode == 0 and not home.exists()


# -- canary scan ----------------------------------------------------------------------------
@pytest.mark.parametrize("trigger", ["wipe", "duress", "failures"])
def test_canary_scan_after_a_wipe(home: Path, tmp_path: Path, trigger: str) -> None:
    """The folder around the vault holds no canary, no blob name, no piece of the old
    header's id or key slots and not the data key, whichever way the wipe came."""
    vault, old = make_vault(home, tmp_path)
    if trigger == "duress":
        set_duress_passphrase(vault, DURESS)
    old.header = (home / "vault.key").read_bytes()
    vault.lock()
    if trigger == "wipe":
        assert run_cli(home, "wipe", "--yes").returncode == 0
    elif trigger == "duress":
        assert cli_list(home, DURESS).returncode == 0
    else:
        set_wipe_after_failures(home, 1)
        assert cli_list(home, "wrong").returncode == 2
    assert scan(tmp_path, old, duress=trigger == "duress") == []


# -- timing ---------------------------------------------------------------------------------
@pytest.mark.slow
def test_duress_unlock_takes_as_long_as_a_normal_one(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the real, calibrated Argon2id: median of normal unlocks vs duress unlocks."""
    monkeypatch.delenv(kdf.TEST_FLAG_ENV)
    params = kdf.calibrate()
    assert not params.below_floor
    passphrase = "real passphrase 0"
    vault, _ = Vault.create(home, passphrase, kdf=params)
    normal: list[float] = []
    duress: list[float] = []
    rounds = 6
    for n in range(rounds + 1):
        store = IncidentStore(vault)
        for k in range(5):
            i = store.create(IncidentRecord.from_dict({"title": f"round {n} incident {k}"}))
        EvidenceStore(vault).import_stream(i, io.BytesIO(os.urandom(1 << 20)), "video.mp4")
        duress_pw = f"duress passphrase {n}"
        set_duress_passphrase(vault, duress_pw)
        vault.lock()
        start = time.perf_counter()
        vault = unlock_vault(home, passphrase)
        t_normal = time.perf_counter() - start
        assert IncidentStore(vault).count() == 5
        vault.lock()
        start = time.perf_counter()
        vault = unlock_vault(home, duress_pw)
        t_duress = time.perf_counter() - start
        assert wait_for_removals(timeout=60)
        assert IncidentStore(vault).count() == 0
        passphrase = duress_pw
        if n:  # the first round warms the caches
            normal.append(t_normal)
            duress.append(t_duress)
    vault.lock()
    med_n, med_d = statistics.median(normal), statistics.median(duress)
    print(
        f"\nunlock medians over {rounds} runs with {params}: normal {med_n * 1000:.0f} ms, "
        f"duress {med_d * 1000:.0f} ms (normal {[round(t * 1000) for t in normal]}, "
        f"duress {[round(t * 1000) for t in duress]})"
    )
    assert abs(med_d - med_n) < 0.25 * med_n + 0.050


def test_the_scan_finds_a_live_vault(filled: tuple[Vault, OldVault], home: Path) -> None:
    """Sanity for the scans above: before a wipe they do find the header and the blobs."""
    vault, old = filled
    vault.lock()
    found = scan(home, old)
    assert any("header bytes 0..16" in f for f in found)
    assert sum("blob file name" in f for f in found) == len(old.blob_names)


def test_a_killed_header_rewrite_leaves_no_copy_behind(vault: Vault, home: Path) -> None:
    """A header rewrite killed before its rename leaves a temporary copy of the header
    (the data key, wrapped). The next unlock overwrites it before removing it."""
    vault.lock()
    stray = home / ".vault.key.0123456789abcdef.part"
    stray.write_bytes((home / "vault.key").read_bytes())
    fd = os.open(stray, os.O_RDONLY)
    try:
        unlock_vault(home, PASSPHRASE).lock()
        assert not stray.exists()
        assert os.pread(fd, HEADER_SIZE, 0) != (home / "vault.key").read_bytes()
    finally:
        os.close(fd)


def test_entomb_survives_another_start_removing_the_empty_tombstone(
    filled: tuple[Vault, OldVault], home: Path, tmp_path: Path
) -> None:
    """Two programs at once: this one has made its tombstone, another one's start sees a
    tombstone beside a still-valid header and removes it. The wipe still completes."""
    vault, old = filled
    vault.lock()
    report = erase.WipeReport(home=home)
    tomb = erase.destroy_key(home, report)
    assert tomb is not None
    tomb.rmdir()
    erase.entomb(home, tomb, report)
    erase.remove_tree(tomb, report)
    assert report.not_removed == [] and sorted(os.listdir(home)) == []
    assert scan(tmp_path, old) == []
