"""The decoy diary (issue #12, "A cover that holds"): the duress passphrase opens the entries
the person prepared, from a blob that cannot be told from evidence.

Real vaults, real files, the real CLI in a subprocess; the fast test KDF.
"""

from __future__ import annotations

import io
import logging
import os
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app import decoy, settings
from app.access import unlock_vault
from app.backup.archive import create_backup, restore_backup
from app.crypto.stream import StreamError, sealed_size
from app.decoy_examples import example_entries
from app.errors import DamagedDataError, WrongPassphraseError
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault import files
from app.vault.files import BLOB_MAGIC
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from app.wipe import clear_duress_passphrase, set_duress_passphrase, wait_for_removals
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

DURESS = "qarğa uçdu, sular axdı"
PW = PASSPHRASE + "\n"


def _entries() -> list[decoy.DecoyEntry]:
    return decoy.from_text(
        "## 2025-03-14 Rude comments under a post\n"
        "Two accounts wrote insults.\n\nI hid them.\n"
        "## 2025-04-02T21:30 A call at night\n"
        "## No date for this one\n"
        "Just a note.\n"
    )


def _real_diary(vault: Vault, outside: Path) -> list[str]:
    """Two real incidents with evidence; returns their blob names."""
    store, evidence = IncidentStore(vault), EvidenceStore(vault)
    outside.mkdir(exist_ok=True)
    for i in range(2):
        incident = store.create(IncidentRecord.from_dict({"title": f"real {i}"}))
        src = outside / f"shot{i}.png"
        src.write_bytes(os.urandom(70_000 + i))
        evidence.import_file(incident, src)
    return sorted(p.name for p in vault.evidence_dir.iterdir())


def _prepared(vault: Vault, tmp_path: Path) -> tuple[list[str], str]:
    """A real diary, a duress passphrase and a decoy; returns the real blobs and the decoy's."""
    real = _real_diary(vault, tmp_path / "outside")
    set_duress_passphrase(vault, DURESS)
    decoy.save(vault, _entries())
    name = decoy.decoy_name(vault)
    assert name is not None
    return real, name


# -- the duress unlock -----------------------------------------------------------------------
def test_duress_opens_the_decoy_and_the_real_diary_is_gone(
    vault: Vault,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    real, decoy_blob = _prepared(vault, tmp_path)
    vault.lock()
    capsys.readouterr()
    with caplog.at_level(logging.DEBUG):
        new = unlock_vault(home, DURESS)
    assert wait_for_removals(timeout=60)
    assert capsys.readouterr() == ("", "")
    assert [r for r in caplog.records if r.name.startswith("app")] == []
    with new:
        store = IncidentStore(new)
        assert store.count() == 3
        shown = {s.title: s.occurred_at for s in store.list()}
        assert shown == {
            "Rude comments under a post": "2025-03-14",
            "A call at night": "2025-04-02T21:30",
            "No date for this one": None,
        }
        first = store.get(next(s.id for s in store.list() if s.occurred_at == "2025-03-14"))
        assert first.record.narrative == "Two accounts wrote insults.\n\nI hid them."
        # Recorded on the day it happened, not at the moment of the duress unlock.
        assert first.created_at.startswith("2025-03-14")
        assert EvidenceStore(new).check().ok and store.verify().ok
    # Nothing of the real diary is left: its blobs, the decoy blob, the real passphrase.
    assert os.listdir(home / "evidence") == []
    assert not set(real) & set(os.listdir(home / "evidence"))
    assert decoy_blob not in os.listdir(home / "evidence")
    with pytest.raises(WrongPassphraseError):
        unlock_vault(home, PASSPHRASE)


def test_without_a_decoy_duress_opens_an_empty_diary(
    vault: Vault, home: Path, tmp_path: Path
) -> None:
    _real_diary(vault, tmp_path / "outside")
    set_duress_passphrase(vault, DURESS)
    vault.lock()
    with unlock_vault(home, DURESS) as new:
        assert IncidentStore(new).count() == 0
    assert wait_for_removals(timeout=60)


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign", "empty"])
def test_a_damaged_decoy_opens_an_empty_diary_silently(
    vault: Vault,
    home: Path,
    tmp_path: Path,
    damage: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, name = _prepared(vault, tmp_path)
    path = vault.evidence_dir / name
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 1
    elif damage == "truncate":
        del data[-100:]
    elif damage == "foreign":  # a blob of the right name sealed under another key
        data = bytearray(decoy.seal(_entries(), os.urandom(32)))
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    vault.lock()
    capsys.readouterr()
    with unlock_vault(home, DURESS) as new:
        assert IncidentStore(new).count() == 0
    assert capsys.readouterr() == ("", "")
    assert wait_for_removals(timeout=60)


def test_the_backup_date_stays_with_a_decoy_and_goes_without(
    vault: Vault, home: Path, tmp_path: Path
) -> None:
    prefs = settings.Settings(last_backup_at="2025-05-01T10:00:00Z")
    settings.save(home, prefs)
    _prepared(vault, tmp_path)
    vault.lock()
    unlock_vault(home, DURESS).lock()
    assert settings.load(home).last_backup_at == "2025-05-01T10:00:00Z"
    assert wait_for_removals(timeout=60)
    # The same diary again (the duress passphrase is its passphrase now), without a decoy.
    with unlock_vault(home, DURESS) as v:
        set_duress_passphrase(v, "another duress passphrase")
    unlock_vault(home, "another duress passphrase").lock()
    assert settings.load(home).last_backup_at is None
    assert wait_for_removals(timeout=60)


# -- the blob looks like evidence ------------------------------------------------------------
def test_the_decoy_blob_has_the_shape_of_an_evidence_blob(vault: Vault, tmp_path: Path) -> None:
    real, name = _prepared(vault, tmp_path)
    path = vault.evidence_dir / name
    assert re.fullmatch(r"[0-9a-f]{32}", name) and files.is_blob_file(path)
    assert path.read_bytes()[: len(BLOB_MAGIC)] == BLOB_MAGIC
    own = files.classify(vault.home, vault_proved=True)
    assert "evidence" in own.quire and own.others == []  # Quire's, as every blob
    assert oct(path.stat().st_mode & 0o777) == oct(
        (vault.evidence_dir / real[0]).stat().st_mode & 0o777
    )
    # Its size is exactly what an evidence file of some plausible size would give ...
    size = path.stat().st_size - len(BLOB_MAGIC)
    plain = next(n for n in range(size, 0, -1) if sealed_size(n) == size)
    assert decoy.PAD_LOW <= plain <= decoy.PAD_HIGH
    # ... and an evidence import of that many bytes makes a blob of the same size.
    src = tmp_path / "same-size.bin"
    src.write_bytes(os.urandom(plain))
    info = EvidenceStore(vault).import_file(IncidentStore(vault).list()[0].id, src)
    assert (vault.evidence_dir / info.blob_id).stat().st_size == path.stat().st_size
    # Sizes vary from one preparation to the next, as files do.
    sizes = set()
    for _ in range(5):
        decoy.save(vault, _entries())
        sizes.add(path.stat().st_size)
    assert len(sizes) > 1
    # Nothing else changes: no settings file, no other name in the folder.
    before = sorted(os.listdir(vault.home))
    decoy.save(vault, _entries())
    assert sorted(os.listdir(vault.home)) == before and "settings.json" not in before


def test_the_decoy_is_no_orphan_and_survives_every_check_and_tidy(
    vault: Vault, home: Path, tmp_path: Path
) -> None:
    _, name = _prepared(vault, tmp_path)
    assert EvidenceStore(vault).check().ok
    assert EvidenceStore(vault).check().orphan_files == []
    vault.lock()
    # An unlock with the real passphrase tidies (stale temp files, killed imports): not it.
    with unlock_vault(home, PASSPHRASE) as v:
        assert (v.evidence_dir / name).is_file()
        assert next(e.record.title for e in decoy.load(v)) == "Rude comments under a post"
        assert EvidenceStore(v).recover_interrupted_imports() == 0
        assert (v.evidence_dir / name).is_file()
    r = run_cli(home, "--passphrase-stdin", "verify", "--deep", stdin=PW)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "orphan" not in r.stdout + r.stderr
    # A real orphan is still reported: the exception is the decoy's name only.
    (home / "evidence" / ("0" * 32)).write_bytes(BLOB_MAGIC + b"x")
    r = run_cli(home, "--passphrase-stdin", "verify", stdin=PW)
    assert r.returncode != 0 and "orphan evidence file " + "0" * 32 in r.stdout + r.stderr
    assert name not in r.stdout + r.stderr


def test_the_decoy_follows_the_duress_passphrase(vault: Vault, home: Path, tmp_path: Path) -> None:
    _, first = _prepared(vault, tmp_path)
    set_duress_passphrase(vault, "a second duress passphrase")
    second = decoy.decoy_name(vault)
    assert second != first
    assert not (vault.evidence_dir / first).exists() and (vault.evidence_dir / second).is_file()
    # Cleared: the blob stays (under a random key) and the slot shape stays the same.
    clear_duress_passphrase(vault)
    third = decoy.decoy_name(vault)
    assert sorted(os.listdir(vault.evidence_dir)).count(third) == 1
    assert not (vault.evidence_dir / second).exists()
    assert len(decoy.load(vault)) == 3
    set_duress_passphrase(vault, DURESS)
    vault.lock()
    with unlock_vault(home, DURESS) as new:
        assert IncidentStore(new).count() == 3
    assert wait_for_removals(timeout=60)


def test_a_backup_carries_the_decoy(vault: Vault, home: Path, tmp_path: Path) -> None:
    _, name = _prepared(vault, tmp_path)
    out = tmp_path / "backup.tar"
    manifest = create_backup(vault, out)
    assert f"evidence/{name}" in [f["path"] for f in manifest["files"]]
    vault.lock()
    elsewhere = tmp_path / "restored"
    restore_backup(out, elsewhere)
    with unlock_vault(elsewhere, DURESS) as new:
        assert IncidentStore(new).count() == 3
    assert wait_for_removals(timeout=60)


# -- preparing it ----------------------------------------------------------------------------
def test_text_form_round_trips_and_refuses_what_it_cannot_read(vault: Vault) -> None:
    entries = _entries()
    again = decoy.from_text(decoy.to_text(entries))
    assert [e.record.to_dict() for e in again] == [e.record.to_dict() for e in entries]
    with pytest.raises(decoy.DecoyError, match="Line 1"):
        decoy.from_text("no heading here\n## 2025-01-01 x\n")
    with pytest.raises(decoy.DecoyError, match="Line 2"):
        decoy.from_text("## 2025-01-01 fine\n## 2025-01-02\n")
    with pytest.raises(decoy.DecoyError, match="at most"):
        decoy.from_text("".join(f"## t{i}\n" for i in range(decoy.MAX_ENTRIES + 1)))


def test_recorded_times_are_never_in_the_future() -> None:
    record = IncidentRecord.from_dict({"title": "today", "occurred_at": date.today().isoformat()})
    for _ in range(20):
        at = datetime.strptime(decoy.recorded_time(record), "%Y-%m-%dT%H:%M:%SZ")
        assert at.replace(tzinfo=UTC) <= datetime.now(UTC)


@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_example_entries_in_each_language(language: str) -> None:
    entries = example_entries(language, today=date(2026, 6, 1))
    assert len(entries) == 4
    assert all(e.record.occurred_at and e.record.occurred_at < "2026-06-01" for e in entries)
    text = " ".join(e.record.title + e.record.narrative for e in entries)
    letters = {"az": "ə", "ru": "ы", "en": "the"}
    assert letters[language] in text


def test_no_duress_key_no_decoy(vault: Vault) -> None:
    """A vault made before Quire kept the duress key cannot hold a decoy: said so."""
    vault.db.execute("DELETE FROM meta WHERE key = 'duress_kek'")
    with pytest.raises(decoy.DecoyError, match="duress passphrase first"):
        decoy.save(vault, _entries())
    assert decoy.load(vault) == []


def test_a_damaged_decoy_is_said_so_to_its_owner(vault: Vault, tmp_path: Path) -> None:
    _, name = _prepared(vault, tmp_path)
    (vault.evidence_dir / name).write_bytes(BLOB_MAGIC + os.urandom(2000))
    with pytest.raises(DamagedDataError, match="decoy"):
        decoy.load(vault)


def test_decoy_through_the_cli(vault: Vault, home: Path, tmp_path: Path) -> None:
    set_duress_passphrase(vault, DURESS)
    vault.lock()
    r = run_cli(home, "--passphrase-stdin", "duress", "decoy", "show", stdin=PW)
    assert r.returncode == 0 and "No decoy diary" in r.stdout
    r = run_cli(
        home, "--passphrase-stdin", "duress", "decoy", "examples", "--language", "ru", stdin=PW
    )
    assert r.returncode == 0, r.stderr
    r = run_cli(home, "--passphrase-stdin", "duress", "decoy", "show", stdin=PW)
    assert r.stdout.count("## ") == 4 and "Спор с соседом" in r.stdout
    src = tmp_path / "decoy.txt"
    src.write_text("## 2025-02-02 My own entry\nWritten by me.\n", encoding="utf-8")
    r = run_cli(home, "--passphrase-stdin", "duress", "decoy", "set", str(src), stdin=PW)
    assert r.returncode == 0 and "1 entries" in r.stdout
    bad = tmp_path / "bad.txt"
    bad.write_text("not an entry\n", encoding="utf-8")
    r = run_cli(home, "--passphrase-stdin", "duress", "decoy", "set", str(bad), stdin=PW)
    assert r.returncode == 1 and "Line 1" in r.stderr and "Traceback" not in r.stderr
    r = run_cli(home, "--passphrase-stdin", "duress", "decoy", "show", stdin=PW)
    assert r.stdout == "## 2025-02-02 My own entry\nWritten by me.\n"
    with unlock_vault(home, DURESS) as new:
        assert [s.title for s in IncidentStore(new).list()] == ["My own entry"]
    assert wait_for_removals(timeout=60)


def test_clear_through_the_cli(vault: Vault, home: Path, tmp_path: Path) -> None:
    _prepared(vault, tmp_path)
    vault.lock()
    r = run_cli(home, "--passphrase-stdin", "duress", "decoy", "clear", stdin=PW)
    assert r.returncode == 0
    with unlock_vault(home, PASSPHRASE) as v:
        assert decoy.load(v) == [] and not decoy.has_decoy(v)
    with unlock_vault(home, DURESS) as new:
        assert IncidentStore(new).count() == 0
    assert wait_for_removals(timeout=60)


def test_seal_and_unseal(tmp_path: Path) -> None:
    kek = os.urandom(32)
    data = decoy.seal(_entries(), kek)
    assert [e.record.title for e in decoy.unseal(data, kek)][1] == "A call at night"
    with pytest.raises(StreamError):
        decoy.unseal(data, os.urandom(32))
    assert io.BytesIO(data).read(8) == BLOB_MAGIC


@pytest.mark.parametrize("count", [4, 30])
def test_a_decoy_costs_the_duress_unlock_no_fsyncs_per_entry(home: Path, count: int) -> None:
    """Someone watching the disk sees about the same work as a normal unlock's, however
    many entries the decoy holds (each entry's commit would otherwise cost four fsyncs)."""
    from tests.conftest import require_tool
    from tests.test_unlock_parity import fsyncs

    require_tool("strace", "counting a whole command's fsyncs")
    with Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0] as vault:
        set_duress_passphrase(vault, DURESS)
        decoy.save(vault, (example_entries("az") * count)[:count])
    normal = fsyncs(home, PASSPHRASE)
    duress = fsyncs(home, DURESS)
    print(f"\nfsyncs with a decoy of {count}: normal unlock {normal}, duress unlock {duress}")
    assert abs(duress - normal) <= 2
    with unlock_vault(home, DURESS) as cover:
        assert IncidentStore(cover).count() == count and IncidentStore(cover).verify().ok
