"""The Actors window: who is behind the incidents, one view per actor (issue 14).

Left: every actor, filtered by a search that understands identifiers in any spelling
(app/actors/search.py's rules: "0550004712" finds "+994 55 000 47 12"). Right: the chosen
actor's kind, names, identifiers with first and last seen, and a timeline of its incidents
and chat messages. Merge, split and adding an identifier change the store through
app/actors/store.py. Everything shown is plain text; locking, closing and a panic wipe
(which hides the window) drop it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.actors import identifiers as ids
from app.actors.store import Actor, ActorStore
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.incidents import vocabulary
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from ui.dialogs import Dialogs
from ui.geometry import fit_to_screen
from ui.labels import local_time, plain_label

IDENTIFIER_KINDS = {
    "phone": _T("ActorsWindow", "Phone number"),
    "handle": _T("ActorsWindow", "Handle"),
    "url": _T("ActorsWindow", "Web address"),
    "channel": _T("ActorsWindow", "Channel"),
    "platform_id": _T("ActorsWindow", "Platform id"),
    "email": _T("ActorsWindow", "E-mail"),
    "name": _T("ActorsWindow", "Name"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("vocabulary", vocabulary.PERPETRATOR_KINDS.get(kind, kind))


def identifier_label(kind: str) -> str:
    return QCoreApplication.translate("ActorsWindow", IDENTIFIER_KINDS.get(kind, kind))


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    return item


class ActorsWindow(QDialog):
    """Non-modal, parented to the main window so that locking closes it."""

    changed = Signal()  # a merge, split or new identifier was saved
    incident_requested = Signal(int)  # the person double-clicked an incident of the timeline

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actorsWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Actors"))
        self.vault: Vault | None = vault
        self.store: ActorStore | None = ActorStore(vault)
        self.current: Actor | None = None

        self.search = QLineEdit()
        self.search.setObjectName("actorSearch")
        self.search.setPlaceholderText(self.tr("Name, phone number, @handle, link…"))
        self.search.setAccessibleName(self.tr("Search actors"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.list = QListWidget()
        self.list.setObjectName("actorList")
        self.list.setAccessibleName(self.tr("Actors"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._chosen)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.search)
        left_lay.addWidget(self.list, 1)

        self.title = plain_label("", "pageTitle")
        self.kind = plain_label("", "hint")
        self.identifiers = QTableWidget(0, 4)
        self.identifiers.setObjectName("actorIdentifiers")
        self.identifiers.setAccessibleName(self.tr("Identifiers"))
        self.identifiers.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("As written"), self.tr("First seen"), self.tr("Last seen")]
        )
        self.identifiers.verticalHeader().setVisible(False)
        self.identifiers.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.identifiers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.identifiers.setTabKeyNavigation(False)
        self.timeline = QTableWidget(0, 3)
        self.timeline.setObjectName("actorTimeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), ""])
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setTabKeyNavigation(False)
        self.timeline.cellDoubleClicked.connect(self._open_row)

        self.add_id = QPushButton(self.tr("Add an &identifier…"))
        self.add_id.clicked.connect(self.ask_identifier)
        self.merge_button = QPushButton(self.tr("&Merge with…"))
        self.merge_button.clicked.connect(self.ask_merge)
        self.split_button = QPushButton(self.tr("&Split off the chosen identifiers"))
        self.split_button.clicked.connect(self.split_chosen)
        buttons = QHBoxLayout()
        for b in (self.add_id, self.merge_button, self.split_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.message = plain_label("", "hint")

        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.title)
        right_lay.addWidget(self.kind)
        right_lay.addWidget(plain_label(self.tr("Identifiers"), "hint"))
        right_lay.addWidget(self.identifiers, 1)
        right_lay.addLayout(buttons)
        right_lay.addWidget(plain_label(self.tr("Incidents and messages, oldest first"), "hint"))
        right_lay.addWidget(self.timeline, 2)
        right_lay.addWidget(self.message)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        self.refresh()
        fit_to_screen(self, 900, 560)

    # -- list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.store is None:
            return
        chosen = self.current.id if self.current else None
        query = self.search.text().strip()
        actors = self.store.all()
        if query:
            by_key = set(self.store.search(query))
            folded = ids.fold(query)
            actors = [
                a
                for a in actors
                if a.id in by_key
                or any(folded in ids.fold(n) for n in a.names)
                or any(folded in ids.fold(i.value) for i in a.identifiers)
            ]
        self.list.blockSignals(True)
        self.list.clear()
        for a in actors:
            names = ", ".join(a.names) or self.tr("(no name)")
            item = QListWidgetItem(f"{names} — {kind_label(a.kind)} ({len(a.incidents)})")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next(
            (
                i
                for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) == chosen
            ),
            0 if self.list.count() else -1,
        )
        self.list.setCurrentRow(row)
        if row < 0:
            self._show(None)

    def select_actor(self, actor_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == actor_id:
                self.list.setCurrentRow(i)
                return

    def _chosen(self, item: QListWidgetItem | None, _old: Any = None) -> None:
        if item is None or self.store is None:
            self._show(None)
            return
        try:
            self._show(self.store.get(int(item.data(Qt.ItemDataRole.UserRole))))
        except QuireError as exc:
            self.message.setText(str(exc))

    # -- one actor -------------------------------------------------------------------------
    def _show(self, actor: Actor | None) -> None:
        self.current = actor
        for b in (self.add_id, self.merge_button, self.split_button):
            b.setEnabled(actor is not None)
        self.identifiers.setRowCount(0)
        self.timeline.setRowCount(0)
        if actor is None or self.store is None or self.vault is None:
            self.title.setText("")
            self.kind.setText("")
            return
        self.title.setText(", ".join(actor.names) or self.tr("(no name)"))
        self.kind.setText(kind_label(actor.kind))
        for ident in actor.identifiers:
            row = self.identifiers.rowCount()
            self.identifiers.insertRow(row)
            kind = identifier_label(ident.kind)
            if ident.platform:
                kind += f" ({ident.platform})"
            cells = [kind, ident.value, ident.first_seen or "", ident.last_seen or ""]
            for col, text in enumerate(cells):
                item = _cell(text)
                item.setData(Qt.ItemDataRole.UserRole, ident.id)
                self.identifiers.setItem(row, col, item)
        incidents = IncidentStore(self.vault).summaries(actor.incidents)
        rows = [(s.occurred_at or "", "incident", s.id, s.title) for s in incidents]
        rows += [
            (m["at"] or "", "message", m["id"], f"{m['sender']}: {m['text']}")
            for m in self.store.messages(actor.id)
        ]
        rows.sort(key=lambda r: (r[0], r[1], r[2]))
        for at, kind, item_id, text in rows:
            row = self.timeline.rowCount()
            self.timeline.insertRow(row)
            when = local_time(at) if kind == "message" else at
            if kind == "incident":
                what = self.tr("Incident %1").replace("%1", str(item_id))
            else:
                what = self.tr("Message")
            for col, value in enumerate((when, what, " ".join(text.split())[:300])):
                cell = _cell(value)
                cell.setData(Qt.ItemDataRole.UserRole, (kind, item_id))
                self.timeline.setItem(row, col, cell)
        self.timeline.resizeColumnToContents(0)
        self.timeline.resizeColumnToContents(1)

    def _open_row(self, row: int, _col: int) -> None:
        cell = self.timeline.item(row, 0)
        if cell is None:
            return
        kind, item_id = cell.data(Qt.ItemDataRole.UserRole)
        if kind == "incident":
            self.incident_requested.emit(int(item_id))

    # -- changes ---------------------------------------------------------------------------
    def ask_identifier(self) -> None:
        if self.current is None:
            return
        scripted, answer = Dialogs._scripted()  # tests queue (kind, value, platform)
        if not scripted:
            dialog = IdentifierDialog(self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            answer = dialog.values() if accepted else None
        if answer:
            self.add_identifier(*answer)

    def add_identifier(self, kind: str, value: str, platform: str = "") -> bool:
        if self.current is None or self.store is None:
            return False
        try:
            self.store.add_identifier(self.current.id, kind, value, platform)
        except QuireError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText("")
        self.changed.emit()
        self.refresh()
        return True

    def ask_merge(self) -> None:
        if self.current is None or self.store is None:
            return
        others = [a for a in self.store.all() if a.id != self.current.id]
        if not others:
            self.message.setText(self.tr("There is no other actor to merge with."))
            return
        scripted, answer = Dialogs._scripted()  # tests queue the other actor's id
        if not scripted:
            labels = [
                f"{', '.join(a.names) or self.tr('(no name)')} — {kind_label(a.kind)} [{a.id}]"
                for a in others
            ]
            label, ok = QInputDialog.getItem(
                self, self.tr("Merge actors"), self.tr("The same actor as:"), labels, 0, False
            )
            answer = others[labels.index(label)].id if ok and label else None
        if answer:
            self.merge_with(int(answer))

    def merge_with(self, other_id: int) -> None:
        if self.current is None or self.store is None:
            return
        try:
            self.store.merge(self.current.id, other_id)
        except QuireError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Merged. Every incident and identifier is kept."))
        self.changed.emit()
        self.refresh()

    def split_chosen(self) -> None:
        if self.current is None or self.store is None:
            return
        chosen = sorted(
            {
                int(self.identifiers.item(i.row(), 0).data(Qt.ItemDataRole.UserRole))
                for i in self.identifiers.selectionModel().selectedRows()
            }
        )
        if not chosen:
            self.message.setText(self.tr("Choose the identifiers that belong to someone else."))
            return
        try:
            new_id = self.store.split(self.current.id, chosen)
        except QuireError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Split off as a new actor."))
        self.changed.emit()
        self.refresh()
        self.select_actor(new_id)

    # -- dropping what was decrypted -------------------------------------------------------
    def clear(self) -> None:
        self.list.clear()
        self.identifiers.setRowCount(0)
        self.timeline.setRowCount(0)
        self.title.setText("")
        self.kind.setText("")
        self.search.clear()
        self.current = None
        self.store, self.vault = None, None

    def on_vault_locking(self) -> None:
        self.clear()
        self.close()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.clear()
        super().hideEvent(event)


class IdentifierDialog(QDialog):
    """Kind, value and platform of a new identifier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an identifier"))
        self.kind = QComboBox()
        for key in ids.KINDS:
            self.kind.addItem(identifier_label(key), key)
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("Identifier"))
        self.platform = QLineEdit()
        self.platform.setAccessibleName(self.tr("Platform"))
        self.platform.setPlaceholderText(self.tr("Instagram, Telegram…"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Value"), self.value)
        form.addRow(self.tr("&Platform"), self.platform)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return str(self.kind.currentData()), self.value.text(), self.platform.text()
