"""Drafts (the editor's unsaved text) and the editor's templates and completions, without Qt."""

from __future__ import annotations

import pytest

from app.access import unlock_vault
from app.incidents import templates, vocabulary
from app.incidents.drafts import Draft, DraftError, DraftNotFound, DraftStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.incidents.suggestions import known_platforms, known_tags

ODD = "Şəhla Əliyeva — Угрозы 🔥 مرحبا بالعالم\u00a0\u200f(RTL)\n\tsecond line"


def test_save_get_list_discard(vault):
    drafts = DraftStore(vault)
    assert drafts.list() == []
    fields = {"record": {"title": ODD, "tags": ["a"]}, "note": "", "template": "smear"}
    draft_id = drafts.save(None, None, fields)
    got = drafts.get(draft_id)
    assert isinstance(got, Draft)
    assert got.fields == fields
    assert got.incident_id is None
    assert got.updated_at.endswith("Z")
    assert [d.id for d in drafts.list()] == [draft_id]

    # Saving again under the same id replaces the content, never adds a row.
    fields["record"]["title"] = "changed"
    assert drafts.save(draft_id, None, fields) == draft_id
    assert drafts.get(draft_id).fields["record"]["title"] == "changed"
    assert drafts.count() == 1

    drafts.discard(draft_id)
    assert drafts.list() == []
    with pytest.raises(DraftNotFound):
        drafts.get(draft_id)
    drafts.discard(draft_id)  # already gone: no error


def test_a_gone_draft_id_gets_a_new_row(vault):
    drafts = DraftStore(vault)
    first = drafts.save(None, None, {"a": 1})
    drafts.discard(first)
    second = drafts.save(first, None, {"a": 2})
    assert drafts.get(second).fields == {"a": 2}
    assert drafts.count() == 1


def test_drafts_of_existing_incidents(vault):
    store = IncidentStore(vault)
    incident_id = store.create(IncidentRecord.from_dict({"title": "x"}))
    drafts = DraftStore(vault)
    assert drafts.for_incident(incident_id) is None
    draft_id = drafts.save(None, incident_id, {"record": {"title": "y"}})
    found = drafts.for_incident(incident_id)
    assert found is not None and found.id == draft_id and found.incident_id == incident_id
    # A purged incident takes its drafts with it (the database cascades).
    store.purge(incident_id)
    assert drafts.list() == []


def test_draft_of_a_purged_incident_is_kept_as_new(vault):
    store = IncidentStore(vault)
    incident_id = store.create(IncidentRecord.from_dict({"title": "x"}))
    store.purge(incident_id)
    drafts = DraftStore(vault)
    draft_id = drafts.save(None, incident_id, {"record": {"title": "still typed"}})
    assert drafts.get(draft_id).incident_id is None


def test_newest_first(vault, monkeypatch):
    import app.incidents.drafts as module

    times = iter(["2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z", "2026-01-03T10:00:00Z"])
    monkeypatch.setattr(module, "now_utc", lambda: next(times))
    drafts = DraftStore(vault)
    a = drafts.save(None, None, {"n": 1})
    b = drafts.save(None, None, {"n": 2})
    drafts.save(a, None, {"n": 3})  # a is now the newest
    assert [d.id for d in drafts.list()] == [a, b]


def test_odd_text_round_trips_and_is_not_stored_in_clear(vault):
    drafts = DraftStore(vault)
    lone_surrogate = "\ud800"
    draft_id = drafts.save(None, None, {"t": ODD + lone_surrogate})
    assert drafts.get(draft_id).fields["t"] == ODD + lone_surrogate
    raw = (vault.home / "diary.db").read_bytes()
    assert "Əliyeva".encode() not in raw
    assert "Угрозы".encode() not in raw


def test_bad_fields_are_refused(vault):
    drafts = DraftStore(vault)
    with pytest.raises(DraftError):
        drafts.save(None, None, ["not", "a", "dict"])  # type: ignore[arg-type]
    with pytest.raises(DraftError):
        drafts.save(None, None, {"x": object()})
    assert drafts.count() == 0


def test_drafts_survive_lock_and_unlock(home, vault):
    from tests.conftest import PASSPHRASE

    DraftStore(vault).save(None, None, {"record": {"narrative": ODD}})
    vault.lock()
    again = unlock_vault(home, PASSPHRASE)
    try:
        (draft,) = DraftStore(again).list()
        assert draft.fields["record"]["narrative"] == ODD
    finally:
        again.lock()


def test_templates_are_consistent():
    templates._check()
    ids = [t.id for t in templates.TEMPLATES]
    assert len(ids) == len(set(ids))
    assert templates.template("account_hacked").categories == ("account_compromise",)
    assert templates.template("nope") is None
    assert templates.template(None) is None
    for t in templates.TEMPLATES:
        assert t.label and t.summary and t.title_hint and t.questions
        for c in t.categories:
            assert c in vocabulary.CATEGORIES


def test_known_tags_and_platforms(vault):
    store = IncidentStore(vault)
    store.create(
        IncidentRecord.from_dict(
            {"title": "a", "tags": ["Şəki", "trial"], "platforms": ["Telegram"]}
        )
    )
    store.create(
        IncidentRecord.from_dict(
            {"title": "b", "tags": ["trial", "TV"], "platforms": ["telegram", "Instagram"]}
        )
    )
    gone = store.create(
        IncidentRecord.from_dict({"title": "c", "tags": ["Gizli"], "platforms": ["Gone"]})
    )
    store.delete(gone)
    tags = known_tags(vault)
    assert tags[0] == "trial"  # most used first
    assert set(tags) == {"trial", "Şəki", "TV", "Gizli"}  # as typed, not folded
    platforms = known_platforms(vault)  # deleted incidents left out
    assert sorted(p.casefold() for p in platforms) == ["instagram", "telegram"]
