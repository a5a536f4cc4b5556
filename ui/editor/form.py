"""The incident form: every field of the record, grouped so that a first look is calm.

The form knows nothing about the vault: it shows a record (or a draft) and gives back what
the user typed. The window around it (incident_editor.py) saves, keeps drafts and shows
templates' guidance.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.incidents import vocabulary
from app.incidents.record import MAX_TEXT, IncidentRecord
from app.incidents.templates import Template
from ui.editor.flow import FlowLayout
from ui.editor.text import field_label, tmpl, translate, vocab
from ui.editor.widgets import (
    ActionRow,
    CommaListEdit,
    LinesEdit,
    LinkRow,
    PerpetratorRow,
    RowList,
    Section,
    TargetRow,
    WhenEdit,
    error_label,
    plain_label,
    plain_text,
)

RECORD_KEYS: tuple[str, ...] = tuple(IncidentRecord().to_dict())

# Which part of the form each record key lives in.
_PLACE = {
    "title": "basics",
    "occurred_at": "basics",
    "occurred_until": "basics",
    "occurred_precision": "basics",
    "categories": "basics",
    "severity": "basics",
    "narrative": "narrative",
    "targets": "people",
    "perpetrators": "people",
    "witnesses": "people",
    "platforms": "online",
    "location": "online",
    "links": "online",
    "impact": "impact",
    "actions": "actions",
    "tags": "tags",
}
_KEY = re.compile(r"'([a-z_]+)(?:\[(\d+)\])?")


def error_key(message: str) -> tuple[str | None, int | None]:
    """The record key (and list index) a RecordError message names first."""
    m = _KEY.search(message)
    if not m or m.group(1) not in _PLACE:
        return None, None
    return m.group(1), int(m.group(2)) if m.group(2) else None


class IncidentForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._template_categories: tuple[str, ...] = ()
        self._build_basics()
        self._build_sections()
        self._lay_out()
        self._connect()
        self.set_state(IncidentRecord().to_dict())

    # -- building --------------------------------------------------------------------------
    def _build_basics(self) -> None:
        self.title = QLineEdit()
        self.title.setMaxLength(1000)
        self.title.setAccessibleName(translate("IncidentEditor", "Title"))
        self.title.setPlaceholderText(
            translate("IncidentEditor", "A few words to recognise this incident later")
        )
        self.when = WhenEdit()
        self.categories: dict[str, QCheckBox] = {}
        self.categories_box = QWidget()
        flow = FlowLayout(self.categories_box, spacing=4)
        for key in vocabulary.CATEGORIES:
            box = QCheckBox(vocab(vocabulary.CATEGORIES, key))
            box.setAccessibleName(vocab(vocabulary.CATEGORIES, key))
            self.categories[key] = box
            flow.addWidget(box)
        self.severity = QComboBox()
        self.severity.setAccessibleName(translate("IncidentEditor", "Severity"))
        self.severity.addItem(translate("IncidentEditor", "Not set"), None)
        for level in vocabulary.SEVERITIES:
            self.severity.addItem(vocab(vocabulary.SEVERITIES, level), level)
        self.title_error = error_label()
        self.when_error = error_label()
        self.basics_error = error_label()
        self.narrative = QPlainTextEdit()
        self.narrative.setAccessibleName(translate("IncidentEditor", "What happened"))
        self.narrative.setMinimumHeight(240)
        self.narrative.setTabChangesFocus(True)
        self.narrative_error = error_label()
        self.tags = CommaListEdit(
            translate("IncidentEditor", "Tags"),
            translate("IncidentEditor", "Your own words to group incidents, e.g. trial, TV"),
        )
        self.tags_error = error_label()

    def _build_sections(self) -> None:
        people = Section(
            "people",
            translate("IncidentEditor", "People involved"),
            translate(
                "IncidentEditor", "Who was targeted, who did it or who you suspect, and who saw it."
            ),
        )
        self.targets = RowList(
            TargetRow,
            translate("IncidentEditor", "Add a person targeted"),
            translate("IncidentEditor", "Nobody added yet. Add yourself, or whoever was targeted."),
        )
        self.perpetrators = RowList(
            PerpetratorRow,
            translate("IncidentEditor", "Add a perpetrator"),
            translate(
                "IncidentEditor",
                "Add who did it, or who you suspect, with their accounts, channels or numbers.",
            ),
        )
        self.witnesses = LinesEdit(
            translate("IncidentEditor", "Witnesses"),
            translate("IncidentEditor", "One name per line"),
            lines=3,
        )
        people.body_layout.addWidget(_caption(translate("IncidentEditor", "Who was targeted")))
        people.body_layout.addWidget(self.targets)
        people.body_layout.addWidget(
            _caption(translate("IncidentEditor", "Who did it (known or suspected)"))
        )
        people.body_layout.addWidget(self.perpetrators)
        people.body_layout.addWidget(
            _caption(translate("IncidentEditor", "Witnesses"), self.witnesses)
        )
        people.body_layout.addWidget(self.witnesses)

        online = Section(
            "online",
            translate("IncidentEditor", "Where it happened"),
            translate(
                "IncidentEditor",
                "Platforms and channels, the place, and links to what was published.",
            ),
        )
        self.platforms = CommaListEdit(
            translate("IncidentEditor", "Platforms and channels"),
            translate("IncidentEditor", "e.g. Telegram, Instagram, phone call, TV"),
        )
        self.location = QLineEdit()
        self.location.setAccessibleName(translate("IncidentEditor", "Location"))
        self.location.setPlaceholderText(
            translate("IncidentEditor", "Town, street or building (optional)")
        )
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            _caption(translate("IncidentEditor", "Platforms"), self.platforms), self.platforms
        )
        form.addRow(_caption(translate("IncidentEditor", "Location"), self.location), self.location)
        online.body_layout.addLayout(form)
        self.links = RowList(
            LinkRow,
            translate("IncidentEditor", "Add a link"),
            translate(
                "IncidentEditor",
                "Add the address of every post, channel or page, with when you saw it.",
            ),
        )
        online.body_layout.addWidget(_caption(translate("IncidentEditor", "Links")))
        online.body_layout.addWidget(self.links)

        impact = Section(
            "impact",
            translate("IncidentEditor", "Impact"),
            translate("IncidentEditor", "How it has affected you and people close to you."),
        )
        self.impact_kinds: dict[str, QCheckBox] = {}
        kinds = QWidget()
        flow = FlowLayout(kinds, spacing=4)
        for key in vocabulary.IMPACTS:
            box = QCheckBox(vocab(vocabulary.IMPACTS, key))
            box.setAccessibleName(
                translate("IncidentEditor", "Impact: {kind}").replace(
                    "{kind}", vocab(vocabulary.IMPACTS, key)
                )
            )
            self.impact_kinds[key] = box
            flow.addWidget(box)
        self.impact_description = QPlainTextEdit()
        self.impact_description.setAccessibleName(
            translate("IncidentEditor", "Impact, in your words")
        )
        self.impact_description.setPlaceholderText(
            translate(
                "IncidentEditor",
                "e.g. could not sleep for weeks, lost a client, my mother was harassed",
            )
        )
        self.impact_description.setTabChangesFocus(True)
        self.impact_description.setFixedHeight(90)
        impact.body_layout.addWidget(kinds)
        impact.body_layout.addWidget(self.impact_description)

        actions = Section(
            "actions",
            translate("IncidentEditor", "What you have done"),
            translate(
                "IncidentEditor",
                "Reports to a platform, the police or an organisation, with reference numbers.",
            ),
        )
        self.action_rows = RowList(
            ActionRow,
            translate("IncidentEditor", "Add an action"),
            translate("IncidentEditor", "Nothing recorded yet."),
        )
        actions.body_layout.addWidget(self.action_rows)
        self.sections: dict[str, Section] = {
            s.section_id: s for s in (people, online, impact, actions)
        }

    def _lay_out(self) -> None:
        basics = QFormLayout()
        basics.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        basics.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        basics.addRow(
            _caption(translate("IncidentEditor", "&Title"), self.title),
            _stacked(self.title, self.title_error),
        )
        basics.addRow(
            _caption(translate("IncidentEditor", "W&hen"), self.when.precision),
            _stacked(self.when, self.when_error),
        )
        basics.addRow(_caption(translate("IncidentEditor", "Categories")), self.categories_box)
        basics.addRow(
            _caption(translate("IncidentEditor", "Se&verity"), self.severity), self.severity
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 12)
        lay.addLayout(basics)
        lay.addWidget(self.basics_error)
        narrative_label = _caption(
            translate("IncidentEditor", "What happened, in your own &words"), self.narrative
        )
        lay.addSpacing(6)
        lay.addWidget(narrative_label)
        lay.addWidget(self.narrative, 1)
        lay.addWidget(self.narrative_error)
        self._layout = lay
        self._zone_index = lay.count()  # the editor's drop and paste zone goes here
        for section in self.sections.values():
            lay.addWidget(section)
        tags_row = QHBoxLayout()
        tags_row.addWidget(_caption(translate("IncidentEditor", "Ta&gs"), self.tags))
        tags_row.addWidget(self.tags, 1)
        lay.addSpacing(8)
        lay.addLayout(tags_row)
        lay.addWidget(self.tags_error)

    def place_evidence_zone(self, zone: QWidget) -> None:
        """Screenshots and files right under the narrative, where they are written about."""
        self._layout.insertSpacing(self._zone_index, 6)
        self._layout.insertWidget(self._zone_index + 1, zone)

    def _connect(self) -> None:
        for edit in (self.title, self.location, self.tags, self.platforms):
            edit.textChanged.connect(self._edited)
        for text in (self.narrative, self.impact_description, self.witnesses):
            text.textChanged.connect(self._edited)
        for box in (*self.categories.values(), *self.impact_kinds.values()):
            box.toggled.connect(self._edited)
        self.severity.currentIndexChanged.connect(self._edited)
        self.when.changed.connect(self._edited)
        for rows in (self.targets, self.perpetrators, self.links, self.action_rows):
            rows.changed.connect(self._edited)

    def _edited(self) -> None:
        if not self._loading:
            self._update_summaries()
            self.changed.emit()

    # -- values ----------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """Everything as typed (possibly not a valid record yet): what a draft keeps."""
        at, until, precision = self.when.value()
        return {
            "title": self.title.text(),
            "occurred_at": at,
            "occurred_until": until,
            "occurred_precision": precision,
            "categories": [k for k, box in self.categories.items() if box.isChecked()],
            "narrative": plain_text(self.narrative),
            "targets": self.targets.value(),
            "perpetrators": self.perpetrators.value(),
            "platforms": self.platforms.value(),
            "location": self.location.text(),
            "links": self.links.value(),
            "witnesses": self.witnesses.value(),
            "impact": {
                "kinds": [k for k, box in self.impact_kinds.items() if box.isChecked()],
                "description": plain_text(self.impact_description),
            },
            "severity": self.severity.currentData(),
            "actions": self.action_rows.value(),
            "tags": self.tags.value(),
        }

    def record_dict(
        self, original: dict[str, Any] | None = None, baseline: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """What to validate and save. Keys the user left alone keep their stored value."""
        state = self.state()
        out: dict[str, Any] = {}
        for key in RECORD_KEYS:
            if original is not None and baseline is not None and state[key] == baseline.get(key):
                out[key] = original.get(key)
            elif key in ("title", "location"):
                out[key] = state[key].strip()
            else:
                out[key] = state[key]
        return out

    def set_state(self, data: dict[str, Any]) -> None:
        """Show a record or a draft's form (no ``changed`` signal)."""
        self._loading = True
        try:
            d = {
                **IncidentRecord().to_dict(),
                **{k: v for k, v in data.items() if k in RECORD_KEYS},
            }
            self.title.setText(d["title"] or "")
            self.when.set_value(d["occurred_at"], d["occurred_until"], d["occurred_precision"])
            for key, box in self.categories.items():
                box.setChecked(key in (d["categories"] or []))
            self.narrative.setPlainText(d["narrative"] or "")
            self.targets.set_value(list(d["targets"] or []))
            self.perpetrators.set_value(list(d["perpetrators"] or []))
            self.witnesses.set_value(list(d["witnesses"] or []))
            self.platforms.set_value(list(d["platforms"] or []))
            self.location.setText(d["location"] or "")
            self.links.set_value(list(d["links"] or []))
            impact = d["impact"] or {}
            for key, box in self.impact_kinds.items():
                box.setChecked(key in impact.get("kinds", []))
            self.impact_description.setPlainText(impact.get("description", ""))
            index = self.severity.findData(d["severity"])
            self.severity.setCurrentIndex(max(0, index))
            self.action_rows.set_value(list(d["actions"] or []))
            self.tags.set_value(list(d["tags"] or []))
        finally:
            self._loading = False
        self._update_summaries()
        for section in self.sections.values():
            section.set_expanded(section.is_expanded() or self._has_data(section.section_id))

    def set_new(self) -> None:
        """A new incident: today's date, known to the day; everything else empty."""
        self._loading = True
        try:
            self.when.set_new()
        finally:
            self._loading = False

    def clear(self) -> None:
        """Drop everything shown (the vault is locking)."""
        self._loading = True
        try:
            self.set_state(IncidentRecord().to_dict())
        finally:
            self._loading = False

    def _has_data(self, section_id: str) -> bool:
        if section_id == "people":
            return bool(self.targets.rows() or self.perpetrators.rows() or self.witnesses.value())
        if section_id == "online":
            return bool(self.platforms.value() or self.location.text() or self.links.rows())
        if section_id == "impact":
            return any(b.isChecked() for b in self.impact_kinds.values()) or bool(
                plain_text(self.impact_description).strip()
            )
        if section_id == "actions":
            return bool(self.action_rows.rows())
        return False

    def _update_summaries(self) -> None:
        counts = {
            "people": len(self.targets.rows())
            + len(self.perpetrators.rows())
            + len(self.witnesses.value()),
            "online": len(self.links.rows()) + len(self.platforms.value()),
            "actions": len(self.action_rows.rows()),
        }
        for section_id, n in counts.items():
            text = (
                translate("IncidentEditor", "({n} filled in)").replace("{n}", str(n)) if n else ""
            )
            self.sections[section_id].set_summary(text)
        kinds = sum(b.isChecked() for b in self.impact_kinds.values())
        self.sections["impact"].set_summary(
            translate("IncidentEditor", "({n} filled in)").replace("{n}", str(kinds))
            if kinds
            else ""
        )

    # -- templates -------------------------------------------------------------------------
    def apply_template(self, template: Template | None, *, set_categories: bool = True) -> None:
        """Pre-select the template's categories (replacing the previous template's) and
        point at the parts that matter for it. A restored draft keeps its own categories."""
        previous = self._template_categories
        self._template_categories = template.categories if template else ()
        if set_categories:
            for key in previous:
                if key not in self._template_categories:
                    self.categories[key].setChecked(False)
            for key in self._template_categories:
                self.categories[key].setChecked(True)
        suggested = template.suggested if template else ()
        for section_id, section in self.sections.items():
            section.set_suggested(section_id in suggested)
            if section_id in suggested:
                section.set_expanded(True)
        self.title.setPlaceholderText(
            tmpl(template.title_hint)
            if template
            else translate("IncidentEditor", "A few words to recognise this incident later")
        )

    def set_narrative_guide(self, questions: list[str]) -> None:
        lines = [
            translate(
                "IncidentEditor", "Write what happened in your own words. Questions that help:"
            ),
            "",
        ]
        lines += ["•  " + q for q in questions]
        self.narrative.setPlaceholderText("\n".join(lines))

    def set_completions(self, tags: list[str], platforms: list[str]) -> None:
        self.tags.set_completions(tags)
        self.platforms.set_completions(platforms)

    # -- errors ----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self._error_labels():
            label.clear()
            label.setVisible(False)
        for section in self.sections.values():
            section.show_error("")

    def _error_labels(self) -> tuple[QLabel, ...]:
        return (
            self.title_error,
            self.when_error,
            self.basics_error,
            self.narrative_error,
            self.tags_error,
        )

    def visible_errors(self) -> list[str]:
        """The problems shown right now (for tests and accessibility checks)."""
        texts = [label.text() for label in self._error_labels() if not label.isHidden()]
        texts += [s.error.text() for s in self.sections.values() if not s.error.isHidden()]
        return texts

    def date_problem(self) -> QWidget | None:
        """A typed date that cannot be read, shown beside it (translated, before any record
        check); returns the field to focus, or None when every date reads."""
        self.clear_errors()
        if (text := self.when.problem()) is not None:
            self.when_error.setText(text)
            self.when_error.setVisible(True)
            return self.when.start
        for key, rows in (("links", self.links), ("actions", self.action_rows)):
            for row in rows.rows():
                date_field = getattr(row, "seen_at", None) or getattr(row, "at", None)
                if date_field is not None and (text := date_field.problem()) is not None:
                    self.sections[_PLACE[key]].show_error(text)
                    return date_field.edit
        return None

    def show_error(self, message: str) -> QWidget:
        """Show a RecordError next to the part it is about; returns the widget to focus."""
        self.clear_errors()
        key, index = error_key(message)
        text = friendly_error(message, key, index)
        place = _PLACE.get(key or "", "basics")
        if place in self.sections:
            self.sections[place].show_error(text)
        else:
            labels = {
                "title": self.title_error,
                "occurred_at": self.when_error,
                "occurred_until": self.when_error,
                "occurred_precision": self.when_error,
                "narrative": self.narrative_error,
                "tags": self.tags_error,
            }
            label = labels.get(key or "", self.basics_error)
            label.setText(text)
            label.setVisible(True)
        return self._widget_for(key, index)

    def _widget_for(self, key: str | None, index: int | None) -> QWidget:
        lists = {
            "targets": self.targets,
            "perpetrators": self.perpetrators,
            "links": self.links,
            "actions": self.action_rows,
        }
        if key in lists:
            rows = lists[key].rows()
            if index is not None and 0 <= index < len(rows):
                return rows[index].first_input()
            return lists[key].add_button
        simple: dict[str, QWidget] = {
            "title": self.title,
            "occurred_at": self.when.start,
            "occurred_until": self.when.end,
            "occurred_precision": self.when.precision,
            "categories": next(iter(self.categories.values())),
            "severity": self.severity,
            "narrative": self.narrative,
            "witnesses": self.witnesses,
            "platforms": self.platforms,
            "location": self.location,
            "impact": self.impact_description,
            "tags": self.tags,
        }
        return simple.get(key or "", self.title)


def friendly_error(message: str, key: str | None, index: int | None) -> str:
    """What to tell the person, in plain words, for a validation error."""
    if key == "title" and "empty" in message:
        return translate(
            "IncidentEditor", "Give the incident a short title, so you can find it again."
        )
    if key == "occurred_until" and "before" in message:
        return translate(
            "IncidentEditor", "The end date is before the start date. Check the dates."
        )
    if key == "links" and "url" in message and "empty" in message:
        n = (index or 0) + 1
        return translate(
            "IncidentEditor", "Link {n} has no web address. Add the address, or remove the link."
        ).replace("{n}", str(n))
    if "longer than" in message:
        return (
            translate("IncidentEditor", "{field} is too long (at most {max} characters).")
            .replace("{field}", field_label(key or ""))
            .replace("{max}", f"{MAX_TEXT if key != 'title' else 1000:,}")
        )
    if key:
        return (
            translate("IncidentEditor", "{field}: {problem}")
            .replace("{field}", field_label(key))
            .replace("{problem}", message)
        )
    return message


def _stacked(field: QWidget, below: QWidget) -> QWidget:
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(field)
    lay.addWidget(below)
    return box


def _caption(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if buddy is not None:
        label.setBuddy(buddy)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


__all__ = ["RECORD_KEYS", "IncidentForm", "error_key", "friendly_error", "plain_label"]
