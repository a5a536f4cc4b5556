"""The incident list as a Qt model that fetches lazily, a page at a time.

At 100,000 incidents the window opens at once: only the first page is read; more rows are
fetched as the view scrolls (canFetchMore/fetchMore). Searching collects the matching ids
in a worker thread first, so even a search matching everything never blocks the window.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.actors import search as actor_search
from app.incidents import vocabulary
from app.incidents.dates import display_when
from app.incidents.store import Filters, IncidentStore, IncidentSummary
from app.vault.vault import Vault
from ui.worker import run_task

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentModel", text)


def severity_spoken(severity: int | None) -> str:
    """What a screen reader says for the severity column instead of "●●●●":
    "severity 4 of 5, severe" (the vocabulary's word without its leading number)."""
    if not severity:
        return tr("severity not set")
    label = QCoreApplication.translate("vocabulary", vocabulary.SEVERITIES[severity])
    word = re.sub(r"^\s*\d+\s*[—–-]\s*", "", label)
    return tr("severity %1 of 5, %2").replace("%1", str(severity)).replace("%2", word)


def _search_ids(vault: Vault, query: str, filters: Filters) -> list[int]:
    """In a worker: a connection of its own, closed when done."""
    session = vault.session()
    try:
        return actor_search.matching_ids(session, query, filters)
    finally:
        session.lock()


class IncidentListModel(QAbstractTableModel):
    COLUMNS = ("When", "Title", "Categories", "Severity")
    loaded = Signal()  # rows are in (after a list, or when a search's ids have arrived)

    def __init__(self, store: IncidentStore | None = None) -> None:
        super().__init__()
        self._store = store
        self._rows: list[IncidentSummary] = []
        self._query: str | None = None
        self._filters = Filters()
        self._exhausted = True
        self._ids: list[int] | None = None
        self._generation = 0
        self._masked = False  # Settings' "hide incident titles in the list until selected"
        self._revealed: int | None = None

    # -- feeding -------------------------------------------------------------------------
    def set_store(self, store: IncidentStore | None) -> None:
        self._store = store
        self.refresh()

    def set_query(self, query: str | None, filters: Filters) -> None:
        self._query = query.strip() if query and query.strip() else None
        self._filters = filters
        self.refresh()

    def refresh(self) -> None:
        """Reload. A plain list pages straight from an index (milliseconds at 100,000
        incidents); a search first collects the matching ids in a worker thread, so a broad
        search never blocks the window, then reads rows a page at a time."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._ids = None
        self._exhausted = True
        self.endResetModel()
        if self._store is None:
            return
        if self._query is None:
            self._exhausted = False
            self.fetchMore(QModelIndex())
            self.loaded.emit()
            return
        generation, vault = self._generation, self._store.vault
        run_task(
            _search_ids,
            vault,
            self._query,
            self._filters,
            owner=self,
            on_done=lambda ids: self._ids_ready(generation, ids),
            on_error=lambda exc: self._ids_ready(generation, []),
        )

    def _ids_ready(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation or self._store is None:
            return  # a newer query (or a lock) came meanwhile: drop this result
        self._ids = ids
        self._exhausted = not ids
        self.fetchMore(QModelIndex())
        self.loaded.emit()

    def clear(self) -> None:
        """Forget every row (used when locking)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._ids, self._store, self._exhausted = [], None, None, True
        self.endResetModel()

    def _page(self, offset: int) -> list[IncidentSummary]:
        assert self._store is not None
        if self._ids is not None:
            return self._store.summaries(self._ids[offset : offset + PAGE])
        return self._store.list(self._filters, limit=PAGE, offset=offset)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._store is None:
            return
        start = len(self._rows)
        page = self._page(start)
        total = len(self._ids) if self._ids is not None else None
        if len(page) < PAGE or (total is not None and start + len(page) >= total):
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    @property
    def match_count(self) -> int | None:
        """How many incidents a search matched (None for a plain list)."""
        return len(self._ids) if self._ids is not None else None

    # -- reading -------------------------------------------------------------------------
    def summary(self, row: int) -> IncidentSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, incident_id: int) -> int:
        for i, s in enumerate(self._rows):
            if s.id == incident_id:
                return i
        return -1

    def set_masked(self, on: bool) -> None:
        """Titles read "••••••" except the selected incident's (someone looking over the
        shoulder sees a list, not what it is about)."""
        if on != self._masked:
            self._masked = on
            self._title_changed()

    def reveal(self, incident_id: int | None) -> None:
        """The one incident whose title a masked list shows: the selected one."""
        if incident_id != self._revealed:
            old, self._revealed = self._revealed, incident_id
            if self._masked:
                for row in (self.row_of_id(old), self.row_of_id(incident_id)):
                    if row >= 0:
                        cell = self.index(row, 1)
                        self.dataChanged.emit(cell, cell)

    def row_of_id(self, incident_id: int | None) -> int:
        return -1 if incident_id is None else self.row_of(incident_id)

    def _title_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def _hidden(self, s: IncidentSummary) -> bool:
        return self._masked and s.id != self._revealed

    def title_shown(self, s: IncidentSummary) -> str:
        from ui.discreet import MASKED_TITLE

        return MASKED_TITLE if self._hidden(s) else s.title

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        s = self.summary(index.row())
        if s is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return display_when(s.occurred_at) or "—"
            if col == 1:
                return self.title_shown(s)
            if col == 2:
                return ", ".join(
                    QCoreApplication.translate("vocabulary", vocabulary.CATEGORIES[c])
                    for c in s.categories
                )
            if col == 3:
                return "●" * s.severity if s.severity else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == 3 and s.severity:
            return QCoreApplication.translate("vocabulary", vocabulary.SEVERITIES[s.severity])
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 3:
            return severity_spoken(s.severity)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 1 and self._hidden(s):
            return QCoreApplication.translate("IncidentModel", "Title hidden")
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        return None
