"""Unsigned bundles cannot be tied to each other or to the diary by an identifier.

Two ``--no-sign`` bundles of different incidents from one diary are decrypted and every
file of both is searched for id-like tokens (hex strings of 8 or more, UUIDs, numbers used
as ids, times to the second). Whatever both share must also be in a bundle from another
diary: then it says "made by Quire", not "made by this diary". Signed bundles keep the
diary's ids, times and chain head: the key links them anyway.
"""

from __future__ import annotations

import io
import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

from app.age import generate_identity
from app.bundle import layout
from app.bundle.export import Selection, export_bundle
from app.bundle.receive import check_bundle
from app.evidence.store import EvidenceStore
from app.incidents import chain
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.report.text import format_timestamp
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

KEY = generate_identity()

_HEX = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{8,}(?![0-9A-Za-z])")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}|(?<![\d:])\d{1,2}:\d{2}:\d{2}(?![\d:])")
_PATH_IDS = re.compile(r"incidents/(\d+)\.json|evidence/(\d+)/(\d+)-")
_PDF_XREF = re.compile(r"^\d{10} \d{5} [nf]\s*$", re.M)
_SHOWN_IDS = re.compile(r"(?:Incident|INCIDENT|Evidence|incident-)\s*(\d+)")


def _json_ids(value: Any, key: str = "") -> set[str]:
    """Numbers under keys that hold ids ("id", "…_id", a manifest incident's evidence)."""
    if isinstance(value, dict):
        return {t for k, v in value.items() for t in _json_ids(v, k)}
    if isinstance(value, list):
        return {t for v in value for t in _json_ids(v, key)}
    if isinstance(value, int) and (key == "id" or key.endswith("_id") or key == "evidence"):
        return {f"id:{value}"}
    return set()


def tokens(folder: Path) -> set[str]:
    """Every id-like token in every file of an opened bundle."""
    found: set[str] = set()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        text = path.read_bytes().decode("latin-1")
        if name.endswith(".pdf"):  # byte offsets of the PDF's own objects are not ids
            text = _PDF_XREF.sub("", text)
        found |= {f"hex:{m.lower()}" for m in _HEX.findall(text)}
        found |= {f"uuid:{m.lower()}" for m in _UUID.findall(text)}
        found |= {f"time:{m}" for m in _TIME.findall(text)}
        for match in _PATH_IDS.finditer(name + "\n" + text):
            found |= {f"id:{n}" for n in match.groups() if n}
        found |= {f"id:{n}" for n in _SHOWN_IDS.findall(text)}
        if name.endswith(".json"):
            found |= _json_ids(json.loads(path.read_text(encoding="utf-8")))
    return found


def _incident(vault: Vault, title: str, evidence: bytes) -> int:
    store = IncidentStore(vault)
    i = store.create(
        IncidentRecord.from_dict(
            {"title": title, "categories": ["threat"], "occurred_at": "2024-05-02"}
        )
    )
    store.add_note(i, f"Follow-up on {title}.")
    edited = IncidentRecord.from_dict(
        {"title": title + " (edited)"}, partial_base=store.get(i).record
    )
    store.update(i, edited)
    EvidenceStore(vault).import_stream(i, io.BytesIO(evidence), f"{title}.txt")
    return i


def _open(vault: Vault, incident: int, out: Path, *, sign: bool) -> Path:
    export_bundle(vault, Selection(incident_ids=[incident]), [KEY.recipient], out, sign=sign)
    dest = out.with_suffix(".opened")
    check_bundle(out, [KEY], dest=dest)
    return dest


@pytest.fixture
def busy_vault(vault: Vault) -> Vault:
    """A diary with history, so its row ids are nowhere near 1."""
    for n in range(5):
        i = _incident(vault, f"earlier {n}", f"earlier evidence {n}".encode())
        IncidentStore(vault).delete(i)
    return vault


def test_two_unsigned_bundles_share_no_identifier(busy_vault: Vault, tmp_path: Path) -> None:
    x = _incident(busy_vault, "Threat by phone", b"call log " * 100)
    y = _incident(busy_vault, "Fake advert", b"advert screenshot " * 100)
    first = _open(busy_vault, x, tmp_path / "x.age", sign=False)
    time.sleep(1.1)  # the bundles' own creation times differ, as two real ones would
    second = _open(busy_vault, y, tmp_path / "y.age", sign=False)
    time.sleep(1.1)  # nothing in the other diary is stamped in the same second
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    try:
        z = _incident(other, "Detention", b"court paper " * 100)
        unrelated = _open(other, z, tmp_path / "z.age", sign=False)
    finally:
        other.lock()

    a, b = tokens(first), tokens(second)
    assert any(t.startswith("hex:") for t in a) and any(t.startswith("id:") for t in a)
    shared = (a & b) - tokens(unrelated)
    assert not shared, sorted(shared)

    # And nothing in either bundle points at the diary's rows or its chain.
    head = chain.head(busy_vault.db).hex()
    store = IncidentStore(busy_vault)
    for folder, incident in ((first, x), (second, y)):
        found = tokens(folder)
        assert f"hex:{head}" not in found
        diary_ids = {incident, *(e.id for e in EvidenceStore(busy_vault).list(incident))}
        diary_ids |= {n.id for n in store.get(incident).notes}
        assert not {f"id:{i}" for i in diary_ids} & found, diary_ids
        manifest = json.loads((folder / layout.MANIFEST).read_text())
        assert manifest["chain_head"] is None
        assert [i["id"] for i in manifest["incidents"]] == [1]


def test_a_signed_bundle_keeps_the_diary_ids_times_and_chain_head(
    busy_vault: Vault, tmp_path: Path
) -> None:
    x = _incident(busy_vault, "Threat by phone", b"call log " * 100)
    opened = _open(busy_vault, x, tmp_path / "x.age", sign=True)
    manifest = json.loads((opened / layout.MANIFEST).read_text())
    assert manifest["chain_head"] == chain.head(busy_vault.db).hex()
    assert [i["id"] for i in manifest["incidents"]] == [x]
    doc = json.loads((opened / layout.incident_path(x)).read_text())["incident"]
    assert doc["created_at"] == IncidentStore(busy_vault).get(x).created_at
    assert len(doc["evidence"][0]["imported_at"]) == len("2024-05-02T19:12:03Z")


def test_an_unsigned_bundle_keeps_record_times_to_the_day(
    busy_vault: Vault, tmp_path: Path
) -> None:
    x = _incident(busy_vault, "Threat by phone", b"call log " * 100)
    store = IncidentStore(busy_vault)
    incident = store.get(x)
    (info,) = EvidenceStore(busy_vault).list(x)
    opened = _open(busy_vault, x, tmp_path / "x.age", sign=False)
    doc = json.loads((opened / layout.incident_path(1)).read_text())["incident"]
    assert (doc["created_at"], doc["updated_at"]) == (
        incident.created_at[:10],
        incident.updated_at[:10],
    )
    assert [n["created_at"] for n in doc["notes"]] == [n.created_at[:10] for n in incident.notes]
    assert [r["at"] for r in doc["revision_history"]] == [r.at[:10] for r in store.revisions(x)]
    assert len(doc["revision_history"]) == 2
    assert doc["evidence"][0]["imported_at"] == info.imported_at[:10]
    assert len(info.imported_at) > 10  # the diary keeps the second; the bundle the day
    assert doc["evidence"][0]["path"] == "evidence/1/1-Threat_by_phone.txt"
    evidence_file = opened / "evidence" / "1" / "1-Threat_by_phone.txt"
    assert evidence_file.read_bytes() == b"call log " * 100
    html = (opened / layout.REPORT_HTML).read_text()
    assert "no revision chain head" in html
    recorded = html[html.index("First recorded") :][:200]
    assert format_timestamp(incident.created_at[:10]) in recorded
    assert not re.search(r"\d:\d\d:\d\d", recorded), recorded  # the day, not the time
