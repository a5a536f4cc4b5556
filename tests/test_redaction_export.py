"""Exports that carry a redacted copy without its original (issue 14, --without-originals)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from PIL import Image

from app.evidence.redact import Region, leave_out_originals, make_redacted_copy
from app.evidence.store import EvidenceStore
from app.incidents.document import show_document
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"


def _photo(path: Path) -> Path:
    img = Image.new("RGB", (120, 80), (200, 40, 90))
    buffer = io.BytesIO()
    img.save(buffer, format="PNG")
    path.write_bytes(buffer.getvalue())
    return path


def test_leave_out_originals_drops_the_original_and_its_id_only(
    vault: Vault, tmp_path: Path
) -> None:
    incident = IncidentStore(vault).create(
        IncidentRecord.from_dict({"title": "Doxxed", "occurred_at": "2025-03-01"})
    )
    store = EvidenceStore(vault)
    original = store.import_file(incident, _photo(tmp_path / "face.png"))
    other = store.import_file(incident, _photo(tmp_path / "other.png"))
    copy = make_redacted_copy(vault, original.id, [Region(0, 0, 0.5, 0.5)], "black")
    doc = show_document(IncidentStore(vault), store, incident)["incident"]
    left_out = leave_out_originals(vault, [doc])
    assert left_out == {original.id}
    assert [e["id"] for e in doc["evidence"]] == [other.id, copy.id]
    derived = doc["evidence"][1]["derived_from"]
    assert derived["original_id"] is None and derived["original_sha256"] == original.sha256
    # An original whose copy is not in the selection stays.
    alone = show_document(IncidentStore(vault), store, incident)["incident"]
    alone["evidence"] = [e for e in alone["evidence"] if e["id"] != copy.id]
    assert leave_out_originals(vault, [alone]) == set()
    assert [e["id"] for e in alone["evidence"]] == [original.id, other.id]


def _export(home: Path, tmp_path: Path, recipient: str, name: str, *flags: str) -> Path:
    bundle = tmp_path / f"{name}.age"
    r = run_cli(
        home,
        "--passphrase-stdin",
        "export",
        "--all",
        "--to",
        recipient,
        "-o",
        str(bundle),
        *flags,
        stdin=PW,
    )
    assert r.returncode == 0, r.stderr
    return bundle


def _open(bundle: Path, key: Path, out: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The opened bundle's manifest and its one incident document."""
    r = run_cli(out.parent, "open", str(bundle), "-i", str(key), "-o", str(out))
    assert r.returncode == 0, r.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    (entry,) = manifest["incidents"]
    return manifest, json.loads((out / entry["path"]).read_text())["incident"]


def test_cli_export_without_originals(home: Path, tmp_path: Path) -> None:
    def run(*args: str) -> str:
        r = run_cli(home, "--passphrase-stdin", *args, stdin=PW)
        assert r.returncode == 0, (r.stdout, r.stderr)
        return r.stdout

    run("init")
    photo = _photo(tmp_path / "face.png")
    incident = int(run("add", "--title", "Leak", "--attach", str(photo)).split()[-1])
    run("evidence", "redact", str(incident), "1", "--region", "0,0,50%,50%")
    key = tmp_path / "org-key.txt"
    r = run_cli(tmp_path, "keygen", "-o", str(key))
    assert r.returncode == 0, r.stderr
    recipient = next(w for w in r.stdout.split() if w.startswith("age1"))

    _, whole = _open(_export(home, tmp_path, recipient, "whole"), key, tmp_path / "whole")
    assert [e["name"] for e in whole["evidence"]] == ["face.png", "face-redacted.png"]
    assert whole["evidence"][1]["derived_from"]["original_id"] == whole["evidence"][0]["id"]

    out = tmp_path / "copies"
    bundle = _export(home, tmp_path, recipient, "copies", "--without-originals")
    manifest, doc = _open(bundle, key, out)
    (item,) = doc["evidence"]
    assert item["name"] == "face-redacted.png"
    assert manifest["incidents"][0]["evidence"] == [item["id"]]
    assert item["derived_from"]["original_id"] is None
    assert item["derived_from"]["original_sha256"] == whole["evidence"][0]["sha256"]
    files = [f["path"] for f in manifest["files"] if f["kind"] == "evidence"]
    assert len(files) == 1 and files[0].endswith("face-redacted.png")
    assert not any(p.name.endswith("-face.png") for p in out.rglob("*"))
