"""Importing many files at once (``EvidenceStore.import_files``, ``quire-cli attach A B …``):
all of them or none, each chained, two commits for the whole set."""

from __future__ import annotations

import ctypes
import errno
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

from app import fs
from app.errors import CancelledError, QuireError
from app.evidence.store import EvidenceStore, _Flusher
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE, require_tool, skip_or_fail


@pytest.fixture
def incident(vault: Vault) -> int:
    return IncidentStore(vault).create(IncidentRecord.from_dict({"title": "Photos"}))


def _files(folder: Path, sizes: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
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
    """The first files are already written when the cancel comes: they go too, and only
    they (evidence attached before stays, blob and row)."""
    store = EvidenceStore(vault)
    (before,) = store.import_files(incident, _files(tmp_path, [1000]))
    paths = _files(tmp_path / "batch", [300_000, 300_000, 3 * 1024 * 1024])
    checks = []

    def cancel() -> bool:
        checks.append(1)
        return len(checks) > 4  # after the two small files, inside the big one

    with pytest.raises(CancelledError):
        store.import_files(incident, paths, cancel=cancel)
    assert [p.name for p in store._dir.iterdir()] == [before.blob_id]
    assert vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 1
    assert vault.db.execute("SELECT count(*) FROM chain WHERE kind = 'evidence'").fetchone()[0] == 1
    with store.open(before.id) as reader:
        assert len(reader.read()) == 1000


class _Counted:
    """Calls of ``fs.syncfs`` and ``fs.fsync_file`` counted on their way to the real ones
    (a seam, not a stand-in: the disk is really flushed)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, delay: float = 0.0) -> None:
        self.events: list[str] = []
        real_syncfs, real_fsync = fs.syncfs, fs.fsync_file

        def syncfs(fd: int) -> bool:
            time.sleep(delay)  # a slow disk: the writing is done long before
            done = real_syncfs(fd)
            self.events.append("syncfs" if done else "no syncfs")
            return done

        def fsync_file(path: Path) -> None:
            time.sleep(delay)
            real_fsync(path)
            self.events.append("fsync")

        monkeypatch.setattr(fs, "syncfs", syncfs)
        monkeypatch.setattr(fs, "fsync_file", fsync_file)


def _nothing_kept(store: EvidenceStore, vault: Vault) -> None:
    assert list(store._dir.iterdir()) == []
    assert vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
    assert vault.db.execute("SELECT count(*) FROM chain WHERE kind = 'evidence'").fetchone()[0] == 0


def _linux_syncfs() -> None:
    if fs._syncfs_call is None:
        skip_or_fail("syncfs(2) is Linux's (libc has none here)")


def test_a_batch_is_made_durable_by_syncfs_before_any_row_is_complete(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No fsync per blob: a syncfs per group of blobs (the real call, counted), and the rows
    become complete only once every one has returned and its blob is renamed."""
    _linux_syncfs()
    store = EvidenceStore(vault)
    monkeypatch.setattr(_Flusher, "GROUP_BYTES", 400_000)  # three groups here
    paths = _files(tmp_path, [1, 300_000, 200_000, 2 * 1024 * 1024 + 5, 10])
    counted = _Counted(monkeypatch, delay=0.2)
    real_complete = EvidenceStore._complete

    def complete(self: EvidenceStore, *args: Any) -> None:
        counted.events.append("complete")
        placed = {p.name for p in store._dir.iterdir()}
        rows = vault.db.execute("SELECT blob_id FROM evidence").fetchall()
        assert {r[0] for r in rows} == placed  # every blob under its final name, no temp
        real_complete(self, *args)

    monkeypatch.setattr(EvidenceStore, "_complete", complete)
    infos = store.import_files(incident, paths)
    assert counted.events == ["syncfs"] * 3 + ["complete"]
    for info, path in zip(infos, paths, strict=True):
        with store.open(info.id, incident) as reader:
            assert reader.read() == path.read_bytes()


def test_without_syncfs_each_blob_is_fsynced(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Other systems (no syncfs in libc): an fsync per blob, all before the rows."""
    monkeypatch.setattr(fs, "_syncfs_call", None)
    store = EvidenceStore(vault)
    paths = _files(tmp_path, [300_000, 0, 200_000])
    counted = _Counted(monkeypatch)
    infos = store.import_files(incident, paths)
    assert counted.events == ["no syncfs"] + ["fsync"] * 3
    assert [i.size for i in infos] == [300_000, 0, 200_000]
    assert IncidentStore(vault).verify().ok


def _failing_syncfs(err: int) -> Any:
    """libc's syncfs as a kernel that refuses it would answer: -1 and ``err``."""

    def call(fd: int) -> int:
        ctypes.set_errno(err)
        return -1

    return call


def test_a_kernel_without_syncfs_falls_back_to_fsyncs(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fs, "_syncfs_call", _failing_syncfs(errno.ENOSYS))
    store = EvidenceStore(vault)
    counted = _Counted(monkeypatch)
    infos = store.import_files(incident, _files(tmp_path, [300_000, 200_000]))
    assert counted.events == ["no syncfs"] + ["fsync"] * 2
    assert len(store.list(incident)) == len(infos) == 2


def test_a_failed_syncfs_keeps_nothing(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """syncfs answering -1 (since Linux 5.8: a write-back failed): no row, no blob, and
    the error said as what it is."""
    monkeypatch.setattr(fs, "_syncfs_call", _failing_syncfs(errno.EIO))
    store = EvidenceStore(vault)
    with pytest.raises(OSError, match="Input/output"):
        store.import_files(incident, _files(tmp_path, [300_000, 300_000, 300_000]))
    _nothing_kept(store, vault)


def test_a_failed_fsync_keeps_nothing(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An fsync that fails on its helper thread fails the whole import, as one here did."""
    monkeypatch.setattr(fs, "_syncfs_call", None)
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
    _nothing_kept(store, vault)


def test_one_file_is_fsynced_not_the_whole_filesystem(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One file: its own fsync (a syncfs would also flush every other program's writes)."""
    store = EvidenceStore(vault)
    counted = _Counted(monkeypatch)
    store.import_files(incident, _files(tmp_path, [300_000]))
    assert counted.events == ["fsync"]


def test_a_big_batch_holds_few_files_open(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blobs wait for their syncfs by name, closed: 200 of them in one group keep no more
    descriptors open than a few."""
    _linux_syncfs()
    fd_dir = Path("/proc/self/fd")
    monkeypatch.setattr(_Flusher, "GROUP_BYTES", 1 << 40)  # one group: all wait together
    store = EvidenceStore(vault)
    paths = _files(tmp_path, [2000] * 200)
    before = len(list(fd_dir.iterdir()))
    open_at_flush: list[int] = []
    real = fs.syncfs

    def syncfs(fd: int) -> bool:
        open_at_flush.append(len(list(fd_dir.iterdir())))
        return real(fd)

    monkeypatch.setattr(fs, "syncfs", syncfs)
    store.import_files(incident, paths)
    assert len(open_at_flush) == 1 and open_at_flush[0] <= before + 4


def test_a_cancel_waits_for_the_flush_in_flight(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No flush or rename goes on behind the clean-up: the helpers are done when the
    import returns (a rename after it would find its temporary file gone, and fail)."""
    monkeypatch.setattr(_Flusher, "GROUP_BYTES", 1)  # every blob its own group
    store = EvidenceStore(vault)
    paths = _files(tmp_path, [300_000, 300_000, 300_000, 300_000])
    _Counted(monkeypatch, delay=0.3)
    checks = []

    def cancel() -> bool:
        checks.append(1)
        return len(checks) > 4  # the third file

    with pytest.raises(CancelledError):
        store.import_files(incident, paths, cancel=cancel)
    helpers = ("quire-blob-sync", "quire-blob-seal", "quire-blob-write", "quire-fsync")
    assert [t for t in threading.enumerate() if t.name.startswith(helpers)] == []
    _nothing_kept(store, vault)


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


def test_the_read_buffers_are_zeroed_when_the_batch_ends(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers' reused buffers held the photos' plaintext: none is left in them, after
    a whole batch and after a cancelled one. Files of a piece and one byte more go through
    them too (the boundary of the buffer's size)."""
    from app.background_io import PIECE_SIZE
    from app.evidence import store as store_module

    made: list[Any] = []

    class Seen(store_module._Buffers):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(store_module, "_Buffers", Seen)
    store = EvidenceStore(vault)
    paths = _files(tmp_path, [300_000, PIECE_SIZE, PIECE_SIZE - 1, 5])
    infos = store.import_files(incident, paths)
    for info, path in zip(infos, paths, strict=True):
        with store.open(info.id, incident) as reader:
            assert reader.read() == path.read_bytes()
    with pytest.raises(CancelledError):
        store.import_files(incident, _files(tmp_path / "b", [300_000] * 6), cancel=lambda: True)
    assert len(made) == 2
    for buffers in made:
        assert buffers._made
        assert all(not any(buf) for buf in buffers._made)


def test_cli_attach_of_many_photos_asks_the_disk_to_wait_a_few_times(
    vault: Vault, incident: int, home: Path, tmp_path: Path
) -> None:
    """What the kernel sees (strace): 40 photos attached with a handful of syncfs and
    fsync calls (the database's and the folder's), not one fsync per photo as before."""
    require_tool("strace", "counts the flushes a process asks for")
    _linux_syncfs()
    vault.lock()
    paths = _files(tmp_path, [20_000] * 40)
    counts = tmp_path / "strace.txt"
    r = subprocess.run(
        ["strace", "-f", "-c", "-o", str(counts), "-e", "trace=fsync,fdatasync,syncfs",
         sys.executable, "-m", "app.cli.main", "--home", str(home), "--passphrase-stdin",
         "attach", str(incident), *map(str, paths)],
        input=PASSPHRASE + "\n", capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("Attached evidence") == len(paths)
    calls = {
        line.split()[-1]: int(line.split()[3])
        for line in counts.read_text().splitlines()
        if line.split() and line.split()[-1] in {"fsync", "fdatasync", "syncfs"}
    }
    assert calls.get("syncfs", 0) >= 1
    assert calls.get("fsync", 0) + calls.get("fdatasync", 0) < 20, calls


@pytest.mark.root
def test_cli_attach_of_many_photos_onto_a_full_disk_keeps_nothing(tmp_path: Path) -> None:
    """The disk fills half-way through a batch (a real small tmpfs): one plain line, exit 1,
    no blob, no temporary file, no row, and the vault still verifies."""
    from tests.support.cli import run_cli
    from tests.test_disk_full import small_tmpfs

    if os.geteuid() != 0:
        skip_or_fail("needs root to mount a small tmpfs")
    paths = _files(tmp_path / "photos", [400_000] * 30)  # 12 MB onto 8 MB
    with small_tmpfs(tmp_path / "mnt") as mnt:
        home = mnt / "vault"
        stdin = PASSPHRASE + "\n"
        assert run_cli(home, "--passphrase-stdin", "init", stdin=stdin).returncode == 0
        add = run_cli(home, "--passphrase-stdin", "add", "--title", "t", stdin=stdin)
        assert add.returncode == 0, add.stderr
        r = run_cli(home, "--passphrase-stdin", "attach", "1", *map(str, paths), stdin=stdin)
        assert r.returncode == 1, (r.stdout, r.stderr)
        assert "disk space" in r.stderr.lower() and "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert list((home / "evidence").iterdir()) == []
        listed = run_cli(home, "--passphrase-stdin", "evidence", "list", "1", "--json", stdin=stdin)
        assert listed.returncode == 0 and '"sha256"' not in listed.stdout, listed.stdout
        check = run_cli(home, "--passphrase-stdin", "verify", stdin=stdin)
        assert check.returncode == 0, check.stdout + check.stderr


def test_a_slow_disk_holds_the_writing_back(
    vault: Vault, incident: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At most two groups wait for the disk (plus the one being flushed and the files the
    two workers are writing): blobs do not pile up unwritten ahead of a slow disk."""
    _linux_syncfs()
    monkeypatch.setattr(_Flusher, "GROUP_BYTES", 1)  # every blob its own group
    store = EvidenceStore(vault)
    paths = _files(tmp_path, [50_000] * 16)
    waiting: list[int] = []
    real = fs.syncfs

    def slow_syncfs(fd: int) -> bool:
        waiting.append(sum(p.name.endswith(".part") for p in store._dir.iterdir()))
        time.sleep(0.1)
        return real(fd)

    monkeypatch.setattr(fs, "syncfs", slow_syncfs)
    store.import_files(incident, paths)
    assert len(store.list(incident)) == 16
    assert max(waiting) <= 1 + 2 + EvidenceStore.WORKERS, waiting


@pytest.mark.slow
def test_a_batch_killed_after_its_first_group_is_renamed_leaves_nothing(
    vault: Vault, incident: int, home: Path, tmp_path: Path
) -> None:
    """SIGKILL once the first group's blobs are under their final names (their rows still
    pending, the next group being written): the next unlock removes every blob and row of
    the batch; what was attached before stays whole."""
    from app.access import unlock_vault
    from tests.test_crash_safety import run_and_kill

    (before,) = EvidenceStore(vault).import_files(incident, _files(tmp_path / "a", [5000]))
    vault.lock()
    paths = _files(tmp_path / "batch", [450_000] * 200)  # 86 MB: two groups of 64 MiB
    evidence = home / "evidence"

    def first_group_placed(_proc: Any) -> bool:
        return any(len(p.name) == 32 and p.name != before.blob_id for p in evidence.iterdir())

    out = run_and_kill(
        home, ["attach", str(incident), *map(str, paths)], PASSPHRASE + "\n",
        delay=0.0, wait_until=first_group_placed, how="first group renamed",
    )  # fmt: skip
    assert not out.finished, "the batch ended before the kill: nothing was tested"
    with unlock_vault(home, PASSPHRASE) as opened:
        store = EvidenceStore(opened)
        assert [i.id for i in store.list(incident)] == [before.id]
        assert opened.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 1
        assert store.check().ok
        assert [p.name for p in evidence.iterdir()] == [before.blob_id]
        assert IncidentStore(opened).verify().ok
        with store.open(before.id) as reader:
            assert len(reader.read()) == 5000
