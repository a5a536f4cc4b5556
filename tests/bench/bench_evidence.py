"""Evidence throughput on a 1 GiB file: import, read back, export, and peak memory.

References, measured in the same run on the same file and disk: ``cp`` (and ``cp`` followed
by an fsync, which is what Quire guarantees), ``cat file > /dev/null`` for reading, and
reading + SHA-256 (the floor for an import, which must hash every byte).
Nothing is dropped from the page cache: every figure is "warm", and dirty pages are flushed
(untimed) before each timed run so one run's write-back does not land on the next one.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import statistics
import subprocess
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.bench.conftest import size

SIZE = size(1024 * 1024 * 1024, 4 * 1024 * 1024)  # 1 GiB; 4 MiB in the quick run
RUNS = size(2, 1)
PASSPHRASE = "bench passphrase"


def mb_s(seconds: float, size: int = SIZE) -> float:
    return size / seconds / 1e6


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Scratch space on the disk under the temporary folder; 3 GiB are removed at the end."""
    path = tmp_path_factory.mktemp("bench_evidence")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def big_file(scratch: Path) -> Path:
    """1 GiB of random bytes, written once in 1 MiB pieces (so it never sits in memory)."""
    path = scratch / "source.bin"
    with open(path, "wb") as f:
        for _ in range(SIZE // (1024 * 1024)):
            f.write(os.urandom(1024 * 1024))
    os.sync()
    return path


@pytest.fixture(scope="module")
def evidence_env(scratch: Path) -> Iterator[dict[str, Any]]:
    """An unlocked vault (cheap test KDF) holding one incident."""
    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QUIRE_INSECURE_TEST_KDF", "1")
        vault, _ = Vault.create(scratch / "vault", PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
        incident = IncidentStore(vault).create(IncidentRecord(title="Leaked video"))
        yield {"vault": vault, "store": EvidenceStore(vault), "incident": incident}
        vault.lock()


@pytest.fixture(scope="module")
def references(big_file: Path, scratch: Path) -> dict[str, float]:
    """Best-of-two times for cp, cp + fsync and cat > /dev/null on the same file."""
    dest = scratch / "cp-copy.bin"

    def cp() -> None:
        subprocess.run(["cp", str(big_file), str(dest)], check=True)

    def cp_fsync() -> None:
        cp()
        fsync_file(dest)

    def cat() -> None:
        subprocess.run(f"cat '{big_file}' > /dev/null", shell=True, check=True)

    out: dict[str, float] = {}
    for name, fn in (("cp", cp), ("cp+fsync", cp_fsync), ("cat", cat)):
        times = []
        for _ in range(RUNS):
            os.sync()
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
            dest.unlink(missing_ok=True)
        out[name] = min(times)
    # The least a verifying reader must do: hash every byte (hashlib, in this process).
    start = time.perf_counter()
    sha = hashlib.sha256()
    buf = bytearray(1024 * 1024)
    with open(big_file, "rb", buffering=0) as f:
        while n := f.readinto(buf):
            sha.update(memoryview(buf)[:n])
    out["read+sha256"] = time.perf_counter() - start
    return out


@pytest.fixture(scope="module")
def imported(evidence_env: dict[str, Any], big_file: Path) -> int:
    """One copy of the file in the vault, for the read-back and export benchmarks."""
    return evidence_env["store"].import_file(evidence_env["incident"], big_file).id


def test_import_throughput(
    bench: Any, evidence_env: dict[str, Any], big_file: Path, references: dict[str, float]
) -> None:
    store, incident = evidence_env["store"], evidence_env["incident"]
    times: list[float] = []
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    for _ in range(RUNS):
        os.sync()
        start = time.perf_counter()
        info = store.import_file(incident, big_file)
        times.append(time.perf_counter() - start)
        assert info.size == SIZE
        store.delete(info.id)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    # A third, untimed-for-speed import under tracemalloc: Python's own peak allocation.
    os.sync()
    tracemalloc.start()
    try:
        info = store.import_file(incident, big_file)
        _, py_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    store.delete(info.id)

    best = min(times)
    cp, cp_sync, floor = references["cp"], references["cp+fsync"], references["read+sha256"]
    bench.say(
        *bench.title("evidence import, 1 GiB of random data (best of 2)"),
        f"  Quire import_file   {best:6.2f} s  {mb_s(best):7.0f} MB/s"
        f"   (runs: {', '.join(f'{t:.2f}' for t in times)} s)",
        f"  cp                  {cp:6.2f} s  {mb_s(cp):7.0f} MB/s"
        f"   Quire takes {bench.ratio(best, cp)} the time of cp",
        f"  cp + fsync          {cp_sync:6.2f} s  {mb_s(cp_sync):7.0f} MB/s"
        f"   Quire takes {bench.ratio(best, cp_sync)} the time of cp + fsync",
        f"  read + SHA-256      {floor:6.2f} s  {mb_s(floor):7.0f} MB/s"
        f"   the floor (import must hash): Quire takes {bench.ratio(best, floor)};"
        f" the floor alone is {bench.ratio(floor, cp)} cp (target: import <= 1.5x cp)",
        f"  peak memory: ru_maxrss grew by {(rss_after - rss_before) / 1024:.1f} MiB"
        f" (process peak {rss_after / 1024:.0f} MiB);"
        f" tracemalloc peak during one import {py_peak / 2**20:.1f} MiB",
    )
    # Streaming means constant memory: far below the file's size.
    assert py_peak < 64 * 2**20


def test_read_back_throughput(
    bench: Any, evidence_env: dict[str, Any], imported: int, references: dict[str, float]
) -> None:
    store = evidence_env["store"]
    buf = bytearray(1024 * 1024)

    def read_all() -> None:
        total = 0
        with store.open(imported) as reader:
            while n := reader.readinto(buf):
                total += n
        assert total == SIZE

    best, times = bench.best_of(RUNS, read_all)
    cat, floor = references["cat"], references["read+sha256"]
    bench.say(
        *bench.title("evidence read-back: EvidenceStore.open() read to the end (best of 2)"),
        f"  Quire open/read     {best:6.2f} s  {mb_s(best):7.0f} MB/s"
        f"   (runs: {', '.join(f'{t:.2f}' for t in times)} s)",
        f"  cat > /dev/null     {cat:6.2f} s  {mb_s(cat):7.0f} MB/s"
        f"   Quire takes {bench.ratio(best, cat)} the time of cat",
        f"  read + SHA-256      {floor:6.2f} s  {mb_s(floor):7.0f} MB/s"
        f"   Quire takes {bench.ratio(best, floor)} the time of hashing alone",
    )


def test_export_throughput(
    bench: Any,
    evidence_env: dict[str, Any],
    imported: int,
    scratch: Path,
    references: dict[str, float],
) -> None:
    store = evidence_env["store"]
    dest = scratch / "exported.bin"
    times = []
    for _ in range(RUNS):
        os.sync()
        start = time.perf_counter()
        store.export(imported, dest)
        times.append(time.perf_counter() - start)
        assert dest.stat().st_size == SIZE
        dest.unlink()
    best = min(times)
    cp, cp_sync = references["cp"], references["cp+fsync"]
    bench.say(
        *bench.title("evidence export: EvidenceStore.export() to a plaintext file (best of 2)"),
        f"  Quire export        {best:6.2f} s  {mb_s(best):7.0f} MB/s"
        f"   (runs: {', '.join(f'{t:.2f}' for t in times)} s)",
        f"  cp                  {cp:6.2f} s  {mb_s(cp):7.0f} MB/s"
        f"   Quire takes {bench.ratio(best, cp)} the time of cp",
        f"  cp + fsync          {cp_sync:6.2f} s  {mb_s(cp_sync):7.0f} MB/s"
        f"   Quire takes {bench.ratio(best, cp_sync)} the time of cp + fsync",
    )


PHOTOS = size(2000, 6, "QUIRE_BENCH_PHOTOS")  # 100-500 KiB each, as in bench_process.py
PHOTO_ROUNDS = size(3, 1, "QUIRE_BENCH_PROCESS_ROUNDS")


def test_import_many_photos(bench: Any, scratch: Path) -> None:
    """``import_files`` of many photos in this process (what ``quire-cli attach`` runs
    after the unlock), interleaved with ``cp`` + ``sync`` of the same files (the same
    durability) and a read + SHA-256 of them, each round into a fresh vault and folder."""
    import random

    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    folder = scratch / "photos"
    folder.mkdir()
    rng = random.Random(10)
    photos = []
    for n in range(PHOTOS):
        path = folder / f"IMG_{n:04d}.jpg"
        path.write_bytes(os.urandom(rng.randint(100, 500) * 1024))
        photos.append(path)
    total = sum(p.stat().st_size for p in photos)

    def cpu() -> float:
        use = resource.getrusage(resource.RUSAGE_SELF)
        return use.ru_utime + use.ru_stime

    def timed_import(round_dir: Path, run: Callable[[Vault, int], int]) -> float:
        """CPU seconds of ``run(vault, incident)`` (the files it imported checked) in a fresh
        vault with one incident."""
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("QUIRE_INSECURE_TEST_KDF", "1")
            vault, _ = Vault.create(round_dir / "vault", PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
        try:
            incident = IncidentStore(vault).create(IncidentRecord(title="Photos"))
            before = cpu()
            imported = run(vault, incident)
            spent = cpu() - before
            assert imported == total
        finally:
            vault.lock()
        return spent

    def quire(round_dir: Path) -> float:
        return timed_import(
            round_dir,
            lambda v, i: sum(info.size for info in EvidenceStore(v).import_files(i, photos)),
        )

    def window(round_dir: Path) -> float:
        """What the Evidence panel runs: app.evidence.intake.import_files (in groups)."""
        from app.evidence import intake

        def run(vault: Vault, incident: int) -> int:
            outcome = intake.import_files(vault, incident, photos)
            assert not outcome.problems
            return sum(info.size for _, info in outcome.imported)

        return timed_import(round_dir, run)

    def cp_sync(round_dir: Path) -> float:
        out = round_dir / "copies"
        out.mkdir()
        script = 'd="$1"; shift; cp -t "$d" -- "$@" && sync -- "$d"/*'
        subprocess.run(["sh", "-c", script, "sh", str(out), *map(str, photos)], check=True)
        return 0.0

    def sha(_round_dir: Path) -> float:
        buf = bytearray(1024 * 1024)
        for path in photos:
            digest = hashlib.sha256()
            with open(path, "rb", buffering=0) as f:
                while n := f.readinto(buf):
                    digest.update(memoryview(buf)[:n])
        return 0.0

    runs: dict[str, list[tuple[float, float]]] = {
        "quire": [],
        "window": [],
        "cp + sync": [],
        "sha256": [],
    }
    steps = (("quire", quire), ("window", window), ("cp + sync", cp_sync), ("sha256", sha))
    for r in range(PHOTO_ROUNDS):
        for name, fn in steps:
            round_dir = scratch / f"round-{r}-{name.replace(' ', '')}"
            round_dir.mkdir()
            os.sync()
            start = time.perf_counter()
            spent = fn(round_dir)
            runs[name].append((time.perf_counter() - start, spent))
            shutil.rmtree(round_dir)

    def median(name: str) -> float:
        return statistics.median(t for t, _ in runs[name])

    q, w, c, s = median("quire"), median("window"), median("cp + sync"), median("sha256")
    bench.say(
        *bench.title(
            f"EvidenceStore.import_files: {PHOTOS:,} photos, {total / 2**20:,.0f} MiB,"
            f" in-process, warm, median of {PHOTO_ROUNDS} interleaved rounds"
        ),
        f"  Quire import_files  {q:6.2f} s  {mb_s(q, total):7.0f} MB/s   (runs: "
        + ", ".join(f"{t:.2f} s, CPU {u:.2f} s" for t, u in runs["quire"])
        + ")",
        f"  the window's import {w:6.2f} s  {mb_s(w, total):7.0f} MB/s   (intake.import_files; "
        + ", ".join(f"{t:.2f} s, CPU {u:.2f} s" for t, u in runs["window"])
        + ")",
        f"  cp + sync           {c:6.2f} s  {mb_s(c, total):7.0f} MB/s"
        f"   Quire takes {bench.ratio(q, c)} (target <= 1.25x; runs: "
        + ", ".join(f"{t:.2f}" for t, _ in runs["cp + sync"])
        + " s)",
        f"  read + SHA-256      {s:6.2f} s  {mb_s(s, total):7.0f} MB/s"
        f"   Quire takes {bench.ratio(q, s)}",
    )
