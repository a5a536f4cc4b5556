"""Shared test set-up: the fast test KDF, the network guard, a temporary vault."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

import app.storage  # noqa: F401 - first, so SQLite gets Quire's lookaside pool (app/storage/lookaside.py)
from tests.support import netguard

PASSPHRASE = "correct horse battery staple"


def pytest_configure(config: pytest.Config) -> None:
    # The cheap KDF exists only behind this flag; real vaults refuse it.
    os.environ["QUIRE_INSECURE_TEST_KDF"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    netguard.install()


@pytest.fixture(autouse=True)
def _own_signer_book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The receiver's address book of signers is per test (CLI children inherit it), never
    the real one in the user's data folder."""
    monkeypatch.setenv("QUIRE_SIGNERS", str(tmp_path / "known-signers.json"))


def skip_or_fail(reason: str) -> NoReturn:
    """A real component is missing: skip here with the reason printed, fail in CI."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run this test")
    print(f"SKIPPED: {reason}")
    pytest.skip(reason)


def require_tool(name: str, why: str) -> None:
    """Skip with a printed reason when a real component is missing, but never in CI."""
    import shutil

    if shutil.which(name) is None:
        skip_or_fail(f"{name} not installed: {why}")


@pytest.fixture
def real_keyring() -> None:
    """A real Secret Service (gnome-keyring, started by scripts/test.sh), or a skip."""
    from app.vault import device_secret

    if os.environ.get("QUIRE_TEST_KEYRING") != "1":
        skip_or_fail("no Secret Service session: run the suite with `make test` (scripts/test.sh)")
    ok, reason = device_secret.is_available()
    assert ok, reason


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A vault folder that does not exist yet."""
    return tmp_path / "vault"


@pytest.fixture
def vault(home: Path) -> Iterator[object]:
    """A new, unlocked vault (fast test KDF)."""
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    v, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    yield v
    v.lock()
