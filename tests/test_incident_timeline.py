"""The timeline's numbers (Qt-free): periods as numbers, undated and year-only counts."""

from __future__ import annotations

from typing import Any

from app.incidents.timeline import build_timeline, load_timeline


def _docs(*items: tuple[str | None, list[str]]) -> list[dict[str, Any]]:
    return [{"occurred_at": when, "categories": cats} for when, cats in items]


def test_months_across_a_new_year() -> None:
    t = build_timeline(
        _docs(
            ("2023-11-02", ["threat"]),
            ("2024-01-15T10:00:00Z", ["leak", "threat"]),
            ("2024-02", ["leak"]),
            ("2024", ["smear"]),
            (None, ["other"]),
            (None, []),
        )
    )
    assert t.by == "month"
    assert t.periods == [(2023, 11), (2023, 12), (2024, 1), (2024, 2)]
    assert {s.key: s.counts for s in t.series} == {"threat": [1, 0, 0, 0], "leak": [0, 0, 1, 1]}
    assert (t.total, t.undated, t.year_only, t.shown) == (6, 2, 1, 3)
    assert t.ticks[0] == 0 and t.ticks[-1] >= 1


def test_long_span_by_year() -> None:
    t = build_timeline(_docs(("2015-03-01", ["legal"]), ("2024-06", ["legal"]), ("2020", [])))
    assert t.by == "year"
    assert t.periods[0] == (2015, None) and t.periods[-1] == (2024, None)
    assert len(t.periods) == 10
    assert t.year_only == 0  # a year chart places year-only dates
    assert t.shown == 3
    assert [s.key for s in t.series] == ["legal", ""]  # "" = no category


def test_nothing_dated() -> None:
    t = build_timeline(_docs((None, ["threat"]), (None, [])))
    assert (t.by, t.series, t.total, t.undated) == ("", [], 2, 2)
    assert build_timeline([]).total == 0


def test_load_skips_deleted_incidents(vault: Any) -> None:
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore

    store = IncidentStore(vault)
    keep = store.create(IncidentRecord.from_dict({"title": "a", "occurred_at": "2024-05-01"}))
    gone = store.create(IncidentRecord.from_dict({"title": "b", "occurred_at": "2024-05-02"}))
    store.delete(gone)
    t = load_timeline(vault)
    assert t.total == 1 and t.shown == 1 and keep
