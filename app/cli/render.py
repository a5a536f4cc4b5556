"""Human-readable output for the terminal: user text with control characters removed.

A title or narrative could carry escape sequences that rewrite the terminal; everything
from the diary passes through :func:`safe` before it is printed.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from app import dates
from app.incidents import vocabulary
from app.plain_text import one_line, printable


def safe(text: object) -> str:
    """Multi-line user text for the terminal: control characters removed."""
    return printable(text)


def safe_line(text: object, limit: int = 200) -> str:
    """A one-line field from someone else (a bundle's author): no line breaks either."""
    return one_line(text, limit)


def emit_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def summary_line(item: dict[str, Any]) -> str:
    when = item.get("occurred_at") or "—"
    sev = item.get("severity")
    cats = ", ".join(item.get("categories") or [])
    return safe(f"{item['id']:>6}  {when:<19}  {sev or '-'}  {item['title']}  [{cats}]")


def incident_text(doc: dict[str, Any]) -> str:
    """The full incident as readable text."""
    lines = [f"#{doc['id']}  {doc['title']}"]

    def add(label: str, value: Any) -> None:
        if value not in (None, "", [], {}):
            lines.append(f"{label}: {value}")

    when = doc.get("occurred_at")
    if doc.get("occurred_until"):
        when = f"{when} – {doc['occurred_until']}"
    add("When", f"{when} ({doc.get('occurred_precision')})" if when else None)
    add("Categories", ", ".join(vocabulary.CATEGORIES[c] for c in doc.get("categories", [])))
    add("Severity", doc.get("severity"))
    add("Tags", ", ".join(doc.get("tags", [])))
    add("Location", doc.get("location"))
    add("Platforms", ", ".join(doc.get("platforms", [])))
    for t in doc.get("targets", []):
        add("Targeted", f"{t['kind']} {t.get('name', '')}".strip())
    for p in doc.get("perpetrators", []):
        ids = ", ".join(p.get("identifiers", []))
        add("Perpetrator", f"{p['kind']}: {p.get('name', '')} {('(' + ids + ')') if ids else ''}")
    for link in doc.get("links", []):
        add("Link", f"{link['url']} (seen {link.get('seen_at') or '?'}) {link.get('note', '')}")
    add("Witnesses", ", ".join(doc.get("witnesses", [])))
    impact = doc.get("impact") or {}
    add(
        "Impact",
        ", ".join(impact.get("kinds", []))
        + (f" — {impact['description']}" if impact.get("description") else ""),
    )
    for a in doc.get("actions", []):
        add(
            "Action",
            f"{a['kind']} {a.get('at') or ''} {a.get('reference', '')} "
            f"{a.get('outcome', '')}".strip(),
        )
    if doc.get("narrative"):
        lines += ["", doc["narrative"]]
    if doc.get("notes"):
        lines.append("")
        lines += [f"Note {n['id']} ({n['created_at']}): {n['text']}" for n in doc["notes"]]
    if doc.get("evidence"):
        lines.append("")
        lines += [
            f"Evidence {e['id']}: {e['name']}  {e['size']} bytes  {e['type']}  sha256 {e['sha256']}"
            for e in doc["evidence"]
        ]
    for x in doc.get("excerpts", []):
        conv, source = x["conversation"], x["source"]
        lines += ["", f"Excerpt {x['id']}: {conv['title']} ({conv['platform']})"]
        if x.get("note"):
            lines.append(f"  {x['note']}")
        lines += [
            f"  {m['time']}  {m['sender'] or '—'}: {m['text']}  "
            f"[SHA-256 {source['sha256'][:12]}… #{m['index']}]"
            for m in x["messages"]
        ]
    lines.append("")
    lines.append(
        f"Created {doc['created_at']}, updated {doc['updated_at']}, {doc['revisions']} revision(s)"
    )
    return safe("\n".join(lines))


def typed_date(value: str | None) -> str | None:
    """A date option as typed (14.05.2025 23:15, 2025-05-14, 05/06/2025...) in the stored
    form. Day and month that could be swapped are read in the terminal locale's order, and
    the reading is printed on stderr so the person can check it."""
    if value is None:
        return None
    when = dates.parse_typed(value, day_first=dates.day_first_from_environment())
    if when.ambiguous:
        print(f"Read {safe_line(value)} as {when.stored[:10]} (year-month-day).", file=sys.stderr)
    return when.stored
