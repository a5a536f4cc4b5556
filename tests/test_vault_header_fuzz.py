"""Fuzzing the ``vault.key`` parser and the unlock behind it (hypothesis, < 60 s).

Random bytes rarely get past the checksum, so one harness also rewrites a real header
field by field with any value and then fixes the checksum, as a forger would; the unlock
harness writes such headers into a real vault folder and unlocks it.

The property: ``VaultHeader.from_bytes`` gives a header within the KDF bounds or raises
``DamagedDataError``; ``unlock_vault`` opens the vault or raises a ``QuireError``; never
anything else, and a failed unlock changes no file.
The harnesses are marked slow (``make test`` runs them); the regressions are not.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.access import unlock_vault
from app.errors import DamagedDataError, QuireError
from app.vault.header import _PREFIX, HEADER_SIZE, VaultHeader
from app.vault.kdf import CEILING, INSECURE_TEST_PARAMS, bounds_problem
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

FUZZ = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
U32 = 0xFFFFFFFF
# Values that matter to Argon2id and the ceilings, and cheap ones (the unlock runs them).
_CHEAP_MEMORY = st.one_of(st.integers(0, 2048), st.sampled_from([CEILING.memory_kib + 1, U32]))
_CHEAP_PASSES = st.one_of(st.integers(0, 3), st.sampled_from([CEILING.iterations + 1, U32]))
_LANES = st.one_of(st.integers(0, 20), st.sampled_from([CEILING.lanes + 1, 1 << 24, U32]))


def _fix_checksum(data: bytes) -> bytes:
    body = data[:-32]
    return body + hashlib.sha256(body).digest()


@st.composite
def forged(draw: st.DrawFn, original: bytes, *, cheap: bool) -> bytes:
    """``original`` with some prefix fields replaced and slots changed, checksum fixed."""
    magic, version, flags, vault_id, mem, iters, lanes, salt = _PREFIX.unpack_from(original)
    fields = {
        "magic": st.sampled_from([magic, b"QUIREVK2", bytes(8)]),
        "version": st.integers(0, 0xFFFF),
        "flags": st.integers(0, 0xFFFF),
        "memory": _CHEAP_MEMORY if cheap else st.integers(0, U32),
        "passes": _CHEAP_PASSES if cheap else st.integers(0, U32),
        "lanes": _LANES if cheap else st.integers(0, U32),
        "salt": st.binary(min_size=32, max_size=32),
    }
    values = {"magic": magic, "version": version, "flags": flags, "memory": mem}
    values |= {"passes": iters, "lanes": lanes, "salt": salt}
    for name in draw(st.sets(st.sampled_from(sorted(fields)))):
        values[name] = draw(fields[name])
    prefix = _PREFIX.pack(
        values["magic"],
        values["version"],
        values["flags"],
        vault_id,
        values["memory"],
        values["passes"],
        values["lanes"],
        values["salt"],
    )
    rest = bytearray(original[_PREFIX.size :])
    for _ in range(draw(st.integers(0, 2))):
        rest[draw(st.integers(0, len(rest) - 33))] ^= draw(st.integers(1, 255))
    return _fix_checksum(prefix + bytes(rest))


ORIGINAL = VaultHeader.new(INSECURE_TEST_PARAMS, uses_device_secret=False).to_bytes()


def _parse(data: bytes) -> None:
    try:
        header = VaultHeader.from_bytes(data)
    except DamagedDataError:
        return
    assert bounds_problem(header.kdf) is None
    assert header.to_bytes() == data  # what was accepted is exactly what was read


@pytest.mark.slow
@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=2 * HEADER_SIZE), st.binary(min_size=HEADER_SIZE, max_size=HEADER_SIZE)
    )
)
def test_random_bytes_are_damage_or_a_header(data: bytes) -> None:
    _parse(data)
    if len(data) == HEADER_SIZE:
        _parse(_fix_checksum(data))


@pytest.mark.slow
@FUZZ
@given(data=st.data())
def test_forged_fields_are_damage_or_a_bounded_header(data: st.DataObject) -> None:
    _parse(data.draw(forged(ORIGINAL, cheap=False)))


@pytest.fixture(scope="module")
def sealed_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("fuzz") / "vault"
    Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0].lock()
    return home


@pytest.mark.slow
@FUZZ
@given(data=st.data())
def test_unlock_of_a_forged_header_is_a_clear_error(sealed_home: Path, data: st.DataObject) -> None:
    path = sealed_home / "vault.key"
    original = path.read_bytes()
    header = data.draw(forged(original, cheap=True))
    path.write_bytes(header)
    files = {p: p.read_bytes() for p in sealed_home.rglob("*") if p.is_file()}
    try:
        unlock_vault(sealed_home, PASSPHRASE).lock()
    except QuireError:
        after = {p: p.read_bytes() for p in sealed_home.rglob("*") if p.is_file()}
        assert after == files
    finally:
        path.write_bytes(original)
