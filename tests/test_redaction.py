"""Redacted copies with their derivation records, and evidence marked intimate (issue 14)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from app.bundle.unlinkable import unlink
from app.errors import QuireError
from app.evidence.redact import (
    Region,
    annotate,
    derivation_of,
    intimate_ids,
    make_redacted_copy,
    redact_picture,
    replaced_originals,
    set_intimate,
    verify_derivation,
)
from app.evidence.store import EvidenceStore
from app.incidents.document import show_document
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"


def _photo(path: Path | None = None, *, gps: bool = False) -> bytes:
    """A 200×100 picture of fine stripes (detail a blur would keep), with GPS if asked."""
    img = Image.new("RGB", (200, 100), "white")
    for x in range(0, 200, 2):
        for y in range(100):
            img.putpixel((x, y), (x, 255 - x, (x * 7) % 256))
    buffer = io.BytesIO()
    exif = Image.Exif()
    if gps:
        exif[0x8825] = {1: "N", 2: (40.0, 24.0, 0.0), 3: "E", 4: (49.0, 52.0, 0.0)}
        exif[0x010F] = "PhoneMaker"
    img.save(buffer, format="JPEG" if gps else "PNG", exif=exif, quality=95)
    data = buffer.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("0.1,0.2,0.3,0.4", Region(0.1, 0.2, 0.3, 0.4)),
        ("10%,20%,30%,40%", Region(0.1, 0.2, 0.3, 0.4)),
    ],
)
def test_regions_are_read_in_fractions_or_percent(text: str, region: Region) -> None:
    assert Region.parse(text) == region


@pytest.mark.parametrize("bad", ["1,2,3", "a,b,c,d", "0.9,0,0.5,0.5", "0,0,0,0.5", "-1,0,1,1"])
def test_a_region_outside_the_picture_is_refused(bad: str) -> None:
    with pytest.raises(QuireError):
        Region.parse(bad)


def test_black_boxes_cover_and_nothing_else_changes() -> None:
    data = redact_picture(_photo(), [Region(0.5, 0.5, 0.25, 0.5)], "black")
    out = Image.open(io.BytesIO(data)).convert("RGB")
    original = Image.open(io.BytesIO(_photo())).convert("RGB")
    assert out.size == (200, 100)
    for x in range(100, 150):
        for y in range(50, 100):
            assert out.getpixel((x, y)) == (0, 0, 0)
    assert out.getpixel((10, 10)) == original.getpixel((10, 10))
    assert out.getpixel((151, 60)) == original.getpixel((151, 60))


def test_pixelation_leaves_no_fine_detail() -> None:
    data = redact_picture(_photo(), [Region(0, 0, 1, 1)], "pixelate")
    out = Image.open(io.BytesIO(data)).convert("RGB")
    assert len(out.getcolors(maxcolors=1 << 16) or []) <= 12 * 12  # one colour per block
    assert out.getpixel((0, 0)) == out.getpixel((1, 0))  # the 2-pixel stripes are gone


def test_the_copy_carries_no_metadata_of_the_original() -> None:
    source = _photo(gps=True)
    assert Image.open(io.BytesIO(source)).getexif().get(0x010F) == "PhoneMaker"
    data = redact_picture(source, [Region(0, 0, 0.1, 0.1)], "black")
    out = Image.open(io.BytesIO(data))
    assert out.format == "PNG" and not out.getexif() and not out.info.get("exif")
    assert b"PhoneMaker" not in data


def _incident(vault: Vault) -> int:
    return IncidentStore(vault).create(
        IncidentRecord.from_dict({"title": "Leaked photo", "occurred_at": "2025-01-02"})
    )


def test_a_redacted_copy_is_evidence_with_a_derivation_that_verifies(
    vault: Vault, tmp_path: Path
) -> None:
    incident = _incident(vault)
    store = EvidenceStore(vault)
    original = store.import_file(incident, _path(tmp_path / "photo.jpg", gps=True))
    copy = make_redacted_copy(vault, original.id, [Region(0.2, 0.2, 0.3, 0.3)], "pixelate")
    assert copy.incident_id == incident and copy.name == "photo-redacted.png"
    assert [e.id for e in store.list(incident)] == [original.id, copy.id]
    found = derivation_of(vault, copy.id)
    assert found is not None
    assert (found.original_id, found.original_sha256, found.copy_sha256) == (
        original.id,
        original.sha256,
        copy.sha256,
    )
    assert found.action["mode"] == "pixelate" and len(found.action["regions"]) == 1
    assert verify_derivation(vault, copy.id)
    vault.db.execute(
        "UPDATE evidence_derivations SET original_sha256 = ? WHERE copy_id = ?", ("0" * 64, copy.id)
    )
    assert not verify_derivation(vault, copy.id)  # a record that no longer matches
    kinds = [
        r[0] for r in vault.db.execute("SELECT kind FROM chain WHERE incident_id = ?", (incident,))
    ]
    assert "derivation" in kinds
    assert IncidentStore(vault).verify().ok
    assert replaced_originals(vault, [original.id, copy.id]) == {original.id}
    assert replaced_originals(vault, [original.id]) == set()


def _path(path: Path, *, gps: bool = False) -> Path:
    _photo(path, gps=gps)
    return path


def test_what_is_not_a_picture_is_refused_and_nothing_is_stored(
    vault: Vault, tmp_path: Path
) -> None:
    incident = _incident(vault)
    note = tmp_path / "note.txt"
    note.write_text("not a picture")
    store = EvidenceStore(vault)
    item = store.import_file(incident, note)
    with pytest.raises(QuireError, match="not a picture Quire can read"):
        make_redacted_copy(vault, item.id, [Region(0, 0, 0.5, 0.5)], "black")
    assert [e.id for e in store.list(incident)] == [item.id]
    with pytest.raises(QuireError, match="Unknown way"):
        redact_picture(_photo(), [Region(0, 0, 1, 1)], "blur-lightly")


def test_intimate_marks_and_documents_and_unsigned_bundles(vault: Vault, tmp_path: Path) -> None:
    incident = _incident(vault)
    store = EvidenceStore(vault)
    original = store.import_file(incident, _path(tmp_path / "photo.png"))
    set_intimate(vault, original.id)
    copy = make_redacted_copy(vault, original.id, [Region(0, 0, 1, 0.5)], "black")
    assert intimate_ids(vault) == {original.id}
    doc = show_document(IncidentStore(vault), store, incident)["incident"]
    by_id = {e["id"]: e for e in doc["evidence"]}
    assert by_id[original.id]["intimate"] is True and by_id[copy.id]["intimate"] is False
    assert by_id[copy.id]["derived_from"]["original_id"] == original.id
    (kept,), _ = unlink([{**doc}])
    assert [e["id"] for e in kept["evidence"]] == [1, 2]
    assert kept["evidence"][1]["derived_from"]["original_id"] == 1  # by bundle number
    copy_only = {**doc, "evidence": [by_id[copy.id]]}
    (alone,), _ = unlink([copy_only])
    derived = alone["evidence"][0]["derived_from"]
    assert derived["original_id"] is None and derived["original_sha256"] == original.sha256
    set_intimate(vault, original.id, False)
    assert annotate(vault, [original.to_dict()])[0]["intimate"] is False


def test_cli_redact_mark_and_list(home: Path, tmp_path: Path) -> None:
    def run(*args: str, code: int = 0) -> str:
        r = run_cli(home, "--passphrase-stdin", *args, stdin=PW)
        assert r.returncode == code, (r.stdout, r.stderr)
        return r.stdout if code == 0 else r.stderr

    run("init")
    photo = _path(tmp_path / "screenshot.png")
    incident = int(run("add", "--title", "Doxxed", "--attach", str(photo)).split()[-1])
    out = json.loads(
        run("evidence", "redact", str(incident), "1", "--region", "10%,10%,50%,20%", "--json")
    )
    assert out["evidence"]["name"] == "screenshot-redacted.png"
    assert out["derived_from"]["action"]["mode"] == "black"
    run("evidence", "mark", str(incident), "1", "--intimate")
    listed = json.loads(run("evidence", "list", str(incident), "--json"))["evidence"]
    assert [(e["id"], e["intimate"], "derived_from" in e) for e in listed] == [
        (1, True, False),
        (2, False, True),
    ]
    err = run("evidence", "redact", str(incident), "1", "--region", "50%,50%,80%,10%", code=1)
    assert "inside the picture" in err and "Traceback" not in err


def test_a_copy_is_never_left_without_its_derivation(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.evidence.redact as redact

    incident = _incident(vault)
    store = EvidenceStore(vault)
    original = store.import_file(incident, _path(tmp_path / "photo.png"))

    def fail(*_args: object) -> None:
        raise QuireError("the vault was locked meanwhile")

    monkeypatch.setattr(redact, "_record_derivation", fail)
    with pytest.raises(QuireError, match="locked meanwhile"):
        make_redacted_copy(vault, original.id, [Region(0, 0, 0.5, 0.5)], "black")
    assert [e.id for e in store.list(incident)] == [original.id]
