"""Search that knows actors: a phone number, @handle or URL in any spelling finds the actor
and every incident linked to it, even where the incident's text spells it differently.

Full-text search matches the words as written ("+994 55 000 47 12" is not "0550004712");
the actors' normalised identifiers close that gap. Used by ``quire-cli search`` and the
main window alike.
"""

from __future__ import annotations

from typing import Any

from app.actors import store as actors
from app.actors.store import Actor
from app.incidents.store import Filters, IncidentStore, IncidentSummary


def search(
    vault: Any, query: str, filters: Filters | None = None
) -> tuple[list[IncidentSummary], list[Actor]]:
    """Incidents matching ``query`` (text, or an actor's identifier) and the actors found."""
    ids = matching_ids(vault, query, filters)
    matched = [actors.get(vault.db, i) for i in actors.search(vault.db, query)]
    return IncidentStore(vault).summaries(ids), matched


def matching_ids(vault: Any, query: str, filters: Filters | None = None) -> list[int]:
    """What the main window's search lists: the incidents whose text matches ``query`` and
    those linked to an actor it names in any spelling, newest first (ids only: a search over
    100,000 incidents stays cheap)."""
    filters = filters or Filters()
    incidents = IncidentStore(vault)
    found = incidents.matching_ids(query, filters)
    linked = {i for a in actors.search(vault.db, query) for i in actors.get(vault.db, a).incidents}
    extra = linked - set(found)
    if not extra:
        return found
    if filters != Filters():
        extra &= set(incidents.matching_ids(None, filters))
    return incidents.in_list_order([*found, *extra]) if extra else found
