"""Passphrase → key-encryption key with Argon2id, calibrated once per vault.

The floor (256 MiB, 3 passes, 4 lanes) is what DESIGN.md demands; at creation the pass
count is raised until one derivation takes about 0.7 s on this machine. A much cheaper
setting exists for tests only: it needs ``QUIRE_INSECURE_TEST_KDF=1`` in the environment
and is refused (on creation and on unlock) otherwise, so a real vault can never be made
or quietly accepted with it.

Settings read from ``vault.key`` also have ceilings, far above anything calibration picks
(it always uses 256 MiB and 4 lanes, and at most 24 passes) but low enough that a damaged
or forged header cannot hang the unlock (0xFFFFFFFF passes) or exhaust memory (2 TiB):
see :func:`bounds_problem` and docs/THREAT_MODEL.md.
"""

from __future__ import annotations

import math
import os
import sys
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.errors import DamagedDataError, QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import Text

TEST_FLAG_ENV = "QUIRE_INSECURE_TEST_KDF"
KEY_SIZE = 32
TARGET_SECONDS = 0.7
MAX_ITERATIONS = 24


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost settings, stored in the vault header."""

    memory_kib: int
    iterations: int
    lanes: int

    @property
    def below_floor(self) -> bool:
        return (
            self.memory_kib < FLOOR.memory_kib
            or self.iterations < FLOOR.iterations
            or self.lanes < FLOOR.lanes
        )


FLOOR = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)
INSECURE_TEST_PARAMS = KdfParams(memory_kib=64, iterations=1, lanes=1)
# Each ceiling is several times what calibration can produce (memory 4x, passes 2.7x,
# lanes 4x), and the work (memory x passes) at most 64 passes over 256 MiB: 2.7x the most
# calibration ever picks, so a vault made on a fast machine still opens on a slow one,
# while the worst a forged header can cost is 25-30 s on the slow test machine.
CEILING = KdfParams(memory_kib=1024 * 1024, iterations=64, lanes=16)
MAX_WORK_KIB_PASSES = 64 * 256 * 1024


TEST_KDF_WARNING = (
    f"WARNING: {TEST_FLAG_ENV}=1: INSECURE test key derivation in use. A passphrase "
    "protected this way can be guessed in moments. For Quire's tests only: never keep "
    "real data in a vault made or opened like this."
)
_warned = False


def warn_test_kdf() -> None:
    """Loud, on stderr, once per process: someone may have set the flag by mistake."""
    global _warned
    if not _warned:
        _warned = True
        print(TEST_KDF_WARNING, file=sys.stderr, flush=True)


def test_kdf_allowed() -> bool:
    """True only when the explicit test flag is set, and never in a release build
    (PyInstaller sets ``sys.frozen``): what people install has no path only tests need."""
    return os.environ.get(TEST_FLAG_ENV) == "1" and not getattr(sys, "frozen", False)


def bounds_problem(params: KdfParams) -> Text | None:
    """Why Argon2id cannot or must not run with these settings (whatever the test flag).

    ``None`` when they are within Argon2id's rules and Quire's ceilings.
    """
    if params.iterations < 1 or params.lanes < 1 or params.memory_kib < 8 * params.lanes:
        return Text(
            "errors",
            _T(
                "errors",
                "its key-derivation settings are impossible ({kib} KiB, {passes} passes, "
                "{lanes} lanes)",
            ),
            {"kib": params.memory_kib, "passes": params.iterations, "lanes": params.lanes},
        )
    if (
        params.memory_kib > CEILING.memory_kib
        or params.iterations > CEILING.iterations
        or params.lanes > CEILING.lanes
        or params.memory_kib * params.iterations > MAX_WORK_KIB_PASSES
    ):
        return Text(
            "errors",
            _T(
                "errors",
                "its key-derivation settings ({mib} MiB, {passes} passes, {lanes} lanes) are "
                "beyond Quire's ceiling (at most {max_mib} MiB, {max_passes} passes, "
                "{max_lanes} lanes, and no more work than {max_work} passes over 256 MiB)",
            ),
            {
                "mib": params.memory_kib // 1024,
                "passes": params.iterations,
                "lanes": params.lanes,
                "max_mib": CEILING.memory_kib // 1024,
                "max_passes": CEILING.iterations,
                "max_lanes": CEILING.lanes,
                "max_work": MAX_WORK_KIB_PASSES // FLOOR.memory_kib,
            },
        )
    return None


def check_params(params: KdfParams, *, origin: str) -> None:
    """Refuse settings beyond the ceilings, and below the floor unless the test flag is set."""
    problem = bounds_problem(params)
    if problem is not None:
        if origin == "vault.key":
            raise DamagedDataError("vault.key", problem)
        raise QuireError(
            _T("errors", "Key-derivation settings refused: {problem}."), problem=problem
        )
    if params.below_floor and not test_kdf_allowed():
        if origin == "vault.key":
            raise DamagedDataError(
                "vault.key",
                _T("errors", "its key-derivation settings are below Quire's minimum"),
            )
        raise QuireError(
            _T(
                "errors",
                "Key-derivation settings below the minimum need {test_flag_env}=1 (tests only).",
            ),
            test_flag_env=TEST_FLAG_ENV,
        )
    if params.below_floor:
        warn_test_kdf()


def derive_kek(
    passphrase: str, salt: bytes, params: KdfParams, device_secret: bytes | None = None
) -> bytes:
    """The key-encryption key. The device secret, if any, is Argon2's secret input."""
    check_params(params, origin="vault.key")
    kdf = Argon2id(
        salt=salt,
        length=KEY_SIZE,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
        secret=device_secret,
    )
    try:
        return kdf.derive(passphrase.encode("utf-8"))
    except MemoryError:  # a small or busy machine: say so, never a traceback
        raise QuireError(
            _T(
                "errors",
                "Not enough free memory to unlock: this vault's key derivation needs {value} MiB. "
                "Close other programs and try again.",
            ),
            value=params.memory_kib // 1024,
        ) from None


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Settings at or above the floor that take about ``target_seconds`` here."""
    if test_kdf_allowed():
        warn_test_kdf()
        return INSECURE_TEST_PARAMS
    start = time.perf_counter()
    Argon2id(
        salt=os.urandom(16),
        length=KEY_SIZE,
        iterations=FLOOR.iterations,
        lanes=FLOOR.lanes,
        memory_cost=FLOOR.memory_kib,
    ).derive(b"calibration")
    elapsed = max(time.perf_counter() - start, 1e-3)
    per_pass = elapsed / FLOOR.iterations
    iterations = min(MAX_ITERATIONS, max(FLOOR.iterations, math.floor(target_seconds / per_pass)))
    return KdfParams(FLOOR.memory_kib, iterations, FLOOR.lanes)
