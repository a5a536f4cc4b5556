"""The shared content: dates, sizes, labels, order, chart numbers, path and URL rules."""

from __future__ import annotations

from typing import Any

import pytest

from app.report import content as c
from app.report import text as t
from app.report.chart import build_chart
from tests.report.sample import make_sample


@pytest.mark.parametrize(
    ("size", "expected"),
    [(0, "0 B"), (999, "999 B"), (1000, "1.0 kB"), (1_434_000, "1.4 MB"), (250_000_000, "250 MB")],
)
def test_human_size(size: int, expected: str) -> None:
    assert t.human_size(size) == expected
    assert t.size_with_bytes(size).endswith(f"({size:,} bytes)")


@pytest.mark.parametrize(
    ("start", "until", "precision", "expected"),
    [
        ("2024-03-08", None, "day", "8 Mar 2024"),
        ("2024-03", None, "month", "Mar 2024"),
        ("2024", None, "approximate", "2024"),
        ("2024-03-08", None, "approximate", "approx. 8 Mar 2024"),
        ("2024-03-08T14:30", None, "exact", "8 Mar 2024, 14:30"),
        ("2024-03-08T14:30:05Z", None, "exact", "8 Mar 2024, 14:30:05 UTC"),
        ("2024-03-08T14:30-03:30", None, "exact", "8 Mar 2024, 14:30 UTC-03:30"),
        ("2024-03-08", "2024-03-10", "day", "8 Mar 2024 – 10 Mar 2024"),
        (None, None, None, "Date not recorded"),
        ("nonsense", None, None, "nonsense"),
    ],
)
def test_format_when(start: Any, until: Any, precision: Any, expected: str) -> None:
    assert t.format_when(start, until, precision) == expected


def test_format_timestamp() -> None:
    assert t.format_timestamp("2024-06-20T11:30:00Z") == "20 Jun 2024, 11:30:00 UTC"
    assert t.format_timestamp("2024-06-20T11:30:00+04:00") == "20 Jun 2024, 11:30:00 UTC+04:00"
    assert t.format_timestamp(None) == t.EMPTY
    assert t.format_timestamp("yesterday") == "yesterday"


def test_clean_removes_controls_and_bidi_overrides() -> None:
    assert t.clean("a\u202egpj.exe\x00\x07b\r\nc\td\ud800") == "agpj.exeb\nc    d?"
    assert t.clean(None) == ""
    assert t.fit_glyphs("a漢\u0301b\n", frozenset(map(ord, "ab"))) == "a\ufffdb\n"


def test_web_urls_and_bundle_paths() -> None:
    assert t.is_web_url("https://example.org/x") and t.is_web_url("HTTP://x")
    for bad in ("javascript:alert(1)", "data:text/html,x", "ftp://x", "https://a b", "//x"):
        assert not t.is_web_url(bad)
    assert t.relative_href("evidence/1/2-a b#?.png") == "evidence/1/2-a%20b%23%3F.png"
    for bad in ("/x", "\\x", "a\\b", "../x", "a/../b", "a//b", "C:/x", "javascript:x", ""):
        assert t.relative_href(bad) is None


def test_every_record_field_has_a_human_label() -> None:
    sample = make_sample()
    view = c.build(sample.report_input())
    first = view.incidents[0]
    labels = [f.label for f in first.facts]
    assert labels == [
        "When",
        "Categories",
        "Severity",
        "Who was targeted",
        "Perpetrators",
        "Platforms and channels",
        "Location",
        "Witnesses",
        "Impact",
        "Tags",
        "First recorded",
        "Last changed",
        "Saved revisions",
    ]
    assert first.actions[0].heading == "Reported to the platform"
    assert [f.label for f in first.actions[0].facts] == ["Date", "Reference", "Outcome"]
    assert first.links[0].url is not None and first.links[1].url is None  # javascript: stays text
    assert [r.title for r in first.revisions][-1] == sample.incidents[0]["title"]
    assert first.evidence[0].path == "evidence/1/11-advert-screenshot.png"


def test_order_is_chronological_with_undated_last() -> None:
    docs: list[dict[str, Any]] = [
        {"id": 1, "title": "undated"},
        {"id": 2, "title": "late", "occurred_at": "2024-05-01"},
        {"id": 3, "title": "early", "occurred_at": "2023"},
        {"id": 4, "title": "bad date", "occurred_at": "not a date"},
    ]
    assert [d["id"] for d in c.chronological(docs)] == [3, 2, 1, 4]


def _docs(*items: tuple[str | None, list[str]]) -> list[dict[str, Any]]:
    return [
        {"id": i, "title": str(i), "occurred_at": when, "categories": cats}
        for i, (when, cats) in enumerate(items, start=1)
    ]


def test_chart_by_month_stacked_by_first_category() -> None:
    chart = build_chart(
        _docs(
            ("2024-01-05", ["threat", "smear"]),
            ("2024-01-20", ["smear"]),
            ("2024-03", ["threat"]),
            ("2024", ["leak"]),  # a year alone cannot be placed in a month
            (None, []),
            ("2023-12-31T23:00", []),
        )
    )
    assert chart is not None and chart.by == "month"
    assert chart.labels == ["Dec", "Jan", "Feb", "Mar"]
    assert chart.year_marks == ["2023", "2024", "", ""]
    assert {s.key: s.counts for s in chart.series} == {
        "threat": [0, 1, 0, 1],
        "smear": [0, 1, 0, 0],
        "": [1, 0, 0, 0],
    }
    assert chart.totals == [1, 2, 0, 1] and chart.ticks == [0, 1, 2]
    assert "1 dated only to the year" in chart.caption and "1 without a date" in chart.caption


def test_chart_by_year_for_long_spans_and_none_without_dates() -> None:
    chart = build_chart(_docs(("2019-02-01", ["legal"]), ("2024-06", ["legal"]), ("2022", [])))
    assert chart is not None and chart.by == "year"
    assert chart.labels == ["2019", "2020", "2021", "2022", "2023", "2024"]
    assert chart.totals == [1, 0, 0, 1, 0, 1]
    assert build_chart(_docs((None, ["threat"]))) is None
    assert build_chart([]) is None


def test_ticks_stay_few_and_round() -> None:
    many = _docs(*[("2024-02-02", ["threat"])] * 37)
    chart = build_chart(many)
    assert chart is not None
    assert chart.ticks == [0, 10, 20, 30, 40]
