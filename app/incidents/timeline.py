"""Incidents over time, by category: the numbers behind the diary's timeline window.

The counting is the report's (``app.report.chart.build_chart``): each incident counts once,
under its first category; up to three years month by month, a longer span by year. This
module adds what a screen needs on top: the period of each bar as numbers (so the window
can name months in the reader's language) and how many incidents could not be placed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.report import text as report_text
from app.report.chart import Series, build_chart

if TYPE_CHECKING:
    from app.vault.vault import Vault


@dataclass
class Timeline:
    by: str  # "month", "year", or "" when no incident has a usable date
    periods: list[tuple[int, int | None]] = field(default_factory=list)  # (year, month|None)
    series: list[Series] = field(default_factory=list)  # one per category, in vocabulary order
    total: int = 0  # incidents considered (not deleted)
    undated: int = 0  # no date at all (or one that cannot be read)
    year_only: int = 0  # dated only to the year: a month-by-month chart cannot place them
    ticks: list[int] = field(default_factory=list)  # y-axis values, 0 to the axis maximum

    @property
    def shown(self) -> int:
        return sum(sum(s.counts) for s in self.series)


def build_timeline(incidents: list[dict[str, Any]]) -> Timeline:
    """From incident dicts with ``occurred_at`` and ``categories`` (summaries or documents)."""
    chart = build_chart(incidents)
    undated = sum(1 for d in incidents if report_text.year_of(d.get("occurred_at")) is None)
    if chart is None:
        return Timeline(by="", total=len(incidents), undated=undated)
    if chart.by == "month":
        year = int(chart.year_marks[0])
        month = _month_number(chart.labels[0])
        periods: list[tuple[int, int | None]] = []
        for _ in chart.labels:
            periods.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        periods = [(int(label), None) for label in chart.labels]
    return Timeline(
        by=chart.by,
        periods=periods,
        series=chart.series,
        total=len(incidents),
        undated=undated,
        year_only=chart.left_out,
        ticks=chart.ticks,
    )


def _month_number(label: str) -> int:
    for m in range(1, 13):
        if report_text.month_name(m) == label:
            return m
    raise ValueError(f"not a month label: {label!r}")


def load_timeline(vault: Vault) -> Timeline:
    """The timeline of every incident not deleted; for a worker thread (own connection)."""
    from app.incidents.store import IncidentStore

    session = vault.session()
    try:
        rows = IncidentStore(session).list()
    finally:
        session.lock()
    return build_timeline(
        [{"occurred_at": r.occurred_at, "categories": r.categories} for r in rows]
    )
