"""Field widgets of the incident form.

Every widget that shows a stored value in a lossy way (a date with seconds or a time zone,
a list shown as comma-separated text) keeps the stored value and gives it back unchanged
until the user edits that widget, so opening and saving an incident never rewrites what
the user did not touch.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.incidents import vocabulary
from app.incidents.dates import DateFormatError, parse_when
from ui.date_field import DateField
from ui.editor.flow import FlowLayout
from ui.editor.text import translate, vocab
from ui.labels import plain_label as shared_plain_label

# How each precision is stored (ui/date_field.py shows it: day precision hides the time,
# month hides the day).
_STORE_FORMATS = {
    "exact": "yyyy-MM-ddTHH:mm",
    "day": "yyyy-MM-dd",
    "month": "yyyy-MM",
    "approximate": "yyyy-MM-dd",
}


def to_qdatetime(when: str) -> QDateTime | None:
    """A stored date of any accepted form, as the wall-clock time it names."""
    try:
        sortable = parse_when(when)[1]
    except DateFormatError:
        return None
    dt = QDateTime.fromString(sortable, "yyyy-MM-ddTHH:mm:ss")
    return dt if dt.isValid() else None


def from_qdatetime(dt: QDateTime, precision: str) -> str:
    return dt.toString(_STORE_FORMATS[precision])


def now_minute() -> QDateTime:
    now = QDateTime.currentDateTime()
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()))


def plain_label(text: str = "", *, name: str = "", wrap: bool = False) -> QLabel:
    """The editor's labels: plain text, not wrapped unless asked."""
    return shared_plain_label(text, name, wrap=wrap)


def error_label() -> QLabel:
    label = plain_label(name="errorText", wrap=True)
    label.setVisible(False)
    label.setAccessibleName(translate("IncidentEditor", "Problem"))
    return label


def _date_edit(accessible: str) -> DateField:
    edit = DateField(accessible)
    edit.setMinimumDate(QDate(1900, 1, 1))
    return edit


class WhenEdit(QWidget):
    """Start (and optional end) of an incident, at the precision the user knows it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.precision = QComboBox()
        self.precision.setAccessibleName(
            translate("IncidentEditor", "How exactly you know when it happened")
        )
        for key in vocabulary.PRECISIONS:
            self.precision.addItem(vocab(vocabulary.PRECISIONS, key), key)
        self.precision.addItem(translate("IncidentEditor", "Date not known"), None)
        self.around = plain_label(translate("IncidentEditor", "around"))
        self.start = _date_edit(translate("IncidentEditor", "Start date"))
        self.has_end = QCheckBox(translate("IncidentEditor", "until"))
        self.has_end.setAccessibleName(translate("IncidentEditor", "It lasted until a later date"))
        self.end = _date_edit(translate("IncidentEditor", "End date"))
        lay = FlowLayout(self, spacing=6)  # wraps onto a second line in a narrow window
        for w in (self.precision, self.around, self.start, self.has_end, self.end):
            lay.addWidget(w)
        self._original: tuple[str | None, str | None, str | None] = (None, None, None)
        self._touched = False
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self.start.dateTimeChanged.connect(self._edited)
        self.end.dateTimeChanged.connect(self._edited)
        self.start.typed.connect(self._typed)
        self.end.typed.connect(self._typed)
        self.has_end.toggled.connect(self._end_toggled)
        self.set_value(None, None, None)

    def _edited(self) -> None:
        self._touched = True
        self.changed.emit()

    def _end_toggled(self, on: bool) -> None:
        if on and self.end.dateTime() < self.start.dateTime():
            self.end.blockSignals(True)
            self.end.setDateTime(self.start.dateTime())
            self.end.blockSignals(False)
        self._update_visibility()
        self._edited()

    def _precision_changed(self) -> None:
        self._update_visibility()
        self._edited()

    def _typed(self, precision: str) -> None:
        """A typed time makes the date exact, a typed month or year says as much."""
        current = self.current_precision()
        wanted = "approximate" if precision == "approximate" else precision
        if (
            current is not None
            and wanted != current
            and not (current == "approximate" and precision == "day")
        ):
            self.precision.setCurrentIndex(self.precision.findData(wanted))

    def problem(self) -> str | None:
        """A typed date that cannot be read (translated), or None."""
        if self.current_precision() is None:
            return None
        fields = [self.start] + ([self.end] if self.has_end.isChecked() else [])
        return next((p for f in fields if (p := f.problem()) is not None), None)

    def current_precision(self) -> str | None:
        return self.precision.currentData()

    def _update_visibility(self) -> None:
        p = self.current_precision()
        known = p is not None
        if p is not None:
            for edit in (self.start, self.end):
                edit.setDisplayFormat(p)
        self.start.setVisible(known)
        self.around.setVisible(p == "approximate")
        self.has_end.setVisible(known)
        self.end.setVisible(known and self.has_end.isChecked())

    def set_value(self, at: str | None, until: str | None, precision: str | None) -> None:
        """Show stored values (no ``changed`` signal)."""
        self._original = (at, until, precision)
        self._touched = False
        start = to_qdatetime(at) if at else None
        end = to_qdatetime(until) if until else None
        shown = precision or (parse_when(at)[2] if start is not None and at else None)
        for w in (self.precision, self.start, self.end, self.has_end):
            w.blockSignals(True)
        self.precision.setCurrentIndex(max(0, self.precision.findData(shown)))
        if start is None:
            self.precision.setCurrentIndex(self.precision.findData(None))
        if at and start is None and precision is not None:  # a draft's unfinished date
            self.precision.setCurrentIndex(max(0, self.precision.findData(precision)))
        self.start.setDateTime(start or QDateTime(QDate.currentDate(), QTime(0, 0)))
        self.end.setDateTime(end or self.start.dateTime())
        self.has_end.setChecked(until is not None)
        for w in (self.precision, self.start, self.end, self.has_end):
            w.blockSignals(False)
        self._update_visibility()
        for field, text, dt in ((self.start, at, start), (self.end, until, end)):
            if text and dt is None and precision is not None:
                field.blockSignals(True)
                field.set_text(text)
                field.blockSignals(False)

    def set_new(self) -> None:
        """A new incident: today, known to the day."""
        self.set_value(QDate.currentDate().toString("yyyy-MM-dd"), None, "day")

    def value(self) -> tuple[str | None, str | None, str | None]:
        """(occurred_at, occurred_until, occurred_precision) as the record wants them."""
        if not self._touched:
            return self._original
        p = self.current_precision()
        if p is None:
            return None, None, None
        at = self._field_value(self.start, p)
        until = self._field_value(self.end, p) if self.has_end.isChecked() else None
        return at, until, p

    @staticmethod
    def _field_value(field: DateField, precision: str) -> str:
        """The date at this precision; a text that is not a date is kept as typed (a draft
        keeps it, and saving refuses it with :meth:`problem`)."""
        if field.problem() is not None:
            return field.text()
        return from_qdatetime(field.dateTime(), precision)


class OptionalDateEdit(QWidget):
    """A date (or date and time) that may be left out: a check box and a date field."""

    changed = Signal()

    def __init__(self, label: str, accessible: str, *, exact: bool, default_now: bool) -> None:
        super().__init__()
        self._precision = "exact" if exact else "day"
        self._default_now = default_now
        self.check = QCheckBox(label)
        self.check.setAccessibleName(accessible)
        self.edit = _date_edit(accessible)
        self.edit.setDisplayFormat(self._precision)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        lay.addWidget(self.edit)
        lay.addStretch(1)
        self._original: str | None = None
        self._touched = False
        self.check.toggled.connect(self._toggled)
        self.edit.dateTimeChanged.connect(self._edited)
        self.set_value(None)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self._edited()

    def _edited(self) -> None:
        self._touched = True
        self.changed.emit()

    def set_value(self, when: str | None) -> None:
        self._original, self._touched = when, False
        dt = to_qdatetime(when) if when else None
        self.check.blockSignals(True)
        self.edit.blockSignals(True)
        self.check.setChecked(dt is not None)
        if dt is None:
            dt = (
                now_minute()
                if self._precision == "exact"
                else QDateTime(QDate.currentDate(), QTime(0, 0))
            )
        self.edit.setDateTime(dt)
        if when and to_qdatetime(when) is None:  # a draft's unfinished date, kept as typed
            self.check.setChecked(True)
            self.edit.set_text(when)
        self.edit.setEnabled(self.check.isChecked())
        self.check.blockSignals(False)
        self.edit.blockSignals(False)

    def set_new(self) -> None:
        """A row just added: checked with now (what the user is looking at right now)."""
        self.set_value(None)
        if self._default_now:
            self.check.setChecked(True)
            self._touched = True

    def problem(self) -> str | None:
        """A typed date that cannot be read (translated), or None."""
        return self.edit.problem() if self.check.isChecked() else None

    def value(self) -> str | None:
        if not self._touched:
            return self._original
        if not self.check.isChecked():
            return None
        if self.edit.problem() is not None:
            return self.edit.text()  # kept as typed for the draft; saving refuses it
        return from_qdatetime(self.edit.dateTime(), self._precision)


class ListCompleter(QCompleter):
    """Completes the last item of a comma-separated list."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0] if "," in text else ""
        return f"{head}, {chosen}" if head else chosen


class CommaListEdit(QLineEdit):
    """A short list typed as 'one, two, three', with completion from known values."""

    def __init__(self, accessible: str, placeholder: str = "") -> None:
        super().__init__()
        self.setAccessibleName(accessible)
        self.setPlaceholderText(placeholder)
        self._original_text = ""
        self._original: list[str] = []
        self._model = QStringListModel(self)
        completer = ListCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def set_completions(self, values: list[str]) -> None:
        self._model.setStringList(values)

    def set_value(self, items: list[str]) -> None:
        self._original = list(items)
        self._original_text = ", ".join(items)
        self.blockSignals(True)
        self.setText(self._original_text)
        self.blockSignals(False)

    def value(self) -> list[str]:
        if self.text() == self._original_text:
            return list(self._original)
        return [part.strip() for part in self.text().split(",") if part.strip()]


class LinesEdit(QPlainTextEdit):
    """A list typed one item per line."""

    def __init__(self, accessible: str, placeholder: str = "", lines: int = 3) -> None:
        super().__init__()
        self.setAccessibleName(accessible)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height)
        self._original_text = ""
        self._original: list[str] = []

    def set_value(self, items: list[str]) -> None:
        self._original = list(items)
        self.blockSignals(True)
        self.setPlainText("\n".join(items))
        self.blockSignals(False)
        self._original_text = plain_text(self)

    def value(self) -> list[str]:
        text = plain_text(self)
        if text == self._original_text:
            return list(self._original)
        return [line.strip() for line in text.splitlines() if line.strip()]


def vocab_combo(table: dict[str, str], accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    # Long labels may shrink (elided) in a narrow window instead of squeezing the name.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    for key in table:
        combo.addItem(vocab(table, key), key)
    return combo


def set_combo(combo: QComboBox, key: Any) -> None:
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)


# -- list editors ----------------------------------------------------------------------------
class Row(QFrame):
    """One item of a list editor (a person, a link, an action)."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, remove_text: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.remove_button = QToolButton()
        self.remove_button.setText(translate("IncidentEditor", "Remove"))
        self.remove_button.setAccessibleName(remove_text)
        self.remove_button.setToolTip(remove_text)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setHorizontalSpacing(8)

    def watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.textChanged.connect(self.changed)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self.changed)
            elif isinstance(w, OptionalDateEdit):
                w.changed.connect(self.changed)

    def first_input(self) -> QWidget:
        return self.inputs()[0]

    def inputs(self) -> list[QWidget]:
        """The row's fields in keyboard order (the Remove button last)."""
        raise NotImplementedError

    def value(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_value(self, value: dict[str, Any]) -> None:
        raise NotImplementedError

    def set_new(self) -> None:
        """Defaults of a row the user just added."""


class TargetRow(Row):
    def __init__(self) -> None:
        super().__init__(translate("IncidentEditor", "Remove this person"))
        self.kind = vocab_combo(vocabulary.TARGETS, translate("IncidentEditor", "Who was targeted"))
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("IncidentEditor", "Name of the person targeted"))
        self.name.setPlaceholderText(translate("IncidentEditor", "Name (optional)"))
        self.grid.addWidget(self.kind, 0, 0)
        self.grid.addWidget(self.name, 0, 1)
        self.grid.addWidget(self.remove_button, 0, 2)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.watch(self.kind, self.name)

    def inputs(self) -> list[QWidget]:
        return [self.kind, self.name, self.remove_button]

    def value(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "name": self.name.text()}

    def set_value(self, value: dict[str, Any]) -> None:
        set_combo(self.kind, value.get("kind", "self"))
        self.name.setText(value.get("name", ""))


class PerpetratorRow(Row):
    def __init__(self) -> None:
        super().__init__(translate("IncidentEditor", "Remove this perpetrator"))
        self.kind = vocab_combo(
            vocabulary.PERPETRATOR_KINDS, translate("IncidentEditor", "Kind of perpetrator")
        )
        set_combo(self.kind, "unknown")
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("IncidentEditor", "Name of the perpetrator"))
        self.name.setPlaceholderText(
            translate("IncidentEditor", "Name or description, e.g. a ministry, a person, a channel")
        )
        self.identifiers = LinesEdit(
            translate("IncidentEditor", "Identifiers of the perpetrator"),
            translate(
                "IncidentEditor",
                "Handles, channel names, phone numbers, web addresses — one per line",
            ),
            lines=3,
        )
        self.grid.addWidget(self.kind, 0, 0)
        self.grid.addWidget(self.name, 0, 1)
        self.grid.addWidget(self.remove_button, 0, 2)
        self.grid.addWidget(self.identifiers, 1, 0, 1, 3)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.watch(self.kind, self.name, self.identifiers)

    def inputs(self) -> list[QWidget]:
        return [self.kind, self.name, self.identifiers, self.remove_button]

    def value(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "name": self.name.text(),
            "identifiers": self.identifiers.value(),
        }

    def set_value(self, value: dict[str, Any]) -> None:
        set_combo(self.kind, value.get("kind", "unknown"))
        self.name.setText(value.get("name", ""))
        self.identifiers.set_value(list(value.get("identifiers", [])))


class LinkRow(Row):
    def __init__(self) -> None:
        super().__init__(translate("IncidentEditor", "Remove this link"))
        self.url = QLineEdit()
        self.url.setAccessibleName(translate("IncidentEditor", "Web address"))
        self.url.setPlaceholderText(translate("IncidentEditor", "Web address, e.g. https://t.me/…"))
        self.seen_at = OptionalDateEdit(
            translate("IncidentEditor", "seen"),
            translate("IncidentEditor", "When you saw it there"),
            exact=True,
            default_now=True,
        )
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("IncidentEditor", "Note about the link"))
        self.note.setPlaceholderText(translate("IncidentEditor", "What is there (optional)"))
        self.grid.addWidget(self.url, 0, 0, 1, 2)
        self.grid.addWidget(self.remove_button, 0, 2)
        self.grid.addWidget(self.seen_at, 1, 0)
        self.grid.addWidget(self.note, 1, 1, 1, 2)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.watch(self.url, self.seen_at, self.note)

    def inputs(self) -> list[QWidget]:
        return [
            self.url,
            self.seen_at.check,
            *self.seen_at.edit.inputs(),
            self.note,
            self.remove_button,
        ]

    def set_new(self) -> None:
        self.seen_at.set_new()

    def value(self) -> dict[str, Any]:
        return {
            "url": self.url.text().strip(),
            "seen_at": self.seen_at.value(),
            "note": self.note.text(),
        }

    def set_value(self, value: dict[str, Any]) -> None:
        self.url.setText(value.get("url", ""))
        self.seen_at.set_value(value.get("seen_at"))
        self.note.setText(value.get("note", ""))


class ActionRow(Row):
    def __init__(self) -> None:
        super().__init__(translate("IncidentEditor", "Remove this action"))
        self.kind = vocab_combo(
            vocabulary.ACTION_KINDS, translate("IncidentEditor", "What you did")
        )
        self.at = OptionalDateEdit(
            translate("IncidentEditor", "on"),
            translate("IncidentEditor", "When you did it"),
            exact=False,
            default_now=False,
        )
        self.reference = QLineEdit()
        self.reference.setAccessibleName(translate("IncidentEditor", "Reference or case number"))
        self.reference.setPlaceholderText(translate("IncidentEditor", "Reference or case number"))
        self.outcome = QLineEdit()
        self.outcome.setAccessibleName(translate("IncidentEditor", "Outcome"))
        self.outcome.setPlaceholderText(translate("IncidentEditor", "Outcome so far"))
        self.grid.addWidget(self.kind, 0, 0)
        self.grid.addWidget(self.reference, 0, 1)
        self.grid.addWidget(self.remove_button, 0, 2)
        self.grid.addWidget(self.at, 1, 0)
        self.grid.addWidget(self.outcome, 1, 1, 1, 2)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.watch(self.kind, self.at, self.reference, self.outcome)

    def inputs(self) -> list[QWidget]:
        return [
            self.kind,
            self.reference,
            self.at.check,
            *self.at.edit.inputs(),
            self.outcome,
            self.remove_button,
        ]

    def value(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "at": self.at.value(),
            "reference": self.reference.text(),
            "outcome": self.outcome.text(),
        }

    def set_value(self, value: dict[str, Any]) -> None:
        set_combo(self.kind, value.get("kind", "other"))
        self.at.set_value(value.get("at"))
        self.reference.setText(value.get("reference", ""))
        self.outcome.setText(value.get("outcome", ""))


class RowList(QWidget):
    """A list of rows of one kind, with an Add button."""

    changed = Signal()

    def __init__(self, factory: Callable[[], Row], add_text: str, empty_text: str) -> None:
        super().__init__()
        self._factory = factory
        self._rows: list[Row] = []
        self.empty = plain_label(empty_text, name="hint", wrap=True)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.clicked.connect(self._add_clicked)
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.empty)
        lay.addLayout(self._box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        lay.addLayout(bottom)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.set_new()
        row.first_input().setFocus()
        self.changed.emit()

    def add_row(self, value: dict[str, Any] | None = None) -> Row:
        row = self._factory()
        if value is not None:
            row.set_value(value)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self._rows.append(row)
        self._box.addWidget(row)
        self.empty.setVisible(False)
        self._fix_tab_order()
        return row

    def _fix_tab_order(self) -> None:
        """New rows join the end of the window's focus chain; put them before Add.

        setTabOrder moves its second widget after the first and ignores widgets that take
        no focus, so the chain starts at the last focusable widget before this list.
        """
        anchor = self.add_button.previousInFocusChain()
        for _ in range(10_000):
            if anchor is None or anchor is self.add_button:
                anchor = None
                break
            tabbable = anchor.focusPolicy() & Qt.FocusPolicy.TabFocus
            if tabbable and not self.isAncestorOf(anchor):
                break
            anchor = anchor.previousInFocusChain()
        chain: list[QWidget] = [] if anchor is None else [anchor]
        for row in self._rows:
            chain += row.inputs()
        chain.append(self.add_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _remove(self, row: Row) -> None:
        if row in self._rows:
            index = self._rows.index(row)
            self._rows.remove(row)
            row.setParent(None)
            row.deleteLater()
            self.empty.setVisible(not self._rows)
            if self._rows:
                self._rows[min(index, len(self._rows) - 1)].first_input().setFocus()
            else:
                self.add_button.setFocus()
            self.changed.emit()

    def set_value(self, items: list[dict[str, Any]]) -> None:
        for row in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows = []
        for item in items:
            self.add_row(item)
        self.empty.setVisible(not self._rows)

    def value(self) -> list[dict[str, Any]]:
        return [row.value() for row in self._rows]


# -- sections --------------------------------------------------------------------------------
class Section(QWidget):
    """A titled part of the form that folds away when it is not needed."""

    def __init__(self, section_id: str, title: str, description: str = "") -> None:
        super().__init__()
        self.section_id = section_id
        self.toggle = QToolButton()
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAccessibleName(title.replace("&", ""))
        font = QFont(self.toggle.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.toggle.setFont(font)
        self.toggle.toggled.connect(self.set_expanded)
        self.summary = plain_label(name="hint")
        self.suggested = plain_label(
            translate("IncidentEditor", "suggested for this kind of incident"), name="hint"
        )
        self.suggested.setVisible(False)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addWidget(self.summary)
        header.addWidget(self.suggested)
        header.addStretch(1)
        self.error = error_label()
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(22, 0, 0, 6)
        if description:
            self.body_layout.addWidget(plain_label(description, name="hint", wrap=True))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(line)
        lay.addLayout(header)
        lay.addWidget(self.error)
        lay.addWidget(self.body)
        self.set_expanded(False)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, on: bool) -> None:
        if self.toggle.isChecked() != on:
            self.toggle.setChecked(on)  # comes back here through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)

    def set_suggested(self, on: bool) -> None:
        self.suggested.setVisible(on)

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.set_expanded(True)


def plain_text(edit: QPlainTextEdit) -> str:
    """The text as typed: unlike toPlainText(), keeps non-breaking spaces."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
