"""Unlock time with the real, calibrated KDF, against a bare Argon2id derivation.

``calibrate()`` runs without the test flag (it is removed from the environment here), so the
vault gets the parameters a real one would on this machine. ``unlock_vault`` is then timed
against ``Argon2id(...).derive`` with the same parameters, salt and passphrase: the gap is
what unlocking costs besides the KDF (reading the header, trying the slots, opening and
checking the database). The vault is empty, so the database part is as small as it gets;
bench_search.py shows what a full vault adds.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import pytest

from app.access import unlock_vault
from tests.bench.conftest import size

PASSPHRASE = "correct horse battery staple, but longer"
RUNS = size(3, 1)


def test_unlock_with_calibrated_kdf(
    bench: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    from app.vault.kdf import FLOOR, KEY_SIZE, TARGET_SECONDS, calibrate
    from app.vault.vault import Vault, normalize_passphrase, read_header

    monkeypatch.delenv("QUIRE_INSECURE_TEST_KDF", raising=False)
    start = time.perf_counter()
    params = calibrate()
    calibrate_s = time.perf_counter() - start
    assert not params.below_floor

    home = tmp_path / "vault"
    start = time.perf_counter()
    vault, _ = Vault.create(home, PASSPHRASE, kdf=params)
    create_s = time.perf_counter() - start
    vault.lock()
    header = read_header(home)
    assert header.kdf == params

    def unlock() -> None:
        unlock_vault(home, PASSPHRASE).lock()

    def derive() -> None:
        Argon2id(
            salt=header.salt,
            length=KEY_SIZE,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive(normalize_passphrase(PASSPHRASE).encode("utf-8"))

    unlock_t, derive_t = [], []
    for _ in range(RUNS):  # interleaved, so drift hits both alike
        unlock_t.append(bench.timed(unlock))
        derive_t.append(bench.timed(derive))
    u, d = min(unlock_t), min(derive_t)
    um, dm = statistics.median(unlock_t), statistics.median(derive_t)
    bench.say(
        *bench.title("unlock with the calibrated KDF"),
        f"  calibrate(): {calibrate_s:.2f} s -> Argon2id memory {params.memory_kib // 1024} MiB,"
        f" {params.iterations} passes, {params.lanes} lanes"
        f" (floor {FLOOR.memory_kib // 1024} MiB / {FLOOR.iterations} / {FLOOR.lanes};"
        f" target {TARGET_SECONDS:.1f} s per derivation)",
        f"  Vault.create with these parameters: {create_s:.2f} s",
        f"  unlock_vault        best {u * 1000:7.0f} ms  median {um * 1000:7.0f} ms"
        f"   (runs: {', '.join(f'{t * 1000:.0f}' for t in unlock_t)} ms)",
        f"  bare Argon2id       best {d * 1000:7.0f} ms  median {dm * 1000:7.0f} ms"
        f"   (runs: {', '.join(f'{t * 1000:.0f}' for t in derive_t)} ms)",
        f"  ratio unlock / Argon2id: {bench.ratio(u, d)} (best), {bench.ratio(um, dm)} (median);"
        f" unlock beyond the KDF: {(u - d) * 1000:.0f} ms",
    )
