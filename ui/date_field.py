"""A date (and time) field that takes what people type, shown in their locale.

A QDateTimeEdit only takes its own display format, digit by digit, and kept its old width
when the format grew ("2025-05-14 2" after switching a day to an exact time). This field is
a line edit read by :func:`app.dates.parse_typed` (14.05.2025 23:15, 14/05/2025, 2025-05-14,
with or without seconds, any script's digits) plus a calendar button. What it read is
written back in the person's locale order when they leave the field; a day and month that
could be swapped (05/06/2025) are also spelled out below it ("5 June 2025") to be checked,
and a text it cannot read is named there, translated. It keeps the subset of the
QDateTimeEdit interface the editor used (setDateTime, dateTime, setDate, displayFormat,
dateTimeChanged), so callers did not change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app import dates
from app.i18n import fill

_SEPARATORS = "./-"


def locale_order() -> tuple[str, str]:
    """("dmy" | "mdy" | "ymd", separator) from the current locale's short date format."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    positions = {ch: fmt.find(ch) for ch in "dMy"}
    if min(positions.values()) < 0:
        return "dmy", "."
    order = "".join(sorted("dmy", key=lambda c: positions["M" if c == "m" else c]))
    sep = next((ch for ch in fmt if ch in _SEPARATORS), ".")
    return order, sep


def day_first() -> bool:
    """How the person writes a day and month that could be swapped."""
    order, _ = locale_order()
    return order.index("d") < order.index("m") if order != "ymd" else True


def display_format(precision: str) -> str:
    """The Qt format a date of this precision is shown in: two-digit day and month, a
    four-digit year, the locale's order and separator, a 24-hour time."""
    order, sep = locale_order()
    if order == "ymd" and sep == ".":
        sep = "-"
    parts = {"d": "dd", "m": "MM", "y": "yyyy"}
    if precision == "month":
        order = order.replace("d", "")
    fmt = sep.join(parts[c] for c in order)
    return f"{fmt} HH:mm" if precision == "exact" else fmt


def _tr(text: str) -> str:
    return QCoreApplication.translate("dates", text)


def error_text(exc: dates.DateFormatError) -> str:
    """The parser's message in the person's language."""
    return fill(_tr(exc.template), exc.values)


def spelled_out(dt: QDateTime, precision: str) -> str:
    """A date as the locale writes it in full ("Wednesday, 14 May 2025"), to be checked."""
    loc = QLocale()
    if precision == "month":
        return loc.toString(dt.date(), "MMMM yyyy")
    text = loc.toString(dt.date(), QLocale.FormatType.LongFormat)
    if precision == "exact":
        text += " " + loc.toString(dt.time(), "HH:mm")
    return text


def to_qdatetime(when: dates.When) -> QDateTime:
    """The wall-clock time a parsed date names."""
    return QDateTime.fromString(when.sort_key, "yyyy-MM-ddTHH:mm:ss")


class DateField(QWidget):
    """Typed date with a calendar; ``dateTimeChanged`` when what it reads changes."""

    dateTimeChanged = Signal(QDateTime)
    dateChanged = Signal(QDate)  # QDateEdit's, for the day-only fields
    typed = Signal(str)  # the precision of a date the person typed (a time makes it exact)

    def __init__(
        self, accessible: str, precision: str = "day", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._precision = precision
        self._dt = QDateTime(QDate.currentDate(), QTime(0, 0))
        self._problem: str | None = None
        self._editing = False  # typed since the field was last written: leave the text
        self._last_date = self._dt.date()
        self.line = QLineEdit()
        self.line.setAccessibleName(accessible)
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.calendar_button.setAccessibleName(
            QCoreApplication.translate("dates", "Choose on a calendar")
        )
        self.calendar_button.setToolTip(self.calendar_button.accessibleName())
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget()
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        self.calendar_button.setMenu(self._menu)
        self._menu.aboutToShow.connect(lambda: self.calendar.setSelectedDate(self._dt.date()))
        self.calendar.clicked.connect(self._picked)
        self.reading = QLabel()
        self.reading.setObjectName("hint")
        self.reading.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.calendar_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addLayout(row)
        lay.addWidget(self.reading)
        self.setFocusProxy(self.line)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.dateTimeChanged.connect(self._emit_date)
        self.line.textEdited.connect(self._text_edited)
        self.line.editingFinished.connect(self._finished)
        self._show()

    # -- the QDateTimeEdit subset ------------------------------------------------------------
    def setDisplayFormat(self, precision_or_format: str) -> None:
        """Show dates at a precision ("exact", "day", "month", "approximate")."""
        self._precision = precision_or_format
        if self._problem is None and not self._editing:
            self._show()
        self._fit()

    def displayFormat(self) -> str:
        return display_format(self._precision)

    def setDateTime(self, dt: QDateTime) -> None:
        changed = dt != self._dt or self._problem is not None
        self._dt = QDateTime(dt.date(), QTime(dt.time().hour(), dt.time().minute()))
        self._problem = None
        self._editing = False
        self.reading.setVisible(False)
        self._show()
        if changed:
            self.dateTimeChanged.emit(self._dt)

    def setDate(self, day: QDate) -> None:
        self.setDateTime(QDateTime(day, self._dt.time()))

    def dateTime(self) -> QDateTime:
        return QDateTime(self._dt)

    def date(self) -> QDate:
        return self._dt.date()

    def setMinimumDate(self, day: QDate) -> None:
        self.calendar.setMinimumDate(day)

    def setDateRange(self, first: QDate, last: QDate) -> None:
        """The calendar offers only these days (a typed day outside is still read)."""
        self.calendar.setDateRange(first, last)

    def setCalendarPopup(self, _on: bool) -> None:
        """Always a calendar button (QDateEdit's switch, kept for callers)."""

    def _emit_date(self, dt: QDateTime) -> None:
        if self._problem is None and dt.date() != self._last_date:
            self._last_date = dt.date()
            self.dateChanged.emit(dt.date())

    def inputs(self) -> list[QWidget]:
        """The widgets that take focus, in keyboard order (for a caller's tab order)."""
        return [self.line, self.calendar_button]

    # -- typing --------------------------------------------------------------------------------
    def problem(self) -> str | None:
        """Why the text typed is not a date (translated), or None."""
        return self._problem

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        """Put text in as if typed (a draft holding a date that was not finished)."""
        self.line.setText(text)
        self._text_edited(text)

    def _text_edited(self, text: str) -> None:
        self._editing = True
        try:
            when = dates.parse_typed(text, day_first=day_first())
        except dates.DateFormatError as exc:
            self._problem = error_text(exc)
            self.reading.setText(self._problem)
            self.reading.setVisible(bool(text.strip()))
            self.dateTimeChanged.emit(self._dt)
            return
        self._problem = None
        self._dt = to_qdatetime(when)
        self.reading.setText(spelled_out(self._dt, when.precision))
        self.reading.setVisible(when.ambiguous)
        self.typed.emit(when.precision)
        self.dateTimeChanged.emit(self._dt)

    def _finished(self) -> None:
        self._editing = False
        if self._problem is None:
            self._show()

    def _picked(self, day: QDate) -> None:
        self._menu.close()
        self.setDate(day)
        self.line.setFocus()

    def retranslate_ui(self) -> None:
        """The language changed (ui/retranslate.py): the date in the new locale's form."""
        if not self._editing and self._problem is None:
            self._show()

    def _show(self) -> None:
        self.line.setText(QLocale().toString(self._dt, display_format(self._precision)))
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the whole date at this precision (the width follows the format)."""
        sample = QLocale().toString(
            QDateTime(QDate(2000, 12, 28), QTime(23, 59)), display_format(self._precision)
        )
        metrics = self.line.fontMetrics()
        width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(self.text()))
        self.line.setMinimumWidth(width + 2 * metrics.averageCharWidth() + 12)
        self.updateGeometry()
