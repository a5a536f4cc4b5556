"""Incidents in a real vault: revisions, notes, deletion, purge, the chain, search."""

from __future__ import annotations

from typing import Any

import pytest

from app.access import unlock_vault
from app.incidents.fold import fold
from app.incidents.record import IncidentRecord, RecordError
from app.incidents.store import Filters, IncidentNotFound, IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE


def rec(**fields: Any) -> IncidentRecord:
    return IncidentRecord.from_dict({"title": "Untitled", **fields})


@pytest.fixture
def store(vault: Vault) -> IncidentStore:
    return IncidentStore(vault)


def test_create_edit_keeps_every_revision(store: IncidentStore) -> None:
    i = store.create(rec(title="First", narrative="one"))
    assert store.update(i, rec(title="Second", narrative="two")) == 2
    assert store.update(i, rec(title="Third", narrative="three")) == 3
    assert store.update(i, rec(title="Third", narrative="three")) == 3  # unchanged: no revision
    revs = store.revisions(i)
    assert [r.record["title"] for r in revs] == ["First", "Second", "Third"]
    assert store.get(i).revision_count == 3
    assert store.verify().ok


def test_notes(store: IncidentStore) -> None:
    i = store.create(rec())
    store.add_note(i, "Police refused to register the complaint.")
    store.add_note(i, "Second visit, reference 44/2.")
    assert [n.text for n in store.get(i).notes][1] == "Second visit, reference 44/2."
    with pytest.raises(RecordError):
        store.add_note(i, "   ")


def test_soft_delete_undelete_and_purge(store: IncidentStore, vault: Vault) -> None:
    i = store.create(rec(title="Gone", narrative="secret words"))
    keep = store.create(rec(title="Kept"))
    store.delete(i)
    assert [s.id for s in store.list()] == [keep]
    assert store.list(Filters(include_deleted=True))[0].deleted in (True, False)
    with pytest.raises(IncidentNotFound):
        store.get(i)
    store.undelete(i)
    assert store.get(i).record.title == "Gone"
    store.purge(i)
    with pytest.raises(IncidentNotFound):
        store.get(i, include_deleted=True)
    assert store.search("secret") == []
    payloads = [
        r[0] for r in vault.db.execute("SELECT payload FROM chain WHERE payload IS NOT NULL")
    ]
    assert not any("secret words" in p for p in payloads)
    report = store.verify()
    assert report.ok and report.purged >= 2


def test_missing_incident(store: IncidentStore) -> None:
    with pytest.raises(IncidentNotFound):
        store.update(99, rec())


# -- the chain ------------------------------------------------------------------------------
def test_verify_finds_altered_content(store: IncidentStore, vault: Vault) -> None:
    i = store.create(rec(title="Original"))
    store.update(i, rec(title="Edited"))
    vault.db.execute("UPDATE chain SET payload = replace(payload, 'Original', 'Forged')")
    problems = store.verify().problems
    assert any("altered" in p for p in problems)


def test_verify_finds_a_record_changed_behind_the_chain(store: IncidentStore, vault: Vault) -> None:
    i = store.create(rec(title="Original"))
    vault.db.execute(
        "UPDATE incidents SET record = replace(record, 'Original', 'Forged') WHERE id = ?", (i,)
    )
    assert any("differs from its last revision" in p for p in store.verify().problems)


def test_verify_finds_a_removed_entry(store: IncidentStore, vault: Vault) -> None:
    i = store.create(rec(title="a"))
    store.update(i, rec(title="b"))
    store.update(i, rec(title="c"))
    vault.db.execute("DELETE FROM chain WHERE seq = 2")
    assert any("does not follow" in p for p in store.verify().problems)


def test_chain_head_changes_with_every_save(store: IncidentStore) -> None:
    heads = {store.verify().head}
    i = store.create(rec())
    heads.add(store.verify().head)
    store.add_note(i, "n")
    heads.add(store.verify().head)
    assert len(heads) == 3


# -- search ---------------------------------------------------------------------------------
@pytest.fixture
def diary(store: IncidentStore) -> dict[str, int]:
    ids = {
        "az": store.create(
            rec(
                title="Onlar məni hədələdilər",
                narrative="Şantaj: şəkilləri yayacaqlarını dedilər.",
                categories=["blackmail", "threat"],
                tags=["Telegram"],
                severity=5,
                occurred_at="2024-02-10",
                perpetrators=[
                    {
                        "kind": "anonymous_channel",
                        "name": "Qara Xəbər",
                        "identifiers": ["@qara_xeber_77", "+994 50 555 12 34"],
                    }
                ],
            )
        ),
        "ru": store.create(
            rec(
                title="Угрозы в личных сообщениях",
                narrative="ШАНТАЖ и угрозы опубликовать переписку.",
                categories=["blackmail"],
                tags=["Instagram"],
                severity=3,
                occurred_at="2024-05",
            )
        ),
        "en": store.create(
            rec(
                title="March dispersed",
                narrative="Police detained twelve protesters.",
                categories=["physical"],
                tags=["march", "telegram"],
                severity=4,
                occurred_at="2023-03-08T11:00",
            )
        ),
    }
    store.add_note(ids["en"], "Lawyer Elvin was refused access to the detainees.")
    return ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("şantaj", {"az"}),
        ("ŞANTAJ", {"az"}),
        ("santaj", {"az"}),
        ("шантаж", {"ru"}),
        ("Шантаж", {"ru"}),
        ("hedelediler", {"az"}),
        ("hədələdilər", {"az"}),
        ("HƏDƏLƏDİLƏR", {"az"}),
        ("qara xeber", {"az"}),
        ("qara_xeber_77", {"az"}),
        ("555", {"az"}),
        ("telegram", {"az", "en"}),
        ("elvin", {"en"}),
        ("detain", {"en"}),
        ("угроз", {"ru"}),
        ("nothing-like-this", set()),
        ("!!!", set()),
    ],
)
def test_search_folds_case_diacritics_and_keyboards(
    store: IncidentStore, diary: dict[str, int], query: str, expected: set[str]
) -> None:
    found = {s.id for s in store.search(query)}
    assert found == {diary[k] for k in expected}


def test_search_is_updated_on_edit(store: IncidentStore, diary: dict[str, int]) -> None:
    store.update(diary["en"], rec(title="Rally broken up", narrative="No arrests."))
    assert store.search("detained") == []
    assert [s.id for s in store.search("rally")] == [diary["en"]]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(categories=["blackmail"]), {"az", "ru"}),
        (Filters(categories=["blackmail", "threat"]), {"az"}),
        (Filters(tags=["TELEGRAM"]), {"az", "en"}),
        (Filters(severity_min=4), {"az", "en"}),
        (Filters(severity_max=3), {"ru"}),
        (Filters(date_from="2024-01-01"), {"az", "ru"}),
        (Filters(date_to="2024-02"), {"az", "en"}),
        (Filters(date_from="2024-05", date_to="2024-05-31"), {"ru"}),
    ],
)
def test_filters(
    store: IncidentStore, diary: dict[str, int], filters: Filters, expected: set[str]
) -> None:
    assert {s.id for s in store.list(filters)} == {diary[k] for k in expected}


def test_search_with_filters(store: IncidentStore, diary: dict[str, int]) -> None:
    assert {s.id for s in store.search("telegram", Filters(severity_min=5))} == {diary["az"]}


def test_list_order_newest_first(store: IncidentStore, diary: dict[str, int]) -> None:
    assert [s.id for s in store.list()] == [diary["ru"], diary["az"], diary["en"]]
    assert [s.id for s in store.list(limit=1, offset=1)] == [diary["az"]]


def test_fold() -> None:
    assert fold("Hədələdilər") == "hedelediler"
    assert fold("İSTANBUL ığdır") == "istanbul igdir"
    assert fold("Ёлка") == "елка"


def test_odd_unicode_survives_storage(store: IncidentStore, vault: Vault, home: Any) -> None:
    title = "RTL \u202e txt, ZWJ 👩\u200d👩\u200d👧, combining e\u0301, emoji 🔥, tab\t."
    i = store.create(rec(title=title, narrative="\u0000".replace("\u0000", "") + "ok"))
    vault.lock()
    again = unlock_vault(home, PASSPHRASE)
    assert IncidentStore(again).get(i).record.title == title
    again.lock()


def test_matching_ids_and_summaries_agree_with_search(
    store: IncidentStore, diary: dict[str, int]
) -> None:
    ids = store.matching_ids("telegram")
    assert [s.id for s in store.summaries(ids)] == [s.id for s in store.search("telegram")]
    assert store.matching_ids(None) == [s.id for s in store.list()]
    assert store.matching_ids("!!!") == []
    assert store.summaries([]) == []
    assert [s.id for s in store.summaries([diary["en"], 999, diary["az"]])] == [
        diary["en"],
        diary["az"],
    ]


def test_create_many(store: IncidentStore) -> None:
    ids = store.create_many((rec(title=f"Bulk {n}") for n in range(1203)), batch=500)
    assert len(ids) == 1203 == store.count()
    assert store.get(ids[-1]).record.title == "Bulk 1202"
    assert [s.id for s in store.search("bulk 1202")] == [ids[-1]]
    assert store.verify().ok


def test_create_many_writes_what_one_by_one_saves_write(store: IncidentStore, vault: Vault) -> None:
    """The batched insert fills every table as create/update do, and chains canonical text."""
    from app.incidents.record import canonical_json

    fields = {
        "narrative": 'Hədələdilər: «шантаж» and "quotes" \\ back',
        "categories": ["threat", "leak"],
        "tags": ["Şantaj", "ETİRAZ"],
        "perpetrators": [{"kind": "person", "name": "Rəşad Quliyev", "identifiers": ["@kanal"]}],
        "platforms": ["Telegram"],
        "occurred_at": "2024-03-05",
    }
    first = store.create(rec(title="One by one", **fields))
    ids = store.create_many([rec(title=f"Batch {n}", **fields) for n in range(3)])
    assert ids == [first + 1, first + 2, first + 3]
    for i in [first, *ids]:
        for query in ("hedelediler", "quliyev", "kanal", "telegram", "шантаж"):
            assert i in [s.id for s in store.search(query)], (i, query)
        assert i in [s.id for s in store.list(Filters(tags=["santaj"], categories=["leak"]))]
    rows = vault.db.execute(
        "SELECT incident_id, revision, at, payload FROM chain WHERE kind = 'revision'"
    ).fetchall()
    assert [(r[0], r[1]) for r in rows] == [(i, 1) for i in [first, *ids]]
    for incident_id, revision, at, payload in rows:
        record = store.get(incident_id).record
        assert payload == canonical_json(
            {"kind": "revision", "at": at, "incident": incident_id, "revision": revision,
             "record": record.to_dict()}
        )  # fmt: skip
    assert store.verify().ok
    store.update(ids[0], rec(title="Edited", **fields))
    assert store.verify().ok
