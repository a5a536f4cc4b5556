"""The timeline window: stacked bars per month or year, the legend, undated incidents, empty
diaries, hover text, and closing on lock."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QStackedBarSeries
from shiboken6 import isValid

from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from ui.timeline import TimelineDialog

pytestmark = pytest.mark.gui


def _add(vault: Vault, when: str | None, *cats: str) -> None:
    IncidentStore(vault).create(
        IncidentRecord.from_dict({"title": "x", "occurred_at": when, "categories": list(cats)})
    )


@pytest.fixture
def open_timeline(qtbot: Any, vault: Vault) -> Iterator[Any]:
    made: list[TimelineDialog] = []

    def make() -> TimelineDialog:
        dialog = TimelineDialog(vault)  # deletes itself on close, so not qtbot.addWidget
        made.append(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.timeline is not None, timeout=5000)
        return dialog

    yield make
    for dialog in made:
        if isValid(dialog):
            dialog.close()


def _axis(dialog: TimelineDialog) -> QBarCategoryAxis:
    axes = [a for a in dialog.chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert len(axes) == 1
    return axes[0]


def test_months_by_category(vault: Vault, open_timeline: Any) -> None:
    _add(vault, "2024-01-10", "account_compromise")
    _add(vault, "2024-01-22", "leak", "blackmail")  # counted once, under its first category
    _add(vault, "2024-03-08", "smear")
    _add(vault, "2024-03-09T18:30:00+04:00", "physical")
    _add(vault, "2024-03", "smear")
    _add(vault, None, "threat")
    _add(vault, None)
    _add(vault, None, "other")
    dialog = open_timeline()
    series = dialog.chart.series()
    assert len(series) == 1 and isinstance(series[0], QStackedBarSeries)
    labels = [b.label() for b in series[0].barSets()]
    assert labels == [
        "Hacked or taken-over account",
        "Leak of private data or intimate images",
        "Smear or defamation",
        "Detention, assault or dispersal",
    ]
    assert _axis(dialog).count() == 3  # Jan, Feb (empty, still shown), Mar 2024
    counts = {b.label(): [b.at(i) for i in range(b.count())] for b in series[0].barSets()}
    assert counts["Smear or defamation"] == [0, 0, 2]
    assert dialog.note.text() == "Incidents with no date: 3."
    assert dialog.pages.currentIndex() == 1
    assert dialog.legend_grid.count() == 4
    # Hovering names the month in full, the category and the count.
    dialog._hover(True, 2, series[0].barSets()[2], [0, 0, 2])
    assert dialog.period_titles[2] == "March 2024"


def test_long_span_is_shown_by_year(vault: Vault, open_timeline: Any) -> None:
    _add(vault, "2016-05-01", "legal")
    _add(vault, "2019", "surveillance")
    _add(vault, "2025-02-14", "threat")
    dialog = open_timeline()
    assert dialog.timeline is not None and dialog.timeline.by == "year"
    assert _axis(dialog).categories() == [str(y) for y in range(2016, 2026)]
    assert "per year" in dialog.summary.text()


def test_year_only_dates_are_mentioned_on_a_month_chart(vault: Vault, open_timeline: Any) -> None:
    _add(vault, "2024-05-01", "legal")
    _add(vault, "2024", "legal")
    dialog = open_timeline()
    assert "Dated only to the year, so not shown by month: 1." in dialog.note.text()


def test_months_repeat_across_years(vault: Vault, open_timeline: Any) -> None:
    _add(vault, "2023-02-01", "threat")
    _add(vault, "2024-02-01", "threat")
    dialog = open_timeline()
    assert _axis(dialog).count() == 13  # every month is a bar, even when names repeat


def test_empty_diary(open_timeline: Any) -> None:
    dialog = open_timeline()
    assert dialog.pages.currentWidget() is dialog.empty
    assert "empty" in dialog.empty.text()
    assert dialog.chart.series() == []


def test_only_undated_incidents(vault: Vault, open_timeline: Any) -> None:
    _add(vault, None, "threat")
    _add(vault, None)
    dialog = open_timeline()
    assert dialog.pages.currentWidget() is dialog.empty
    assert "date" in dialog.empty.text()
    assert dialog.note.text() == "Incidents with no date: 2."


def test_closes_when_the_vault_locks(vault: Vault, open_timeline: Any, qtbot: Any) -> None:
    _add(vault, "2024-05-01", "legal")
    dialog = open_timeline()
    dialog.on_vault_locking()
    assert not dialog.isVisible()
