"""The timeline: incidents per month (or year) as stacked bars, one colour per category.

The numbers come from ``app.incidents.timeline`` (the same counting as the report's chart),
loaded in a worker with its own database connection. Only counts and category names are
shown — no incident text — so the window holds nothing but numbers; it still closes when the
vault locks.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.incidents import vocabulary
from app.incidents.timeline import Timeline, load_timeline
from app.report.chart import UNCATEGORISED
from app.vault.vault import Vault
from ui.geometry import fit_to_screen
from ui.worker import Task, run_task

# A month axis carries a year under the first bar and under each January; the other labels
# repeat from year to year, and the axis drops repeated labels, so each is made unique with
# invisible zero-width spaces.
_INVISIBLE = "\u200b"


def category_label(key: str) -> str:
    if not key:
        return QCoreApplication.translate("vocabulary", UNCATEGORISED)
    return QCoreApplication.translate("vocabulary", vocabulary.CATEGORIES.get(key, key))


def period_names(
    timeline: Timeline, locale: QLocale, *, one_line: bool = False
) -> tuple[list[str], list[str]]:
    """Axis labels and full names ("March 2024") for each bar, in the reader's language."""
    short, full = [], []
    for i, (year, month) in enumerate(timeline.periods):
        if month is None:
            short.append(str(year))
            full.append(str(year))
            continue
        name = locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
        long = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
        if i == 0 or month == 1:
            short.append(f"{name} {year}" if one_line else f"{name}<br>{year}")
        else:
            short.append(name + _INVISIBLE * (year - timeline.periods[0][0]))
        full.append(f"{long} {year}")
    return short, full


class TimelineDialog(QDialog):
    """Non-modal; counts appear when the worker has read them."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineDialog")
        self.setWindowTitle(self.tr("Timeline"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(self, 960, 620)
        self.timeline: Timeline | None = None
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setVisible(False)  # our own legend below: full names, wrapped
        self.chart.setMargins(QMargins(8, 8, 8, 8))
        self.chart.setBackgroundRoundness(6)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(self.tr("Incidents over time, by category"))
        self.view.setMinimumHeight(220)  # room for the legend on 1366×768 at 150 %

        self.heading = QLabel(self.tr("Incidents over time"))
        self.heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Counting incidents"))
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        loading = QWidget()
        lay_loading = QVBoxLayout(loading)
        lay_loading.addStretch(1)
        lay_loading.addWidget(self.busy)
        lay_loading.addStretch(1)
        self.legend = QWidget()
        self.legend.setObjectName("timelineLegend")
        self.legend_grid = QGridLayout(self.legend)
        self.legend_grid.setContentsMargins(8, 0, 8, 0)
        self.legend_grid.setHorizontalSpacing(18)
        self.legend_grid.setVerticalSpacing(4)
        chart_page = QWidget()
        lay_chart = QVBoxLayout(chart_page)
        lay_chart.setContentsMargins(0, 0, 0, 0)
        lay_chart.addWidget(self.view, 1)
        lay_chart.setSpacing(10)
        lay_chart.addWidget(self.legend)
        self.pages = QStackedWidget()
        self.pages.addWidget(loading)
        self.pages.addWidget(chart_page)
        self.pages.addWidget(self.empty)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

        self.task: Task | None = run_task(
            load_timeline, vault, on_done=self.show_timeline, on_error=self._failed, owner=self
        )

    # -- results ---------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """The language changed (ui/retranslate.py): chart, legend and counts again."""
        if self.timeline is not None:
            self.show_timeline(self.timeline)

    def show_timeline(self, timeline: Timeline) -> None:
        self.task = None
        self.timeline = timeline
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.summary.setText(self._summary(timeline))
        self.note.setText(self._note(timeline))
        self.note.setVisible(bool(self.note.text()))
        if not timeline.series:
            if timeline.total == 0:
                self.empty.setText(
                    self.tr("The diary is empty. Incidents you record will appear here.")
                )
            else:
                self.empty.setText(
                    self.tr("None of the incidents has a date yet. Add dates to see them here.")
                )
            self.pages.setCurrentWidget(self.empty)
            return
        self._fill_chart(timeline)
        self._fill_legend(timeline)
        self.pages.setCurrentIndex(1)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.empty.setText(self.tr("The timeline could not be read: {error}").format(error=exc))
        self.pages.setCurrentWidget(self.empty)

    def _summary(self, t: Timeline) -> str:
        if t.by == "year":
            return self.tr("Incidents per year, each counted once under its first category.")
        if t.by == "month":
            return self.tr("Incidents per month, each counted once under its first category.")
        return ""

    def _note(self, t: Timeline) -> str:
        parts = []
        if t.undated:
            parts.append(self.tr("Incidents with no date: {n}.").format(n=t.undated))
        if t.year_only:
            parts.append(
                self.tr("Dated only to the year, so not shown by month: {n}.").format(n=t.year_only)
            )
        return " ".join(parts)

    def _fill_chart(self, t: Timeline) -> None:
        locale = QLocale()
        rotate = len(t.periods) > 14
        short, self.period_titles = period_names(t, locale, one_line=rotate)
        series = QStackedBarSeries()
        series.setBarWidth(0.7)
        self.bar_sets: list[QBarSet] = []
        for s in t.series:
            bar = QBarSet(category_label(s.key))
            bar.append([float(c) for c in s.counts])
            bar.setColor(QColor(s.colour))
            bar.setBorderColor(QColor(s.colour))
            bar.hovered.connect(
                lambda on, index, b=bar, counts=s.counts: self._hover(on, index, b, counts)
            )
            series.append(bar)
            self.bar_sets.append(bar)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(short)
        if rotate:
            x.setLabelsAngle(-90)
        y = QValueAxis()
        y.setRange(0, t.ticks[-1])
        y.setTickCount(len(t.ticks))
        y.setLabelFormat("%d")
        y.setTitleText(self.tr("Incidents"))
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self._follow_palette()

    def _fill_legend(self, t: Timeline) -> None:
        while self.legend_grid.count():
            item = self.legend_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        columns = 3
        for i, s in enumerate(t.series):
            item = QWidget()
            row_layout = QHBoxLayout(item)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.setSpacing(6)
            swatch = QLabel()
            pix = QPixmap(12, 12)
            pix.fill(QColor(s.colour))
            swatch.setPixmap(pix)
            label = QLabel(f"{category_label(s.key)} ({sum(s.counts)})")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)  # long az/ru names wrap rather than widen the window
            row_layout.addWidget(swatch)
            row_layout.addWidget(label, 1)
            row, col = divmod(i, columns)
            self.legend_grid.addWidget(item, row, col)
        for col in range(columns):
            self.legend_grid.setColumnStretch(col, 1)

    def _hover(self, on: bool, index: int, bar: QBarSet, counts: list[int]) -> None:
        if not on:
            QToolTip.hideText()
            return
        text = self.tr("{period} — {category}: {count}").format(
            period=self.period_titles[index], category=bar.label(), count=counts[index]
        )
        QToolTip.showText(QCursor.pos(), text, self.view)

    def _follow_palette(self) -> None:
        """Light or dark like the rest of the app: the chart takes the window's colours."""
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        self.chart.setBackgroundBrush(pal.color(QPalette.ColorRole.Base))
        self.chart.setBackgroundPen(pal.color(QPalette.ColorRole.Midlight))
        self.chart.legend().setLabelColor(text)
        grid = pal.color(QPalette.ColorRole.Midlight)
        for axis in self.chart.axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)

    # -- locking ---------------------------------------------------------------------------
    def on_vault_locking(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.chart.removeAllSeries()
        self.close()
