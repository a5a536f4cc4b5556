"""What an unsigned bundle leaves out, so that two of them cannot be tied to one diary.

A signed bundle carries the diary's signing key, which links every bundle from that diary
anyway, so it keeps the diary's own row ids, exact record times and the revision chain
head. ``--no-sign`` promises the opposite, so an unsigned bundle carries:

* ids numbered by position in this bundle (incidents 1, 2, …; evidence 1, 2, … across the
  bundle; notes, chat excerpts and complaints with their responses 1, 2, … per incident
  (a complaint's proof of filing by its bundle evidence number); no message or
  conversation ids;
  cited chat exports sources/1-…, 2-…), not the diary's row ids, which count everything
  ever recorded and would line up across bundles (incident 41 here, 43 there);
* record times cut to the day: when an incident was first recorded and last changed,
  when a note or an excerpt was added, when evidence was imported, when each revision was saved (to
  the second, each one is a fingerprint that matches exactly one row in the diary);
* no revision chain head (a hash over the whole diary: the same in every bundle made
  between two saves, and a match for the diary itself).

What still links bundles is what the person wrote or attached: the text, the dates and
times they entered, file names and the evidence's SHA-256 (the same file in two bundles
is the same file). docs/BUNDLE_FORMAT.md says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Times Quire stamped on records as they were saved (not times the person entered).
_RECORD_TIMES = ("created_at", "updated_at", "deleted_at")


def day(value: object) -> str | None:
    """``2024-05-02T19:12:03Z`` → ``2024-05-02``; no time stays no time."""
    return value[:10] if isinstance(value, str) and value else None


_day = day


def _same(value: object) -> Any:
    return value


@dataclass
class Numbering:
    """Diary ids → the ids a bundle shows (the identity for a signed bundle)."""

    incidents: dict[int, int] = field(default_factory=dict)
    evidence: dict[int, int] = field(default_factory=dict)


def same_ids(docs: list[dict[str, Any]]) -> Numbering:
    """The diary's own ids, unchanged (signed bundles)."""
    return Numbering(
        incidents={d["id"]: d["id"] for d in docs},
        evidence={e["id"]: e["id"] for d in docs for e in d["evidence"]},
    )


def unlink(
    docs: list[dict[str, Any]], *, cut_times: bool = True
) -> tuple[list[dict[str, Any]], Numbering]:
    """Copies of the incident documents with bundle-local ids and record times to the day.

    ``docs`` are :func:`app.incidents.document.incident_document` results with their
    ``revision_history``; they are not changed. Numbers follow their order. A signed court
    annex (``export --court``) is numbered the same way, 1…N with no gap that would show
    something was withheld, but keeps the exact times (``cut_times=False``): its key
    links it to the diary anyway.
    """
    day = _day if cut_times else _same
    numbering = Numbering()
    out = []
    for position, doc in enumerate(docs, 1):
        numbering.incidents[doc["id"]] = position
        evidence = []
        for item in doc["evidence"]:
            numbering.evidence[item["id"]] = len(numbering.evidence) + 1
            evidence.append(
                {
                    **item,
                    "id": numbering.evidence[item["id"]],
                    "imported_at": day(item["imported_at"]),
                }
            )
            if "derived_from" in item:  # its original: by bundle number, or none if left out
                derived = dict(item["derived_from"])
                derived["created_at"] = day(derived.get("created_at"))
                derived["original_id"] = None
                evidence[-1]["derived_from"] = derived
        _link_originals(evidence, doc["evidence"], numbering)
        copy = {**doc, "id": position, "evidence": evidence}
        copy.update({key: day(doc.get(key)) for key in _RECORD_TIMES})
        copy["notes"] = [
            {**note, "id": n, "created_at": day(note["created_at"])}
            for n, note in enumerate(doc["notes"], 1)
        ]
        copy["excerpts"] = [
            {
                **excerpt,
                "id": n,
                "created_at": day(excerpt.get("created_at")),
                "conversation": {
                    k: v for k, v in excerpt.get("conversation", {}).items() if k != "id"
                },
                "source": dict(excerpt.get("source", {})),
                "messages": [
                    {k: v for k, v in m.items() if k != "id"} for m in excerpt.get("messages", [])
                ],
            }
            for n, excerpt in enumerate(doc.get("excerpts", []), 1)
        ]
        copy["complaints"] = [
            _complaint(complaint, n, position, numbering)
            for n, complaint in enumerate(doc.get("complaints", []), 1)
        ]
        copy["revision_history"] = [
            {**rev, "at": day(rev["at"])} for rev in doc.get("revision_history", [])
        ]
        out.append(copy)
    return out, numbering


def _complaint(c: dict[str, Any], n: int, incident: int, numbering: Numbering) -> dict[str, Any]:
    """A complaint with bundle-local ids: its own, its incident's, its evidence's."""

    def evidence(value: object) -> int | None:
        return numbering.evidence.get(value) if isinstance(value, int) else None

    return {
        **c,
        "id": n,
        "incident_id": incident,
        "evidence_id": evidence(c.get("evidence_id")),
        "responses": [
            {**r, "id": k, "evidence_id": evidence(r.get("evidence_id"))}
            for k, r in enumerate(c.get("responses", []), 1)
        ],
    }


def _link_originals(
    copies: list[dict[str, Any]], originals: list[dict[str, Any]], numbering: Numbering
) -> None:
    """A redacted copy names its original by bundle number when the original is in the
    bundle too (numbered by now: originals come first), else by SHA-256 alone."""
    for new, old in zip(copies, originals, strict=True):
        source = old.get("derived_from", {}).get("original_id")
        if "derived_from" in new and source in numbering.evidence:
            new["derived_from"]["original_id"] = numbering.evidence[source]
