"""Chat excerpts in the report (a cited transcript) and in bundles (the cited exports)."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from app.age import generate_identity
from app.bundle import manifest as manifest_schema
from app.bundle.export import Selection, export_bundle
from app.chats.excerpts import ExcerptStore
from app.chats.store import ChatStore
from app.errors import DamagedDataError
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.report import render_html, render_pdf
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.report.sample import make_sample
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"
WA = Path(__file__).parent / "fixtures" / "chats" / "whatsapp"
SHA = "3f2a9c1b04de" + "0" * 52
KEY = generate_identity()


def _excerpt_doc() -> dict[str, Any]:
    return {
        "id": 7,
        "created_at": "2024-06-12T10:00:00Z",
        "note": "He names my street",
        "conversation": {"id": 3, "platform": "whatsapp", "title": "Anon"},
        "source": {
            "sha256": SHA,
            "name": "chat.txt",
            "format": "whatsapp",
            "path": "sources/1-chat.txt",
        },
        "messages": [
            {
                "id": 40,
                "index": 42,
                "locator": "line 42",
                "time": "2024-03-08T21:41:00Z",
                "shown": "08/03/2024, 23:41",
                "sender": "Anon",
                "sender_id": None,
                "text": "I know where you live <script>alert(1)</script>",
                "kind": "text",
                "attachments": [],
                "source_sha256": SHA,
            },
            {
                "id": 41,
                "index": 43,
                "locator": "line 43",
                "time": "2024-03-08T21:42:00Z",
                "shown": "08/03/2024, 23:42",
                "sender": "Anon",
                "sender_id": None,
                "text": "<Media omitted>",
                "kind": "media",
                "attachments": [],
                "source_sha256": SHA,
            },
        ],
    }


def test_report_renders_each_excerpt_as_a_cited_transcript() -> None:
    sample = make_sample()
    sample.incidents[0]["excerpts"] = [_excerpt_doc()]
    html = render_html(sample.report_input())
    assert "Chat excerpts" in html
    assert "<th>Time (UTC)</th><th>Sender</th><th>Message</th><th>Citation</th>" in html
    assert "SHA-256 3f2a9c1b04de… · #42" in html and "SHA-256 3f2a9c1b04de… · #43" in html
    assert "I know where you live &lt;script&gt;" in html and "<script>alert" not in html
    assert "[media] &lt;Media omitted&gt;" in html
    assert SHA in html and "sources/1-chat.txt" in html and "He names my street" in html
    # Without excerpts the section is absent (no empty heading).
    sample.incidents[0]["excerpts"] = []
    assert "Chat excerpts" not in render_html(sample.report_input())
    sample.incidents[0]["excerpts"] = [_excerpt_doc()]
    assert render_pdf(sample.report_input()).startswith(b"%PDF")


def _manifest_with_source(path_sha: str) -> dict[str, Any]:
    return {
        "format": "quire-bundle",
        "version": 1,
        "files": [{"path": "sources/1-chat.txt", "size": 3, "sha256": SHA, "kind": "source"}],
        "sources": [{"path": "sources/1-chat.txt", "sha256": path_sha, "name": "chat.txt"}],
        "incidents": [],
    }


def test_manifest_sources_must_be_listed_files_with_their_hash() -> None:
    assert manifest_schema.validate(_manifest_with_source(SHA))["sources"]
    with pytest.raises(DamagedDataError, match="not a listed file"):
        manifest_schema.validate(_manifest_with_source("f" * 64))
    bad = _manifest_with_source(SHA)
    bad["sources"][0]["path"] = "sources/2-other.txt"
    with pytest.raises(DamagedDataError, match="not a listed file"):
        manifest_schema.validate(bad)
    bad = copy.deepcopy(_manifest_with_source(SHA))
    bad["sources"] = {"path": "x"}
    with pytest.raises(DamagedDataError):
        manifest_schema.validate(bad)


def _cli(home: Path, *args: str) -> str:
    r = run_cli(home, "--passphrase-stdin", *args, stdin=PW)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_bundle_carries_the_cited_export_and_the_receiver_checks_it(tmp_path: Path) -> None:
    home = tmp_path / "sender"
    _cli(home, "init")
    export = WA / "ios_en.zip"
    digest = hashlib.sha256(export.read_bytes()).hexdigest()
    imported = json.loads(_cli(home, "import-chat", str(export), "--tz", "UTC", "--json"))
    conv = imported["conversations"][0]["id"]
    incident = _cli(home, "add", "--title", "Threats").split()[-1]
    other = _cli(home, "add", "--title", "Same chat, another day").split()[-1]
    _cli(home, "add", "--title", "No chat here")
    _cli(home, "chats", "excerpt", incident, str(conv), "--from", "1", "--to", "2", "--note", "n")
    _cli(home, "chats", "excerpt", other, str(conv), "--from", "4", "--to", "4")
    key = tmp_path / "org-key.txt"
    r = run_cli(tmp_path, "keygen", "-o", str(key))
    recipient = next(w for w in r.stdout.split() if w.startswith("age1"))
    for signed in (True, False):
        bundle = tmp_path / f"b-{signed}.age"
        said = _cli(
            home,
            "export",
            "--all",
            "--to",
            recipient,
            "-o",
            str(bundle),
            *([] if signed else ["--no-sign"]),
        )
        # The person is told the whole export goes with the excerpts, not only them.
        assert "carries 1 original chat export(s)" in said and "every message" in said
        r = run_cli(tmp_path, "verify", str(bundle), "-i", str(key))
        assert r.returncode == 0, r.stderr
        out = tmp_path / f"opened-{signed}"
        r = run_cli(tmp_path, "open", str(bundle), "-i", str(key), "-o", str(out))
        assert r.returncode == 0, r.stderr
        # The original export, byte for byte, listed with its SHA-256.
        assert (out / "sources" / "1-ios_en.zip").read_bytes() == export.read_bytes()
        manifest = json.loads((out / "manifest.json").read_text())
        assert manifest["sources"] == [
            {"path": "sources/1-ios_en.zip", "sha256": digest, "name": "ios_en.zip"}
        ]
        assert f"{digest}  sources/1-ios_en.zip" in (out / "SHA256SUMS").read_text()
        assert [p.name for p in (out / "sources").iterdir()] == ["1-ios_en.zip"]  # once
        docs = [json.loads(p.read_text())["incident"] for p in (out / "incidents").iterdir()]
        (doc,) = [d for d in docs if d["title"] == "Threats"]
        (excerpt,) = doc["excerpts"]
        (again,) = next(d for d in docs if d["title"] == "Same chat, another day")["excerpts"]
        assert again["source"]["path"] == "sources/1-ios_en.zip"
        assert [m["index"] for m in again["messages"]] == [4]
        assert excerpt["source"]["path"] == "sources/1-ios_en.zip"
        assert excerpt["source"]["sha256"] == digest
        assert [m["index"] for m in excerpt["messages"]] == [1, 2]
        assert all(m["source_sha256"] == digest for m in excerpt["messages"])
        html = (out / "report.html").read_text()
        assert f"SHA-256 {digest[:12]}… · #2" in html
        if signed:
            assert excerpt["id"] >= 1 and "id" in excerpt["messages"][0]
        else:
            # Unlinkable: bundle-local numbering, no diary ids, record times to the day.
            assert excerpt["id"] == 1 and "id" not in excerpt["conversation"]
            assert all("id" not in m for m in excerpt["messages"])
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", excerpt["created_at"])


def test_summary_counts_the_cited_exports(vault: Vault, tmp_path: Path) -> None:
    chats = ChatStore(vault)
    conv = chats.import_export(WA / "android_en_dmy.txt", time_zone="UTC").conversations[0]["id"]
    incidents = IncidentStore(vault)
    plain = incidents.create(IncidentRecord(title="No chat"))
    summary = export_bundle(vault, Selection(all=True), [KEY.recipient], tmp_path / "a.age")
    assert summary.source_files == 0
    ExcerptStore(vault).add_range(incidents.create(IncidentRecord(title="Chat")), conv, 1, 1)
    summary = export_bundle(vault, Selection(all=True), [KEY.recipient], tmp_path / "b.age")
    assert summary.source_files == 1 and summary.evidence_files == 0
    summary = export_bundle(
        vault, Selection(incident_ids=[plain]), [KEY.recipient], tmp_path / "c.age"
    )
    assert summary.source_files == 0
