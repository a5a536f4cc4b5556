"""Complaints made about an incident, their responses, and the deadlines that follow.

Issue 14: what decides a case at the European Court of Human Rights is often dated proof of
the complaints made at home and of the authorities' inaction, and an application is due
four months after the final domestic decision. For each incident the person records each
complaint (to the platform, police, prosecutor, ombudsman, a court): the date, the body,
the reference number, what was asked, the proof of filing (an evidence file), and each
response with its date, one of which may be the final domestic decision. An unanswered
complaint shows its age, a reminder date can be set, and the four-month limit counts down.

Every complaint and response is appended to the revision chain (kind ``complaint`` /
``response``, tied to the incident, so a purge of the incident empties their payloads as
it does the incident's own revisions).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.clock import now_utc
from app.dates import parse_stored
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.incidents import chain
from app.storage.db import transaction

BODIES: dict[str, str] = {
    "platform": _T("vocabulary", "Platform"),
    "police": _T("vocabulary", "Police"),
    "prosecutor": _T("vocabulary", "Prosecutor"),
    "ombudsman": _T("vocabulary", "Ombudsman"),
    "court": _T("vocabulary", "Court"),
    "other": _T("vocabulary", "Other body"),
}
# The European Court of Human Rights: an application within four months of the final
# domestic decision (Article 35 § 1, as amended by Protocol No. 15, in force since 1 Feb 2022).
ECHR_MONTHS = 4
MAX_TEXT = 20_000


class ComplaintNotFound(QuireError):
    """No complaint with this id."""


@dataclass
class Response:
    id: int
    received_on: str
    text: str
    final: bool
    evidence_id: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "received_on": self.received_on,
            "text": self.text,
            "final": self.final,
            "evidence_id": self.evidence_id,
        }


@dataclass
class Complaint:
    id: int
    incident_id: int
    body: str  # one of BODIES
    body_name: str
    filed_on: str  # YYYY-MM-DD
    reference: str
    asked: str
    evidence_id: int | None  # the proof of filing
    remind_on: str | None
    responses: list[Response] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Complaint:
        """Back from :meth:`record_dict` (an incident document, a bundle)."""
        return cls(
            int(d["id"]),
            int(d["incident_id"]),
            str(d["to"]),
            str(d.get("body_name") or ""),
            str(d["date"]),
            str(d.get("reference") or ""),
            str(d.get("asked") or ""),
            d.get("evidence_id"),
            d.get("remind_on"),
            [
                Response(
                    int(r["id"]),
                    str(r["received_on"]),
                    str(r.get("text") or ""),
                    bool(r.get("final")),
                    r.get("evidence_id"),
                )
                for r in d.get("responses", [])
            ],
        )

    def answered(self) -> bool:
        return bool(self.responses)

    def final_decision(self) -> Response | None:
        finals = [r for r in self.responses if r.final]
        return max(finals, key=lambda r: r.received_on) if finals else None

    def age_days(self, today: date) -> int | None:
        """Days the complaint has waited for its first answer; None once answered."""
        if self.answered():
            return None
        return (today - date.fromisoformat(self.filed_on)).days

    def deadline(self) -> str | None:
        """The last day to apply to the European Court, from the final domestic decision."""
        final = self.final_decision()
        return None if final is None else add_months(final.received_on, ECHR_MONTHS)

    def record_dict(self) -> dict[str, Any]:
        """What was recorded, and the deadline it implies (the same on any day)."""
        return {k: v for k, v in self.to_dict(date.today()).items() if k not in _OF_TODAY}

    def to_dict(self, today: date | None = None) -> dict[str, Any]:
        today = today or date.today()
        deadline = self.deadline()
        return {
            "id": self.id,
            "incident_id": self.incident_id,
            "to": self.body,
            "body_name": self.body_name,
            "date": self.filed_on,
            "reference": self.reference,
            "asked": self.asked,
            "evidence_id": self.evidence_id,
            "remind_on": self.remind_on,
            "responses": [r.to_dict() for r in self.responses],
            "unanswered_days": self.age_days(today),
            "echr_deadline": deadline,
            "days_left": None if deadline is None else days_left(deadline, today),
        }


# Fields that depend on the day they are computed (left out of bundles and reports' data).
_OF_TODAY = ("unanswered_days", "days_left")


def add_months(day: str, months: int) -> str:
    """``day`` plus whole calendar months, the last day of a shorter month kept
    (31 October + 4 months = 28 or 29 February)."""
    d = date.fromisoformat(day[:10])
    month = d.month - 1 + months
    year, month = d.year + month // 12, month % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1])).isoformat()


def days_left(deadline: str, today: date) -> int:
    return (date.fromisoformat(deadline) - today).days


def _day(value: str, what: str) -> str:
    """A stored day (YYYY-MM-DD) from a stored date text; a complaint needs the day."""
    when = parse_stored(value)
    if when.precision not in ("day", "exact"):
        raise QuireError(
            _T("errors", "The {what} must be a whole day, like 2025-05-14."), what=what
        )
    return when.sort_key[:10]


def _text(value: str | None, what: str) -> str:
    value = (value or "").strip()
    if len(value) > MAX_TEXT:
        raise QuireError(
            _T("errors", "The {what} must be at most {max} characters."), what=what, max=MAX_TEXT
        )
    return value


class ComplaintStore:
    """The complaints of one unlocked vault."""

    def __init__(self, vault: Any) -> None:
        self.vault = vault

    @property
    def db(self) -> Any:
        return self.vault.db

    def _incident(self, db: Any, incident_id: int) -> None:
        row = db.execute(
            "SELECT 1 FROM incidents WHERE id = ? AND deleted_at IS NULL", (incident_id,)
        ).fetchone()
        if row is None:
            raise QuireError(_T("errors", "No incident {incident_id}."), incident_id=incident_id)

    def _evidence(self, db: Any, incident_id: int, evidence_id: int | None) -> None:
        if evidence_id is None:
            return
        row = db.execute(
            "SELECT 1 FROM evidence WHERE id = ? AND incident_id = ?", (evidence_id, incident_id)
        ).fetchone()
        if row is None:
            raise QuireError(
                _T("errors", "Evidence {evidence_id} is not a file of incident {incident_id}."),
                evidence_id=evidence_id,
                incident_id=incident_id,
            )

    def add(
        self,
        incident_id: int,
        body: str,
        filed_on: str,
        *,
        body_name: str = "",
        reference: str = "",
        asked: str = "",
        evidence_id: int | None = None,
        remind_on: str | None = None,
    ) -> int:
        if body not in BODIES:
            raise QuireError(_T("errors", "Unknown body: {body}."), body=body)
        day = _day(filed_on, "date of the complaint")
        remind = _day(remind_on, "reminder date") if remind_on else None
        fields = {
            "body_name": _text(body_name, "name of the body"),
            "reference": _text(reference, "reference"),
            "asked": _text(asked, "request"),
        }
        at = now_utc()
        with transaction(self.db) as db:
            self._incident(db, incident_id)
            self._evidence(db, incident_id, evidence_id)
            cur = db.execute(
                "INSERT INTO complaints(incident_id, body, body_name, filed_on, reference, asked,"
                " evidence_id, remind_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    incident_id,
                    body,
                    fields["body_name"],
                    day,
                    fields["reference"],
                    fields["asked"],
                    evidence_id,
                    remind,
                    at,
                ),
            )
            complaint_id = int(cur.lastrowid)
            chain.append(
                db,
                "complaint",
                at,
                {
                    "complaint": complaint_id,
                    "incident": incident_id,
                    "to": body,
                    "date": day,
                    "evidence": evidence_id,
                    **fields,
                },
                incident_id=incident_id,
            )
        return complaint_id

    def respond(
        self,
        complaint_id: int,
        received_on: str,
        *,
        text: str = "",
        final: bool = False,
        evidence_id: int | None = None,
    ) -> int:
        day = _day(received_on, "date of the response")
        body = _text(text, "response")
        at = now_utc()
        with transaction(self.db) as db:
            complaint = self._get(db, complaint_id)
            if day < complaint.filed_on:
                raise QuireError(
                    _T("errors", "A response cannot come before its complaint ({date})."),
                    date=complaint.filed_on,
                )
            self._evidence(db, complaint.incident_id, evidence_id)
            cur = db.execute(
                "INSERT INTO complaint_responses(complaint_id, received_on, text, final,"
                " evidence_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (complaint_id, day, body, int(final), evidence_id, at),
            )
            response_id = int(cur.lastrowid)
            chain.append(
                db,
                "response",
                at,
                {
                    "complaint": complaint_id,
                    "response": response_id,
                    "date": day,
                    "text": body,
                    "final": final,
                    "evidence": evidence_id,
                },
                incident_id=complaint.incident_id,
            )
        return response_id

    def set_reminder(self, complaint_id: int, remind_on: str | None) -> None:
        remind = _day(remind_on, "reminder date") if remind_on else None
        with transaction(self.db) as db:
            self._get(db, complaint_id)
            db.execute("UPDATE complaints SET remind_on = ? WHERE id = ?", (remind, complaint_id))

    def get(self, complaint_id: int) -> Complaint:
        return self._get(self.db, complaint_id)

    def _get(self, db: Any, complaint_id: int) -> Complaint:
        rows = self._load(db, "c.id = ?", (complaint_id,))
        if not rows:
            raise ComplaintNotFound(_T("errors", "No complaint {id}."), id=complaint_id)
        return rows[0]

    def for_incident(self, incident_id: int) -> list[Complaint]:
        return self._load(self.db, "c.incident_id = ?", (incident_id,))

    def all(self) -> list[Complaint]:
        return self._load(self.db, "i.deleted_at IS NULL", ())

    def due_reminders(self, today: date | None = None) -> list[Complaint]:
        """Unanswered complaints whose reminder day has come."""
        day = (today or date.today()).isoformat()
        return [c for c in self.all() if c.remind_on and c.remind_on <= day and not c.answered()]

    def _load(self, db: Any, where: str, args: tuple[Any, ...]) -> list[Complaint]:
        # ``where`` is one of this module's fixed conditions, never user text.
        sql = (
            "SELECT c.id, c.incident_id, c.body, c.body_name, c.filed_on, c.reference, c.asked,"  # noqa: S608
            " c.evidence_id, c.remind_on FROM complaints c JOIN incidents i ON i.id ="
            " c.incident_id WHERE " + where + " ORDER BY c.filed_on, c.id"
        )
        rows = db.execute(sql, args).fetchall()
        found = [
            Complaint(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows
        ]
        if not found:
            return found
        by_id = {c.id: c for c in found}
        marks = ",".join("?" * len(by_id))
        sql = (
            "SELECT id, complaint_id, received_on, text, final, evidence_id FROM"
            " complaint_responses WHERE complaint_id IN (" + marks + ") ORDER BY received_on, id"
        )
        for r in db.execute(sql, list(by_id)):
            by_id[int(r[1])].responses.append(Response(int(r[0]), r[2], r[3], bool(r[4]), r[5]))
        return found


def latest_deadline(complaints: list[Complaint]) -> str | None:
    """The four-month limit that runs from the latest final domestic decision."""
    deadlines = [d for c in complaints if (d := c.deadline())]
    return max(deadlines) if deadlines else None
