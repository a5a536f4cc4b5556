""" "Import a chat…": choose the export, import it in a worker, answer its questions, report.

The import is ChatStore.import_export, whole or nothing, in a worker with its own vault
session. When the export's dates read both day-first and month-first the import stops
before writing anything; the person chooses the order (and the time zone the export's
times are in) and the import runs again with the answer, which the report records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.chats.detect import times_have_no_zone
from app.chats.model import AmbiguousDateOrderError
from app.chats.store import ChatStore, ImportSummary
from app.errors import CancelledError, QuireError
from app.vault.vault import Vault
from ui.chats.delegate import kind_name
from ui.dialogs import Dialogs
from ui.geometry import fit_to_screen
from ui.labels import counted, local_time, plain_label
from ui.worker import Task, run_task

NAME_FILTER = "Chat exports (*.txt *.zip *.json *.html *.htm);;All files (*)"
FORMAT_NAMES = {
    "whatsapp": "WhatsApp",
    "telegram-json": "Telegram (JSON)",
    "telegram-html": "Telegram (HTML)",
    "instagram": "Instagram",
    "facebook": "Messenger",
}
COMMON_ZONES = (
    "UTC",
    "Asia/Baku",
    "Asia/Tbilisi",
    "Asia/Yerevan",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Europe/Kyiv",
    "Europe/Berlin",
    "Europe/London",
)


def _import(vault: Vault, path: Path, progress: Any, cancel: Any, **answers: Any) -> ImportSummary:
    """In a worker: a connection of its own, closed when done."""
    session = vault.session()
    try:
        return ChatStore(session).import_export(path, progress=progress, cancel=cancel, **answers)
    finally:
        session.lock()


class DateOrderDialog(QDialog):
    """What an export leaves open: the time zone its phone used (WhatsApp names none) and,
    when every date reads both ways, whether 03/04 is 3 April or March 4."""

    def __init__(
        self, parent: QWidget | None = None, *, order: bool = True, zone: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dateOrderDialog")
        self.ask_order = order
        self.setWindowTitle(
            self.tr("Dates in this chat") if order else self.tr("Times in this chat")
        )
        text = plain_label(
            self.tr(
                "Every date in this export can be read two ways (03/04 is 3 April or "
                "March 4). Which order does the phone that exported it use? Your answer is "
                "recorded with the import."
            )
        )
        self.dmy = QRadioButton(self.tr("Day first (31/12/2024)"))
        self.mdy = QRadioButton(self.tr("Month first (12/31/2024)"))
        self.dmy.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.dmy)
        group.addButton(self.mdy)
        zone_label = plain_label(
            self.tr("The export names no time zone. Its times were written in:")
        )
        self.zone = QComboBox()
        self.zone.setObjectName("timeZone")
        self.zone.setEditable(True)
        self.zone.addItem(self.tr("This computer's time zone"), None)
        for name in COMMON_ZONES:
            self.zone.addItem(name, name)
        if zone:
            found = self.zone.findData(zone)
            if found >= 0:
                self.zone.setCurrentIndex(found)
            else:
                self.zone.setEditText(zone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        shown = (text, self.dmy, self.mdy) if order else ()
        for w in (*shown, zone_label, self.zone, buttons):
            lay.addWidget(w)
        self.setMinimumWidth(480)

    def answers(self) -> dict[str, Any]:
        typed = self.zone.currentText().strip()
        found = self.zone.findText(typed)
        zone = self.zone.itemData(found) if found >= 0 else typed
        answers: dict[str, Any] = {"time_zone": zone or None}
        if self.ask_order:
            answers["date_order"] = "mdy" if self.mdy.isChecked() else "dmy"
        return answers

    def on_vault_locking(self) -> None:
        self.reject()

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, order: bool = True, zone: str | None = None
    ) -> dict[str, Any] | None:
        """The answers, or None when the person cancels (tests script them via Dialogs)."""
        if Dialogs.next_answers:
            answer = Dialogs.next_answers.popleft()
            return dict(answer) if answer else None
        dlg = cls(parent, order=order, zone=zone)
        return dlg.answers() if dlg.exec() == QDialog.DialogCode.Accepted else None


def report_text(summary: ImportSummary) -> str:
    """The parse report in words: counts, first/last, participants, decisions, unreadable."""
    r = summary.report
    lines = [
        counted(
            len(summary.conversations),
            _t("Imported 1 conversation from {format}."),
            _t("Imported %n conversations from {format}.", "", len(summary.conversations)),
        ).replace("{format}", FORMAT_NAMES.get(summary.format, summary.format)),
        _t("SHA-256 of the export: {hash}").replace("{hash}", summary.source_sha256),
        "",
        _t("Messages by kind:"),
    ]
    lines += [f"  {kind_name(kind)}: {n}" for kind, n in r.get("counts", {}).items()]
    lines += [
        _t("First: {time}").replace("{time}", local_time(r.get("first"))),
        _t("Last: {time}").replace("{time}", local_time(r.get("last"))),
        _t("Participants: {names}").replace("{names}", ", ".join(r.get("participants", []))),
    ]
    if r.get("date_order"):
        orders = {
            "dmy": _t("day first"),
            "mdy": _t("month first"),
            "ymd": _t("year first"),
        }
        order = orders.get(str(r["date_order"]), str(r["date_order"]))
        lines.append(_t("Date order: {order}").replace("{order}", order))
    if r.get("time_zone"):
        lines.append(_t("Time zone: {zone}").replace("{zone}", _said(str(r["time_zone"]))))
    if r.get("sessions"):
        lines.append(
            _t("Account sessions (devices, IP addresses): {n}").replace("{n}", str(r["sessions"]))
        )
    for title, key in ((_t("Decided while reading:"), "decisions"), (_t("Warnings:"), "warnings")):
        if r.get(key):
            lines += ["", title] + [f"  {_said(x)}" for x in r[key]]
    unreadable = r.get("unreadable", [])
    lines += ["", _t("Lines that could not be read: {n}").replace("{n}", str(len(unreadable)))]
    lines += [f"  {x}" for x in unreadable]
    return "\n".join(lines)


def _said(recorded: str) -> str:
    """A sentence app/chats recorded in English (a marked template, filled), translated."""
    from ui.retranslate import translated

    return translated(recorded, "en") or recorded


def _t(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("ChatImport", text, disambiguation or None, n)


class ImportReportDialog(QDialog):
    """The parse report after an import, as plain text the person can read and scroll."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatImportReport")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Chat imported"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(report_text(summary))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)
        fit_to_screen(self, 620, 480)

    def on_vault_locking(self) -> None:
        self.close()  # done() forgets the text

    def done(self, result: int) -> None:
        self.text.clear()
        super().done(result)


class ImportProgress(QProgressDialog):
    """The import's progress; locking cancels the work (ui/worker) and closes this."""

    def on_vault_locking(self) -> None:
        self.blockSignals(True)
        self.close()


class ChatImport(QObject):
    """One import, from the file dialog to the report. ``finished`` carries the summary."""

    finished = Signal(object)  # ImportSummary, or None when cancelled or refused

    def __init__(self, vault: Vault, parent: QWidget) -> None:
        super().__init__(parent)
        self.vault = vault
        self.parent_widget = parent
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.report: ImportReportDialog | None = None
        self.path: Path | None = None

    def start(self) -> bool:
        path = Dialogs.open_file(self.parent_widget, self.tr("Import a chat"), NAME_FILTER)
        if not path:
            return False
        self.path = Path(path)
        answers: dict[str, Any] = {}
        if times_have_no_zone(self.path):  # WhatsApp: ask the zone (default: this computer's)
            chosen = DateOrderDialog.ask(self.parent_widget, order=False)
            if chosen is None:
                self._end(None)
                return False
            answers = chosen
        self._run(answers)
        return True

    def _run(self, answers: dict[str, Any]) -> None:
        assert self.path is not None
        progress = ImportProgress(
            self.tr("Importing the chat…"), self.tr("Cancel"), 0, 0, self.parent_widget
        )
        progress.setObjectName("chatImportProgress")
        progress.setWindowTitle(self.tr("Import a chat"))
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)  # starts the timer that shows it after 300 ms of work
        self.progress = progress
        self.task = run_task(
            _import,
            self.vault,
            self.path,
            on_done=self._done,
            on_error=lambda exc: self._failed(exc, answers),
            on_progress=self._progressed,
            owner=self,
            **answers,
        )
        progress.canceled.connect(self.task.cancel)
        progress.canceled.connect(lambda: self._end(None))

    def _progressed(self, done: int, total: int | None) -> None:
        if self.progress is not None and total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.blockSignals(True)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, summary: ImportSummary) -> None:
        self._close_progress()
        self.report = ImportReportDialog(summary, self.parent_widget)
        self.report.show()
        self._end(summary)

    def _failed(self, exc: BaseException, answers: dict[str, Any]) -> None:
        self._close_progress()
        if isinstance(exc, AmbiguousDateOrderError) and "date_order" not in answers:
            chosen = DateOrderDialog.ask(self.parent_widget, zone=answers.get("time_zone"))
            if chosen is not None:
                self._run({**answers, **chosen})
                return
            self._end(None)
            return
        if isinstance(exc, CancelledError):
            self._end(None)
            return
        text = (
            str(exc)
            if isinstance(exc, QuireError)
            else (
                self.tr(
                    "The chat could not be imported ({problem}). Nothing was imported."
                ).replace("{problem}", exc.__class__.__name__)
            )
        )
        Dialogs.inform(self.parent_widget, self.tr("Import a chat"), text, error=True)
        self._end(None)

    def _end(self, summary: ImportSummary | None) -> None:
        self._close_progress()
        self.task = None
        self.finished.emit(summary)
