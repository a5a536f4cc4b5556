"""Files waiting in a draft: kept encrypted in the database until the incident is saved."""

from __future__ import annotations

import hashlib
import secrets
import tempfile
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.incidents import chain
from app.incidents.drafts import (
    DRAFT_FILE_LIMIT,
    DRAFT_TOTAL_LIMIT,
    DraftError,
    DraftStore,
)
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_canary import make_canaries, scan

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def test_a_file_waits_in_the_draft_and_goes_with_it(vault: Vault) -> None:
    drafts = DraftStore(vault)
    draft_id = drafts.save(None, None, {"record": {"title": "threat"}})
    kept = drafts.add_file(
        draft_id, PNG, "threat-2025-05-14-2315.png", source_url="https://t.me/x/1"
    )
    assert (kept.name, kept.size, kept.type) == (
        "threat-2025-05-14-2315.png",
        len(PNG),
        "image/png",
    )
    assert kept.sha256 == hashlib.sha256(PNG).hexdigest()
    assert drafts.files(draft_id) == [kept]
    assert drafts.file_bytes(kept.id) == PNG
    drafts.discard(draft_id)
    assert vault.db.execute("SELECT count(*) FROM draft_files").fetchone()[0] == 0


def test_files_survive_a_lock(home: Path, vault: Vault) -> None:
    drafts = DraftStore(vault)
    draft_id = drafts.save(None, None, {"record": {"title": "t"}})
    drafts.add_file(draft_id, PNG, "a.png")
    vault.lock()
    again = unlock_vault(home, PASSPHRASE)
    try:
        files = DraftStore(again).files(draft_id)
        assert [f.name for f in files] == ["a.png"]
        assert DraftStore(again).file_bytes(files[0].id) == PNG
    finally:
        again.lock()


def test_saving_moves_them_into_the_incident(vault: Vault) -> None:
    drafts = DraftStore(vault)
    draft_id = drafts.save(None, None, {"record": {"title": "t"}})
    first = drafts.add_file(draft_id, PNG, "a.png", captured_at="2025-05-14T23:15")
    drafts.add_file(draft_id, b"hello", "b.txt")
    incident_id = IncidentStore(vault).create(IncidentRecord.from_dict({"title": "t"}))
    seen: list[tuple[int, int]] = []
    moved = drafts.move_files(draft_id, incident_id, progress=lambda d, t: seen.append((d, t)))
    assert [m.name for m in moved] == ["a.png", "b.txt"]
    assert moved[0].sha256 == first.sha256 and moved[0].captured_at == "2025-05-14T23:15"
    assert moved[0].incident_id == incident_id
    assert drafts.files(draft_id) == []
    assert seen[-1][0] == seen[-1][1]
    assert chain.verify(vault.db).ok


def test_a_cancelled_move_leaves_the_rest_waiting(vault: Vault) -> None:
    drafts = DraftStore(vault)
    draft_id = drafts.save(None, None, {})
    drafts.add_file(draft_id, PNG, "a.png")
    drafts.add_file(draft_id, b"x", "b.txt")
    incident_id = IncidentStore(vault).create(IncidentRecord.from_dict({"title": "t"}))
    calls = iter([False, True])
    from app.errors import CancelledError

    with pytest.raises(CancelledError):
        drafts.move_files(draft_id, incident_id, cancel=lambda: next(calls))
    assert [f.name for f in drafts.files(draft_id)] == ["b.txt"]


def test_too_big_is_refused_and_nothing_is_kept(vault: Vault, tmp_path: Path) -> None:
    drafts = DraftStore(vault)
    draft_id = drafts.save(None, None, {})
    with pytest.raises(DraftError, match="larger than"):
        drafts.add_file(draft_id, b"\0" * (DRAFT_FILE_LIMIT + 1), "video.mp4")
    big = tmp_path / "video.mp4"
    with open(big, "wb") as f:
        f.truncate(DRAFT_FILE_LIMIT + 1)
    with pytest.raises(DraftError, match="larger than"):
        drafts.add_path(draft_id, big)
    with pytest.raises(DraftError, match="not a file"):
        drafts.add_path(draft_id, tmp_path)
    assert drafts.files(draft_id) == []


def test_the_draft_total_is_bounded(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.incidents.drafts as module

    monkeypatch.setattr(module, "DRAFT_TOTAL_LIMIT", 2 * len(PNG))
    assert DRAFT_TOTAL_LIMIT > DRAFT_FILE_LIMIT
    drafts = DraftStore(vault)
    draft_id = drafts.save(None, None, {})
    drafts.add_file(draft_id, PNG, "a.png")
    drafts.add_file(draft_id, PNG, "b.png")
    with pytest.raises(DraftError, match="would pass"):
        drafts.add_file(draft_id, PNG, "c.png")
    assert len(drafts.files(draft_id)) == 2


def test_added_from_a_path_the_original_stays(vault: Vault, tmp_path: Path) -> None:
    src = tmp_path / "scan.pdf"
    src.write_bytes(b"%PDF-1.4\n" + secrets.token_bytes(3000))
    drafts = DraftStore(vault)
    draft_id = drafts.save(None, None, {})
    kept = drafts.add_path(draft_id, src)
    assert (kept.name, kept.type) == ("scan.pdf", "application/pdf")
    assert drafts.file_bytes(kept.id) == src.read_bytes()
    assert src.exists()


def test_canary_no_waiting_file_reaches_the_disk_in_plaintext(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pasted screenshot and a named file wait in a draft, the vault locks and opens,
    the draft is discarded: no byte of either, nor the name, is anywhere on disk."""
    from app.vault.kdf import INSECURE_TEST_PARAMS

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    canaries = {k: v for k, v in make_canaries().items() if k in ("FileBody", "FileName")}
    body = (canaries["FileBody"] + "\n").encode() * 200
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    try:
        drafts = DraftStore(vault)
        draft_id = drafts.save(None, None, {"record": {"title": "t"}})
        drafts.add_file(draft_id, PNG + body, canaries["FileName"] + ".png")
        drafts.add_file(draft_id, body, "notes.txt")
        assert scan([home, scratch], canaries) == []
    finally:
        vault.lock()
    assert scan([home, scratch], canaries) == []
    vault = unlock_vault(home, PASSPHRASE)
    try:
        assert len(DraftStore(vault).files(draft_id)) == 2
        DraftStore(vault).discard(draft_id)
    finally:
        vault.lock()
    assert scan([home, scratch], canaries) == []


@pytest.mark.parametrize(
    ("title", "when", "name"),
    [
        ("Threat", "2025-05-14T23:15", "threat-2025-05-14-2315.png"),
        ("Threat", "2025-05-14T23:15:09+04:00", "threat-2025-05-14-2315.png"),
        ("Угроза в Telegram от @x!", "2025-05-14", "угроза-в-telegram-от-x-2025-05-14.png"),
        ("Hədə: ŞƏKİL", "2025-05-14T08:05", "hədə-şəkil-2025-05-14-0805.png"),
        ("", "2025-05-14T23:15", "screenshot-2025-05-14-2315.png"),
        ("../../etc/passwd", "2025-05-14T23:15", "etc-passwd-2025-05-14-2315.png"),
        ("a" * 80, "2025-05-14T23:15", "a" * 40 + "-2025-05-14-2315.png"),
    ],
)
def test_a_pasted_picture_is_named_from_the_incident_and_the_time(
    title: str, when: str, name: str
) -> None:
    from app.evidence.intake import pasted_name

    assert pasted_name(title, when) == name


def test_a_pasted_picture_without_a_time_is_named_now() -> None:
    from datetime import datetime

    from app.evidence.intake import pasted_name

    now = datetime(2025, 5, 14, 23, 15, 42)
    assert pasted_name("Threat", None, now) == "threat-2025-05-14-2315.png"
