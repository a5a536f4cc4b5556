"""Sealed-bundle export of 1 GiB of evidence against the `age` tool on the same bytes.

Reference, measured in the same run on the same disk: ``age -r RECIPIENT -o OUT FILE`` on
the plaintext (what a person could do by hand with the evidence files), with and without a
final fsync (Quire's bundle is fsynced before it is renamed into place). Peak memory is the
resident set of a child process doing only the export (its VmHWM), so Python's and the
libraries' baseline is counted too. Targets (issue #4): time ≤ 1.25× the age tool; peak
memory ≤ 150 MB.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.bench.conftest import require, size

SIZE = size(1024 * 1024 * 1024, 4 * 1024 * 1024)  # 4 MiB in the test suite's quick run
FILES = 4  # four 256 MiB evidence files in one incident
RUNS = size(5, 1)  # interleaved with the references; this machine's disk timings vary run to run
REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, os, sys, time
from pathlib import Path
os.environ["QUIRE_INSECURE_TEST_KDF"] = "1"
from app.access import unlock_vault
from app.age import parse_recipient
from app.bundle.export import Selection, export_bundle
from app.vault.vault import Vault
home, recipient, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
def hwm():
    # VmHWM, not ru_maxrss: Linux keeps the parent's peak in ru_maxrss across the fork and
    # execve that started this child (a test session that held 360 MB made it read 360 MB).
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
vault = unlock_vault(home, "bench")
before = hwm()
start = time.perf_counter()
export_bundle(vault, Selection(all=True), [parse_recipient(recipient)], out, sign=True)
seconds = time.perf_counter() - start
peak = hwm()
vault.lock()
print(json.dumps({"seconds": seconds, "peak_kib": peak, "before_kib": before}))
"""


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    require("age", "the reference for export speed")
    env = pytest.MonkeyPatch()  # undone after the module: later tests must not inherit it
    env.setenv("QUIRE_INSECURE_TEST_KDF", "1")
    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    scratch = tmp_path_factory.mktemp("bench_export")
    plain = scratch / "plain"
    plain.mkdir()
    home = scratch / "vault"
    vault, _ = Vault.create(home, "bench", kdf=INSECURE_TEST_PARAMS)
    incident = IncidentStore(vault).create(IncidentRecord.from_dict({"title": "Bench"}))
    per_file = SIZE // FILES
    for n in range(FILES):
        path = plain / f"evidence-{n}.bin"
        with open(path, "wb") as f:
            for _ in range(per_file // (1024 * 1024)):
                f.write(os.urandom(1024 * 1024))
        EvidenceStore(vault).import_file(incident, path)
    vault.lock()
    # The same bytes as one file for age (a tar of the files would add nothing).
    joined = scratch / "joined.bin"
    with open(joined, "wb") as out:
        for n in range(FILES):
            with open(plain / f"evidence-{n}.bin", "rb") as f:
                shutil.copyfileobj(f, out, 1024 * 1024)
    shutil.rmtree(plain)
    key = scratch / "key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = next(
        line.split()[-1] for line in key.read_text().splitlines() if "public key" in line
    )
    os.sync()
    yield {"scratch": scratch, "home": home, "joined": joined, "recipient": recipient}
    shutil.rmtree(scratch, ignore_errors=True)
    env.undo()


def _age(joined: Path, recipient: str, out: Path, fsync: bool) -> float:
    import time

    start = time.perf_counter()
    subprocess.run(["age", "-r", recipient, "-o", str(out), str(joined)], check=True)
    if fsync:
        fd = os.open(out, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)
    return time.perf_counter() - start


def _quire(setup: dict[str, Any], out: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    r = subprocess.run(
        [sys.executable, "-c", CHILD, str(setup["home"]), setup["recipient"], str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=True,
    )
    return dict(json.loads(r.stdout.strip().splitlines()[-1]))


def test_export_throughput_and_memory(bench: Any, setup: dict[str, Any]) -> None:
    scratch = setup["scratch"]
    age_plain, age_sync, quire, peaks = [], [], [], []
    for run in range(RUNS):
        for fsync, store in ((False, age_plain), (True, age_sync)):
            out = scratch / f"age-{run}-{fsync}.age"
            os.sync()
            store.append(_age(setup["joined"], setup["recipient"], out, fsync))
            out.unlink()
        out = scratch / f"quire-{run}.age"
        os.sync()
        result = _quire(setup, out)
        quire.append(result["seconds"])
        peaks.append(result["peak_kib"] / 1024)
        out.unlink()
    best_q, best_a, best_as = min(quire), min(age_plain), min(age_sync)
    med_q, med_a = statistics.median(quire), statistics.median(age_plain)
    mb = SIZE / 1e6
    bench.say(
        *bench.title(f"export of {SIZE >> 20} MiB of evidence ({FILES} files), best of {RUNS}"),
        f"   quire export_bundle : {best_q:6.2f} s  {mb / best_q:7.0f} MB/s   runs "
        f"{[round(q, 2) for q in quire]}",
        f"   age -r              : {best_a:6.2f} s  {mb / best_a:7.0f} MB/s   ratio "
        f"{bench.ratio(best_q, best_a)} (target <= 1.25x)   runs "
        f"{[round(a, 2) for a in age_plain]}",
        f"   age -r + fsync      : {best_as:6.2f} s  {mb / best_as:7.0f} MB/s   ratio "
        f"{bench.ratio(best_q, best_as)}",
        f"   medians             : quire {med_q:.2f} s, age -r {med_a:.2f} s, ratio "
        f"{bench.ratio(med_q, med_a)}",
        f"   peak memory (RSS of the exporting process): {max(peaks):.0f} MB (target <= 150 MB)",
    )
    assert max(peaks) <= 150
