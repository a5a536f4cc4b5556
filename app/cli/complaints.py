"""``quire-cli complaint``: complaints about an incident, responses, reminders, deadlines.

The contract is in docs/CLI.md. Dates are read as people type them (app/dates.py); a
complaint and a response need a whole day.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from app.cli import render
from app.cli.context import Context
from app.complaints.store import BODIES, Complaint, ComplaintStore, latest_deadline


def complaint_line(c: Complaint, today: date) -> str:
    state = _state(c, today)
    ref = f" ref {c.reference}" if c.reference else ""
    name = f" ({c.body_name})" if c.body_name else ""
    return render.safe_line(
        f"{c.id:>5}  incident {c.incident_id:<5} {c.filed_on}  {c.body}{name}{ref} — {state}", 400
    )


def _state(c: Complaint, today: date) -> str:
    age = c.age_days(today)
    if age is not None:
        return f"unanswered for {age} day(s)"
    final = c.final_decision()
    deadline = c.deadline()
    if final is None or deadline is None:
        return f"answered on {c.responses[-1].received_on}"
    left = (date.fromisoformat(deadline) - today).days
    if left < 0:
        return f"final decision {final.received_on}; the four months ended {deadline}"
    return (
        f"final decision {final.received_on}; "
        f"apply to the European Court by {deadline} ({left} day(s) left)"
    )


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        complaint_id = ComplaintStore(vault).add(
            args.incident,
            args.to,
            render.typed_date(args.date) or "",
            body_name=args.body_name or "",
            reference=args.ref or "",
            asked=args.asked or "",
            evidence_id=args.proof,
            remind_on=render.typed_date(args.remind),
        )
    print(complaint_id)
    return 0


def cmd_respond(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        response_id = ComplaintStore(vault).respond(
            args.complaint,
            render.typed_date(args.date) or "",
            text=args.text or "",
            final=args.final,
            evidence_id=args.proof,
        )
        complaint = ComplaintStore(vault).get(args.complaint)
    print(response_id)
    deadline = complaint.deadline()
    if args.final and deadline:
        print(f"The four months to apply to the European Court end on {deadline}.")
    return 0


def cmd_remind(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        ComplaintStore(vault).set_reminder(args.complaint, render.typed_date(args.date))
    print(f"Reminder for complaint {args.complaint}: {args.date or 'none'}.")
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    today = date.today()
    with ctx.unlock() as vault:
        store = ComplaintStore(vault)
        found = store.all() if args.incident is None else store.for_incident(args.incident)
        due = store.due_reminders(today)
    deadline = latest_deadline(found)
    if args.json:
        render.emit_json(
            {
                "complaints": [c.to_dict(today) for c in found],
                "reminders_due": [c.id for c in due],
                "echr_deadline": deadline,
            }
        )
        return 0
    for c in found:
        print(complaint_line(c, today))
    if not found:
        print("No complaints recorded.")
    for c in due:
        print(f"Reminder: complaint {c.id} ({c.body}, {c.filed_on}) is still unanswered.")
    return 0


def add_commands(cmd: Callable[..., argparse.ArgumentParser]) -> None:
    sp = cmd("complaint", lambda a, c: 1, "complaints made about an incident, and their answers")
    sub = sp.add_subparsers(dest="complaint_command", required=True, metavar="ACTION")
    p = sub.add_parser("add", help="record a complaint (prints its id)")
    p.set_defaults(handler=cmd_add)
    p.add_argument("incident", type=int, metavar="INCIDENT_ID")
    p.add_argument("--to", required=True, choices=list(BODIES), help="the kind of body")
    p.add_argument("--date", required=True, metavar="DATE", help="the day it was filed")
    p.add_argument("--ref", metavar="REFERENCE", help="the reference number given")
    p.add_argument("--body-name", metavar="NAME", help="which body, e.g. 'Yasamal police'")
    p.add_argument("--asked", metavar="TEXT", help="what was asked")
    p.add_argument("--proof", type=int, metavar="EVIDENCE_ID", help="proof of filing")
    p.add_argument("--remind", metavar="DATE", help="remind me on this day if unanswered")
    p = sub.add_parser("respond", help="record an answer to a complaint (prints its id)")
    p.set_defaults(handler=cmd_respond)
    p.add_argument("complaint", type=int, metavar="COMPLAINT_ID")
    p.add_argument("--date", required=True, metavar="DATE", help="the day it was received")
    p.add_argument("--text", metavar="TEXT", help="what it says")
    p.add_argument(
        "--final", action="store_true", help="the final domestic decision (starts the 4 months)"
    )
    p.add_argument("--proof", type=int, metavar="EVIDENCE_ID", help="the answer as evidence")
    p = sub.add_parser("remind", help="set or clear (no DATE) a complaint's reminder")
    p.set_defaults(handler=cmd_remind)
    p.add_argument("complaint", type=int, metavar="COMPLAINT_ID")
    p.add_argument("date", nargs="?", metavar="DATE")
    p = sub.add_parser("list", help="complaints, their age, answers and deadlines")
    p.set_defaults(handler=cmd_list)
    p.add_argument("--incident", type=int, metavar="INCIDENT_ID")
    p.add_argument("--json", action="store_true")
