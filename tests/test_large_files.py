"""Big evidence files pass through in constant memory and come back byte for byte.

Videos of a dispersal or a phone's full chat export easily reach gigabytes. The evidence
store streams them (STREAM, 64 KiB chunks) and must neither load them whole nor trip over
sizes beyond 2**31 (32-bit offsets and counters).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.cli import REPO, cli_env

MIB = 1024 * 1024


def sha256_of(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(4 * MIB):
            sha.update(chunk)
    return sha.hexdigest()


def write_random(path: Path, size: int) -> str:
    """``size`` random bytes written in 1 MiB pieces; returns their SHA-256."""
    sha = hashlib.sha256()
    with open(path, "wb") as f:
        left = size
        while left:
            block = os.urandom(min(MIB, left))
            f.write(block)
            sha.update(block)
            left -= len(block)
    return sha.hexdigest()


def write_patterned(path: Path, size: int) -> str:
    """A fast, mostly distinct, partly sparse file of ``size`` bytes; returns its SHA-256.

    One random 1 MiB block is reused, but every 64 KiB piece of every block is stamped
    with its own offset (so a swapped or repeated chunk changes the hash), and every 16th
    block is left as a hole (reads as zeros; the file is sparse where the filesystem
    allows). Nothing like all zeros.
    """
    base = os.urandom(MIB)
    sha = hashlib.sha256()
    zeros = bytes(MIB)
    with open(path, "wb") as f:
        offset = 0
        index = 0
        while offset < size:
            n = min(MIB, size - offset)
            if index % 16 == 7 and n == MIB:
                f.seek(n, os.SEEK_CUR)
                sha.update(zeros)
            else:
                block = bytearray(base[:n])
                for piece in range(0, n - 16, 64 * 1024):
                    block[piece : piece + 16] = (offset + piece).to_bytes(16, "big")
                f.write(block)
                sha.update(block)
            offset += n
            index += 1
        f.truncate(size)
    return sha.hexdigest()


def test_100_mib_file_round_trip(vault, tmp_path: Path) -> None:
    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore

    size = 100 * MIB
    src = tmp_path / "video.mp4"
    digest = write_random(src, size)
    incident = IncidentStore(vault).create(IncidentRecord.from_dict({"title": "big file"}))
    store = EvidenceStore(vault)
    seen: list[int] = []
    info = store.import_file(incident, src, progress=lambda done, total: seen.append(done))
    assert info.size == size
    assert info.sha256 == digest
    assert seen and seen[-1] == size

    # The blob is ciphertext of the right length, not a copy of the file.
    blob = vault.evidence_dir / info.blob_id
    assert blob.stat().st_size > size
    with open(blob, "rb") as f, open(src, "rb") as orig:
        f.seek(10 * MIB)
        orig.seek(10 * MIB)
        assert f.read(4096) != orig.read(4096)

    sha = hashlib.sha256()
    total = 0
    with store.open(info.id) as reader:
        while chunk := reader.read(3 * MIB + 17):  # odd size: crosses chunk boundaries
            sha.update(chunk)
            total += len(chunk)
    assert total == size
    assert sha.hexdigest() == digest


# The big round trip runs in a fresh interpreter so its peak measures only this work. The
# peak is VmHWM: ru_maxrss would carry the test session's own peak across fork and execve.
_ROUND_TRIP = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    home, src, dest, passphrase = sys.argv[1:5]
    def hwm():
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])

    vault, _ = Vault.create(Path(home), passphrase, kdf=INSECURE_TEST_PARAMS)
    incident = IncidentStore(vault).create(IncidentRecord.from_dict({"title": "huge"}))
    store = EvidenceStore(vault)
    before = hwm()
    info = store.import_file(incident, Path(src))
    after_import = hwm()
    store.export(info.id, Path(dest))
    after_export = hwm()
    blob_size = (vault.evidence_dir / info.blob_id).stat().st_size
    vault.lock()
    print(json.dumps({
        "size": info.size, "sha256": info.sha256, "blob_size": blob_size,
        "rss_kib": [before, after_import, after_export],
    }))
    """
)


@pytest.mark.slow
def test_file_larger_than_2_gib_round_trip(tmp_path: Path) -> None:
    from app.crypto.stream import sealed_size
    from app.evidence.store import BLOB_MAGIC

    size = 2 * 1024 * MIB + MIB
    src = tmp_path / "phone-dump.bin"
    dest = tmp_path / "exported.bin"
    digest = write_patterned(src, size)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            _ROUND_TRIP,
            str(tmp_path / "vault"),
            str(src),
            str(dest),
            PASSPHRASE,
        ],
        env=cli_env(tmp_path / "vault"),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["size"] == size
    assert result["sha256"] == digest
    assert result["blob_size"] == len(BLOB_MAGIC) + sealed_size(size)
    assert dest.stat().st_size == size
    assert sha256_of(dest) == digest

    before, after_import, after_export = result["rss_kib"]  # Linux: KiB
    growth_mb = (max(after_import, after_export) - before) * 1024 / 1e6
    print(f"peak RSS {before} -> {after_import} -> {after_export} KiB (+{growth_mb:.1f} MB)")
    assert growth_mb < 200, f"peak RSS grew by {growth_mb:.0f} MB for a {size} byte file"
