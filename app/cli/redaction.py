"""``quire-cli evidence redact`` and ``evidence mark``: redacted copies and intimate evidence.

The copy and its derivation record are app/evidence/redact.py's; a PDF page is redacted in
the window, which renders it (the command line redacts pictures).
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import render
from app.cli.context import Context
from app.evidence.redact import Region, derivation_of, make_redacted_copy, set_intimate
from app.evidence.store import EvidenceStore


def cmd_redact(args: argparse.Namespace, ctx: Context) -> int:
    regions = [Region.parse(text) for text in args.region]
    with ctx.unlock() as vault:
        EvidenceStore(vault).get(args.evidence_id, incident_id=args.id)
        copy = make_redacted_copy(
            vault, args.evidence_id, regions, "pixelate" if args.pixelate else "black"
        )
        derived = derivation_of(vault, copy.id)
    if args.json:
        render.emit_json(
            {"evidence": copy.to_dict(), "derived_from": derived.to_dict() if derived else None}
        )
        return 0
    print(render.safe(f"Redacted copy {copy.id}: {copy.name} (SHA-256 {copy.sha256})."))
    print(f"Derived from evidence {args.evidence_id}; the original is kept as it was.")
    return 0


def cmd_mark(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.unlock() as vault:
        EvidenceStore(vault).get(args.evidence_id, incident_id=args.id)
        set_intimate(vault, args.evidence_id, not args.not_intimate)
    state = "no longer marked" if args.not_intimate else "marked"
    print(
        f"Evidence {args.evidence_id} is {state} intimate"
        + ("." if args.not_intimate else ": blurred in previews and reports until opened.")
    )
    return 0


def add_commands(evsub: Any) -> None:
    sp = evsub.add_parser(
        "redact", help="make a redacted copy of a picture (black boxes or pixelation)"
    )
    sp.set_defaults(handler=cmd_redact)
    sp.add_argument("id", type=int, metavar="INCIDENT_ID")
    sp.add_argument("evidence_id", type=int, metavar="EVIDENCE_ID")
    sp.add_argument(
        "--region",
        action="append",
        required=True,
        metavar="X,Y,W,H",
        help="a region in fractions or percent of the picture, e.g. 10%%,20%%,30%%,5%%",
    )
    sp.add_argument("--pixelate", action="store_true", help="pixelate instead of black boxes")
    sp.add_argument("--json", action="store_true")
    sp = evsub.add_parser("mark", help="mark (or unmark) evidence as intimate")
    sp.set_defaults(handler=cmd_mark)
    sp.add_argument("id", type=int, metavar="INCIDENT_ID")
    sp.add_argument("evidence_id", type=int, metavar="EVIDENCE_ID")
    what = sp.add_mutually_exclusive_group(required=True)
    what.add_argument("--intimate", action="store_true")
    what.add_argument("--not-intimate", action="store_true")
