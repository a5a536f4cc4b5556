"""The editor's drop and paste zone: screenshots and files added while writing.

A new incident has no id to attach evidence to until it is saved, so what is dropped here,
pasted (Ctrl+V or "Paste screenshot") or chosen waits in the editor's draft, encrypted in
the database (app/incidents/drafts.py), and survives an auto-lock with the draft. Saving
the incident moves the files into it as evidence. The intake (drop, paste, choose) is the
evidence panel's: ui/evidence/intake_controller.py.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import QuireError
from app.incidents.drafts import DraftFile, DraftStore
from app.sizes import human_size
from app.vault.vault import Vault
from ui.evidence.intake_controller import DraftDestination, DropTarget, IntakeController
from ui.worker import JobQueue

FILE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("EvidenceZone", text)


class EvidenceZone(DropTarget, QFrame):
    """Files waiting for the incident being written; ``changed`` when they change."""

    changed = Signal()

    def __init__(
        self,
        vault: Vault,
        ensure_draft: Callable[[], int | None],
        current_draft: Callable[[], int | None],
        title: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        """``ensure_draft`` makes the editor's draft when there is none yet (files need one);
        ``current_draft`` only says which it is."""
        super().__init__(parent)
        self.setObjectName("evidenceZone")
        self.vault = vault
        self._current_draft = current_draft
        self.queue = JobQueue(self)
        self.intake = IntakeController(
            self, self.queue, DraftDestination(vault, ensure_draft, title)
        )
        self.intake.files_added.connect(lambda _outcome: self.refresh())
        self.intake.picture_added.connect(self._pasted)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Ctrl+V lands here
        self.setAccessibleName(_t("Screenshots and files for this incident"))

        self.hint = QLabel(
            _t(
                "Drop screenshots or files here, or paste a screenshot with Ctrl+V. They "
                "wait encrypted in the draft and are added to the incident when you save."
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(_t("Add &files…"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.intake.choose_files)
        self.paste_button = QPushButton(_t("Paste screenshot"))
        self.paste_button.setAutoDefault(False)
        self.paste_button.setToolTip(
            _t("Add the picture on the clipboard, without saving it to a file (Ctrl+V)")
        )
        self.paste_button.clicked.connect(self.intake.paste)
        self.remove_button = QPushButton(_t("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setAccessibleName(_t("Remove the selected file from this incident"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.list = QListWidget()
        self.list.setAccessibleName(_t("Files waiting to be added"))
        self.list.setVisible(False)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(_t("Progress"))
        self.queue.started.connect(lambda _label: self._busy(True))
        self.queue.idle.connect(lambda: self._busy(False))
        self.queue.progressed.connect(self._progress)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.addWidget(self.hint)
        lay.addWidget(self.list)
        lay.addWidget(self.progress)
        lay.addLayout(buttons)
        self.setStyleSheet(
            "QFrame#evidenceZone { border: 2px dashed palette(mid); border-radius: 8px; }"
            'QFrame#evidenceZone:focus, QFrame#evidenceZone[dropTarget="true"] {'
            " border-color: palette(highlight); }"
        )
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.intake.paste)
        self._update_buttons()

    # -- what waits --------------------------------------------------------------------------
    def files(self) -> list[DraftFile]:
        draft_id = self._current_draft()
        if draft_id is None or self.vault.conn is None:
            return []
        try:
            return DraftStore(self.vault).files(draft_id)
        except QuireError:
            return []

    def refresh(self) -> None:
        waiting = self.files()
        self.list.clear()
        for f in waiting:
            text = f"{f.name} — {human_size(f.size)}"
            if f.captured_at:
                text += " · " + _t("seen {time}").replace("{time}", f.captured_at.replace("T", " "))
            item = QListWidgetItem(text)
            item.setData(FILE_ID_ROLE, f.id)
            item.setToolTip(f"SHA-256: {f.sha256}")
            self.list.addItem(item)
        self.list.setVisible(bool(waiting))
        if waiting:
            rows = min(len(waiting), 4)
            self.list.setFixedHeight(
                rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth()
            )
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setVisible(self.list.count() > 0)
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            with contextlib.suppress(QuireError):
                DraftStore(self.vault).remove_file(int(item.data(FILE_ID_ROLE)))
        self.refresh()

    def _pasted(self, _item: Any, picture: Any) -> None:
        from ui.evidence.evidence_panel import forget_picture

        forget_picture(self, picture)
        self.refresh()

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress.setRange(0, 0)
        for b in (self.add_button, self.paste_button):
            b.setEnabled(not on)

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))

    def busy(self) -> bool:
        return self.queue.busy()

    def clear(self) -> None:
        """On lock: stop work and forget what is shown (the files stay in the draft)."""
        self.queue.clear()
        self.list.clear()
        self.list.setVisible(False)
