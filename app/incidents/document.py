"""The whole-incident JSON document (``show --json``, bundles' ``incidents/*.json``).

One function builds it so the CLI, the bundle and the report never drift apart. Its
shape is the versioned contract of docs/CLI.md (``SCHEMA_VERSION``).
"""

from __future__ import annotations

from typing import Any

from app.chats.excerpts import ExcerptStore
from app.complaints.store import ComplaintStore
from app.evidence.redact import annotate
from app.evidence.store import EvidenceStore
from app.incidents.record import SCHEMA_VERSION
from app.incidents.store import Incident, IncidentStore


def incident_document(incident: Incident, evidence: EvidenceStore) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": incident.id, **incident.record.to_dict()}
    doc.update(
        created_at=incident.created_at,
        updated_at=incident.updated_at,
        deleted_at=incident.deleted_at,
        notes=[{"id": n.id, "created_at": n.created_at, "text": n.text} for n in incident.notes],
        evidence=annotate(evidence.vault, [e.to_dict() for e in evidence.list(incident.id)]),
        excerpts=ExcerptStore(evidence.vault).for_incident(incident.id),
        complaints=[
            c.record_dict() for c in ComplaintStore(evidence.vault).for_incident(incident.id)
        ],
        revisions=incident.revision_count,
    )
    return doc


def show_document(
    store: IncidentStore,
    evidence: EvidenceStore,
    incident_id: int,
    *,
    include_deleted: bool = False,
) -> dict[str, Any]:
    incident = store.get(incident_id, include_deleted=include_deleted)
    return {"schema_version": SCHEMA_VERSION, "incident": incident_document(incident, evidence)}
