"""Completions for the editor: the tags and platforms already used in the diary.

Both are read on the GUI thread when an editor opens, so they must stay cheap however big
the diary grows; reading every record would decrypt the whole database. Tags come from
the small ``incident_tags`` index (folded forms, counted there), each shown in the spelling
of one incident that uses it. Platforms have no index: they come from the most recently
recorded incidents only.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from app.incidents.fold import fold

if TYPE_CHECKING:
    from app.vault.vault import Vault

MAX_TAGS = 300
RECENT_INCIDENTS = 300


def known_tags(vault: Vault, limit: int = MAX_TAGS) -> list[str]:
    """Tags in use, most used first, as they were typed.

    Counted over every incident, deleted ones too (they can be restored): telling them
    apart would mean reading every record.
    """
    db = vault.db
    rows = db.execute(
        "SELECT tag, count(*) AS n, max(incident_id) FROM incident_tags"
        " GROUP BY tag ORDER BY n DESC, tag LIMIT ?",
        (limit,),
    ).fetchall()
    out: list[str] = []
    for folded, _count, incident_id in rows:
        row = db.execute(
            "SELECT json_extract(record, '$.tags') FROM incidents WHERE id = ?", (incident_id,)
        ).fetchone()
        spelled = [t for t in json.loads(row[0] or "[]") if fold(t) == folded] if row else []
        out.append(spelled[0] if spelled else folded)
    return out


def known_platforms(vault: Vault, recent: int = RECENT_INCIDENTS) -> list[str]:
    """Platforms and channels of the most recently recorded incidents, most used first."""
    rows = vault.db.execute(
        "SELECT j.value, count(*) AS n FROM"
        " (SELECT record FROM incidents WHERE deleted_at IS NULL"
        "  ORDER BY id DESC LIMIT ?) i, json_each(i.record, '$.platforms') j"
        " WHERE j.type = 'text' GROUP BY j.value ORDER BY n DESC, j.value",
        (recent,),
    ).fetchall()
    seen: set[str] = set()
    out: list[str] = []
    for value, _count in rows:
        key = value.casefold()
        if value.strip() and key not in seen:
            seen.add(key)
            out.append(value)
    return out
