"""Which incident should the chosen messages go to: the incidents, newest first, a filter.

The list is the diary's own (IncidentStore.list / search, newest first), read in a worker
with its own connection so a diary of 100,000 incidents never blocks the Chats window.
Titles are shown as plain list text; the note is optional.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import QuireError
from app.incidents.dates import display_when
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from ui.geometry import fit_to_screen
from ui.labels import plain_label
from ui.worker import Task, run_task

SHOWN = 500  # the newest; the filter finds any other


def _incidents(vault: Vault, query: str) -> list[tuple[int, str, str]]:
    """In a worker: (id, title, when) of the newest matching incidents."""
    session = vault.session()
    try:
        store = IncidentStore(session)
        found = store.search(query, limit=SHOWN) if query else store.list(limit=SHOWN)
        return [(s.id, s.title, display_when(s.occurred_at)) for s in found]
    finally:
        session.lock()


class IncidentPicker(QDialog):
    """Window-modal; ``chosen(incident_id, title, note)`` is emitted on OK."""

    chosen = Signal(int, str, object)  # incident id, its title, the note (str or None)
    listed = Signal()  # the list is in (tests wait for it)

    def __init__(self, vault: Vault, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentPicker")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Add to incident"))
        self.vault = vault
        self._generation = 0
        self._task: Task | None = None
        self.intro = plain_label(
            self.tr("Add %n chosen message(s) to which incident?", "", count), "", wrap=True
        )
        self.filter = QLineEdit()
        self.filter.setObjectName("incidentFilter")
        self.filter.setPlaceholderText(self.tr("Filter incidents"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("incidentChoices")
        self.list.setAccessibleName(self.tr("Incidents"))
        self.list.currentItemChanged.connect(lambda *_: self._update_ok())
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.status = plain_label("", "hint", wrap=True)
        self.note = QLineEdit()
        self.note.setObjectName("excerptNote")
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. why these messages matter"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.filter)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)
        # Typing narrows the list after a pause, not on every key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.load)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        fit_to_screen(self, 520, 480)
        self._update_ok()
        self.load()

    def load(self) -> None:
        """Ask the worker for the list matching the filter; an older answer is dropped."""
        self._generation += 1
        gen = self._generation
        if self._task is not None:
            self._task.cancel()
        self.status.setText(self.tr("Loading…"))
        self._task = run_task(
            _incidents,
            self.vault,
            self.filter.text().strip(),
            on_done=lambda rows: self._listed(gen, rows),
            on_error=lambda exc: self._listed(gen, [], exc),
            owner=self,
        )

    def _listed(
        self, gen: int, rows: list[tuple[int, str, str]], error: BaseException | None = None
    ) -> None:
        if gen != self._generation:
            return
        self._task = None
        self.list.clear()
        for incident_id, title, when in rows:
            item = QListWidgetItem(f"{when} · {title}" if when else title)
            item.setData(Qt.ItemDataRole.UserRole, incident_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, title)
            self.list.addItem(item)
        if error is not None:
            self.status.setText(
                str(error) if isinstance(error, QuireError) else error.__class__.__name__
            )
        elif not rows:
            self.status.setText(self.tr("No incidents match"))
        else:
            self.status.setText("")
            self.list.setCurrentRow(0)
        self._update_ok()
        self.listed.emit()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self.list.currentItem() is not None)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        note = self.note.text().strip() or None
        incident_id: Any = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(int(incident_id), str(item.data(Qt.ItemDataRole.UserRole + 1)), note)
        super().accept()

    def done(self, result: int) -> None:
        self._generation += 1  # a late list is dropped
        if self._task is not None:
            self._task.cancel()
        self.list.clear()
        self.note.clear()
        super().done(result)
