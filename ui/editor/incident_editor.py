"""The incident editor window: a new incident (with "What happened?" templates) or an
existing one (with follow-up notes and revision history).

What is typed is never lost: about a second after the last change the form is written as
an encrypted draft into the vault's database, and again when the app locks (the editor then
closes and drops what it shows). A successful save discards the draft. Saving is quick, so
it runs on the GUI thread; files dropped or pasted into the editor (they wait in the draft)
then go into the incident in a worker, and the editor closes when they are in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import QuireError
from app.incidents import templates
from app.incidents.drafts import Draft, DraftStore, move_draft_files
from app.incidents.record import IncidentRecord, RecordError
from app.incidents.store import IncidentNotFound, IncidentStore
from app.incidents.suggestions import known_platforms, known_tags
from app.storage.db import DatabaseError
from app.vault.vault import Vault
from ui.dialogs import Dialogs
from ui.editor.evidence_zone import EvidenceZone
from ui.editor.flow import FlowLayout
from ui.editor.form import IncidentForm
from ui.editor.panels import GuidePanel, NotesPanel
from ui.editor.revision_history import RevisionHistory
from ui.editor.text import tmpl, translate
from ui.editor.widgets import plain_label
from ui.geometry import fit_to_screen
from ui.labels import local_time
from ui.worker import Job

DRAFT_DELAY_MS = 1000


class IncidentEditor(QWidget):
    """Create or edit one incident. Non-modal; emits ``saved(id)`` after each save."""

    saved = Signal(int)

    def __init__(
        self,
        vault: Vault,
        incident_id: int | None,
        parent: QWidget | None = None,
        *,
        draft: Draft | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("incidentEditor")
        self.vault = vault
        self.incident_id = incident_id
        self.store = IncidentStore(vault)
        self.drafts = DraftStore(vault)
        self.draft_id: int | None = None
        self.template_id: str | None = None
        self._original: dict[str, Any] | None = None  # the stored record, when editing
        self._baseline: dict[str, Any] = {}
        self._closing = False  # saved, discarded or locking: close without asking
        self._missing = False  # the incident was deleted meanwhile
        self._moving = False  # saved; the drop zone's files are going into the incident

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)

        incident = self._load_incident()
        self._build(incident is not None)
        self._fill(incident)
        self._baseline = self.state()
        if draft is None and self.incident_id is not None:
            draft = self._quiet(lambda: self.drafts.for_incident(self.incident_id))
            if draft is not None and self._draft_in_use(draft.id):
                draft = None  # another open editor is working on it
        if draft is not None:
            self._restore(draft)
        self._connect_changes()
        self._set_title()
        self._size_to_screen()
        self.form.title.setFocus()

    # -- loading ---------------------------------------------------------------------------
    def _load_incident(self) -> Any:
        if self.incident_id is None:
            return None
        try:
            return self.store.get(self.incident_id)
        except IncidentNotFound:
            self.incident_id = None
            self._missing = True
            return None

    def _build(self, existing: bool) -> None:
        self.form = IncidentForm()
        self.evidence_zone = EvidenceZone(
            self.vault, self.ensure_draft, lambda: self.draft_id, self.form.title.text
        )
        self.form.place_evidence_zone(self.evidence_zone)
        # Ctrl+V with a screenshot (and no text) on the clipboard, where one writes about it,
        # adds the picture: a text field would silently paste nothing.
        for field in (self.form.title, self.form.narrative):
            field.installEventFilter(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area = scroll

        self.guide = GuidePanel()
        self.guide.insert_questions.connect(self._insert_questions)
        self.guide.open_section.connect(self._open_section)
        self.side = QTabWidget()
        self.side.setUsesScrollButtons(False)  # every tab in view: the side pane widens
        self.side.setDocumentMode(True)
        guide_scroll = QScrollArea()
        guide_scroll.setWidgetResizable(True)
        guide_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        guide_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        guide_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        guide_scroll.setWidget(self.guide)
        self.guide_scroll = guide_scroll
        self.side.addTab(guide_scroll, translate("IncidentEditor", "Guide"))
        self.notes: NotesPanel | None = None
        self.history: RevisionHistory | None = None
        if existing and self.incident_id is not None:
            self.notes = NotesPanel()
            self.notes.add_requested.connect(self.add_note)
            self.history = RevisionHistory(self.vault, self.incident_id)
            self.side.addTab(self.notes, translate("IncidentEditor", "Notes"))
            self.side.addTab(self.history, translate("IncidentEditor", "History"))
        self.side.setMinimumWidth(260)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.splitter = split

        # The header: "What happened?" for a new incident, where it stands for an existing one.
        header = QVBoxLayout()
        header.setContentsMargins(14, 12, 14, 4)
        self.heading = plain_label(name="pageTitle")
        self.subheading = plain_label(name="hint", wrap=True)
        header.addWidget(self.heading)
        header.addWidget(self.subheading)
        self.template_buttons = QButtonGroup(self)
        self.template_buttons.setExclusive(True)
        self.template_box = QWidget()
        self.template_box.setObjectName("templateChoice")
        # The chosen kind must stand out; palette roles keep light and dark themes right.
        self.template_box.setStyleSheet(
            "QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        flow = FlowLayout(self.template_box, spacing=6)
        for i, t in enumerate(templates.TEMPLATES):
            button = QPushButton(tmpl(t.label))
            button.setCheckable(True)
            button.setToolTip(tmpl(t.summary))
            button.setAccessibleName(
                translate("IncidentEditor", "What happened: {kind}").replace(
                    "{kind}", tmpl(t.label)
                )
            )
            button.setAccessibleDescription(tmpl(t.summary))
            button.setProperty("template_id", t.id)
            button.setAutoDefault(False)
            self.template_buttons.addButton(button, i)
            flow.addWidget(button)
        self.template_buttons.idClicked.connect(
            lambda i: self.choose_template(templates.TEMPLATES[i].id)
        )
        self.template_box.setVisible(self.incident_id is None)
        header.addWidget(self.template_box)

        # A banner for a restored draft or a deleted incident.
        self.banner = QWidget()
        self.banner.setVisible(False)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(0, 0, 0, 0)
        self.banner_text = plain_label(name="reminder", wrap=True)
        self.discard_button = QPushButton(translate("IncidentEditor", "Discard these changes"))
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard_restored)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.discard_button)

        # The footer: whether the draft is safe, problems, and the buttons.
        self.status = plain_label(name="hint", wrap=True)
        self.status.setAccessibleName(translate("IncidentEditor", "Draft status"))
        self.error = plain_label(name="errorText", wrap=True)
        self.error.setVisible(False)
        self.cancel_button = QPushButton(translate("IncidentEditor", "Close"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.close)
        self.save_button = QPushButton(translate("IncidentEditor", "Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(translate("IncidentEditor", "Save the incident (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Cancel, self, self.close)
        footer = QHBoxLayout()
        footer.setContentsMargins(14, 6, 14, 12)
        texts = QVBoxLayout()
        texts.addWidget(self.error)
        texts.addWidget(self.status)
        footer.addLayout(texts, 1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.save_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(header)
        banner_box = QHBoxLayout()
        banner_box.setContentsMargins(14, 0, 14, 0)
        banner_box.addWidget(self.banner)
        lay.addLayout(banner_box)
        lay.addWidget(split, 1)
        lay.addLayout(footer)

    def _fill(self, incident: Any) -> None:
        tags = self._quiet(lambda: known_tags(self.vault)) or []
        platforms = self._quiet(lambda: known_platforms(self.vault)) or []
        self.form.set_completions(tags, platforms)
        if incident is None:
            self.form.set_new()
            self.heading.setText(translate("IncidentEditor", "New incident"))
            self.subheading.setText(
                translate(
                    "IncidentEditor",
                    "What happened? Choose what fits best: it adds questions that help. "
                    "Everything can be changed later, and nothing leaves this computer.",
                )
            )
            self.guide.set_template(templates.GENERAL, chosen=False)
            self.form.set_narrative_guide(self.guide.question_texts(templates.GENERAL))
            if self._missing:
                self._show_banner(
                    translate(
                        "IncidentEditor",
                        "The incident these changes belonged to was deleted. Saving will "
                        "record them as a new incident.",
                    ),
                    discard=False,
                )
            return
        self._original = incident.record.to_dict()
        self.form.set_state(self._original)
        self.heading.setText(translate("IncidentEditor", "Edit incident"))
        self.subheading.setText(
            translate(
                "IncidentEditor",
                "Recorded {created} · last changed {updated} · saved versions: {n}",
            )
            .replace("{created}", local_time(incident.created_at))
            .replace("{updated}", local_time(incident.updated_at))
            .replace("{n}", str(incident.revision_count))
        )
        self.guide.set_template(templates.GENERAL, chosen=False)
        self.form.set_narrative_guide(self.guide.question_texts(templates.GENERAL))
        if self.notes is not None:
            self.notes.set_notes(incident.notes)
        if self.history is not None:
            self.history.refresh()
        self._update_tab_titles()

    def _restore(self, draft: Draft) -> None:
        """Continue from a draft: its form over the stored incident."""
        fields = draft.fields
        self.draft_id = draft.id
        template_id = fields.get("template")
        if self.incident_id is None and isinstance(template_id, str):
            self.choose_template(template_id, set_categories=False)
        record = fields.get("record")
        if isinstance(record, dict):
            self.form.set_state(record)
        if self.notes is not None and isinstance(fields.get("note"), str):
            self.notes.set_pending_text(fields["note"])
        self.evidence_zone.refresh()
        if self.state() == self._baseline:
            self.drafts.discard(draft.id)
            self.draft_id = None
            return
        self._show_banner(
            translate(
                "IncidentEditor", "Restored what you typed on {time} and had not saved yet."
            ).replace("{time}", local_time(draft.updated_at)),
            discard=True,
        )
        self._set_status(
            translate("IncidentEditor", "Unsaved changes, kept in an encrypted draft.")
        )

    def _connect_changes(self) -> None:
        self.form.changed.connect(self._changed)
        self.evidence_zone.changed.connect(self._changed)
        self.evidence_zone.queue.cancelled.connect(self._move_cancelled)
        if self.notes is not None:
            self.notes.changed.connect(self._changed)

    def _set_title(self) -> None:
        settings = getattr(self.parent(), "settings", None)
        if getattr(settings, "discreet_mode", False):
            self.setWindowTitle(translate("IncidentEditor", "Note"))
        else:
            name = (
                translate("IncidentEditor", "New incident")
                if self.incident_id is None
                else translate("IncidentEditor", "Edit incident")
            )
            self.setWindowTitle(f"{name} — Quire")
        parent = self.parentWidget()
        if parent is not None:
            self.setWindowIcon(parent.windowIcon())

    def _size_to_screen(self) -> None:
        fit_to_screen(self, 1180, 860)
        width = self.width()
        side = max(270, min(400, int(width * 0.3)))
        self.splitter.setSizes([width - side, side])

    # -- state and drafts ------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """Everything typed: what a draft keeps."""
        return {
            "record": self.form.state(),
            "note": self.notes.pending_text() if self.notes is not None else "",
            "template": self.template_id,
            "files": [f.id for f in self.evidence_zone.files()],  # they wait in draft_files
        }

    def ensure_draft(self) -> int | None:
        """The draft files wait in, written now if there is none yet."""
        if self.draft_id is None and self.vault.conn is not None:
            try:
                self.draft_id = self.drafts.save(None, self.incident_id, self.state())
            except (QuireError, DatabaseError):
                return None
        return self.draft_id

    def is_dirty(self) -> bool:
        return self.state() != self._baseline

    def _changed(self) -> None:
        if self._closing:
            return
        self.error.setVisible(False)
        self._set_status(translate("IncidentEditor", "Unsaved changes…"))
        self._draft_timer.start()

    def write_draft(self) -> None:
        """Keep what is typed in the encrypted draft (or drop the draft if nothing is)."""
        self._draft_timer.stop()
        if self.vault.conn is None:
            return
        try:
            if not self.is_dirty():
                if self.draft_id is not None:
                    self.drafts.discard(self.draft_id)
                    self.draft_id = None
                self._set_status("")
                return
            self.draft_id = self.drafts.save(self.draft_id, self.incident_id, self.state())
        except (QuireError, DatabaseError) as exc:
            self._set_status(
                translate("IncidentEditor", "Could not keep a draft: {error}").replace(
                    "{error}", str(exc)
                )
            )
            return
        self._set_status(
            translate("IncidentEditor", "Unsaved changes, kept in an encrypted draft.")
        )

    def _discard_draft(self) -> None:
        self._draft_timer.stop()
        if self.draft_id is not None and self.vault.conn is not None:
            self._quiet(lambda: self.drafts.discard(self.draft_id))
        self.draft_id = None

    def discard_restored(self) -> None:
        """Throw away the restored draft and show the incident as saved."""
        if not Dialogs.ask(
            self,
            translate("IncidentEditor", "Discard these changes?"),
            translate(
                "IncidentEditor", "The text you typed earlier and did not save will be deleted."
            ),
            danger=True,
        ):
            return
        self._discard_draft()
        self.banner.setVisible(False)
        if self._original is not None:
            self.form.set_state(self._original)
        else:
            self.form.set_state(IncidentRecord().to_dict())
            self.form.set_new()
        if self.notes is not None:
            self.notes.set_pending_text("")
        self._baseline = self.state()
        self._set_status("")

    # -- templates -------------------------------------------------------------------------
    def choose_template(self, template_id: str, *, set_categories: bool = True) -> None:
        t = templates.template(template_id)
        if t is None:
            return
        pristine = not self.is_dirty()
        self.template_id = t.id
        for button in self.template_buttons.buttons():
            if button.property("template_id") == t.id:
                button.setChecked(True)
        self.form.apply_template(t, set_categories=set_categories)
        self.guide.set_template(t)
        self.form.set_narrative_guide(self.guide.question_texts(t))
        self.side.setCurrentWidget(self.guide_scroll)
        if pristine:
            # Choosing a kind on an empty form is not typing: nothing to keep or to ask about.
            self._baseline = self.state()
        else:
            self._changed()

    def _insert_questions(self) -> None:
        t = templates.template(self.template_id) or templates.GENERAL
        questions = self.guide.question_texts(t)
        cursor = self.form.narrative.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        existing = self.form.narrative.toPlainText()
        lead = "" if not existing else ("\n" if existing.endswith("\n") else "\n\n")
        cursor.insertText(lead + "\n\n".join(f"{q}\n" for q in questions))
        self.form.narrative.setTextCursor(cursor)
        self.form.narrative.setFocus()
        self.scroll_area.ensureWidgetVisible(self.form.narrative)

    def _open_section(self, section_id: str) -> None:
        section = self.form.sections.get(section_id)
        if section is not None:
            section.set_expanded(True)
            self.scroll_area.ensureWidgetVisible(section)
            section.toggle.setFocus()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> int | None:
        """Validate and store; closes the window on success. Returns the incident id."""
        if self._closing or self._moving or self.vault.conn is None:
            return None
        self.form.clear_errors()
        self.error.setVisible(False)
        bad_date = self.form.date_problem()
        if bad_date is not None:
            self.scroll_area.ensureWidgetVisible(bad_date)
            bad_date.setFocus()
            self._show_error(
                translate(
                    "IncidentEditor", "Not saved yet: please look at the message in the form."
                )
            )
            return None
        data = self.form.record_dict(self._original, self._baseline.get("record"))
        try:
            record = IncidentRecord.from_dict(data)
        except RecordError as exc:
            widget = self.form.show_error(str(exc))
            self.scroll_area.ensureWidgetVisible(widget)
            widget.setFocus()
            self._show_error(
                translate(
                    "IncidentEditor", "Not saved yet: please look at the message in the form."
                )
            )
            return None
        note_problem = self.notes.check() if self.notes is not None else None
        if note_problem and self.notes is not None:
            self.notes.show_error(note_problem)
            self.side.setCurrentWidget(self.notes)
            self._show_error(
                translate("IncidentEditor", "Not saved yet: please look at the follow-up note.")
            )
            return None
        try:
            if self.incident_id is None:
                self.incident_id = self.store.create(record)
            else:
                self.store.update(self.incident_id, record)
            note = self.notes.pending_text() if self.notes is not None else ""
            if note.strip():
                self.store.add_note(self.incident_id, note)
        except IncidentNotFound:
            self._show_error(
                translate(
                    "IncidentEditor",
                    "This incident was deleted meanwhile. Your text is kept as a draft.",
                )
            )
            self.write_draft()
            return None
        except (QuireError, DatabaseError) as exc:
            self._show_error(
                translate("IncidentEditor", "Could not save: {error}").replace("{error}", str(exc))
            )
            self.write_draft()
            return None
        incident_id = self.incident_id
        if self.draft_id is not None and self.evidence_zone.files():
            self._move_waiting_files(incident_id)  # closes the editor once they are in
            return incident_id
        self._finish_save(incident_id)
        return incident_id

    def _finish_save(self, incident_id: int) -> None:
        self._discard_draft()
        self._closing = True
        self.saved.emit(incident_id)
        self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            board = QApplication.clipboard()
            if not board.image().isNull() and not board.text():
                self.evidence_zone.intake.paste()
                return True
        return super().eventFilter(watched, event)

    def _move_waiting_files(self, incident_id: int) -> None:
        """The drop zone's files into the saved incident, in a worker (a large one takes
        seconds); the editor closes when they are in. A failure or a lock leaves the rest
        waiting in the draft, which now belongs to the saved incident."""
        self._moving = True
        self.save_button.setEnabled(False)
        self.draft_id = self.drafts.save(self.draft_id, incident_id, self.state())
        self._set_status(translate("IncidentEditor", "Adding the files to the incident…"))
        self.evidence_zone.queue.submit(
            Job(
                translate("IncidentEditor", "Adding the files to the incident…"),
                move_draft_files,
                (self.vault, self.draft_id, incident_id),
                on_done=lambda _moved: self._files_moved(incident_id),
                on_error=self._files_not_moved,
            )
        )

    def _move_cancelled(self) -> None:
        if self._moving:
            self._moving = False
            self.save_button.setEnabled(True)
            self.evidence_zone.refresh()
            self.write_draft()

    def _files_moved(self, incident_id: int) -> None:
        self._moving = False
        self._finish_save(incident_id)

    def _files_not_moved(self, exc: BaseException) -> None:
        self._moving = False
        self.save_button.setEnabled(True)
        self.evidence_zone.refresh()
        self._show_error(
            translate(
                "IncidentEditor",
                "The incident was saved, but some files could not be added: {error} "
                "They wait in the draft; save again to add them.",
            ).replace("{error}", str(exc))
        )
        self.write_draft()

    def add_note(self, text: str) -> None:
        """Add a follow-up note now (notes are kept apart from the record's revisions)."""
        if self.notes is None or self.incident_id is None or self.vault.conn is None:
            return
        problem = self.notes.check()
        if problem:
            self.notes.show_error(problem)
            return
        try:
            self.store.add_note(self.incident_id, text)
            notes = self.store.get(self.incident_id).notes
        except (QuireError, DatabaseError) as exc:
            self.notes.show_error(str(exc))
            return
        self.notes.set_notes(notes)
        self.notes.set_pending_text("")
        self._baseline["note"] = ""
        self._update_tab_titles()
        self.write_draft()
        self.saved.emit(self.incident_id)

    def _update_tab_titles(self) -> None:
        if self.notes is not None:
            n = self.notes.count()
            text = (
                translate("IncidentEditor", "Notes ({n})").replace("{n}", str(n))
                if n
                else translate("IncidentEditor", "Notes")
            )
            self.side.setTabText(self.side.indexOf(self.notes), text)
            self.side.setTabToolTip(
                self.side.indexOf(self.notes), translate("IncidentEditor", "Follow-up notes")
            )
        if self.history is not None:
            n = self.history.count()
            self.side.setTabText(
                self.side.indexOf(self.history),
                translate("IncidentEditor", "History ({n})").replace("{n}", str(n)),
            )

    # -- closing and locking ---------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._moving and self.vault.conn is not None:
            event.ignore()  # the files are going in; it closes itself when they are
            return
        if not self._closing and self.vault.conn is not None:
            self._draft_timer.stop()
            if self.is_dirty():
                leave = Dialogs.ask(
                    self,
                    translate("IncidentEditor", "Close without saving?"),
                    translate(
                        "IncidentEditor",
                        "What you typed in this incident is not saved. Close the editor and "
                        "throw it away?",
                    ),
                    danger=True,
                )
                if not leave:
                    event.ignore()
                    self._draft_timer.start()
                    return
            self._discard_draft()
        self._closing = True
        self._draft_timer.stop()
        event.accept()

    def on_vault_locking(self) -> None:
        """The app is locking: keep what is typed as a draft, drop it from the screen, close."""
        if self._closing:
            return
        self._moving = False  # the lock stopped the move: the rest wait in the draft
        self.write_draft()
        self._closing = True
        self.evidence_zone.clear()
        self.form.clear()
        if self.notes is not None:
            self.notes.clear()
        if self.history is not None:
            self.history.clear()
        self.close()

    # -- helpers ---------------------------------------------------------------------------
    def _draft_in_use(self, draft_id: int) -> bool:
        parent = self.parent()
        if parent is None:
            return False
        return any(
            e is not self and e.draft_id == draft_id and not e._closing
            for e in parent.findChildren(IncidentEditor)
        )

    def _show_banner(self, text: str, *, discard: bool) -> None:
        self.banner_text.setText(text)
        self.discard_button.setVisible(discard)
        self.banner.setVisible(True)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def _quiet(self, fn: Any) -> Any:
        try:
            return fn()
        except (QuireError, DatabaseError):
            return None
