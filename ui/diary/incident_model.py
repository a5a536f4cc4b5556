"""The incident list as a Qt model that fetches lazily, a page at a time.

At 100,000 incidents the window opens at once: only the first page is read; more rows are
fetched as the view scrolls (canFetchMore/fetchMore). Sorting and searching re-run the
query in the database instead of sorting in Python.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.incidents import vocabulary
from app.incidents.store import Filters, IncidentStore, IncidentSummary

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentModel", text)


class IncidentListModel(QAbstractTableModel):
    COLUMNS = ("When", "Title", "Categories", "Severity")

    def __init__(self, store: IncidentStore | None = None) -> None:
        super().__init__()
        self._store = store
        self._rows: list[IncidentSummary] = []
        self._query: str | None = None
        self._filters = Filters()
        self._exhausted = True
        self._total = 0

    # -- feeding -------------------------------------------------------------------------
    def set_store(self, store: IncidentStore | None) -> None:
        self._store = store
        self.refresh()

    def set_query(self, query: str | None, filters: Filters) -> None:
        self._query = query.strip() if query and query.strip() else None
        self._filters = filters
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = self._store is None
        self.endResetModel()
        if self._store is not None:
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Forget every row (used when locking)."""
        self.beginResetModel()
        self._rows, self._store, self._exhausted = [], None, True
        self.endResetModel()

    def _page(self, offset: int) -> list[IncidentSummary]:
        assert self._store is not None
        if self._query is not None:
            return self._store.search(self._query, self._filters, limit=PAGE, offset=offset)
        return self._store.list(self._filters, limit=PAGE, offset=offset)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._store is None:
            return
        page = self._page(len(self._rows))
        if len(page) < PAGE:
            self._exhausted = True
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- reading -------------------------------------------------------------------------
    def summary(self, row: int) -> IncidentSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, incident_id: int) -> int:
        for i, s in enumerate(self._rows):
            if s.id == incident_id:
                return i
        return -1

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
                return s.occurred_at or "—"
            if col == 1:
                return s.title
            if col == 2:
                return ", ".join(
                    QCoreApplication.translate("vocabulary", vocabulary.CATEGORIES[c])
                    for c in s.categories
                )
            if col == 3:
                return "●" * s.severity if s.severity else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == 3 and s.severity:
            return QCoreApplication.translate("vocabulary", vocabulary.SEVERITIES[s.severity])
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        return None
