"""The evidence of the selected incident: list, import, paste, preview, copy out, delete.

Files come in through the intake controller (ui/evidence/intake_controller.py: drop, paste,
choose), shared with the editor's drop zone. Every long step (import, paste, copy out,
removing originals) runs on this panel's job queue (ui/worker.py), thumbnails and previews
in workers (ui/evidence/thumbnails.py), each with its own vault session; the GUI thread
only lists rows. Decrypted thumbnails and previews live in memory only, dropped on lock.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import QuireError
from app.evidence import intake
from app.evidence.redact import Derivation, derivation_of, intimate_ids, set_intimate
from app.evidence.store import EvidenceInfo, EvidenceStore
from app.incidents.store import IncidentStore
from app.sizes import human_size
from app.vault.vault import Vault
from ui.clipboard import copy_text
from ui.dialogs import Dialogs
from ui.evidence.images import load_preview
from ui.evidence.intake_controller import DropTarget, IncidentDestination, IntakeController
from ui.evidence.items import ROW_HEIGHT, EvidenceDelegate, EvidenceModel
from ui.evidence.preview import EvidencePreview
from ui.evidence.redact_dialog import RedactDialog
from ui.evidence.thumbnails import Thumbnails
from ui.labels import counted, local_time
from ui.worker import Job, JobQueue, run_task

STATUS_MS = 8000


class ElidedLabel(QLabel):
    """One line of plain text, shortened in the middle to fit; the whole text in a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(html.escape(text).replace("\n", "<br>") if text else "")
        self._fit()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(self.width() - 4, 40)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width)
        super().setText(shown)


class EvidenceList(QListView):
    """The list; Delete and Enter work from the keyboard."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class EvidencePanel(DropTarget, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.vault: Vault | None = None
        self.incident_id: int | None = None
        self._generation = 0  # bumped on every vault change: late previews are dropped
        self.queue = JobQueue(self)
        self.queue.started.connect(self._job_started)
        self.queue.waiting.connect(self._show_waiting)
        self.queue.progressed.connect(self._job_progress)
        self.queue.idle.connect(self._end_job_ui)
        self.queue.cancelled.connect(self._job_cancelled)
        self.queue.failed.connect(self._show_error)
        self.thumbs = Thumbnails(self)
        self.destination = IncidentDestination(None, None, self._incident_title)
        self.intake = IntakeController(self, self.queue, self.destination)
        self.intake.files_added.connect(self._imported)
        self.intake.picture_added.connect(self._pasted)
        self._previews: list[EvidencePreview] = []
        self._redactors: list[RedactDialog] = []
        self._intimate: set[int] = set()  # this incident's evidence marked intimate
        self._derived: dict[int, Derivation] = {}  # this incident's redacted copies
        self._revealed: int | None = None  # the intimate item the person chose to see
        self.setAcceptDrops(True)

        self.heading = QLabel(self.tr("Evidence"))
        self.heading.setObjectName("sectionTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setWeight(font.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setToolTip(self.tr("Add files to this incident (you can also drop them)"))
        self.add_button.clicked.connect(self.add_files)
        self.paste_button = QPushButton(self.tr("Paste &screenshot"))
        self.paste_button.setToolTip(
            self.tr("Store the picture on the clipboard, without saving it to a file (Ctrl+V)")
        )
        self.paste_button.clicked.connect(self.paste_screenshot)
        self._top = QGridLayout()
        self._top.setContentsMargins(0, 0, 0, 0)
        self._top_narrow: bool | None = None
        self._arrange_top(narrow=False)

        self.model = EvidenceModel(self)
        self.list = EvidenceList()
        self.list.setObjectName("evidenceList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(EvidenceDelegate(self.list))
        self.list.setAccessibleName(self.tr("Evidence files"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(2 * ROW_HEIGHT + 6)  # never squeezed below two rows
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.activated.connect(lambda _i: self.preview())
        self.list.doubleClicked.connect(lambda _i: self.preview())
        self.list.delete_pressed.connect(self.delete_selected)
        self.list.selectionModel().currentChanged.connect(self._update_buttons)
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)

        self.placeholder = QLabel()
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("evidenceDropZone")
        self.placeholder.setMinimumHeight(90)
        self.placeholder.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Ctrl+V works here too
        self.placeholder.setAccessibleName(self.tr("Evidence"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.list)

        self.details = ElidedLabel()
        self.details.setObjectName("hint")
        self.details.setMinimumWidth(100)
        self.details.setAccessibleName(self.tr("Details of the selected file"))

        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("Save a c&opy…"))
        self.save_button.setToolTip(self.tr("Write an unencrypted copy of this file"))
        self.save_button.clicked.connect(self.save_copy)
        self.copy_hash_action = QAction(self.tr("Copy SHA-256 &fingerprint"), self)
        self.copy_hash_action.setToolTip(
            self.tr("Copy the file's SHA-256 fingerprint, e.g. to quote it in a complaint")
        )
        self.copy_hash_action.triggered.connect(self.copy_hash)
        self.copy_name_action = QAction(self.tr("Copy file &name"), self)
        self.copy_name_action.triggered.connect(self.copy_name)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.triggered.connect(self.delete_selected)
        self.redact_action = QAction(self.tr("&Redacted copy…"), self)
        self.redact_action.setToolTip(
            self.tr("Make a copy with black boxes or pixelation over what must not be seen")
        )
        self.redact_action.triggered.connect(self.redact_selected)
        self.intimate_action = QAction(self.tr("Mark as &intimate"), self)
        self.intimate_action.setCheckable(True)
        self.intimate_action.setToolTip(
            self.tr("Blur it in thumbnails, previews and reports until someone chooses Show")
        )
        self.intimate_action.toggled.connect(self.mark_intimate)
        self.more_menu = QMenu(self)
        self.more_menu.addAction(self.redact_action)
        self.more_menu.addAction(self.intimate_action)
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.copy_hash_action)
        self.more_menu.addAction(self.copy_name_action)
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.delete_action)
        self.more_button = QPushButton(self.tr("&More"))
        self.more_button.setAccessibleName(self.tr("More actions for the selected file"))
        self.more_button.setMenu(self.more_menu)
        for b in (
            self.add_button,
            self.paste_button,
            self.preview_button,
            self.save_button,
            self.more_button,
        ):
            b.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.reveal_button = QPushButton(self.tr("S&how"))
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(self.tr("Show this intimate picture unblurred"))
        self.reveal_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.reveal_button.clicked.connect(self.reveal_selected)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for b in (self.preview_button, self.save_button, self.more_button, self.reveal_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.action_row = QWidget()
        self.action_row.setLayout(actions)

        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        busy = QHBoxLayout()
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.progress_label, 2)
        busy.addWidget(self.progress, 3)
        busy.addWidget(self.cancel_button)
        self.busy = QWidget()
        self.busy.setLayout(busy)
        self.busy.setVisible(False)

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(lambda: self.status.setVisible(False))

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addLayout(self._top)
        lay.addWidget(self.pages, 1)
        lay.addWidget(self.details)
        lay.addWidget(self.action_row)
        lay.addWidget(self.busy)
        lay.addWidget(self.status)
        self.setStyleSheet(
            "QListView#evidenceList { border: 1px solid palette(midlight); border-radius: 6px; }"
            "QLabel#evidenceDropZone { border: 2px dashed palette(mid); border-radius: 8px;"
            " color: palette(placeholder-text); padding: 12px; }"
            "QLabel#evidenceDropZone:focus { border-color: palette(highlight); }"
            'QListView#evidenceList[dropTarget="true"], QLabel[dropTarget="true"] {'
            " border: 2px dashed palette(highlight); border-radius: 8px; }"
        )

        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste_screenshot)
        self.setTabOrder(self.add_button, self.paste_button)
        self.setTabOrder(self.paste_button, self.placeholder)
        self.setTabOrder(self.placeholder, self.list)
        self.setTabOrder(self.list, self.preview_button)
        self.thumbs.ready.connect(self.model.set_thumbnail)
        self.list.selectionModel().currentChanged.connect(self._chosen)
        self._show_rows()

    # -- layout ----------------------------------------------------------------------------
    def _arrange_top(self, narrow: bool) -> None:
        """Title and the two add buttons on one line, or the buttons under it when narrow."""
        if narrow == self._top_narrow:
            return
        self._top_narrow = narrow
        for w in (self.heading, self.add_button, self.paste_button):
            self._top.removeWidget(w)
        for col in range(4):
            self._top.setColumnStretch(col, 0)
        if narrow:
            self._top.addWidget(self.heading, 0, 0, 1, 3)
            self._top.addWidget(self.add_button, 1, 0)
            self._top.addWidget(self.paste_button, 1, 1)
            self._top.setColumnStretch(2, 1)
        else:
            self._top.addWidget(self.heading, 0, 0)
            self._top.setColumnStretch(1, 1)
            self._top.addWidget(self.add_button, 0, 2)
            self._top.addWidget(self.paste_button, 0, 3)

    def resizeEvent(self, event: Any) -> None:
        spacing = 2 * max(self._top.horizontalSpacing(), 6)
        needed = (
            self.heading.sizeHint().width()
            + self.add_button.sizeHint().width()
            + self.paste_button.sizeHint().width()
            + spacing
            + 24
        )
        self._arrange_top(narrow=self.width() < needed)
        super().resizeEvent(event)

    # -- entry points ----------------------------------------------------------------------
    def set_vault(self, vault: Vault | None) -> None:
        self.clear()
        self.vault = self.destination.vault = vault
        self._show_rows()

    @Slot(object)
    def retranslate_ui(self) -> None:
        """The language changed (ui/retranslate.py): list, heading and details again."""
        self._show_rows()

    def set_incident(self, incident_id: int | None) -> None:
        if incident_id != self.incident_id:
            self.list.clearSelection()
        self.incident_id = self.destination.incident_id = incident_id
        self._show_rows()

    def clear(self) -> None:
        """Drop every decrypted thumbnail and preview, and stop work (on lock)."""
        self._generation += 1
        self.queue.clear()
        self.thumbs.clear()
        self.model.clear()
        for dlg in list(self._previews):
            dlg.on_vault_locking()
        self._previews.clear()
        for redactor in list(self._redactors):
            redactor.on_vault_locking()
        self._redactors.clear()
        self._revealed = None
        self.vault = self.destination.vault = None
        self.incident_id = self.destination.incident_id = None
        self._end_job_ui()
        self.status.setVisible(False)
        self._show_rows()

    def _incident_title(self) -> str:
        """The selected incident's title (names a pasted screenshot)."""
        if self.vault is None or self.incident_id is None:
            return ""
        try:
            return IncidentStore(self.vault).get(self.incident_id).record.title
        except QuireError:
            return ""

    def on_vault_locking(self) -> None:
        self.clear()

    # -- the list --------------------------------------------------------------------------
    def _rows(self) -> list[EvidenceInfo]:
        if self.vault is None or self.incident_id is None:
            return []
        try:
            return EvidenceStore(self.vault).list(self.incident_id)
        except QuireError:
            return []

    def _show_rows(self) -> None:
        selected = self.selected()
        rows = self._rows()
        self._read_marks(rows)
        names = {r.id: r.name for r in rows}
        notes = {i: self._copy_of(d, names) for i, d in self._derived.items()}
        self.model.set_items(rows, self.thumbs.pixmaps, self._hidden(), notes)
        if self.vault is None or self.incident_id is None:
            self.placeholder.setText(self.tr("Select an incident to see its evidence."))
            self.pages.setCurrentWidget(self.placeholder)
        elif not rows:
            self.placeholder.setText(
                self.tr(
                    "No evidence yet.\nAdd files, drop them here, "
                    "or paste a screenshot with Ctrl+V."
                )
            )
            self.pages.setCurrentWidget(self.placeholder)
        else:
            self.pages.setCurrentWidget(self.list)
        self.details.setVisible(bool(rows))
        self.action_row.setVisible(bool(rows))
        self.heading.setText(
            self.tr("Evidence (%n)", "", len(rows)) if rows else self.tr("Evidence")
        )
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self.thumbs.want(self.vault, rows)

    def _rows_shown(self) -> list[EvidenceInfo]:
        return [i for i in (self.model.info(r) for r in range(self.model.rowCount())) if i]

    # -- intimate evidence and redacted copies (app/evidence/redact.py) --------------------
    def _read_marks(self, rows: list[EvidenceInfo]) -> None:
        self._intimate, self._derived = set(), {}
        if self.vault is None or not rows:
            return
        try:
            self._intimate = intimate_ids(self.vault, [r.id for r in rows])
            for r in rows:
                found = derivation_of(self.vault, r.id)
                if found is not None:
                    self._derived[r.id] = found
        except QuireError:
            pass

    def _hidden(self) -> set[int]:
        return self._intimate - ({self._revealed} if self._revealed is not None else set())

    def _copy_of(self, found: Derivation, names: dict[int, str]) -> str:
        """ "redacted copy of “photo.jpg”" (or of the original's fingerprint once deleted)."""
        name = names.get(found.original_id) if found.original_id is not None else None
        original = f"“{name}”" if name else found.original_sha256[:16] + "…"
        return self.tr("redacted copy of {original}").replace("{original}", original)

    def _derivation_text(self, found: Derivation, names: dict[int, str]) -> str:
        mode = (
            self.tr("black boxes") if found.action.get("mode") == "black" else self.tr("pixelation")
        )
        regions = len(found.action.get("regions", []))
        text = (
            self.tr("Redacted copy: {mode} over %n area(s), made {time}.", "", regions)
            .replace("{mode}", mode)
            .replace("{time}", local_time(found.created_at, compact=True))
        )
        if "page" in found.action:
            text += " " + self.tr("Page {page} of the original.").replace(
                "{page}", str(found.action["page"])
            )
        name = names.get(found.original_id) if found.original_id is not None else None
        original = (
            self.tr("Original: “{name}”").replace("{name}", name)
            if name
            else self.tr("Original: no longer in the diary")
        )
        return "\n".join(
            (
                text,
                original,
                self.tr("Original SHA-256: {hash}").replace("{hash}", found.original_sha256),
            )
        )

    def _chosen(self, *_: Any) -> None:
        """Another item: whatever intimate item was shown is blurred again."""
        info = self.selected()
        if self._revealed is not None and (info is None or info.id != self._revealed):
            self._revealed = None
            self.model.set_hidden(self._hidden(), self.thumbs.pixmaps)
        for dlg in self._previews:
            if info is None or dlg.info.id != info.id:
                dlg.reblur()

    def reveal_selected(self) -> None:
        """The person chose to see this intimate item's thumbnail (an explicit click)."""
        info = self.selected()
        if info is None or info.id not in self._intimate:
            return
        self._revealed = info.id
        self.model.set_hidden(self._hidden(), self.thumbs.pixmaps)
        self._update_buttons()

    def mark_intimate(self, on: bool) -> None:
        info = self.selected()
        if info is None or self.vault is None:
            return
        try:
            set_intimate(self.vault, info.id, on)
        except QuireError as exc:
            self._show_error(exc)
            return
        self._revealed = None
        self._show_rows()
        self.show_status(
            self.tr("Marked intimate: blurred until someone chooses Show.")
            if on
            else self.tr("No longer marked intimate.")
        )

    def redact_selected(self) -> None:
        """The redaction window (ui/evidence/redact_dialog.py) for a picture or a PDF."""
        info = self.selected()
        if info is None or self.vault is None:
            return
        if intake.preview_kind(info.type) not in ("image", "pdf"):
            return
        dlg = RedactDialog(self.vault, info, self.window())
        dlg.saved.connect(self._redacted)
        dlg.destroyed.connect(lambda _o=None, d=dlg: self._forget_redactor(d))
        self._redactors.append(dlg)
        dlg.show()
        dlg.load()

    def _forget_redactor(self, dlg: RedactDialog) -> None:
        if dlg in self._redactors:
            self._redactors.remove(dlg)

    def open_redactors(self) -> list[RedactDialog]:
        return list(self._redactors)

    def _redacted(self, copy: EvidenceInfo) -> None:
        self.changed.emit()
        if copy.incident_id == self.incident_id:
            self._show_rows()
            self.select(copy.id)
        self.show_status(
            self.tr("The redacted copy “{name}” was added.").replace("{name}", copy.name)
        )

    def select(self, evidence_id: int) -> None:
        row = self.model.row_of(evidence_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def selected(self) -> EvidenceInfo | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        return self.model.info(index.row())

    def _update_buttons(self, *_: Any) -> None:
        can_add = self.vault is not None and self.incident_id is not None
        self.add_button.setEnabled(can_add)
        self.paste_button.setEnabled(can_add)
        info = self.selected()
        for w in (self.preview_button, self.save_button, self.more_button):
            w.setEnabled(info is not None)
        for a in (self.copy_hash_action, self.copy_name_action, self.intimate_action):
            a.setEnabled(info is not None)
        kind = intake.preview_kind(info.type) if info is not None else "none"
        self.redact_action.setEnabled(kind in ("image", "pdf") and self.vault is not None)
        self.intimate_action.blockSignals(True)
        self.intimate_action.setChecked(info is not None and info.id in self._intimate)
        self.intimate_action.blockSignals(False)
        self.reveal_button.setVisible(
            info is not None and info.id in self._intimate and self._revealed != info.id
        )
        self.delete_action.setEnabled(info is not None and not self.queue.busy())
        if info is None:
            self.details.set_full_text(self.tr("Select a file to see its fingerprint and source."))
            return
        parts = [self.tr("SHA-256: {hash}").replace("{hash}", info.sha256)]
        if info.id in self._derived:
            names = {r.id: r.name for r in self._rows_shown()}
            parts.insert(0, self._copy_of(self._derived[info.id], names))
        if info.id in self._intimate:
            parts.insert(0, self.tr("marked intimate"))
        if info.captured_at:
            parts.append(
                self.tr("seen {time}").replace("{time}", info.captured_at.replace("T", " "))
            )
        if info.source_url:
            parts.append(self.tr("source: {url}").replace("{url}", info.source_url))
        self.details.set_full_text(" · ".join(parts))

    def _context_menu(self, pos: Any) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():
            return
        self.list.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Preview"), self.preview)
        menu.addAction(self.tr("Save a copy…"), self.save_copy)
        menu.addAction(self.redact_action)
        menu.addAction(self.intimate_action)
        menu.addSeparator()
        menu.addAction(self.copy_hash_action)
        menu.addAction(self.copy_name_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    # -- thumbnails (ui/evidence/thumbnails.py) ------------------------------------------------
    @property
    def _thumbnails(self) -> dict[int, QPixmap]:
        return self.thumbs.pixmaps

    def thumbnails_pending(self) -> bool:
        return self.thumbs.pending()

    def has_thumbnail(self, evidence_id: int) -> bool:
        return evidence_id in self.thumbs.pixmaps

    # -- jobs (the queue in ui/worker.py: one at a time, with progress and Cancel) ------------
    def busy_now(self) -> bool:
        return self.queue.busy()

    def _submit(self, job: Job) -> None:
        if self.vault is not None:
            self.queue.submit(job)

    def _job_started(self, label: str) -> None:
        self.progress.setRange(0, 0)  # moving until the first progress report
        self.progress_label.setText(label)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.busy.setVisible(True)
        self._update_buttons()

    def _show_waiting(self, waiting: int) -> None:
        if waiting and self.queue.busy():
            self.progress_label.setText(
                self.queue.current_label() + " " + self.tr("(%n more waiting)", "", waiting)
            )

    def _job_progress(self, done: int, total: int) -> None:
        if self.queue.busy() and total:
            if self.progress.maximum() == 0:
                self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))

    def _job_cancelled(self) -> None:
        self.show_status(self.tr("Cancelled. Nothing was left half-done."))
        self._show_rows()

    def _end_job_ui(self) -> None:
        self.busy.setVisible(False)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self._update_buttons()

    def cancel(self) -> None:
        """Stop the running step and forget the waiting ones."""
        self.queue.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, QuireError):
            text = str(exc)
        elif isinstance(exc, OSError):
            text = self.tr("The file system reported a problem: {problem}").replace(
                "{problem}", exc.strerror or exc.__class__.__name__
            )
        else:
            text = self.tr("Something went wrong: {problem}").replace(
                "{problem}", exc.__class__.__name__
            )
        Dialogs.inform(self, self.tr("Evidence"), text, error=True)
        self._show_rows()

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)
        self._status_timer.start(STATUS_MS)

    # -- import (ui/evidence/intake_controller.py) ------------------------------------------
    def add_files(self) -> None:
        self.intake.choose_files()

    def import_paths(self, paths: list[Path]) -> None:
        """Import files into the current incident (in a worker, one after another)."""
        self.intake.add_paths(paths)

    def _imported(self, outcome: intake.ImportOutcome) -> None:
        imported = [(p, info) for p, info in outcome.imported]
        if imported:
            self.changed.emit()
            self._show_rows()
            if any(info.incident_id == self.incident_id for _, info in imported):
                self.select(imported[-1][1].id)
            added = len(imported)
            self.show_status(
                counted(
                    added,
                    self.tr("1 file was added to the incident."),
                    self.tr("%n files were added to the incident.", "", added),
                )
            )
            self._offer_removing_originals(imported)

    def _offer_removing_originals(self, imported: list[tuple[Path, EvidenceInfo]]) -> None:
        names = ", ".join(p.name for p, _ in imported[:5])
        if len(imported) > 5:
            names += ", …"
        text = self.tr(
            "Quire now keeps an encrypted copy of: {names}.\n\n"
            "Do you want to remove the original files from this computer? Quire first "
            "checks its copies, then overwrites each original before deleting it, so it "
            "is harder to find if the computer is searched.\n\n"
        ).replace("{names}", names) + self.tr(
            "On SSDs and some file systems, copies may remain that no program can erase."
        )
        if not Dialogs.ask(self, self.tr("Remove the originals?"), text, danger=True):
            return
        pairs = [(info.id, path) for path, info in imported]
        self._submit(
            Job(
                self.tr("Checking the stored copies and removing the originals…"),
                intake.remove_originals,
                (self.vault, pairs),
                on_done=self._originals_removed,
            )
        )

    def _originals_removed(self, problems: list[intake.FileProblem]) -> None:
        if not problems:
            self.show_status(self.tr("The original files were overwritten and removed."))
            return
        lines = "\n".join(f"• {p.path.name} — {p.detail}" for p in problems)
        Dialogs.inform(
            self,
            self.tr("Some originals were kept"),
            self.tr("These originals were left in place:") + "\n\n" + lines,
            error=True,
        )

    # -- drag and drop, paste (the intake controller) ---------------------------------------
    def drop_highlight_widgets(self) -> list[QWidget]:
        return [self.list, self.placeholder]

    def paste_screenshot(self) -> None:
        """Store the clipboard's picture as PNG, encoded in memory; it never touches disk."""
        self.intake.paste()

    def _pasted(self, info: EvidenceInfo, picture: QImage) -> None:
        """Stored: off the system clipboard with it (unless the person chose to keep it)."""
        forget_picture(self, picture)
        self.changed.emit()
        if self.incident_id == info.incident_id:
            self._show_rows()
            self.select(info.id)
        self.show_status(self.tr("The screenshot was added to the incident."))

    # -- preview ---------------------------------------------------------------------------
    def preview(self) -> None:
        info = self.selected()
        if info is None or self.vault is None:
            return
        dlg = EvidencePreview(info, self.window(), intimate=info.id in self._intimate)
        if info.id in self._derived:
            names = {r.id: r.name for r in self._rows_shown()}
            dlg.set_derivation(self._derivation_text(self._derived[info.id], names))
        dlg.destroyed.connect(lambda _o=None, d=dlg: self._forget_preview(d))
        self._previews.append(dlg)
        dlg.show()
        gen = self._generation
        run_task(
            load_preview,
            self.vault,
            info.id,
            info,
            on_done=lambda data: self._preview_ready(gen, dlg, data),
            on_error=lambda exc: self._preview_failed(gen, dlg, exc),
            owner=dlg,
        )

    def _forget_preview(self, dlg: EvidencePreview) -> None:
        if dlg in self._previews:
            self._previews.remove(dlg)

    def _preview_ready(self, gen: int, dlg: EvidencePreview, data: Any) -> None:
        if gen == self._generation and dlg in self._previews:
            dlg.show_data(data)

    def _preview_failed(self, gen: int, dlg: EvidencePreview, exc: BaseException) -> None:
        if gen == self._generation and dlg in self._previews:
            dlg.show_error(str(exc) if isinstance(exc, QuireError) else exc.__class__.__name__)

    def open_previews(self) -> list[EvidencePreview]:
        return list(self._previews)

    # -- copy out, clipboard, delete -------------------------------------------------------
    def save_copy(self) -> None:
        info = self.selected()
        if info is None or self.vault is None:
            return
        warning = self.tr(
            "The copy will NOT be encrypted. Anyone who can open this computer, or the "
            "place you save it to (a USB stick, a synced folder), can see it, and Quire "
            "cannot erase it later.\n\nSave an unencrypted copy of “{name}”?"
        ).replace("{name}", info.name)
        if not Dialogs.ask(self, self.tr("Save an unencrypted copy?"), warning, danger=True):
            return
        dest = Dialogs.save_file(self, self.tr("Save an unencrypted copy"), info.name)
        if not dest:
            return
        self._submit(
            Job(
                self.tr("Saving an unencrypted copy of “{name}”…").replace("{name}", info.name),
                intake.export_copy,
                (self.vault, info.id, Path(dest)),
                on_done=lambda _i: self.show_status(
                    self.tr("Unencrypted copy saved to {path} ({size}).")
                    .replace("{path}", str(dest))
                    .replace("{size}", human_size(info.size))
                ),
            )
        )

    def _copy_text(self, text: str) -> None:
        seconds = copy_text(self, text)
        if seconds:
            self.show_status(
                counted(
                    seconds,
                    self.tr("Copied. The clipboard is cleared in 1 second."),
                    self.tr("Copied. The clipboard is cleared in %n seconds.", "", seconds),
                )
            )
        else:
            self.show_status(self.tr("Copied."))

    def copy_hash(self) -> None:
        info = self.selected()
        if info is not None:
            self._copy_text(info.sha256)

    def copy_name(self) -> None:
        info = self.selected()
        if info is not None:
            self._copy_text(info.name)

    def delete_selected(self) -> None:
        info = self.selected()
        if info is None or self.vault is None or self.queue.busy():
            return
        question = self.tr(
            "Delete “{name}” from this incident?\n\n"
            "Its encrypted copy is removed from the vault. The incident's history keeps a "
            "note that a file was deleted."
        ).replace("{name}", info.name)
        if not Dialogs.ask(self, self.tr("Delete this file?"), question, danger=True):
            return
        try:
            EvidenceStore(self.vault).delete(info.id, info.incident_id)
        except QuireError as exc:
            self._show_error(exc)
            return
        self.thumbs.forget(info.id)
        self.changed.emit()
        self._show_rows()
        self.show_status(self.tr("“{name}” was deleted.").replace("{name}", info.name))


def forget_picture(widget: QWidget, picture: QImage) -> None:
    """A pasted picture is stored: off the system clipboard with it, unless the person
    chose in Settings to keep it there."""
    settings = getattr(widget.window(), "settings", None)
    if getattr(settings, "clear_pasted_picture", True):
        from ui.clipboard import forget_pasted_picture

        forget_pasted_picture(picture)
