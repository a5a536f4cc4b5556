"""Shared test set-up: the fast test KDF, the network guard, a temporary vault."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import netguard

PASSPHRASE = "correct horse battery staple"


def pytest_configure(config: pytest.Config) -> None:
    # The cheap KDF exists only behind this flag; real vaults refuse it.
    os.environ["QUIRE_INSECURE_TEST_KDF"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    netguard.install()


def require_tool(name: str, why: str) -> None:
    """Skip with a printed reason when a real component is missing, but never in CI."""
    import shutil

    if shutil.which(name) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI ({why}) but is not installed")
        pytest.skip(f"{name} not installed: {why}")


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
