"""Settings → Panic → "Decoy diary…": the entries the duress passphrase opens.

A list of entries on the left, the chosen one's date, title and text on the right; the
examples in the person's language to start from. Reading and writing the decoy is
app/decoy.py's (the same as ``quire-cli duress decoy``); this window only edits the list.
The decoy is read and written off the GUI thread, each on a handle of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import decoy
from app.decoy_examples import example_entries
from app.errors import QuireError
from app.incidents.dates import DateFormatError, parse_when
from app.incidents.record import IncidentRecord
from app.vault.vault import Vault
from ui.dialogs import Dialogs
from ui.geometry import fit_to_screen
from ui.labels import plain_label
from ui.worker import Task, run_task


def _load(vault: Vault) -> list[decoy.DecoyEntry]:
    session = vault.session()
    try:
        return decoy.load(session)
    finally:
        session.lock()


def _save(vault: Vault, entries: list[decoy.DecoyEntry]) -> None:
    session = vault.session()
    try:
        decoy.save(session, entries)
    finally:
        session.lock()


class DecoyDialog(QDialog):
    """Edit the decoy diary; Save writes it, Cancel changes nothing."""

    def __init__(self, vault: Vault, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.language = language
        self.entries: list[decoy.DecoyEntry] = []
        self.task: Task | None = None
        self._showing = -1
        self.setWindowTitle(self.tr("Decoy diary"))
        self.setModal(True)
        intro = plain_label(
            self.tr(
                "What the duress passphrase opens instead of an empty diary: a few ordinary "
                "entries, dated as you choose. They are kept in a file that looks like any "
                "evidence file, so nothing shows that a decoy exists. Start from the "
                "examples and change them, or write your own."
            ),
            "hint",
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Decoy entries"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole title is at right
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_entry)
        self.add_button = QPushButton(self.tr("&Add entry"))
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button = QPushButton(self.tr("Re&move entry"))
        self.remove_button.clicked.connect(self.remove_entry)
        self.examples_button = QPushButton(self.tr("Use the &examples"))
        self.examples_button.clicked.connect(self.use_examples)
        for b in (self.add_button, self.remove_button, self.examples_button):
            b.setAutoDefault(False)
        self.when = QLineEdit()
        self.when.setPlaceholderText("2025-03-14")
        self.when.setAccessibleName(self.tr("When it happened"))
        self.title = QLineEdit()
        self.title.setMaxLength(1000)
        self.title.setAccessibleName(self.tr("Title"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("What happened"))
        self.text.setTabChangesFocus(True)
        self.message = plain_label("", "errorText")
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.when)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Te&xt"), self.text)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        left.addLayout(buttons_row)
        left.addWidget(self.examples_button)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(form, 3)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(body, 1)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self._set_busy(True)
        self.task = run_task(_load, vault, on_done=self._loaded, on_error=self._failed, owner=self)
        fit_to_screen(self, 760, 480)

    # -- the list --------------------------------------------------------------------------
    def _loaded(self, entries: list[decoy.DecoyEntry]) -> None:
        self.task = None
        self._set_busy(False)
        self._fill(entries)

    def _fill(self, entries: list[decoy.DecoyEntry]) -> None:
        self._showing = -1
        self.entries = list(entries)
        self.list.clear()
        for entry in self.entries:
            self.list.addItem(QListWidgetItem(self._label(entry)))
        self.list.setCurrentRow(0 if self.entries else -1)
        self._update_buttons()

    @staticmethod
    def _label(entry: decoy.DecoyEntry) -> str:
        when = entry.record.occurred_at or ""
        return f"{when}  {entry.record.title}".strip()

    def _show_entry(self, row: int) -> None:
        if not self._keep_shown():
            return
        self._showing = row
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        self.when.setText((entry.record.occurred_at or "") if entry else "")
        self.title.setText(entry.record.title if entry else "")
        self.text.setPlainText(entry.record.narrative if entry else "")
        self._update_buttons()

    def _keep_shown(self) -> bool:
        """Put the fields back into the entry shown; False (and a message) if they cannot be."""
        row = self._showing
        if not 0 <= row < len(self.entries):
            return True
        when = self.when.text().strip() or None
        title = self.title.text().strip()
        if not title:
            self.message.setText(self.tr("Each entry needs a title."))
            return False
        try:
            if when is not None:
                parse_when(when)
            record = IncidentRecord.from_dict(
                {
                    **self.entries[row].record.to_dict(),
                    "title": title,
                    "occurred_at": when,
                    "occurred_precision": None,
                    "narrative": self.text.toPlainText().strip(),
                }
            )
        except DateFormatError:
            self.message.setText(
                self.tr("Write the date as 2025-03-14 (or 2025-03, or 2025-03-14 18:30).")
            )
            return False
        except QuireError as exc:
            self.message.setText(str(exc))
            return False
        self.message.clear()
        old = self.entries[row]
        if record.to_dict() != old.record.to_dict():
            recorded = (
                old.recorded_at
                if record.occurred_at == old.record.occurred_at
                else decoy.recorded_time(record)
            )
            self.entries[row] = decoy.make_entry(record, recorded)
            item = self.list.item(row)
            if item is not None:
                item.setText(self._label(self.entries[row]))
        return True

    def add_entry(self) -> None:
        if not self._keep_shown():
            return
        record = IncidentRecord.from_dict({"title": self.tr("New entry")})
        self.entries.append(decoy.make_entry(record))
        self.list.addItem(QListWidgetItem(self._label(self.entries[-1])))
        self.list.setCurrentRow(len(self.entries) - 1)
        self.title.selectAll()
        self.title.setFocus()

    def remove_entry(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.entries):
            return
        self._showing = -1  # nothing to keep from the entry going away
        del self.entries[row]
        self.list.takeItem(row)
        self._show_entry(self.list.currentRow())

    def use_examples(self) -> None:
        if self.entries and not Dialogs.ask(
            self,
            self.tr("Decoy diary"),
            self.tr("Replace these entries with the examples?"),
        ):
            return
        self._fill(example_entries(self.language))

    def _update_buttons(self) -> None:
        has = 0 <= self.list.currentRow() < len(self.entries)
        busy = self.task is not None
        self.remove_button.setEnabled(has and not busy)
        for w in (self.when, self.title, self.text):
            w.setEnabled(has and not busy)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.list, self.add_button, self.examples_button):
            w.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)
        self._update_buttons()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if self.task is not None or not self._keep_shown():
            return
        try:
            decoy.check_entries(self.entries)
        except QuireError as exc:
            self.message.setText(str(exc))
            return
        self._set_busy(True)
        self.task = run_task(
            _save,
            self.vault,
            list(self.entries),
            on_done=lambda _r: self._saved(),
            on_error=self._failed,
            owner=self,
        )

    def _saved(self) -> None:
        self.task = None
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        self.message.setText(str(exc))

    def on_vault_locking(self) -> None:
        """The diary is locking: drop the entries from the screen and close unsaved."""
        self.entries = []
        self.list.clear()
        self.title.clear()
        self.text.clear()
        self.reject()


__all__ = ["DecoyDialog"]
