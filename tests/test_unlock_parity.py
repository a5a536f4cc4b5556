"""A duress unlock and a normal one look alike on the disk: header and disk work.

The audit measured 22 fsyncs for a duress unlock and none for a normal one, so whoever
watches the disk (or compares two images of it) could tell them apart. Now both rewrite
``vault.key`` with all four slots changed and make a handful of fsyncs: the new empty
database is written without a journal and made durable once.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.vault.header import VaultHeader
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from app.wipe import set_duress_passphrase, wait_for_removals
from tests.conftest import PASSPHRASE, require_tool
from tests.support.cli import cli_command, cli_env

DURESS = "duress words"


def slots(home: Path) -> tuple[bytes, ...]:
    return VaultHeader.from_bytes((home / "vault.key").read_bytes()).slots


def made(home: Path) -> None:
    with Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0] as vault:
        set_duress_passphrase(vault, DURESS)


@pytest.mark.parametrize("passphrase", [PASSPHRASE, DURESS], ids=["normal", "duress"])
def test_every_unlock_changes_all_four_slots(home: Path, passphrase: str) -> None:
    made(home)
    before = slots(home)
    unlock_vault(home, passphrase).lock()
    assert wait_for_removals(30)
    after = slots(home)
    assert all(a != b for a, b in zip(before, after, strict=True))


def test_an_unlock_beside_another_program_leaves_the_header_alone(home: Path) -> None:
    """Another program holding the vault keeps the header it read (its own rewrites check
    it), so the refresh happens only when the vault is held alone."""
    made(home)
    with unlock_vault(home, PASSPHRASE):
        before = (home / "vault.key").read_bytes()
        with unlock_vault(home, PASSPHRASE):
            assert (home / "vault.key").read_bytes() == before


def fsyncs(home: Path, passphrase: str) -> int:
    """fsync and fdatasync calls of one whole ``quire-cli list``, every thread counted."""
    r = subprocess.run(
        [
            "strace",
            "-f",
            "-c",
            "-e",
            "trace=fsync,fdatasync",
            *cli_command("--passphrase-stdin", "list"),
        ],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        env=cli_env(home),
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    rows = re.findall(
        r"^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?f(?:data)?sync$", r.stderr, re.M
    )
    return sum(int(n) for n in rows)


def test_normal_and_duress_unlocks_make_about_the_same_fsyncs(home: Path) -> None:
    require_tool("strace", "counting a whole command's fsyncs")
    made(home)
    normal = fsyncs(home, PASSPHRASE)
    duress = fsyncs(home, DURESS)
    print(f"\nfsyncs of `quire-cli list`: normal unlock {normal}, duress unlock {duress}")
    assert normal >= 4  # the header rewritten durably, the folder synced
    assert duress <= 10  # the new database is made durable once, not per statement
    assert abs(duress - normal) <= 2
