"""A conversation's messages as a Qt model that reads pages on demand.

Every row exists from the start (the count is one indexed query), but a row's message is
read only when the view paints it, a page at a time, and only a few pages stay in memory.
So a 100,000-message chat opens at once, scrolls at any speed, and "jump to a date" lands
anywhere without reading what lies between. Rows have one height (the view is told
``uniformItemSizes``); the full text of the chosen message is shown beside the list.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.chats.store import ChatStore

PAGE = 200
KEEP_PAGES = 12  # at most 2,400 decrypted messages held at once
END_OF_TIME = "9999-12-31T23:59:59Z"
MessageRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class MessageModel(QAbstractListModel):
    """The messages of one conversation, in time order (the store's order)."""

    def __init__(self) -> None:
        super().__init__()
        self._store: ChatStore | None = None
        self._conversation: int | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()

    def set_conversation(self, store: ChatStore | None, conversation_id: int | None) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._store, self._conversation = store, conversation_id
        self._count = 0
        if store is not None and conversation_id is not None:
            self._count = store.position_of(conversation_id, END_OF_TIME)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every message read (locking, closing, a panic wipe)."""
        self.set_conversation(None, None)

    @property
    def conversation_id(self) -> int | None:
        return self._conversation

    def pages_held(self) -> int:
        return len(self._pages)

    def _page(self, number: int) -> list[dict[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if self._store is None or self._conversation is None:
            return []
        page = self._store.messages(self._conversation, offset=number * PAGE, limit=PAGE)
        self._pages[number] = page
        while len(self._pages) > KEEP_PAGES:
            self._pages.popitem(last=False)
        return page

    def message(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def row_for_time(self, when: str) -> int:
        """The first row at or after ``when`` (ISO, UTC); the last row when none is."""
        if self._store is None or self._conversation is None or not self._count:
            return -1
        return min(self._store.position_of(self._conversation, when), self._count - 1)

    def row_of(self, message: dict[str, Any]) -> int:
        """The row of a message found by search: its time gives the place, ties are scanned."""
        row = self.row_for_time(message["time"])
        while 0 <= row < self._count:
            here = self.message(row)
            if here is None or here["time"] > message["time"]:
                break
            if here["id"] == message["id"]:
                return row
            row += 1
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, MessageRole, Qt.ItemDataRole.ToolTipRole):
            return None
        m = self.message(index.row())
        if m is None:
            return None
        if role == MessageRole:
            return m
        if role == Qt.ItemDataRole.ToolTipRole:
            return None  # tooltips are rich text: the detail pane shows the message instead
        return m["text"]
