"""The Chats window: imported conversations on the left, the chosen one as a chat.

Read-only. Messages come from :class:`ui.chats.message_model.MessageModel` (pages on
demand); search within a conversation runs in a worker with its own vault session; an
attachment opens in the evidence preview (in memory). Locking, closing and a panic wipe
(which hides the window) drop everything decrypted that the window holds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.chats.excerpts import MAX_MESSAGES, ExcerptStore
from app.chats.store import ChatStore
from app.errors import QuireError
from app.evidence.store import EvidenceStore
from app.vault.vault import Vault
from ui.chats.delegate import PLATFORMS, MessageDelegate, kind_name
from ui.chats.incident_picker import IncidentPicker
from ui.chats.message_model import MessageModel, MessageRole
from ui.clipboard import copy_text
from ui.date_field import DateField
from ui.dialogs import Dialogs
from ui.geometry import fit_to_screen
from ui.labels import local_time, plain_label
from ui.worker import Task, run_task

SEARCH_LIMIT = 1000


def _search(vault: Vault, query: str, conversation_id: int) -> list[dict[str, Any]]:
    """In a worker: a connection of its own, closed when done."""
    session = vault.session()
    try:
        return ChatStore(session).search(query, conversation_id=conversation_id, limit=SEARCH_LIMIT)
    finally:
        session.lock()


def _add_excerpt(
    vault: Vault,
    incident_id: int,
    conversation_id: int,
    rows: list[tuple[int, int]],
    note: str | None,
) -> int:
    """In a worker: the chosen rows (first, last) as message ids, added as one excerpt."""
    session = vault.session()
    try:
        chats = ChatStore(session)
        ids = [
            int(m["id"])
            for first, last in rows
            for m in chats.messages(conversation_id, offset=first, limit=last - first + 1)
        ]
        ExcerptStore(session).add(incident_id, ids, note)
        return len(ids)
    finally:
        session.lock()


class ChatsWindow(QDialog):
    """Non-modal, parented to the main window so that locking closes it."""

    searched = Signal()  # a search's results are in (tests wait for it)
    excerpt_added = Signal(int)  # an excerpt went to this incident

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatsWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Chats"))
        self.vault: Vault | None = vault
        self.store: ChatStore | None = ChatStore(vault)
        self._results: list[dict[str, Any]] = []
        self._result_at = -1
        self._search_task: Task | None = None
        self._generation = 0

        self.conversations = QTreeWidget()
        self.conversations.setObjectName("conversationList")
        self.conversations.setRootIsDecorated(False)
        self.conversations.setHeaderHidden(True)
        self.conversations.setAccessibleName(self.tr("Chats"))
        self.conversations.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conversations.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conversations.currentItemChanged.connect(self._conversation_chosen)

        self.import_button = QPushButton(self.tr("Import a chat…"))
        self.import_button.setObjectName("importChatButton")
        self.import_button.clicked.connect(self._import)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.conversations, 1)
        left_lay.addWidget(self.import_button)

        self.title = plain_label("", "pageTitle", wrap=True)
        self.summary = plain_label("", "hint", wrap=True)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("chatSearch")
        self.search_field.setPlaceholderText(self.tr("Search this chat"))
        self.search_field.setAccessibleName(self.tr("Search this chat"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(self.search)
        self.previous_button = QPushButton(self.tr("Previous"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.search_status = plain_label("", "hint", wrap=False)
        self.date_field = DateField(self.tr("Go to date"))  # typed as people write dates
        self.date_field.setObjectName("jumpDate")
        self.jump_button = QPushButton(self.tr("Go to date"))
        self.jump_button.clicked.connect(self.jump_to_date)
        tools = QHBoxLayout()
        tools.addWidget(self.search_field, 2)
        tools.addWidget(self.previous_button)
        tools.addWidget(self.next_button)
        tools.addWidget(self.search_status)
        tools.addSpacing(12)
        tools.addWidget(self.date_field)
        tools.addWidget(self.jump_button)

        self.model = MessageModel()
        # A one-column table, not a QListView: a list lays out every row when shown (200,000
        # calls into the model for a 100,000-message chat, 0.3 s), a table with rows of one
        # fixed height computes where any row is without asking.
        self.messages = QTableView()
        self.messages.setObjectName("messageList")
        self.messages.setAccessibleName(self.tr("Messages"))
        self.messages.setTabKeyNavigation(False)  # Tab moves on; the arrows move in the chat
        self.messages.setModel(self.model)
        delegate = MessageDelegate(self.messages)
        self.messages.setItemDelegate(delegate)
        self.messages.horizontalHeader().setVisible(False)
        self.messages.horizontalHeader().setStretchLastSection(True)
        rows = self.messages.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(delegate.row_height(self.messages.font()))
        self.messages.setShowGrid(False)
        self.messages.setWordWrap(False)
        self.messages.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.messages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Click, Shift-click for a range, Ctrl-click for more: the chosen messages go to an
        # incident together ("Add to incident…").
        self.messages.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.messages.selectionModel().currentChanged.connect(self._message_chosen)
        self.messages.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.detail = QPlainTextEdit()
        self.detail.setObjectName("messageDetail")
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The chosen message"))
        self.open_attachment_button = QPushButton(self.tr("Open attachment"))
        self.open_attachment_button.setObjectName("openAttachment")
        self.open_attachment_button.clicked.connect(self.open_attachment)
        self.copy_button = QPushButton(self.tr("Copy message"))
        self.copy_button.clicked.connect(self.copy_message)
        self.add_button = QPushButton(self.tr("Add to incident…"))
        self.add_button.setObjectName("addToIncident")
        self.add_button.setToolTip(
            self.tr("Add the chosen messages to an incident, each cited by its place in the export")
        )
        self.add_button.clicked.connect(self.add_to_incident)
        self.sender_button = QPushButton(self.tr("Who sent it…"))
        self.sender_button.setObjectName("senderIsActor")
        self.sender_button.setToolTip(
            self.tr("Say which actor this sender is, so the actor's view lists these messages")
        )
        self.sender_button.clicked.connect(self.ask_sender)
        self.add_status = plain_label("", "hint", wrap=True)
        self.add_status.setObjectName("excerptStatus")
        detail_buttons = QHBoxLayout()
        detail_buttons.addWidget(self.open_attachment_button)
        detail_buttons.addWidget(self.copy_button)
        detail_buttons.addWidget(self.add_button)
        detail_buttons.addWidget(self.sender_button)
        detail_buttons.addWidget(self.add_status, 1)
        detail_box = QWidget()
        detail_lay = QVBoxLayout(detail_box)
        detail_lay.setContentsMargins(0, 0, 0, 0)
        detail_lay.addWidget(self.detail, 1)
        detail_lay.addLayout(detail_buttons)

        chat_split = QSplitter(Qt.Orientation.Vertical)
        chat_split.addWidget(self.messages)
        chat_split.addWidget(detail_box)
        chat_split.setStretchFactor(0, 3)
        chat_split.setStretchFactor(1, 1)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.title)
        right_lay.addWidget(self.summary)
        right_lay.addLayout(tools)
        right_lay.addWidget(chat_split, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([340, 860])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search_field.setFocus)
        # A dialog presses its default button on Enter: Enter in the search field must search,
        # never start an import.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        fit_to_screen(self, 1200, 760)
        self.refresh()

    # -- conversations ---------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """List the conversations again (after an import); keep or pick the chosen one."""
        if self.store is None:
            return
        current = select if select is not None else self.model.conversation_id
        self.conversations.clear()
        chosen: QTreeWidgetItem | None = None
        first: QTreeWidgetItem | None = None
        for c in self.store.conversations():
            item = QTreeWidgetItem([self._row_text(c)])
            item.setData(0, Qt.ItemDataRole.UserRole, c["id"])
            self.conversations.addTopLevelItem(item)
            first = first or item
            if c["id"] == current:
                chosen = item
        chosen = chosen or first
        if chosen is not None:
            self.conversations.setCurrentItem(chosen)
        else:
            self._show_conversation(None)

    def _row_text(self, c: dict[str, Any]) -> str:
        """Three lines: the title; the platform and how many messages; the first and last day."""
        first, last = local_time(c["first"], compact=True), local_time(c["last"], compact=True)
        period = first[:10] if first[:10] == last[:10] else f"{first[:10]} – {last[:10]}"
        return "\n".join(
            (
                c["title"] or self.tr("(untitled)"),
                PLATFORMS.get(c["platform"], c["platform"])
                + " · "
                + self.tr("%n messages", "", c["messages"]),
                period,
            )
        )

    def select_conversation(self, conversation_id: int) -> bool:
        for i in range(self.conversations.topLevelItemCount()):
            item = self.conversations.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == conversation_id:
                self.conversations.setCurrentItem(item)
                return True
        return False

    def _conversation_chosen(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        self._show_conversation(
            None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))
        )

    def _show_conversation(self, conversation_id: int | None) -> None:
        self._forget_search()
        self.detail.clear()
        if self.store is None or conversation_id is None:
            self.model.clear()
            self.title.setText(self.tr("No chats yet") if self.store is not None else "")
            self.summary.setText(
                self.tr(
                    "Use “Import a chat…” to add a WhatsApp, Telegram, Instagram or "
                    "Messenger export."
                )
                if self.store is not None
                else ""
            )
            self._update_buttons()
            return
        c = self.store.conversation(conversation_id)
        self.model.set_conversation(self.store, conversation_id)
        self.title.setText(c["title"] or self.tr("(untitled)"))
        people = ", ".join(c["participants"])
        self.summary.setText(
            " · ".join(
                part
                for part in (
                    PLATFORMS.get(c["platform"], c["platform"]),
                    self.tr("%n messages", "", c["messages"]),
                    local_time(c["first"], compact=True)
                    + " – "
                    + local_time(c["last"], compact=True),
                    people,
                )
                if part
            )
        )
        first = QDateTime.fromString(c["first"] or "", Qt.DateFormat.ISODate)
        last = QDateTime.fromString(c["last"] or "", Qt.DateFormat.ISODate)
        if first.isValid() and last.isValid():
            self.date_field.setDateRange(first.toLocalTime().date(), last.toLocalTime().date())
            self.date_field.setDate(first.toLocalTime().date())
        if self.model.rowCount():
            self.messages.setCurrentIndex(self.model.index(0))
        self._update_buttons()

    def _import(self) -> None:
        """The main window's action: one import flow, and this window refreshed after."""
        import_chat = getattr(self.parent(), "import_chat", None)
        if callable(import_chat):
            import_chat()

    # -- one message -----------------------------------------------------------------------
    def current_message(self) -> dict[str, Any] | None:
        index = self.messages.currentIndex()
        return index.data(MessageRole) if index.isValid() else None

    def retranslate_ui(self) -> None:
        """The language changed (ui/retranslate.py): describe the chosen message again."""
        self._message_chosen(self.messages.currentIndex())

    def _message_chosen(self, index: QModelIndex, _previous: Any = None) -> None:
        m = index.data(MessageRole) if index.isValid() else None
        self.detail.setPlainText(self._describe(m) if m else "")
        self._update_buttons()

    def _describe(self, m: dict[str, Any]) -> str:
        lines = [
            (m["sender"] or kind_name(m["kind"])) + " · " + local_time(m["time"]),
            self.tr("As written in the export: {shown} · {where} · message {index}")
            .replace("{shown}", m["shown"] or "")
            .replace("{where}", m["locator"] or "")
            .replace("{index}", str(m["index"])),
        ]
        if m["kind"] != "text":
            lines.append(self.tr("Kind: {kind}").replace("{kind}", kind_name(m["kind"])))
        if m["forwarded_from"]:
            lines.append(self.tr("Forwarded from {name}").replace("{name}", m["forwarded_from"]))
        if m["edited"]:
            lines.append(self.tr("Edited {time}").replace("{time}", local_time(m["edited"])))
        for a in m["attachments"]:
            name = a["path"] or a["placeholder"] or ""
            lines.append(
                self.tr("Attachment: {name}").replace("{name}", name)
                if a["in_export"]
                else self.tr("Attachment not in the export: {name}").replace("{name}", name)
            )
        return "\n".join(lines) + "\n\n" + m["text"]

    # -- who the sender is (issue 14) ------------------------------------------------------
    def ask_sender(self) -> None:
        """Link the chosen message's sender to an actor: one already known, or a new one."""
        m = self.current_message()
        if m is None or not m["sender"] or self.vault is None:
            return
        from app.actors.store import ActorStore

        actors = ActorStore(self.vault).all()
        scripted, answer = Dialogs._scripted()  # tests queue an actor id, or 0 for a new one
        if not scripted:
            new = self.tr("A new actor: {name}").replace("{name}", m["sender"])
            labels = [new] + [f"{', '.join(a.names) or '—'} [{a.id}]" for a in actors]
            label, ok = QInputDialog.getItem(
                self, self.tr("Who sent it"), self.tr("This sender is:"), labels, 0, False
            )
            if not ok:
                return
            answer = 0 if label == new else actors[labels.index(label) - 1].id
        self.sender_is(int(answer) or None)

    def sender_is(self, actor_id: int | None) -> None:
        m = self.current_message()
        if m is None or self.vault is None or self.model.conversation_id is None:
            return
        from app.actors.store import ActorStore

        conv = self.store.conversation(self.model.conversation_id) if self.store else {}
        try:
            linked = ActorStore(self.vault).sender_is(
                self.model.conversation_id,
                m["sender"],
                actor_id,
                sender_id=m.get("sender_id"),
                platform=str(conv.get("platform") or ""),
            )
        except QuireError as exc:
            self.add_status.setText(str(exc))
            return
        self.add_status.setText(
            self.tr("{name} is now actor {id}: the Actors window lists these messages.")
            .replace("{name}", m["sender"])
            .replace("{id}", str(linked))
        )

    def _attachment(self) -> int | None:
        m = self.current_message()
        if m is None:
            return None
        for a in m["attachments"]:
            if a["evidence_id"] is not None:
                return int(a["evidence_id"])
        return None

    def _update_buttons(self) -> None:
        self.open_attachment_button.setEnabled(self._attachment() is not None)
        self.copy_button.setEnabled(self.current_message() is not None)
        self.add_button.setEnabled(bool(self.selected_rows()) and self.vault is not None)
        m = self.current_message()
        self.sender_button.setEnabled(bool(m and m["sender"]) and self.vault is not None)
        has_chat = self.model.rowCount() > 0
        for w in (self.search_field, self.date_field, self.jump_button):
            w.setEnabled(has_chat)
        self.previous_button.setEnabled(len(self._results) > 1)
        self.next_button.setEnabled(len(self._results) > 1)

    def open_attachment(self) -> None:
        evidence_id = self._attachment()
        if evidence_id is None or self.vault is None:
            return
        from ui.evidence.images import load_preview
        from ui.evidence.preview import EvidencePreview

        info = EvidenceStore(self.vault).get(evidence_id)
        dlg = EvidencePreview(info, self)
        dlg.show()
        self.preview = dlg
        run_task(
            load_preview,
            self.vault,
            evidence_id,
            info,
            on_done=dlg.show_data,
            on_error=lambda exc: dlg.show_error(
                str(exc) if isinstance(exc, QuireError) else exc.__class__.__name__
            ),
            owner=dlg,
        )

    def copy_message(self) -> None:
        """Through the main window's clipboard guard: marked secret, cleared later."""
        m = self.current_message()
        if m is None:
            return
        text = f"{m['sender'] or ''} [{local_time(m['time'], compact=True)}]: {m['text']}"
        copy_text(self, text)

    # -- excerpts ---------------------------------------------------------------------------
    def selected_rows(self) -> list[tuple[int, int]]:
        """The chosen rows as (first, last) runs, in order; read without loading a message."""
        # The selection's ranges, not its rows: Shift-click over 100,000 rows is one range.
        ranges = sorted((r.top(), r.bottom()) for r in self.messages.selectionModel().selection())
        runs: list[tuple[int, int]] = []
        for top, bottom in ranges:
            if runs and top <= runs[-1][1] + 1:
                runs[-1] = (runs[-1][0], max(runs[-1][1], bottom))
            else:
                runs.append((top, bottom))
        return runs

    def add_to_incident(self) -> None:
        """Ask which incident (and a note), then add the chosen messages in a worker."""
        runs = self.selected_rows()
        conversation_id = self.model.conversation_id
        if not runs or self.vault is None or conversation_id is None:
            return
        count = sum(last - first + 1 for first, last in runs)
        if count > MAX_MESSAGES:  # said before choosing, and before reading them all
            Dialogs.inform(
                self,
                self.tr("Add to incident"),
                self.tr("An excerpt holds at most {max} messages; {n} are chosen.")
                .replace("{max}", str(MAX_MESSAGES))
                .replace("{n}", str(count)),
                error=True,
            )
            return
        picker = IncidentPicker(self.vault, count, self)
        picker.chosen.connect(
            lambda incident_id, title, note: self._add(
                incident_id, title, note, conversation_id, runs
            )
        )
        self.picker = picker
        picker.open()

    def _add(
        self,
        incident_id: int,
        title: str,
        note: str | None,
        conversation_id: int,
        runs: list[tuple[int, int]],
    ) -> None:
        if self.vault is None:
            return
        self.add_status.setText(self.tr("Adding…"))
        self.add_button.setEnabled(False)
        run_task(
            _add_excerpt,
            self.vault,
            incident_id,
            conversation_id,
            runs,
            note,
            on_done=lambda n: self._added(incident_id, title, n),
            on_error=self._add_failed,
            owner=self,
        )

    def _added(self, incident_id: int, title: str, count: int) -> None:
        self.add_status.setText(
            self.tr("Added %n message(s) to “{title}”.", "", count).replace("{title}", title)
        )
        self._update_buttons()
        self.excerpt_added.emit(incident_id)
        # The diary shows this incident? Show it again, with the excerpt.
        diary = getattr(self.parent(), "diary", None)
        if diary is not None and diary.current_id() == incident_id:
            diary.show_detail(incident_id)

    def _add_failed(self, exc: BaseException) -> None:
        self.add_status.setText("")
        self._update_buttons()
        Dialogs.inform(
            self,
            self.tr("Add to incident"),
            str(exc) if isinstance(exc, QuireError) else exc.__class__.__name__,
            error=True,
        )

    # -- search and jump -------------------------------------------------------------------
    def _forget_search(self) -> None:
        self._generation += 1
        if self._search_task is not None:
            self._search_task.cancel()
            self._search_task = None
        self._results, self._result_at = [], -1
        self.search_status.setText("")

    def search(self) -> None:
        query = self.search_field.text().strip()
        conversation_id = self.model.conversation_id
        self._forget_search()
        if not query or self.vault is None or conversation_id is None:
            self._update_buttons()
            return
        self.search_status.setText(self.tr("Searching…"))
        gen = self._generation
        self._search_task = run_task(
            _search,
            self.vault,
            query,
            conversation_id,
            on_done=lambda found: self._found(gen, found),
            on_error=lambda exc: self._found(gen, [], exc),
            owner=self,
        )

    def _found(
        self, gen: int, found: list[dict[str, Any]], error: BaseException | None = None
    ) -> None:
        if gen != self._generation:
            return  # another chat, another search, or a lock came meanwhile
        self._search_task = None
        self._results = found
        if error is not None:
            self.search_status.setText(
                str(error) if isinstance(error, QuireError) else error.__class__.__name__
            )
        elif not found:
            self.search_status.setText(self.tr("No messages match"))
        else:
            self._result_at = -1
            self._step(1)
        self._update_buttons()
        self.searched.emit()

    def _step(self, by: int) -> None:
        if not self._results:
            return
        self._result_at = (self._result_at + by) % len(self._results)
        row = self.model.row_of(self._results[self._result_at])
        self._show_row(row)
        more = (
            self.tr(" (the first %n)", "", SEARCH_LIMIT)
            if len(self._results) >= SEARCH_LIMIT
            else ""
        )
        self.search_status.setText(
            self.tr("{n} of {total}")
            .replace("{n}", str(self._result_at + 1))
            .replace("{total}", str(len(self._results)))
            + more
        )

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row)
        self.messages.setCurrentIndex(index)
        self.messages.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def jump_to_date(self, day: QDate | None = None) -> None:
        """The first message on or after the day's start, in this computer's time zone."""
        day = day or self.date_field.date()
        start = QDateTime(day, QTime(0, 0)).toUTC().toString("yyyy-MM-ddTHH:mm:ssZ")
        row = self.model.row_for_time(start)
        if row >= 0:
            self.messages.setCurrentIndex(self.model.index(row))
            self.messages.scrollTo(
                self.model.index(row), QAbstractItemView.ScrollHint.PositionAtTop
            )

    # -- dropping what was decrypted -------------------------------------------------------
    def clear(self) -> None:
        self._forget_search()
        self.model.clear()
        self.detail.clear()
        self.add_status.setText("")
        picker = getattr(self, "picker", None)
        if picker is not None and isValid(picker):
            picker.reject()  # its incident titles go too
        self.search_field.clear()
        self.conversations.clear()
        self.title.setText("")
        self.summary.setText("")
        self.store, self.vault = None, None

    def on_vault_locking(self) -> None:
        self.clear()
        self.close()

    def hideEvent(self, event: QHideEvent) -> None:
        # Closing hides; a panic wipe hides every window at once and deletes it later: drop
        # the content now. (Minimising is spontaneous and keeps it.)
        if not event.spontaneous():
            self.clear()
        super().hideEvent(event)
