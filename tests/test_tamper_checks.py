"""Checks a mutation pass found untested: each test here fails when its check is removed.

The revision chain (app/incidents/chain.py): a forged entry whose payload hash was
recomputed, a stored hash changed at the head, the chain entry of an incident's current
revision deleted, and a revision's text emptied to pass it off as purged. The evidence
reader (app/evidence/store.py): a recorded SHA-256 or size that no longer matches the
bytes, found on reading, by ``evidence get`` (no copy left behind) and by ``verify --deep``.
The backup restore (app/backup/archive.py): a file listed but absent, a file present but
not listed, and a backup whose manifest leaves out the vault's header.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
from pathlib import Path
from typing import Any

import pytest

from app.access import unlock_vault
from app.backup.archive import MANIFEST, create_backup, restore_backup
from app.errors import DamagedDataError
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"


def rec(**fields: Any) -> IncidentRecord:
    return IncidentRecord.from_dict({"title": "t", **fields})


@pytest.fixture
def store(vault: Vault) -> IncidentStore:
    return IncidentStore(vault)


# -- the chain ------------------------------------------------------------------------------
def test_a_forged_entry_with_a_recomputed_payload_hash_is_found(
    store: IncidentStore, vault: Vault
) -> None:
    """The payload and its hash agree, the next entry still follows: only the entry's own
    hash (prev_hash || payload_hash) shows the forgery."""
    i = store.create(rec(title="Original"))
    store.update(i, rec(title="Edited"))
    seq, payload = vault.db.execute(
        "SELECT seq, payload FROM chain WHERE kind = 'revision' ORDER BY seq LIMIT 1"
    ).fetchone()
    forged = payload.replace("Original", "Forged")
    assert forged != payload
    vault.db.execute(
        "UPDATE chain SET payload = ?, payload_hash = ? WHERE seq = ?",
        (forged, hashlib.sha256(forged.encode()).digest(), seq),
    )
    assert store.verify().problems == [f"entry {seq}: its hash does not match"]


def test_a_changed_hash_at_the_head_is_found(store: IncidentStore, vault: Vault) -> None:
    """The last entry has no successor to disagree with it: only its own hash check sees."""
    store.create(rec())
    seq = vault.db.execute("SELECT max(seq) FROM chain").fetchone()[0]
    vault.db.execute("UPDATE chain SET hash = ? WHERE seq = ?", (os.urandom(32), seq))
    assert store.verify().problems == [f"entry {seq}: its hash does not match"]


def test_a_deleted_current_revision_is_found(store: IncidentStore, vault: Vault) -> None:
    """Deleting the chain's last entry leaves a shorter chain that verifies on its own."""
    i = store.create(rec(title="a"))
    store.update(i, rec(title="b"))
    vault.db.execute("DELETE FROM chain WHERE seq = (SELECT max(seq) FROM chain)")
    assert store.verify().problems == [f"incident {i}: revision 2 is missing from the chain"]


def test_a_revision_emptied_without_a_purge_is_found(store: IncidentStore, vault: Vault) -> None:
    i = store.create(rec(title="What they first wrote"))
    store.update(i, rec(title="Softened"))
    seq = vault.db.execute(
        "SELECT min(seq) FROM chain WHERE incident_id = ? AND kind = 'revision'", (i,)
    ).fetchone()[0]
    vault.db.execute("UPDATE chain SET payload = NULL WHERE seq = ?", (seq,))
    report = store.verify()
    assert report.problems == [f"entry {seq}: its content was removed without a purge"]


def test_a_purge_empties_payloads_and_still_verifies(store: IncidentStore) -> None:
    keep = store.create(rec(title="kept"))
    gone = store.create(rec(title="gone"))
    store.update(gone, rec(title="gone, edited"))
    store.purge(gone)
    report = store.verify()
    assert report.ok, report.problems
    assert report.purged == 2
    store.update(keep, rec(title="kept, edited"))
    assert store.verify().ok


# -- the evidence reader ----------------------------------------------------------------------
@pytest.fixture
def attached(vault: Vault) -> tuple[EvidenceStore, int]:
    incident = IncidentStore(vault).create(rec())
    evidence = EvidenceStore(vault)
    info = evidence.import_stream(incident, io.BytesIO(os.urandom(150_000)), "photo.jpg")
    return evidence, info.id


@pytest.mark.parametrize(
    ("column", "value"),
    [("sha256", hashlib.sha256(b"other bytes").hexdigest()), ("size", 149_999)],
)
def test_a_recorded_hash_or_size_that_does_not_match_is_found(
    vault: Vault, attached: tuple[EvidenceStore, int], column: str, value: object
) -> None:
    """The blob's AEAD is intact; only the re-hash (or the byte count) at the end of the
    read can tell that the record says something else than the bytes."""
    evidence, evidence_id = attached
    vault.db.execute(f"UPDATE evidence SET {column} = ? WHERE id = ?", (value, evidence_id))
    with pytest.raises(DamagedDataError, match="does not match its recorded hash"):
        evidence.verify_blob(evidence_id)


def test_evidence_get_and_verify_deep_report_a_wrong_recorded_hash(
    tmp_path: Path, home: Path
) -> None:
    r = run_cli(home, "--passphrase-stdin", "init", stdin=PW)
    assert r.returncode == 0, r.stderr
    vault = unlock_vault(home, PASSPHRASE)
    try:
        incident = IncidentStore(vault).create(rec())
        info = EvidenceStore(vault).import_stream(
            incident, io.BytesIO(os.urandom(100_000)), "screenshot.png"
        )
        vault.db.execute(
            "UPDATE evidence SET sha256 = ? WHERE id = ?",
            (hashlib.sha256(b"not these bytes").hexdigest(), info.id),
        )
    finally:
        vault.lock()
    out = tmp_path / "copy.png"
    r = run_cli(
        home, "--passphrase-stdin", "evidence", "get", str(incident), str(info.id), "-o", str(out),
        stdin=PW,
    )  # fmt: skip
    assert r.returncode == 3 and "does not match its recorded hash" in r.stderr, r.stderr
    assert list(tmp_path.iterdir()) == [home]  # no copy, no partial file
    r = run_cli(home, "--passphrase-stdin", "verify", "--deep", stdin=PW)
    assert r.returncode == 3 and "does not match its recorded hash" in r.stdout, r.stdout


# -- the backup restore -----------------------------------------------------------------------
Members = list[tuple[str, bytes]]


@pytest.fixture
def backup_members(vault: Vault, tmp_path: Path) -> Members:
    """A real backup of a vault with two evidence files, as (name, bytes), manifest last."""
    incident = IncidentStore(vault).create(rec(title="Kept safe"))
    for name in ("a.jpg", "b.jpg"):
        EvidenceStore(vault).import_stream(incident, io.BytesIO(os.urandom(50_000)), name)
    out = tmp_path / "real.quire"
    create_backup(vault, out)
    with tarfile.open(out) as tar:
        members = [(m.name, tar.extractfile(m).read()) for m in tar]  # type: ignore[union-attr]
    assert members[-1][0] == MANIFEST
    return members


def _write_backup(path: Path, members: Members) -> None:
    """The same tar format create_backup writes (so only the edit is wrong)."""
    with (
        open(path, "wb") as raw,
        tarfile.open(fileobj=raw, mode="w|", format=tarfile.PAX_FORMAT) as tar,
    ):
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def _manifest(members: Members) -> dict[str, Any]:
    return dict(json.loads(members[-1][1]))


def _refused(tmp_path: Path, members: Members, match: str) -> None:
    source, dest = tmp_path / "edited.quire", tmp_path / "restore-here" / "vault"
    _write_backup(source, members)
    with pytest.raises(DamagedDataError, match=match) as caught:
        restore_backup(source, dest)
    assert caught.value.exit_code == 3
    assert list(dest.parent.iterdir()) == []  # nothing restored, no staging folder left


def test_the_editing_helper_writes_a_backup_that_restores(
    backup_members: Members, tmp_path: Path
) -> None:
    source = tmp_path / "same.quire"
    _write_backup(source, backup_members)
    restore_backup(source, tmp_path / "restored")
    assert (tmp_path / "restored" / "vault.key").is_file()


def test_a_listed_file_absent_from_the_backup_is_refused(
    backup_members: Members, tmp_path: Path
) -> None:
    blob = next(i for i, (name, _) in enumerate(backup_members) if name.startswith("evidence/"))
    dropped = backup_members[blob][0]
    _refused(tmp_path, backup_members[:blob] + backup_members[blob + 1 :], f"{dropped} is missing")


def test_a_file_not_in_the_manifest_is_refused(backup_members: Members, tmp_path: Path) -> None:
    stray = ("evidence/" + "ab" * 16, b"QUIREBL1" + os.urandom(100))
    _refused(tmp_path, [stray, *backup_members], "is not in its manifest")


def test_a_backup_whose_manifest_leaves_out_the_header_is_refused(
    backup_members: Members, tmp_path: Path
) -> None:
    """No vault.key, and a manifest that agrees: every listed hash matches, but what would
    be restored is a folder that can never be opened."""
    manifest = _manifest(backup_members)
    manifest["files"] = [f for f in manifest["files"] if f["path"] != "vault.key"]
    members = [(n, d) for n, d in backup_members[:-1] if n != "vault.key"]
    members.append((MANIFEST, json.dumps(manifest).encode()))
    _refused(tmp_path, members, "does not list the vault's files")
