"""``vault.key`` KDF settings have ceilings as well as floors.

A damaged or forged header with 0xFFFFFFFF passes used to hang the unlock, and one asking
for 2 TiB of memory ended in a MemoryError traceback. Both are now a clear "damaged"
error (exit 3) before any key derivation runs, and nothing in the vault folder changes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.errors import DamagedDataError, QuireError
from app.vault import kdf
from app.vault.header import VaultHeader
from app.vault.kdf import CEILING, FLOOR, MAX_ITERATIONS, KdfParams, bounds_problem
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

BEYOND = {
    "iterations 0xFFFFFFFF": KdfParams(64, 0xFFFFFFFF, 1),
    "memory 2^31 KiB": KdfParams(2**31, 1, 1),
    "memory 0xFFFFFFFF KiB": KdfParams(0xFFFFFFFF, 3, 4),
    "iterations one over": KdfParams(FLOOR.memory_kib, CEILING.iterations + 1, 4),
    "memory one over": KdfParams(CEILING.memory_kib + 1, 3, 4),
    "lanes one over": KdfParams(FLOOR.memory_kib, 3, CEILING.lanes + 1),
    "work: 1 GiB x 17 passes": KdfParams(CEILING.memory_kib, 17, 4),
    "lanes 0": KdfParams(FLOOR.memory_kib, 3, 0),
    "iterations 0": KdfParams(FLOOR.memory_kib, 0, 4),
    "memory below 8 x lanes": KdfParams(64, 1, 16),
    "lanes 0xFFFFFFFF": KdfParams(0xFFFFFFFF, 1, 0xFFFFFFFF),
}


def _forge(home: Path, params: KdfParams) -> None:
    """Rewrite vault.key with ``params`` and a correct checksum (what a forger can do)."""
    header = VaultHeader.from_bytes((home / "vault.key").read_bytes())
    (home / "vault.key").write_bytes(replace(header, kdf=params).to_bytes())


def _snapshot(home: Path) -> dict[str, bytes]:
    return {str(p.relative_to(home)): p.read_bytes() for p in home.rglob("*") if p.is_file()}


def test_what_calibration_can_produce_is_within_the_ceiling() -> None:
    assert bounds_problem(FLOOR) is None
    assert bounds_problem(KdfParams(FLOOR.memory_kib, MAX_ITERATIONS, FLOOR.lanes)) is None
    assert bounds_problem(kdf.INSECURE_TEST_PARAMS) is None
    # Each ceiling on its own is allowed, as long as the work stays within bounds.
    assert bounds_problem(KdfParams(FLOOR.memory_kib, CEILING.iterations, CEILING.lanes)) is None
    assert bounds_problem(KdfParams(CEILING.memory_kib, 16, 4)) is None


@pytest.mark.parametrize("params", BEYOND.values(), ids=BEYOND.keys())
def test_the_parser_refuses_settings_beyond_the_ceiling(params: KdfParams) -> None:
    forged = VaultHeader.new(params, uses_device_secret=False).to_bytes()
    with pytest.raises(DamagedDataError, match=r"vault\.key .*key-derivation settings"):
        VaultHeader.from_bytes(forged)


@pytest.mark.parametrize("params", BEYOND.values(), ids=BEYOND.keys())
def test_unlock_refuses_quickly_and_changes_nothing(
    vault: Vault, home: Path, params: KdfParams
) -> None:
    vault.lock()
    _forge(home, params)
    before = _snapshot(home)
    start = time.perf_counter()
    with pytest.raises(DamagedDataError) as caught:
        unlock_vault(home, PASSPHRASE)
    assert time.perf_counter() - start < 2
    assert caught.value.exit_code == 3
    assert _snapshot(home) == before


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        (KdfParams(FLOOR.memory_kib, 3, CEILING.lanes + 1), "beyond Quire's ceiling"),
        (KdfParams(64, 1, 16), "impossible"),
    ],
    ids=["lanes", "impossible"],
)
def test_creation_refuses_settings_beyond_the_ceiling(
    home: Path, params: KdfParams, problem: str
) -> None:
    with pytest.raises(QuireError, match=problem) as caught:
        Vault.create(home, PASSPHRASE, kdf=params)
    assert caught.value.exit_code == 1  # a caller's mistake, not damage
    assert not (home / "vault.key").exists()


@pytest.mark.parametrize(
    "params", [BEYOND["iterations 0xFFFFFFFF"], BEYOND["memory 2^31 KiB"]], ids=["iter", "mem"]
)
def test_cli_exit_3_with_a_clear_line(tmp_path: Path, params: KdfParams) -> None:
    home = tmp_path / "vault"
    assert run_cli(home, "--passphrase-stdin", "init", stdin=PASSPHRASE + "\n").returncode == 0
    _forge(home, params)
    before = _snapshot(home)
    r = run_cli(home, "--passphrase-stdin", "list", stdin=PASSPHRASE + "\n", timeout=30)
    assert r.returncode == 3, r.stderr
    assert "vault.key is damaged or has been altered" in r.stderr
    assert "beyond Quire's ceiling" in r.stderr
    assert "Traceback" not in r.stderr + r.stdout
    assert _snapshot(home) == before


CHILD = """
import resource, sys
from pathlib import Path
from app.access import unlock_vault
from app.errors import QuireError
limit = 160 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    unlock_vault(Path(sys.argv[1]), sys.argv[2])
except QuireError as exc:
    print("refused:", exc, exc.exit_code)
"""


def test_unlock_without_the_memory_it_needs_is_a_clear_error(tmp_path: Path) -> None:
    """A vault made with the real floor (256 MiB), unlocked where only 160 MiB can be had."""
    home = tmp_path / "vault"
    Vault.create(home, PASSPHRASE, kdf=FLOOR)[0].lock()
    repo = Path(__file__).resolve().parents[1]
    r = subprocess.run(
        [sys.executable, "-c", CHILD, str(home), PASSPHRASE],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in r.stderr, r.stderr
    assert "refused: Not enough free memory to unlock" in r.stdout, r.stdout + r.stderr
    assert "256 MiB" in r.stdout and r.stdout.strip().endswith(" 1")
