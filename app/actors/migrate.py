"""Schema 6's data step: every incident's perpetrator fields become linked actors.

Run once inside the migration's transaction (app/storage/migrations.py). A stored record
that cannot be read is left unlinked rather than stopping the diary from opening: the
record itself is untouched, and saving it again links it.
"""

from __future__ import annotations

import json
from typing import Any

from app.actors import batch
from app.incidents.record import IncidentRecord, RecordError


def perpetrators_to_actors(conn: Any) -> None:
    rows = conn.execute(
        "SELECT id, record, occurred_sort FROM incidents ORDER BY occurred_sort, id"
    ).fetchall()
    items = []
    for incident_id, text, occurred in rows:
        try:
            record = IncidentRecord.from_dict(json.loads(text))
        except (RecordError, ValueError, TypeError):
            continue
        items.append((int(incident_id), record, (occurred or "")[:10] or None))
    linker = batch.Linker(conn)  # the actors read once for every chunk
    for start in range(0, len(items), 2000):
        linker.link(items[start : start + 2000])
