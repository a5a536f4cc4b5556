"""Incidents per month, stacked by category: the numbers behind both drawings of the chart.

Each incident counts once, under its first category, so the bar heights add up to the
number of incidents. Up to three years are shown month by month; a longer span by year,
so that bars stay wide enough to read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP as _T
from app.incidents import vocabulary
from app.report import text as t
from app.report.words import _R, said

MAX_MONTHS = 36
UNCATEGORISED = _T("report", "Uncategorised")

# Okabe–Ito based: distinguishable with the common colour-vision deficiencies, calm in print.
COLOURS: dict[str, str] = {
    "threat": "#D55E00",
    "blackmail": "#CC79A7",
    "account_compromise": "#0072B2",
    "leak": "#E69F00",
    "smear": "#009E73",
    "doxxing": "#56B4E9",
    "surveillance": "#7E57A8",
    "physical": "#A6192E",
    "legal": "#8C6D31",
    "other": "#7F7F7F",
    "": "#C8C8C8",
}


@dataclass
class Series:
    key: str
    label: str
    colour: str
    counts: list[int]


@dataclass
class Chart:
    by: str  # "month" or "year"
    labels: list[str]  # "Mar" (month) or "2024" (year)
    year_marks: list[str]  # the year under the first bar and under each January, else ""
    series: list[Series]
    totals: list[int]
    ticks: list[int]  # y-axis values, from 0 to the axis maximum
    left_out: int  # incidents dated only to the year, which a month chart cannot place
    caption: str

    @property
    def axis_max(self) -> int:
        return self.ticks[-1]


def _ticks(top: int) -> list[int]:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 6:
            break
    else:
        step = -(-top // 6)
    highest = -(-top // step) * step
    return list(range(0, highest + 1, step))


def _category(doc: dict[str, Any]) -> str:
    cats = doc.get("categories")
    first = cats[0] if isinstance(cats, list) and cats else ""
    return first if first in vocabulary.CATEGORIES else ("other" if first else "")


def build_chart(incidents: list[dict[str, Any]]) -> Chart | None:
    """The chart's data, or None when no incident has a usable date."""
    months = [(t.month_key(d.get("occurred_at")), _category(d)) for d in incidents]
    years = [(t.year_of(d.get("occurred_at")), _category(d)) for d in incidents]
    placed = [(m, c) for m, c in months if m is not None]
    dated_years = [(y, c) for y, c in years if y is not None]
    if not dated_years:
        return None
    span = 0
    if placed:
        first, last = min(m for m, _ in placed), max(m for m, _ in placed)
        span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    if placed and span <= MAX_MONTHS:
        by = "month"
        keys = [
            ((first[0] * 12 + first[1] - 1 + i) // 12, (first[1] - 1 + i) % 12 + 1)
            for i in range(span)
        ]
        index = {k: i for i, k in enumerate(keys)}
        points = [(index[m], c) for m, c in placed]
        labels = [t.month_name(m) for _, m in keys]
        marks = [str(y) if i == 0 or m == 1 else "" for i, (y, m) in enumerate(keys)]
        left_out = len(dated_years) - len(placed)
    else:
        by = "year"
        lo, hi = min(y for y, _ in dated_years), max(y for y, _ in dated_years)
        points = [(y - lo, c) for y, c in dated_years]
        labels = [str(y) for y in range(lo, hi + 1)]
        marks = [""] * len(labels)
        left_out = 0
    series = []
    for key in [*vocabulary.CATEGORIES, ""]:
        counts = [0] * len(labels)
        for i, c in points:
            if c == key:
                counts[i] += 1
        if any(counts):
            label = (
                said("vocabulary", vocabulary.CATEGORIES[key])
                if key in vocabulary.CATEGORIES
                else said("report", UNCATEGORISED)
            )
            series.append(Series(key, label, COLOURS[key], counts))
    totals = [sum(s.counts[i] for s in series) for i in range(len(labels))]
    caption = (
        _R("report", "Incidents per month, by their first category.")
        if by == "month"
        else _R("report", "Incidents per year, by their first category.")
    )
    if left_out:
        shown = _R("report", "Not shown: {n} dated only to the year.")
        caption += " " + shown.replace("{n}", str(left_out))
    undated = len(incidents) - len(dated_years)
    if undated:
        caption += " " + _R("report", "Not shown: {n} without a date.").replace("{n}", str(undated))
    return Chart(by, labels, marks, series, totals, _ticks(max(totals)), left_out, caption)
