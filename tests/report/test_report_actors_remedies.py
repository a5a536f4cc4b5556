"""The report's section per actor and its exhaustion-of-domestic-remedies table (issue 14).

Only actors linked to exported incidents appear, each with its identifiers (first and last
seen) and those incidents; an unsigned or court bundle carries none of the diary's actor ids.
The table lists every complaint with its answers, the final decision and the four-month
deadline. Both are read back from real bundles: report.html and, with pdftotext, report.pdf.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.actors.store import ActorStore
from app.age import generate_identity
from app.bundle.export import Selection, export_bundle
from app.bundle.receive import open_zip
from app.complaints.store import ComplaintStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.report import content
from app.vault.vault import Vault
from tests.conftest import require_tool

KEY = generate_identity()


@pytest.fixture
def diary(vault: Vault) -> dict[str, Any]:
    store, actors, complaints = IncidentStore(vault), ActorStore(vault), ComplaintStore(vault)

    def incident(title: str, when: str, tag: str, **extra: Any) -> int:
        return store.create(
            IncidentRecord.from_dict(
                {
                    "title": title,
                    "categories": ["threat"],
                    "occurred_at": when,
                    "tags": [tag],
                    **extra,
                }
            )
        )

    # The caller is written as a perpetrator in both incidents: one actor, seen from the
    # first incident's date to the second's.
    caller_record = {
        "perpetrators": [
            {"kind": "person", "name": "Rauf Məmmədov", "identifiers": ["+994 55 000 47 12"]}
        ]
    }

    hidden = incident("Not for the court", "2024-02-01", "private")
    first = incident("Threats by phone", "2024-03-01", "court", **caller_record)
    second = incident("Smear channel", "2024-04-01", "court", **caller_record)
    (caller,) = actors.search("+994 55 000 47 12")
    channel = actors.create("anonymous_channel", ["Qara Xəbər"], ["@qara_xeber"], "telegram")
    secret = actors.create("person", ["Only in the private one"], ["+994 55 999 99 99"])
    actors.link(second, channel)
    actors.link(hidden, secret)
    police = complaints.add(
        first, "police", "2024-03-02", reference="№ 123/24", asked="Open a criminal case"
    )
    complaints.respond(police, "2024-05-10", text="Refused to open a case", final=True)
    complaints.add(second, "platform", "2024-04-02", reference="TG-55", asked="Remove the channel")
    return {"vault": vault, "actors": (caller, channel, secret), "hidden": hidden}


def _entries(vault: Vault, out: Path, **kw: Any) -> dict[str, bytes]:
    export_bundle(vault, Selection(tags=["court"]), [KEY.recipient], out, **kw)
    with open_zip(out, [KEY]) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    require_tool("pdftotext", "the report's PDF is read back with poppler's pdftotext")
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode()


@pytest.mark.parametrize("kw", [{}, {"sign": False}, {"court": True}])
def test_a_section_per_linked_actor_and_the_remedies_table(
    diary: dict[str, Any], tmp_path: Path, kw: dict[str, Any]
) -> None:
    entries = _entries(diary["vault"], tmp_path / "b.age", **kw)
    html = entries["report.html"].decode()
    actors = html.split('<section id="actors">')[1].split("</section>")[0]
    assert "Rauf Məmmədov" in actors and "Qara Xəbər" in actors
    assert "+994 55 000 47 12" in actors and "qara_xeber" in actors
    assert "1 Mar 2024 – 1 Apr 2024" in actors  # first and last seen
    assert "Only in the private one" not in html and "999" not in actors  # not exported
    assert "Threats by phone" in actors and "Smear channel" in actors
    remedies = html.split('<section id="remedies">')[1].split("</section>")[0]
    assert "№ 123/24" in remedies and "Refused to open a case" in remedies
    assert "2024-09-10" in remedies  # four months after the final decision of 10 May
    assert "TG-55" in remedies and "Remove the channel" in remedies
    assert remedies.index("№ 123/24") < remedies.index("TG-55")  # by the complaint's date
    text = _pdf_text(entries["report.pdf"], tmp_path)
    assert "Actors" in text and "Rauf Məmmədov" in text and "Qara Xəbər" in text
    assert "Exhaustion of domestic remedies" in text and "2024-09-10" in text
    assert "Only in the private one" not in text


def test_unsigned_and_court_bundles_carry_no_actor_ids_of_the_diary(
    diary: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """What reaches the report: numbered 1, 2, … when the bundle hides the diary's ids."""
    seen: list[list[dict[str, Any]]] = []
    real = content.actor_views

    def spy(actors: list[dict[str, Any]], incidents: list[Any]) -> list[content.ActorView]:
        seen.append(actors)
        return real(actors, incidents)

    monkeypatch.setattr(content, "actor_views", spy)
    caller, channel, _ = diary["actors"]
    for n, kw in enumerate([{"sign": False}, {"court": True}, {}]):
        seen.clear()
        entries = _entries(diary["vault"], tmp_path / f"{n}.age", **kw)
        numbers = [i["id"] for i in json.loads(entries["manifest.json"])["incidents"]]
        given = seen[0]
        if kw:
            assert [a["id"] for a in given] == [1, 2]
            assert all("id" not in i for a in given for i in a["identifiers"])
        else:  # a signed bundle keeps the diary's ids everywhere
            assert [a["id"] for a in given] == [caller, channel]
        # Each actor lists its incidents by the numbers this bundle shows.
        assert given[0]["incidents"] == numbers and given[1]["incidents"] == numbers[1:]


def test_the_report_leaves_out_actors_of_no_incident_in_it() -> None:
    """Its own rule, whatever the caller passes: an actor of other incidents is not shown."""
    view = content.IncidentView(
        id=4, anchor="incident-4", title="Kept", when="", facts=[], narrative="", links=[],
        actions=[], notes=[], revisions=[], evidence=[],
    )  # fmt: skip
    actors = [
        {"id": 1, "kind": "person", "names": ["Shown"], "identifiers": [], "incidents": [4]},
        {"id": 2, "kind": "person", "names": ["Elsewhere"], "identifiers": [], "incidents": [9]},
    ]
    (shown,) = content.actor_views(actors, [view])
    assert shown.heading == "Shown" and "4: Kept" in shown.facts[-1].value
