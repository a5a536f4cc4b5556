"""What a process that unlocked and locked the vault still holds of its keys, measured.

A child process unlocks a vault, works with it (a session in a second handle, an evidence
import, a passphrase change, a duress passphrase, a purge and its re-key), locks it and
waits. This test then reads every readable mapping of the child's memory through
``/proc/<pid>/maps`` and ``/proc/<pid>/mem`` and counts the keys in it: the data key before
and after the purge's re-key, SQLCipher's key (raw, and as the hex text SQLCipher's raw-key
form uses, in both cases), and the key-encryption keys.

The same scan of the child while the vault is still open must find the data key (so the
scan works). Measured after lock: 0 copies of each (docs/THREAT_MODEL.md). Reading another
process's memory needs root or ptrace rights over the child; without them this skips with
the reason (and fails in CI).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.storage.db import database_key
from app.vault.kdf import INSECURE_TEST_PARAMS, derive_kek
from app.vault.vault import Vault, read_header
from tests.conftest import PASSPHRASE, skip_or_fail
from tests.support.cli import REPO, cli_env

SECOND = "the second passphrase"
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.vault.vault import Vault
    from app.access import unlock_vault
    from app.wipe.duress import set_duress_passphrase

    home, source = Path(sys.argv[1]), Path(sys.argv[2])
    vault = unlock_vault(home, sys.argv[3])
    store = IncidentStore(vault)
    store.list()
    session = vault.session()
    IncidentStore(session).list()
    session.lock()
    EvidenceStore(vault).import_file(1, source)
    vault.change_passphrase(sys.argv[4])
    set_duress_passphrase(vault, "a duress passphrase")
    print("open", flush=True)
    sys.stdin.readline()
    store.purge(store.create(IncidentRecord.from_dict({"title": "purged"})))
    vault.lock()
    print("locked", flush=True)
    sys.stdin.readline()
    """
)


def _scan(pid: int, needles: dict[str, bytes]) -> dict[str, int]:
    """How often each needle occurs in the readable memory of process ``pid``."""
    counts = dict.fromkeys(needles, 0)
    try:
        maps = Path(f"/proc/{pid}/maps").read_text().splitlines()
        mem = open(f"/proc/{pid}/mem", "rb", buffering=0)  # noqa: SIM115 -- closed below
    except OSError as exc:
        skip_or_fail(f"cannot read the child's memory ({exc}): needs root or ptrace rights")
    with mem:
        for line in maps:
            m = re.match(r"([0-9a-f]+)-([0-9a-f]+) (\S+)\s+\S+\s+\S+\s+\S+\s*(.*)", line)
            assert m is not None, line
            start, end, perms, name = int(m[1], 16), int(m[2], 16), m[3], m[4]
            if not perms.startswith("r") or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
                continue
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except OSError:
                continue  # a guard page or a mapping that went away
            for what, needle in needles.items():
                counts[what] += data.count(needle)
    return counts


def _needles(label: str, data_key: bytes) -> dict[str, bytes]:
    db_key = database_key(data_key)
    return {
        f"{label} data key": data_key,
        f"{label} SQLCipher key": db_key,
        f"{label} SQLCipher hex key": db_key.hex().encode(),
    }


def test_locking_leaves_no_copy_of_the_keys_in_memory(home: Path, tmp_path: Path) -> None:
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    IncidentStore(vault).create(IncidentRecord.from_dict({"title": "an incident"}))
    old_key = vault.data_key
    vault.lock()
    source = tmp_path / "evidence.txt"
    source.write_bytes(os.urandom(200_000))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(home), str(source), PASSPHRASE, SECOND],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=cli_env(home),
        cwd=REPO,
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        assert child.stdout.readline().strip() == b"open"
        header = read_header(home)
        keks = {
            "first KEK": derive_kek(PASSPHRASE, header.salt, header.kdf),
            "second KEK": derive_kek(SECOND, header.salt, header.kdf),
        }
        while_open = _scan(child.pid, {**_needles("old", old_key), **keks})
        print(f"\nwhile open: {while_open}")
        assert while_open["old data key"] >= 1  # the scan finds what is there
        assert while_open["second KEK"] >= 1
        child.stdin.write(b"\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == b"locked"
        header = read_header(home)
        opened = header.open_slots(keks["second KEK"])
        assert opened is not None
        new_key = opened[2]
        assert new_key != old_key
        after = _scan(child.pid, {**_needles("old", old_key), **_needles("new", new_key), **keks})
        print(f"after lock: {after}")
        assert after == dict.fromkeys(after, 0), after
    finally:
        child.kill()
        child.communicate(timeout=60)


@pytest.mark.parametrize("size", [32, 48])
def test_the_scan_counts_what_is_there(size: int) -> None:
    """The scanner itself: a needle this process holds is found in its own memory."""
    needle = os.urandom(size)
    keep = bytearray(needle) * 3
    counts = _scan(os.getpid(), {"needle": needle})
    assert counts["needle"] >= 3
    del keep
