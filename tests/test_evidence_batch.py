"""Importing many files at once (``EvidenceStore.import_files``, ``quire-cli attach A B …``):
all of them or none, each chained, two commits for the whole set."""

from __future__ import annotations

import hashlib
import itertools
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from app.errors import CancelledError, QuireError
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def incident(vault: Vault) -> int:
    return IncidentStore(vault).create(IncidentRecord.from_dict({"title": "Photos"}))


def _files(folder: Path, sizes: list[int]) -> list[Path]:
    paths = []
    for n, size in enumerate(sizes):
        path = folder / f"IMG_{n}.jpg"
        path.write_bytes(os.urandom(size))
        paths.append(path)
    return paths


def test_every_file_is_stored_and_chained(vault: Vault, incident: int, tmp_path: Path) -> None:
    store = EvidenceStore(vault)
    paths = _files(tmp_path, [0, 1, 70_000, 2 * 1024 * 1024 + 5])
    seen: list[tuple[int, int | None]] = []
    infos = store.import_files(incident, paths, progress=lambda d, t: seen.append((d, t)))
    assert [i.name for i in infos] == [p.name for p in paths]
    for info, path in zip(infos, paths, strict=True):
        data = path.read_bytes()
        assert (info.size, info.sha256) == (len(data), hashlib.sha256(data).hexdigest())
        with store.open(info.id, incident) as reader:
            assert reader.read() == data
    assert [i.id for i in store.list(incident)] == [i.id for i in infos]
    chained = vault.db.execute("SELECT count(*) FROM chain WHERE kind = 'evidence'").fetchone()
    assert chained[0] == len(paths)
    assert IncidentStore(vault).verify().ok
    total = sum(p.stat().st_size for p in paths)
    assert seen[-1] == (total, total)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))  # never goes backwards


def test_a_cancel_part_way_leaves_nothing(vault: Vault, incident: int, tmp_path: Path) -> None:
    """The first files are already written when the cancel comes: they go too."""
    store = EvidenceStore(vault)
    paths = _files(tmp_path, [300_000, 300_000, 3 * 1024 * 1024])
    checks = []

    def cancel() -> bool:
        checks.append(1)
        return len(checks) > 4  # after the two small files, inside the big one

    with pytest.raises(CancelledError):
        store.import_files(incident, paths, cancel=cancel)
    assert list(store._dir.iterdir()) == []
    assert vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
    assert vault.db.execute("SELECT count(*) FROM chain WHERE kind = 'evidence'").fetchone()[0] == 0


def test_every_blob_is_durable_and_in_place_before_any_row_is_complete(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fsyncs run on helper threads beside the next files' work; the rows may become
    complete only once every one of them has returned and its blob is renamed."""
    from app import fs

    store = EvidenceStore(vault)
    paths = _files(tmp_path, [1, 300_000, 200_000, 2 * 1024 * 1024 + 5])
    events: list[str] = []
    real_fsync, real_complete = fs.fsync_file, EvidenceStore._complete

    def slow_fsync(path: Path) -> None:
        time.sleep(0.2)  # a slow disk: the loop is done long before
        real_fsync(path)
        events.append("fsync")

    def complete(self: EvidenceStore, *args: Any) -> None:
        events.append("complete")
        assert all(p.parent == store._dir for p in store._dir.iterdir())
        placed = {p.name for p in store._dir.iterdir()}
        rows = vault.db.execute("SELECT blob_id FROM evidence").fetchall()
        assert {r[0] for r in rows} == placed  # every blob under its final name, no temp
        real_complete(self, *args)

    monkeypatch.setattr(fs, "fsync_file", slow_fsync)
    monkeypatch.setattr(EvidenceStore, "_complete", complete)
    store.import_files(incident, paths)
    assert events == ["fsync"] * len(paths) + ["complete"]


def test_a_failed_fsync_keeps_nothing(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An fsync that fails on its helper thread fails the whole import, as one here did."""
    from app import fs

    store = EvidenceStore(vault)
    paths = _files(tmp_path, [300_000, 300_000, 300_000])
    calls: list[Path] = []

    def failing(path: Path) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(fs, "fsync_file", failing)
    with pytest.raises(OSError, match="Input/output"):
        store.import_files(incident, paths)
    assert list(store._dir.iterdir()) == []
    assert vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
    assert vault.db.execute("SELECT count(*) FROM chain WHERE kind = 'evidence'").fetchone()[0] == 0


def test_a_cancel_waits_for_the_fsyncs_in_flight(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No fsync or rename goes on behind the clean-up: the helpers are done when the
    import returns (a rename after it would find its temporary file gone, and fail)."""
    from app import fs

    store = EvidenceStore(vault)
    paths = _files(tmp_path, [300_000, 300_000, 300_000])
    real_fsync = fs.fsync_file

    def slow_fsync(path: Path) -> None:
        time.sleep(0.3)
        real_fsync(path)

    checks = []

    def cancel() -> bool:
        checks.append(1)
        return len(checks) > 4  # the third file

    monkeypatch.setattr(fs, "fsync_file", slow_fsync)
    with pytest.raises(CancelledError):
        store.import_files(incident, paths, cancel=cancel)
    assert [t for t in threading.enumerate() if t.name.startswith("quire-blob-sync")] == []
    assert list(store._dir.iterdir()) == []
    assert vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0


def test_a_missing_file_is_refused_before_anything(
    vault: Vault, incident: int, tmp_path: Path
) -> None:
    store = EvidenceStore(vault)
    paths = [*_files(tmp_path, [10]), tmp_path / "gone.jpg"]
    with pytest.raises(QuireError, match="Not a readable file"):
        store.import_files(incident, paths)
    assert vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0


def test_a_deleted_incident_takes_nothing(vault: Vault, incident: int, tmp_path: Path) -> None:
    IncidentStore(vault).delete(incident)
    with pytest.raises(QuireError, match="No incident"):
        EvidenceStore(vault).import_files(incident, _files(tmp_path, [10]))
    assert vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli.main", "--home", str(home), "--passphrase-stdin", *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        check=False,
    )


def test_cli_attach_of_many_files_is_all_or_nothing(
    vault: Vault, incident: int, home: Path, tmp_path: Path
) -> None:
    """One unreadable file among several: exit 1, none attached (a directory is no file)."""
    vault.lock()
    paths = _files(tmp_path, [100, 200])
    r = _cli(home, "attach", str(incident), str(paths[0]), str(tmp_path), str(paths[1]))
    assert r.returncode == 1 and "Not a readable file" in r.stderr
    r = _cli(home, "attach", str(incident), *map(str, paths))
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("Attached evidence") == 2
    r = _cli(home, "evidence", "list", str(incident), "--json")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count('"sha256"') == 2
