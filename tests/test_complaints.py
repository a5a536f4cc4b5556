"""Complaints, responses and the four-month deadline (issue 14): store, chain, bundle, CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.bundle.unlinkable import Numbering, unlink
from app.complaints.store import ComplaintStore, add_months, latest_deadline
from app.errors import QuireError
from app.evidence.store import EvidenceStore
from app.incidents.document import show_document
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2025-01-10", 4, "2025-05-10"),
        ("2025-10-31", 4, "2026-02-28"),  # the last day of a shorter month
        ("2023-10-31", 4, "2024-02-29"),  # a leap year
        ("2025-09-15", 4, "2026-01-15"),  # across the year
    ],
)
def test_four_calendar_months(day: str, months: int, expected: str) -> None:
    assert add_months(day, months) == expected


def _incident(vault: Vault, **fields: object) -> int:
    return IncidentStore(vault).create(
        IncidentRecord.from_dict({"title": "Leaked photos", "occurred_at": "2024-11-02", **fields})
    )


def test_complaint_ages_until_answered_and_the_final_decision_counts_down(
    vault: Vault, tmp_path: Path
) -> None:
    incident = _incident(vault)
    proof = tmp_path / "receipt.pdf"
    proof.write_bytes(b"%PDF-1.4 receipt of filing\n")
    evidence_id = EvidenceStore(vault).import_file(incident, proof).id
    store = ComplaintStore(vault)
    police = store.add(
        incident,
        "police",
        "2024-11-05",
        reference="44/2",
        asked="Find who posted the photos",
        evidence_id=evidence_id,
        remind_on="2024-12-05",
    )
    today = date(2025, 1, 4)
    (c,) = store.for_incident(incident)
    assert c.age_days(today) == 60 and c.deadline() is None
    assert [x.id for x in store.due_reminders(today)] == [police]
    store.respond(police, "2025-01-20", text="Refused to open a criminal case")
    prosecutor = store.add(incident, "prosecutor", "2025-02-01")
    store.respond(prosecutor, "2025-03-03", text="Complaint rejected", final=True)
    assert store.due_reminders(today) == []  # answered: no reminder
    c = store.get(prosecutor)
    assert c.deadline() == "2025-07-03"
    d = c.to_dict(date(2025, 6, 3))
    assert d["days_left"] == 30 and d["echr_deadline"] == "2025-07-03"
    assert d["unanswered_days"] is None
    assert latest_deadline(store.all()) == "2025-07-03"
    # The chain holds both complaints and responses, tied to the incident.
    kinds = [
        r[0] for r in vault.db.execute("SELECT kind FROM chain WHERE incident_id = ?", (incident,))
    ]
    assert kinds.count("complaint") == 2 and kinds.count("response") == 2
    assert IncidentStore(vault).verify().ok


def test_bad_complaints_are_refused_and_nothing_is_written(vault: Vault) -> None:
    incident = _incident(vault)
    other = _incident(vault, title="other")
    store = ComplaintStore(vault)
    with pytest.raises(QuireError, match="Unknown body"):
        store.add(incident, "neighbour", "2025-01-01")
    with pytest.raises(QuireError, match="whole day"):
        store.add(incident, "police", "2025-01")
    with pytest.raises(QuireError, match="No incident"):
        store.add(999, "police", "2025-01-01")
    with pytest.raises(QuireError, match="not a file of incident"):
        store.add(incident, "police", "2025-01-01", evidence_id=12345)
    complaint = store.add(incident, "court", "2025-02-01")
    with pytest.raises(QuireError, match="before its complaint"):
        store.respond(complaint, "2025-01-31")
    with pytest.raises(QuireError, match="No complaint"):
        store.respond(4242, "2025-03-01")
    assert [c.id for c in store.all()] == [complaint]
    assert store.for_incident(other) == []


def test_complaints_go_into_the_incident_document_and_unsigned_bundles_renumber_them(
    vault: Vault, tmp_path: Path
) -> None:
    incident = _incident(vault)
    f = tmp_path / "answer.png"
    f.write_bytes(b"\x89PNG answer")
    evidence_id = EvidenceStore(vault).import_file(incident, f).id
    store = ComplaintStore(vault)
    first = store.add(incident, "platform", "2025-01-02", body_name="Instagram")
    store.respond(first, "2025-01-03", text="No violation found", evidence_id=evidence_id)
    doc = show_document(IncidentStore(vault), EvidenceStore(vault), incident)["incident"]
    (c,) = doc["complaints"]
    assert c["id"] == first and c["to"] == "platform" and c["body_name"] == "Instagram"
    assert "days_left" not in c and "unanswered_days" not in c  # nothing that changes daily
    (copy,), numbering = unlink([{**doc, "id": 77}])
    assert isinstance(numbering, Numbering)
    (uc,) = copy["complaints"]
    assert uc["id"] == 1 and uc["incident_id"] == 1
    assert uc["responses"][0]["id"] == 1
    assert uc["responses"][0]["evidence_id"] == numbering.evidence[evidence_id] == 1


def test_purging_the_incident_erases_its_complaints(vault: Vault) -> None:
    incident = _incident(vault)
    store = ComplaintStore(vault)
    complaint = store.add(incident, "police", "2025-01-02", asked="zanzibarqw secret request")
    store.respond(complaint, "2025-01-09", text="zanzibarqw answer")
    IncidentStore(vault).purge(incident)
    assert store.all() == []
    rows = vault.db.execute(
        "SELECT payload FROM chain WHERE payload LIKE '%zanzibarqw%'"
    ).fetchall()
    assert rows == []


def test_complaint_cli_contract(home: Path) -> None:
    def run(*args: str, code: int = 0) -> str:
        r = run_cli(home, "--passphrase-stdin", *args, stdin=PW)
        assert r.returncode == code, (r.stdout, r.stderr)
        return r.stdout if code == 0 else r.stderr

    run("init")
    incident = int(run("add", "--title", "Summons", "--when", "2025-01-05").split()[-1])
    complaint = int(
        run(
            "complaint",
            "add",
            str(incident),
            "--to",
            "police",
            "--date",
            "06.01.2025",
            "--ref",
            "12/34",
        ).split()[-1]
    )
    out = run(
        "complaint",
        "respond",
        str(complaint),
        "--date",
        "2025-02-10",
        "--final",
        "--text",
        "Case closed",
    )
    assert "2025-06-10" in out
    listed = json.loads(run("complaint", "list", "--json"))
    (c,) = listed["complaints"]
    assert c["date"] == "2025-01-06" and c["reference"] == "12/34" and c["to"] == "police"
    assert c["echr_deadline"] == "2025-06-10" and listed["echr_deadline"] == "2025-06-10"
    assert c["responses"][0]["final"] is True
    shown = json.loads(run("show", str(incident), "--json"))["incident"]
    assert [x["id"] for x in shown["complaints"]] == [complaint]
    err = run("complaint", "add", str(incident), "--to", "police", "--date", "soon", code=1)
    assert "is not a date" in err and "Traceback" not in err
    assert "No complaint 99" in run("complaint", "respond", "99", "--date", "2025-03-01", code=1)
