"""Actors as records (issue 14): identifiers in every spelling, the schema 6 migration of real
perpetrator fields, merge and split keeping every link, and purge leaving no words behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.actors import identifiers as ids
from app.actors import store as actors
from app.actors.store import ActorNotFound, ActorStore
from app.errors import QuireError
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.storage import migrations
from app.storage.db import transaction
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault

FIXTURE = Path(__file__).parent / "fixtures" / "vault_schema5"


# -- identifiers -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "written",
    [
        "+994 55 000 47 12",
        "0550004712",
        "055-000-47-12",
        "(055) 000 47 12",
        "00994550004712",
        "994550004712",
        "550004712",
        "+994 55 000 47 12",
    ],
)
def test_every_spelling_of_a_phone_number_is_one_e164(written: str) -> None:
    assert ids.normalize_phone(written, "994") == "+994550004712"


def test_a_russian_number_with_its_trunk_prefix() -> None:
    assert ids.normalize_phone("8 (912) 345-67-89", "7") == "+79123456789"


@pytest.mark.parametrize("bad", ["call me", "12", "+99455000471299999", "055 ABC 47 12"])
def test_what_is_not_a_phone_number_is_refused(bad: str) -> None:
    with pytest.raises(ids.IdentifierError):
        ids.normalize_phone(bad)


def test_handles_fold_case_and_the_at_sign() -> None:
    assert ids.normalize_handle("@Elvin.M") == ids.normalize_handle("elvin.m") == "elvin.m"
    assert ids.normalize_handle("＠ＥＬＶＩＮ") == "elvin"  # full-width letters fold too
    with pytest.raises(ids.IdentifierError):
        ids.normalize_handle("@")


def test_urls_lose_their_noise_and_profiles_are_handles() -> None:
    a = ids.normalize_url("https://www.instagram.com/Elvin.M/?igshid=abc&utm_source=x#top")
    b = ids.normalize_url("instagram.com/Elvin.M")
    assert a == b == "instagram.com/Elvin.M"
    assert ids.profile_handle(a) == ("instagram", "elvin.m")
    assert ids.profile_handle(ids.normalize_url("https://t.me/Qara_Xeber")) == (
        "telegram",
        "qara_xeber",
    )
    assert ids.profile_handle(ids.normalize_url("instagram.com/p/C0ffee")) is None
    assert ids.normalize_url("http://example.org:80/a?b=2&a=1") == "example.org/a?a=1&b=2"
    with pytest.raises(ids.IdentifierError):
        ids.normalize_url("not a url")


def test_guess_tells_the_kinds_apart() -> None:
    assert ids.guess("+994 55 000 47 12").kind == "phone"
    assert ids.guess("@Handle").kind == "handle"
    assert ids.guess("https://t.me/x").kind == "url"
    assert ids.guess("who@example.org").kind == "email"
    assert ids.guess("Qara Xəbər").kind == "name"


# -- the store ---------------------------------------------------------------------------------
def _record(**fields: object) -> IncidentRecord:
    return IncidentRecord.from_dict({"title": "t", "occurred_at": "2025-01-01", **fields})


def test_saving_an_incident_links_its_perpetrators(vault: Vault) -> None:
    incidents = IncidentStore(vault)
    first = incidents.create(
        _record(perpetrators=[{"kind": "unknown", "name": "", "identifiers": ["0550004712"]}])
    )
    second = incidents.create(
        _record(
            occurred_at="2025-02-03",
            perpetrators=[{"kind": "person", "name": "Rauf", "identifiers": ["+994 55 000 47 12"]}],
        )
    )
    store = ActorStore(vault)
    (actor,) = store.all()
    assert actor.incidents == [first, second] and actor.names == ["Rauf"]
    (phone,) = actor.identifiers
    assert (phone.normalized, phone.first_seen, phone.last_seen) == (
        "+994550004712",
        "2025-01-01",
        "2025-02-03",
    )
    for spelling in ("+994 55 000 47 12", "0550004712", "rauf", "RAUF"):
        assert store.search(spelling) == [actor.id], spelling
    # Editing the incident so it no longer names him removes the derived link.
    incidents.update(second, _record(occurred_at="2025-02-03", perpetrators=[]))
    assert store.get(actor.id).incidents == [first]


def test_search_finds_an_actor_by_any_spelling(vault: Vault) -> None:
    store = ActorStore(vault)
    actor = store.create("anonymous_channel", ["Qara Xəbər"], ["https://t.me/Qara_Xeber"])
    for query in (
        "@qara_xeber",
        "@Qara_Xeber",
        "t.me/qara_xeber",
        "QARA XƏBƏR",
        "https://t.me/Qara_Xeber",
    ):
        assert store.search(query) == [actor], query
    assert store.search("@someone_else") == []


def test_merge_and_split_keep_every_link_with_history(vault: Vault) -> None:
    incidents = IncidentStore(vault)
    a_inc = incidents.create(
        _record(perpetrators=[{"kind": "person", "name": "Elvin", "identifiers": ["@elvin.m"]}])
    )
    b_inc = incidents.create(
        _record(perpetrators=[{"kind": "person", "name": "E. M.", "identifiers": ["0501112233"]}])
    )
    store = ActorStore(vault)
    a, b = sorted(x.id for x in store.all())
    store.merge(a, b)
    merged = store.get(a)
    assert merged.incidents == [a_inc, b_inc]
    assert sorted(merged.names) == ["E. M.", "Elvin"]
    assert {i.kind for i in merged.identifiers} == {"handle", "phone"}
    with pytest.raises(ActorNotFound):
        store.get(b)
    assert store.search("0501112233") == [a]
    # Saving the second incident again finds the survivor, not the merged actor.
    incidents.update(
        b_inc,
        _record(
            title="again",
            perpetrators=[{"kind": "person", "name": "E. M.", "identifiers": ["0501112233"]}],
        ),
    )
    assert {x.id for x in store.all()} == {a}
    # Split the phone and the second incident off again.
    phone = next(i.id for i in merged.identifiers if i.kind == "phone")
    new = store.split(a, [phone], [b_inc], names=["E. M."])
    assert store.get(new).incidents == [b_inc]
    assert store.get(a).incidents == [a_inc]
    assert store.search("0501112233") == [new]
    actions = [e.action for e in store.history(a)]
    assert actions[-2:] == ["merge", "split"]
    with pytest.raises(QuireError):
        store.merge(a, a)
    with pytest.raises(QuireError):
        store.split(a, [phone])  # no longer a's


def test_purge_leaves_no_word_of_the_incident_in_actors(vault: Vault) -> None:
    incidents = IncidentStore(vault)
    keep = incidents.create(
        _record(perpetrators=[{"kind": "person", "name": "Shared Name", "identifiers": []}])
    )
    gone = incidents.create(
        _record(
            perpetrators=[
                {"kind": "person", "name": "Shared Name", "identifiers": ["@zanzibarqw"]},
                {"kind": "person", "name": "Only Here Qwx", "identifiers": ["0559998877"]},
            ]
        )
    )
    incidents.purge(gone)
    store = ActorStore(vault)
    (actor,) = store.all()
    assert actor.names == ["Shared Name"] and actor.identifiers == []
    assert actor.incidents == [keep]
    assert store.search("Only Here Qwx") == [] and store.search("0559998877") == []
    rows = vault.db.execute("SELECT detail FROM actor_history").fetchall()
    assert not any("Qwx" in r[0] or "zanzibarqw" in r[0] for r in rows)


def test_a_name_given_by_hand_outlives_a_purge(vault: Vault) -> None:
    incidents = IncidentStore(vault)
    gone = incidents.create(
        _record(perpetrators=[{"kind": "person", "name": "Aysel", "identifiers": ["@aysel"]}])
    )
    store = ActorStore(vault)
    (actor,) = store.all()
    store.add_name(actor.id, "Aysel")  # the person confirmed it by hand
    incidents.purge(gone)
    assert store.get(actor.id).names == ["Aysel"]
    assert store.get(actor.id).identifiers == []


def test_country_code_setting(vault: Vault) -> None:
    with transaction(vault.db) as db:
        actors.set_default_country(db, "+7")
    store = ActorStore(vault)
    actor = store.create("person", ["Ivan"], ["8 912 345 67 89"])
    assert store.get(actor).identifiers[0].normalized == "+79123456789"
    with pytest.raises(QuireError), transaction(vault.db) as db:
        actors.set_default_country(db, "abc")


# -- the migration -----------------------------------------------------------------------------
def test_schema_5_perpetrators_become_actors(tmp_path: Path) -> None:
    home = tmp_path / "old"
    shutil.copytree(FIXTURE, home)
    (home / "evidence").mkdir(mode=0o700, exist_ok=True)
    vault = unlock_vault(home, "fixture passphrase v5")
    try:
        assert migrations.schema_version(vault.db) == len(migrations.MIGRATIONS)
        store = ActorStore(vault)
        by_name = {n: a for a in store.all() for n in a.names}
        channel = by_name["Qara Xəbər"]
        assert channel.kind == "anonymous_channel" and channel.incidents == [1]
        assert {(i.kind, i.platform, i.normalized) for i in channel.identifiers} == {
            ("url", "", "t.me/qara_xeber"),
            ("handle", "telegram", "qara_xeber"),
        }
        rauf = by_name["Rauf"]
        assert rauf.incidents == [2, 4]  # one number, written two ways
        (phone,) = rauf.identifiers
        assert (phone.normalized, phone.first_seen, phone.last_seen) == (
            "+994550004712",
            "2024-04-02",
            "2024-06-20",
        )
        police = by_name["Police Department No. 22"]
        assert police.kind == "state" and police.incidents == [3]
        elvin = by_name["Elvin M."]
        assert elvin.incidents == [5]  # incident 6 is deleted: linked, not listed
        assert store.search("@ELVIN.M") == [elvin.id]
        assert store.search("https://instagram.com/elvin.m/") == [elvin.id]
        assert len(store.all()) == 4
        assert IncidentStore(vault).verify().ok  # the chain is untouched
    finally:
        vault.lock()


def _snapshot(vault: Vault) -> list[tuple[object, ...]]:
    """Actors as comparable values: kind, names, identifiers with seen dates, incidents."""
    out = []
    for a in ActorStore(vault).all():
        idents = sorted(
            (i.kind, i.platform, i.normalized, i.first_seen, i.last_seen) for i in a.identifiers
        )
        out.append((a.kind, tuple(sorted(a.names)), tuple(idents), tuple(a.incidents)))
    return sorted(out)


def test_a_batch_links_exactly_as_one_by_one(tmp_path: Path) -> None:
    """create_many (app/actors/batch.py) and create (store.link_record) agree on everything."""
    from tests.bench.bench_search import Generator

    records = Generator(11).records(300)
    records += [
        IncidentRecord.from_dict(
            {
                "title": "x",
                "occurred_at": f"2025-0{m}-01",
                "platforms": ["Telegram"],
                "perpetrators": [
                    {"kind": "anonymous_channel", "name": "Qara", "identifiers": ["t.me/qara"]},
                    {"kind": "unknown", "name": "", "identifiers": [f"055000471{m}"]},
                    {"kind": "person", "name": "Qara", "identifiers": ["@QARA"]},
                ],
            }
        )
        for m in range(1, 4)
    ]
    snapshots = []
    for batched in (True, False):
        v, _ = Vault.create(tmp_path / f"v{batched}", "pw " * 8, kdf=INSECURE_TEST_PARAMS)
        store = IncidentStore(v)
        if batched:
            store.create_many(records, batch=128)
        else:
            for r in records:
                store.create(r)
        snapshots.append(_snapshot(v))
        v.lock()
    assert snapshots[0] == snapshots[1] and len(snapshots[0]) > 10


def test_the_lists_search_finds_incidents_by_any_spelling_in_list_order(vault: Vault) -> None:
    from app.actors.search import matching_ids
    from app.incidents.store import Filters

    incidents = IncidentStore(vault)
    older = incidents.create(
        _record(
            occurred_at="2024-01-01",
            perpetrators=[{"kind": "unknown", "name": "", "identifiers": ["+994 55 000 47 12"]}],
        )
    )
    newer = incidents.create(
        _record(occurred_at="2025-06-01", title="Mentions 0550004712 in its title")
    )
    linked = incidents.create(
        _record(
            occurred_at="2025-03-01",
            perpetrators=[{"kind": "unknown", "name": "", "identifiers": ["055-000-47-12"]}],
        )
    )
    incidents.create(_record(occurred_at="2025-07-01", title="unrelated"))
    assert matching_ids(vault, "0550004712") == [newer, linked, older]
    assert matching_ids(vault, "0550004712", Filters(date_from="2025-01-01")) == [newer, linked]
    assert matching_ids(vault, "unrelated") == incidents.matching_ids("unrelated")


def test_a_number_in_a_chat_senders_name_becomes_a_phone_identifier(
    vault: Vault, tmp_path: Path
) -> None:
    from app.chats.store import ChatStore

    assert ids.phone_in("Rauf Mammadov") is None and ids.phone_in("Room 12") is None
    export = tmp_path / "WhatsApp Chat with Unknown.txt"
    export.write_text(
        "23/03/2025, 13:31 - +994 50 000 00 17: Delete your post\n"
        "23/03/2025, 13:32 - Leyla: Who is this?\n",
        encoding="utf-8",
    )
    ChatStore(vault).import_export(export, time_zone="Asia/Baku")
    (conversation,) = ChatStore(vault).conversations()
    store = ActorStore(vault)
    actor = store.sender_is(int(conversation["id"]), "+994 50 000 00 17")
    assert [i.normalized for i in store.get(actor).identifiers] == ["+994500000017"]
    assert store.search("0500000017") == [actor]
    assert [m["text"] for m in store.messages(actor)] == ["Delete your post"]
