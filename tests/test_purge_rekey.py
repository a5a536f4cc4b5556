"""Purge is a crypto-erase: the diary moves under a new data key, crash-safely, and only alone.

What a purge deletes survives in free disk blocks (deleted rollback journals, freed pages),
encrypted under the data key; the purge therefore ends with every page re-encrypted under a
new key and the old key gone from the header (tests/test_wipe_forensic.py looks at the raw
disk). Here: the outcome of a purge, the refusals while the vault is open elsewhere, and a
real ``SIGKILL`` of a purging child process in each window of the re-key (before it, in the
middle of the copy, before the header, after the header, before the rename), each followed
by an unlock that must find the purge complete and the old key useless.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.errors import DamagedDataError
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentNotFound, IncidentStore
from app.storage.db import DB_NAME, open_database
from app.vault import rekey
from app.vault.header import SLOT_COUNT, VaultHeader
from app.vault.kdf import INSECURE_TEST_PARAMS, derive_kek
from app.vault.vault import Vault, VaultBusyError
from app.wipe.duress import set_duress_passphrase
from tests.conftest import PASSPHRASE
from tests.support.cli import REPO, cli_env, run_cli

DURESS = "a duress passphrase"


def _make(home: Path, outside: Path) -> tuple[int, int, bytes]:
    """A vault with a kept and a doomed incident, each with evidence; (kept, doomed, key)."""
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    store, evidence = IncidentStore(vault), EvidenceStore(vault)
    outside.mkdir(parents=True, exist_ok=True)
    ids = []
    for name in ("kept", "doomed"):
        incident = store.create(IncidentRecord.from_dict({"title": name, "narrative": name * 50}))
        store.add_note(incident, f"a note on {name}")
        src = outside / f"{name}.txt"
        src.write_text(name * 5000, encoding="utf-8")
        evidence.import_file(incident, src)
        ids.append(incident)
    set_duress_passphrase(vault, DURESS)
    key = vault.data_key
    vault.lock()
    return ids[0], ids[1], key


def _assert_purged(home: Path, kept: int, doomed: int, old_key: bytes) -> None:
    """The purge is whole: the doomed incident gone, the rest intact, the old key useless."""
    with unlock_vault(home, PASSPHRASE) as vault:
        store, evidence = IncidentStore(vault), EvidenceStore(vault)
        assert [s.id for s in store.list()] == [kept]
        with pytest.raises(IncidentNotFound):
            store.get(doomed, include_deleted=True)
        [info] = evidence.list(kept)
        evidence.verify_blob(info.id)
        assert evidence.check().ok
        assert vault.data_key != old_key
        assert not rekey.pending(vault.db)
        assert store.get(kept).notes[0].text == "a note on kept"
    assert not (home / rekey.REKEY_DB_NAME).exists()
    with pytest.raises(DamagedDataError):
        open_database(home / DB_NAME, old_key).close()
    with unlock_vault(home, DURESS) as decoy:  # the duress passphrase kept its meaning
        assert IncidentStore(decoy).count() == 0


def test_purge_moves_the_diary_under_a_new_key(home: Path, tmp_path: Path) -> None:
    kept, doomed, old_key = _make(home, tmp_path / "src")
    before = VaultHeader.from_bytes((home / "vault.key").read_bytes())
    steps: list[tuple[int, int]] = []
    with unlock_vault(home, PASSPHRASE) as vault:
        blobs = IncidentStore(vault).purge(doomed, lambda d, t: steps.append((d, t)))
        assert blobs and not any((vault.evidence_dir / b).exists() for b in blobs)
        new_key = vault.data_key
        assert IncidentStore(vault).count() == 1  # the vault stays usable after the swap
    assert new_key != old_key
    assert steps[0] == (0, rekey.STEPS) and steps[-1] == (rekey.STEPS, rekey.STEPS)
    after = VaultHeader.from_bytes((home / "vault.key").read_bytes())
    assert all(after.slots[i] != before.slots[i] for i in range(SLOT_COUNT))
    opened = after.open_slots(derive_kek(PASSPHRASE, after.salt, after.kdf))
    assert opened is not None and opened[2] == new_key
    _assert_purged(home, kept, doomed, old_key)


def test_purge_of_a_missing_incident_changes_nothing(home: Path, tmp_path: Path) -> None:
    _make(home, tmp_path / "src")
    with unlock_vault(home, PASSPHRASE) as vault:
        header = (home / "vault.key").read_bytes()  # as the unlock left it
        with pytest.raises(IncidentNotFound):
            IncidentStore(vault).purge(999)
    assert (home / "vault.key").read_bytes() == header


def test_purge_refused_while_a_session_is_open(home: Path, tmp_path: Path) -> None:
    kept, doomed, old_key = _make(home, tmp_path / "src")
    with unlock_vault(home, PASSPHRASE) as vault:
        header = (home / "vault.key").read_bytes()  # as the unlock left it
        session = vault.session()
        with pytest.raises(VaultBusyError, match="still using"):
            IncidentStore(vault).purge(doomed)
        assert IncidentStore(session).count() == 2  # nothing changed, the session works
        assert vault.data_key == old_key
        session.lock()
        assert (home / "vault.key").read_bytes() == header
        IncidentStore(vault).purge(doomed)
    _assert_purged(home, kept, doomed, old_key)


_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.vault.vault import Vault
    from app.access import unlock_vault
    vault = unlock_vault(Path(sys.argv[1]), sys.argv[2])
    print("open", flush=True)
    sys.stdin.read()
    vault.lock()
    """
)


def test_purge_refused_while_another_program_has_the_vault(home: Path, tmp_path: Path) -> None:
    kept, doomed, old_key = _make(home, tmp_path / "src")
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(home), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=cli_env(home),
        cwd=REPO,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"open"
        header = (home / "vault.key").read_bytes()  # as the holder's unlock left it
        with unlock_vault(home, PASSPHRASE) as vault:
            with pytest.raises(VaultBusyError, match="Another program"):
                IncidentStore(vault).purge(doomed)
            assert IncidentStore(vault).count() == 2
        r = run_cli(home, "--passphrase-stdin", "delete", "--purge", str(doomed), stdin=PASSPHRASE)
        assert r.returncode == 1 and "Another program" in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
        assert (home / "vault.key").read_bytes() == header
    finally:
        holder.communicate(b"", timeout=60)
    r = run_cli(home, "--passphrase-stdin", "delete", "--purge", str(doomed), stdin=PASSPHRASE)
    assert r.returncode == 0 and "erased" in r.stdout, r.stderr
    _assert_purged(home, kept, doomed, old_key)


# -- a SIGKILL in each window of the re-key -------------------------------------------------
_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from app.vault import rekey
    from app.vault.vault import Vault
    from app.access import unlock_vault
    from app.incidents.store import IncidentStore

    home, where, victim = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    # The unlock rewrites vault.key itself (app/access.py): the windows start after it.
    vault = unlock_vault(home, sys.argv[4])
    print((home / "vault.key").read_bytes().hex(), flush=True)
    if where == "before-rekey":
        Vault.rekey = die
    elif where == "mid-export":
        export = rekey.export_database
        def export_and_die(conn, path, key):
            ticks = [0]
            def tick():
                ticks[0] += 1
                if ticks[0] > 50:
                    die()
                return 0
            conn.set_progress_handler(tick, 20)
            export(conn, path, key)
        rekey.export_database = export_and_die
    elif where == "before-header":
        Vault.rewrite_header = die
    elif where == "header-written":
        replace = Vault.replace_header
        def replace_and_die(self, header):
            replace(self, header)
            die()
        Vault.replace_header = replace_and_die
    elif where == "before-rename":
        rekey.install = die
    IncidentStore(vault).purge(victim)
    print("finished", flush=True)
    """
)

WINDOWS = ["before-rekey", "mid-export", "before-header", "header-written", "before-rename"]


@pytest.mark.parametrize("where", WINDOWS)
def test_purge_killed_in_each_window_is_finished_at_unlock(
    home: Path, tmp_path: Path, where: str
) -> None:
    kept, doomed, old_key = _make(home, tmp_path / "src")
    r = subprocess.run(
        [sys.executable, "-c", _KILLER, str(home), where, str(doomed), PASSPHRASE],
        capture_output=True,
        env=cli_env(home),
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert r.returncode == -9, (where, r.returncode, r.stderr.decode()[-2000:])
    header = bytes.fromhex(r.stdout.decode().split()[0])  # as the unlock left it
    header_changed = (home / "vault.key").read_bytes() != header
    assert header_changed == (where in ("header-written", "before-rename")), where
    left = (home / rekey.REKEY_DB_NAME).exists()
    assert left == (where != "before-rekey"), where  # the window was really hit
    _assert_purged(home, kept, doomed, old_key)


def test_a_wipe_removes_what_a_killed_purge_left(home: Path, tmp_path: Path) -> None:
    """The copy under the new key is Quire's file: the wipe removes it with the rest."""
    _kept, doomed, _key = _make(home, tmp_path / "src")
    r = subprocess.run(
        [sys.executable, "-c", _KILLER, str(home), "before-header", str(doomed), PASSPHRASE],
        capture_output=True,
        env=cli_env(home),
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert r.returncode == -9 and (home / rekey.REKEY_DB_NAME).exists()
    r2 = run_cli(home, "wipe", "--yes")
    assert r2.returncode == 0, r2.stderr
    assert not home.exists()


_FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from app.incidents.store import IncidentStore
    from app.vault.vault import Vault
    from app.access import unlock_vault

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
    limit = int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    with unlock_vault(Path(sys.argv[1]), sys.argv[2]) as vault:
        print(IncidentStore(vault).count(), flush=True)
    """
)


def test_an_unfinished_re_key_that_fails_again_never_keeps_the_diary_shut(
    home: Path, tmp_path: Path
) -> None:
    """A purge's re-key left pending, retried at unlock on a disk that cannot take the copy
    (files limited to half the diary's size): the unlock still opens the diary, and the
    next unlock with room finishes the re-key."""
    _kept, doomed, old_key = _make(home, tmp_path / "src")
    with unlock_vault(home, PASSPHRASE) as vault:
        store = IncidentStore(vault)
        for n in range(200):
            store.create(IncidentRecord.from_dict({"title": f"filler {n}", "narrative": "x" * 900}))
        store._purge_rows(doomed)  # the purge's rows and its mark, as a kill right after leaves
        assert rekey.pending(vault.db)
    limit = (home / DB_NAME).stat().st_size // 2
    r = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(home), PASSPHRASE, str(limit)],
        capture_output=True,
        env=cli_env(home),
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    assert r.stdout.strip() == b"201"
    assert not (home / rekey.REKEY_DB_NAME).exists()
    with unlock_vault(home, PASSPHRASE) as vault:
        assert vault.data_key != old_key and not rekey.pending(vault.db)
        assert IncidentStore(vault).count() == 201
    with pytest.raises(DamagedDataError):
        open_database(home / DB_NAME, old_key).close()
