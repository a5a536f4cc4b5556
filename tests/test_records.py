"""The incident record: validation that names the key, dates, canonical JSON."""

from __future__ import annotations

from typing import Any

import pytest

from app.incidents.dates import DateFormatError, parse_when
from app.incidents.record import IncidentRecord, RecordError

FULL: dict[str, Any] = {
    "title": "Fake escort advert with my number",
    "occurred_at": "2024-03-05T21:40",
    "occurred_until": "2024-03-07",
    "occurred_precision": "exact",
    "categories": ["doxxing", "smear"],
    "narrative": "An advert on a site carried my phone number and photo.\nCalls all night.",
    "targets": [{"kind": "self", "name": ""}],
    "perpetrators": [
        {"kind": "anonymous_channel", "name": "Qara Kanal", "identifiers": ["@qara_kanal_99"]}
    ],
    "platforms": ["Telegram", "escort site"],
    "location": "Bakı",
    "links": [{"url": "https://example.invalid/ad/1", "seen_at": "2024-03-05", "note": "ad"}],
    "witnesses": ["Nigar (friend)"],
    "impact": {"kinds": ["psychological", "family"], "description": "I stopped answering calls"},
    "severity": 4,
    "actions": [
        {"kind": "reported_platform", "at": "2024-03-06", "reference": "T-1", "outcome": "none"}
    ],
    "tags": ["advert", "phone"],
}


def test_full_record_round_trips() -> None:
    rec = IncidentRecord.from_dict(FULL)
    assert IncidentRecord.from_dict(rec.to_dict()) == rec
    assert rec.to_dict()["perpetrators"][0]["identifiers"] == ["@qara_kanal_99"]


def test_canonical_json_is_stable() -> None:
    a = IncidentRecord.from_dict(FULL).canonical_json()
    b = IncidentRecord.from_dict(dict(reversed(list(FULL.items())))).canonical_json()
    assert a == b
    assert "Bakı" in a  # UTF-8 kept as is


@pytest.mark.parametrize(
    ("patch", "named"),
    [
        ({"colour": "red"}, "colour"),
        ({"title": ""}, "title"),
        ({"title": 5}, "title"),
        ({"categories": ["threat", "gossip"]}, "categories[1]"),
        ({"severity": 6}, "severity"),
        ({"severity": True}, "severity"),
        ({"occurred_at": "yesterday"}, "occurred_at"),
        ({"occurred_at": "2024-13"}, "occurred_at"),
        ({"occurred_precision": "roughly"}, "occurred_precision"),
        ({"perpetrators": [{"kind": "alien"}]}, "perpetrators[0].kind"),
        ({"perpetrators": [{"kind": "person", "age": 3}]}, "age"),
        ({"links": [{"url": ""}]}, "links[0].url"),
        ({"links": "https://x"}, "links"),
        ({"impact": {"kinds": ["spiritual"]}}, "impact.kinds[0]"),
        ({"tags": [""]}, "tags[0]"),
        ({"narrative": "a\x00b"}, "narrative"),
        ({"narrative": "\ud800"}, "narrative"),
        ({"occurred_at": "2024-03-05", "occurred_until": "2024-03-01"}, "occurred_until"),
    ],
)
def test_bad_values_name_the_key(patch: dict[str, Any], named: str) -> None:
    with pytest.raises(RecordError) as info:
        IncidentRecord.from_dict({**FULL, **patch})
    assert named in str(info.value)


def test_not_an_object() -> None:
    with pytest.raises(RecordError, match="object"):
        IncidentRecord.from_dict(["title"])


def test_partial_update_keeps_other_fields() -> None:
    base = IncidentRecord.from_dict(FULL)
    rec = IncidentRecord.from_dict({"severity": 2}, partial_base=base)
    assert rec.severity == 2 and rec.narrative == base.narrative


def test_precision_follows_the_date_form() -> None:
    assert (
        IncidentRecord.from_dict({"title": "t", "occurred_at": "2024-03"}).occurred_precision
        == "month"
    )
    assert (
        IncidentRecord.from_dict({"title": "t", "occurred_at": "2024-03-02"}).occurred_precision
        == "day"
    )


@pytest.mark.parametrize(
    ("text", "sort"),
    [
        ("2024", "2024-01-01T00:00:00"),
        ("2024-03", "2024-03-01T00:00:00"),
        ("2024-03-05", "2024-03-05T00:00:00"),
        ("2024-03-05 21:40", "2024-03-05T21:40:00"),
        ("2024-03-05T21:40:07Z", "2024-03-05T21:40:07"),
        ("2024-03-05T21:40+04:00", "2024-03-05T21:40:00"),
    ],
)
def test_dates(text: str, sort: str) -> None:
    assert parse_when(text)[1] == sort


@pytest.mark.parametrize("text", ["", "05.03.2024", "2024-02-30", "2024-3-5", "now"])
def test_bad_dates(text: str) -> None:
    with pytest.raises(DateFormatError):
        parse_when(text)


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        (None, ""),
        ("2024-03", "2024-03"),
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T21:40", "2024-03-05 21:40"),
        ("2024-03-05T21:40:07+04:00", "2024-03-05 21:40"),
    ],
)
def test_display_when(stored: str | None, shown: str) -> None:
    from app.incidents.dates import display_when

    assert display_when(stored) == shown


def test_to_dict_is_what_asdict_gives() -> None:
    """to_dict skips asdict's deep copies; the dict (and so the canonical JSON) is the same."""
    import dataclasses

    from app.incidents.record import IncidentRecord

    record = IncidentRecord.from_dict(
        {
            "title": "Hədə",
            "occurred_at": "2024-03-05",
            "categories": ["threat", "leak"],
            "narrative": "text",
            "targets": [{"kind": "family", "name": "ana"}],
            "perpetrators": [{"kind": "person", "name": "A", "identifiers": ["@a", "+994"]}],
            "platforms": ["Telegram"],
            "links": [{"url": "https://example.org", "seen_at": "2024-03-05", "note": "n"}],
            "witnesses": ["W"],
            "impact": {"kinds": ["family"], "description": "d"},
            "severity": 3,
            "actions": [{"kind": "other", "at": "2024-03-06", "reference": "r", "outcome": "o"}],
            "tags": ["x"],
        }
    )
    assert record.to_dict() == dataclasses.asdict(record)
    assert record.to_dict()["perpetrators"][0] is not record.perpetrators[0]
    assert IncidentRecord().to_dict() == dataclasses.asdict(IncidentRecord())
