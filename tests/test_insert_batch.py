"""Inserting incidents in batches (issue 10): what the faster path must still get right."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from app.access import unlock_vault
from app.actors.store import ActorStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE


def _with(identifier: str) -> IncidentRecord:
    return IncidentRecord.from_dict(
        {
            "title": "x",
            "occurred_at": "2025-01-01",
            "perpetrators": [{"kind": "person", "name": "", "identifiers": [identifier]}],
        }
    )


def test_a_batch_after_another_connection_wrote_sees_its_actors(vault: Vault, home: Path) -> None:
    """create_many reads the actors once; a commit by another connection makes it read again.

    Between create_many's two transactions another connection links "@two" to a new actor:
    the second batch must link to that actor, not make a second one (with a stale reading
    it would also reuse the other's new actor id).
    """
    other = unlock_vault(home, PASSPHRASE)

    def records() -> Iterator[IncidentRecord]:
        yield _with("@one")
        IncidentStore(other).create(_with("@two"))  # runs between the two transactions
        yield _with("@two")

    try:
        first, second = IncidentStore(vault).create_many(records(), batch=1)
    finally:
        other.lock()
    actors = {a.id: a for a in ActorStore(vault).all()}
    assert len(actors) == 2
    two = [a for a in actors.values() if second in a.incidents]
    assert len(two) == 1 and len(two[0].incidents) == 2
    assert [a for a in actors.values() if first in a.incidents] != two
