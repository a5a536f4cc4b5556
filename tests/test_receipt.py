"""Proof-of-existence receipts (issue 14): a short code from an evidence file's SHA-256 that
the person sends to their lawyer by another channel the day the file is recorded."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.spoken_fingerprint import receipt
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli


def _store(vault: Vault, data: bytes, name: str) -> str:
    i = IncidentStore(vault).create(
        IncidentRecord.from_dict({"title": "Threat", "categories": ["threat"]})
    )
    return EvidenceStore(vault).import_stream(i, io.BytesIO(data), name).sha256


def test_same_bytes_same_receipt_and_other_bytes_another(vault: Vault) -> None:
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    first = receipt(_store(vault, photo, "photo.png"))
    # The same bytes under another name, in another incident: the same receipt.
    assert receipt(_store(vault, photo, "renamed.png")) == first
    # One byte changed: another receipt.
    changed = photo[:-1] + bytes([photo[-1] ^ 1])
    assert receipt(_store(vault, changed, "photo.png")) != first
    # Anyone recomputes it from the file alone, without Quire's diary.
    assert receipt(hashlib.sha256(photo).hexdigest()) == first
    words = first.split()
    assert len(words) == 6 and all(w.isascii() and w.isalpha() for w in words)


def test_evidence_list_shows_each_receipt(home: Path, tmp_path: Path) -> None:
    pw = PASSPHRASE + "\n"
    assert run_cli(home, "--passphrase-stdin", "init", stdin=pw).returncode == 0
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"threat" * 100)
    r = run_cli(home, "--passphrase-stdin", "add", "--title", "T", "--category", "threat",
                "--attach", str(shot), stdin=pw)  # fmt: skip
    assert r.returncode == 0, r.stderr
    incident = r.stdout.strip().splitlines()[-1].split()[-1]
    expected = receipt(hashlib.sha256(shot.read_bytes()).hexdigest())
    r = run_cli(home, "--passphrase-stdin", "evidence", "list", incident, "--json", stdin=pw)
    assert r.returncode == 0, r.stderr
    (item,) = json.loads(r.stdout)["evidence"]
    assert item["receipt"] == expected
    r = run_cli(home, "--passphrase-stdin", "evidence", "list", incident, stdin=pw)
    assert f"receipt: {expected}" in r.stdout
