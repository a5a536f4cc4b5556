"""The editor's side panels: the template's guidance, and follow-up notes."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.incidents.store import MAX_NOTE, Note
from app.incidents.templates import Template
from ui.editor.revision_history import ReadOnlyBrowser
from ui.editor.text import tmpl, translate
from ui.editor.widgets import error_label, plain_label, plain_text
from ui.labels import local_time

SECTION_NAMES = {
    "people": QT_TRANSLATE_NOOP("IncidentEditor", "People involved"),
    "online": QT_TRANSLATE_NOOP("IncidentEditor", "Where it happened"),
    "impact": QT_TRANSLATE_NOOP("IncidentEditor", "Impact"),
    "actions": QT_TRANSLATE_NOOP("IncidentEditor", "What you have done"),
}


class GuidePanel(QWidget):
    """Questions worth answering for the chosen kind of incident."""

    insert_questions = Signal()
    open_section = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label(name="pageTitle", wrap=True)
        self.summary = plain_label(wrap=True)
        self.questions_caption = plain_label(
            translate("IncidentEditor", "Questions that help a lawyer later"), wrap=True
        )
        font = self.questions_caption.font()
        font.setBold(True)
        self.questions_caption.setFont(font)
        self.questions = plain_label(wrap=True)
        self.questions.setAccessibleName(translate("IncidentEditor", "Questions to answer"))
        self.insert = QPushButton(
            translate("IncidentEditor", "Add these questions to the narrative")
        )
        self.insert.setToolTip(
            translate(
                "IncidentEditor",
                "Puts each question into the narrative, so you can answer under it",
            )
        )
        self.insert.clicked.connect(self.insert_questions)
        self.tip = plain_label(name="hint", wrap=True)
        self.sections_caption = plain_label(
            translate("IncidentEditor", "Also worth filling in"), wrap=True
        )
        self.sections_caption.setFont(font)
        self._section_buttons: dict[str, QPushButton] = {}
        self._sections_box = QVBoxLayout()
        self._sections_box.setContentsMargins(0, 0, 0, 0)
        for section_id, name in SECTION_NAMES.items():
            button = QPushButton(translate("IncidentEditor", name))
            button.setFlat(True)
            button.setStyleSheet("text-align: left")
            button.setToolTip(translate("IncidentEditor", "Open this part of the form"))
            button.clicked.connect(lambda _=False, s=section_id: self.open_section.emit(s))
            self._section_buttons[section_id] = button
            self._sections_box.addWidget(button)
        self.evidence_hint = plain_label(
            translate(
                "IncidentEditor",
                "After saving, attach screenshots, photos, recordings and documents as "
                "evidence from the diary (Add evidence).",
            ),
            name="hint",
            wrap=True,
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.addWidget(self.heading)
        lay.addWidget(self.summary)
        lay.addSpacing(8)
        lay.addWidget(self.questions_caption)
        lay.addWidget(self.questions)
        row = QHBoxLayout()
        row.addWidget(self.insert)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addSpacing(6)
        lay.addWidget(self.tip)
        lay.addSpacing(8)
        lay.addWidget(self.sections_caption)
        lay.addLayout(self._sections_box)
        lay.addStretch(1)
        lay.addWidget(self.evidence_hint)

    def set_template(self, template: Template, *, chosen: bool = True) -> None:
        self.heading.setText(
            tmpl(template.label) if chosen else translate("IncidentEditor", "Writing it down")
        )
        self.summary.setText(
            tmpl(template.summary)
            if chosen
            else translate(
                "IncidentEditor", "Write what you remember now; you can add to it later."
            )
        )
        self.questions.setText(
            "\n".join(f"{i}.  {tmpl(q)}" for i, q in enumerate(template.questions, 1))
        )
        self.tip.setText(tmpl(template.tip))
        self.tip.setVisible(bool(template.tip))
        for section_id, button in self._section_buttons.items():
            button.setVisible(section_id in template.suggested)
        self.sections_caption.setVisible(bool(template.suggested))

    def question_texts(self, template: Template) -> list[str]:
        return [tmpl(q) for q in template.questions]


class NotesPanel(QWidget):
    """Follow-up notes of a saved incident: what happened since, each with its time."""

    changed = Signal()
    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ReadOnlyBrowser()
        self.view.setAccessibleName(translate("IncidentEditor", "Follow-up notes"))
        self.new_note = QPlainTextEdit()
        self.new_note.setAccessibleName(translate("IncidentEditor", "New follow-up note"))
        self.new_note.setPlaceholderText(
            translate(
                "IncidentEditor",
                "What happened since? e.g. the post was removed, the police called back",
            )
        )
        self.new_note.setTabChangesFocus(True)
        self.new_note.setFixedHeight(110)
        self.new_note.textChanged.connect(self._text_changed)
        self.add_button = QPushButton(translate("IncidentEditor", "Add note"))
        self.add_button.setToolTip(
            translate("IncidentEditor", "Adds the note now, with today's date (Ctrl+Enter)")
        )
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.new_note)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self._add)
        self.error = error_label()
        hint = plain_label(
            translate(
                "IncidentEditor",
                "Notes are added to the incident as they are written; earlier notes never change.",
            ),
            name="hint",
            wrap=True,
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(hint)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.new_note)
        lay.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        lay.addLayout(row)
        self._count = 0

    def _text_changed(self) -> None:
        self.add_button.setEnabled(bool(self.pending_text().strip()))
        self.error.setVisible(False)
        self.changed.emit()

    def _add(self) -> None:
        text = self.pending_text()
        if text.strip():
            self.add_requested.emit(text)

    def check(self) -> str | None:
        """A problem with the note being typed, before anything is saved."""
        text = self.pending_text()
        if len(text) > MAX_NOTE:
            return translate(
                "IncidentEditor", "The note is too long (at most {n} characters)."
            ).replace("{n}", f"{MAX_NOTE:,}")
        if "\x00" in text:
            return translate("IncidentEditor", "The note holds a character that cannot be stored.")
        return None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def pending_text(self) -> str:
        return plain_text(self.new_note)

    def set_pending_text(self, text: str) -> None:
        self.new_note.setPlainText(text)

    def retranslate_ui(self) -> None:
        """The language changed (ui/retranslate.py): the notes again, in its words."""
        self.set_notes(getattr(self, "_notes", []))

    def set_notes(self, notes: list[Note]) -> None:
        self._notes = notes
        self._count = len(notes)
        if not notes:
            empty = translate("IncidentEditor", "No follow-up notes yet.")
            self.view.setHtml(f"<p><i>{html.escape(empty)}</i></p>")
            return
        parts = [
            f"<p><b>{html.escape(local_time(n.created_at))}</b><br>"
            f"{html.escape(n.text).replace(chr(10), '<br>')}</p>"
            for n in notes
        ]
        self.view.setHtml("".join(parts))

    def count(self) -> int:
        return self._count

    def clear(self) -> None:
        self.new_note.blockSignals(True)
        self.new_note.clear()
        self.new_note.blockSignals(False)
        self.view.clear()
