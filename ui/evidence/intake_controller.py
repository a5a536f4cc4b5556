"""One intake for evidence: files dropped, chosen or pasted become encrypted blobs.

The evidence panel (files of a saved incident) and the editor's drop-and-paste zone (files
waiting in the draft of an incident being written) take files the same way; only where
they go differs, which a :class:`Destination` says:

- :class:`IncidentDestination`: straight into the incident (app/evidence/intake.py);
- :class:`DraftDestination`: into the editor's draft, encrypted in the database
  (app/incidents/drafts.py), moved into the incident when it is saved.

The work runs on the owner's :class:`ui.worker.JobQueue` (one step at a time, with progress
and Cancel). A pasted picture is encoded to PNG in memory and named from the incident's
title and the time it was seen; it never touches the disk as plaintext.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget

from app.evidence import intake
from app.incidents import drafts
from app.vault.vault import Vault
from ui.dialogs import Dialogs
from ui.evidence.images import import_screenshot, png_bytes
from ui.evidence.paste_dialog import PasteDetails, PasteDialog
from ui.worker import Job, JobQueue


def _t(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("EvidenceIntake", text, disambiguation or None, n)


class Destination(Protocol):
    """Where taken files go."""

    def ready(self) -> bool:
        """Whether files can be taken now."""

    def title(self) -> str:
        """The incident's title as it stands (names a pasted picture)."""

    def paths_job(self, paths: list[Path]) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        """The worker function and arguments that store files; it returns an ImportOutcome."""

    def picture_job(
        self, image: QImage, details: PasteDetails
    ) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        """The worker function and arguments that store a pasted picture."""


@dataclass
class IncidentDestination:
    vault: Vault | None
    incident_id: int | None
    title_of: Callable[[], str]

    def ready(self) -> bool:
        return self.vault is not None and self.incident_id is not None

    def title(self) -> str:
        return self.title_of()

    def paths_job(self, paths: list[Path]) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return intake.import_files, (self.vault, self.incident_id, paths)

    def picture_job(
        self, image: QImage, details: PasteDetails
    ) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return import_screenshot, (
            self.vault,
            self.incident_id,
            image.copy(),
            details.name,
            details.source_url,
            details.captured_at,
        )


@dataclass
class DraftDestination:
    vault: Vault | None
    draft_id: Callable[[], int | None]  # makes the draft when there is none yet
    title_of: Callable[[], str]

    def ready(self) -> bool:
        return self.vault is not None and self.vault.conn is not None

    def title(self) -> str:
        return self.title_of()

    def paths_job(self, paths: list[Path]) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return drafts.add_paths, (self.vault, self.draft_id(), paths)

    def picture_job(
        self, image: QImage, details: PasteDetails
    ) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return _picture_to_draft, (
            self.vault,
            self.draft_id(),
            image.copy(),
            details.name,
            details.source_url,
            details.captured_at,
        )


def _picture_to_draft(
    vault: Vault,
    draft_id: int,
    image: QImage,
    name: str,
    source_url: str | None,
    captured_at: str | None,
) -> drafts.DraftFile:
    """Worker: PNG in memory, then into the draft (encrypted in the database)."""
    return drafts.add_bytes(vault, draft_id, png_bytes(image), name, source_url, captured_at)


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (other URLs are never fetched)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class IntakeController(QObject):
    """Drop, paste and choose files for one widget, into its destination."""

    files_added = Signal(object)  # an ImportOutcome (its problems already reported)
    picture_added = Signal(object, object)  # the stored item (EvidenceInfo or DraftFile), image

    def __init__(self, owner: QWidget, queue: JobQueue, destination: Destination) -> None:
        super().__init__(owner)
        self._owner = owner
        self.queue = queue
        self.destination = destination

    # -- files -------------------------------------------------------------------------------
    def accepts(self, mime: QMimeData) -> bool:
        """A drag the owner should accept: local files, and somewhere to put them."""
        return self.destination.ready() and bool(local_paths(mime))

    def drop(self, mime: QMimeData) -> bool:
        if not self.accepts(mime):
            return False
        self.add_paths(local_paths(mime))
        return True

    def choose_files(self) -> None:
        if not self.destination.ready():
            return
        chosen = Dialogs.open_files(self._owner, _t("Add evidence files"))
        if chosen:
            self.add_paths([Path(p) for p in chosen])

    def add_paths(self, paths: list[Path]) -> None:
        """Store files (in a worker, one after another)."""
        if not self.destination.ready() or not paths:
            return
        fn, args = self.destination.paths_job(list(paths))
        label = (
            _t("Adding “{name}”…").replace("{name}", paths[0].name)
            if len(paths) == 1
            else _t("Adding %n files…", "", len(paths))
        )
        self.queue.submit(Job(label, fn, args, on_done=self._files_done))

    def _files_done(self, outcome: intake.ImportOutcome) -> None:
        if outcome.problems:
            report_problems(self._owner, outcome)
        self.files_added.emit(outcome)

    # -- a pasted picture --------------------------------------------------------------------
    def paste(self) -> None:
        """The clipboard's picture, after one question (name, where and when it was seen)."""
        if not self.destination.ready():
            return
        image = QApplication.clipboard().image()
        if image.isNull():
            Dialogs.inform(
                self._owner,
                _t("Nothing to paste"),
                _t(
                    "The clipboard holds no picture. Take a screenshot (for example with "
                    "Print Screen, or Shift+Cmd+4 on a Mac), then paste it here."
                ),
            )
            return
        name = intake.pasted_name(self.destination.title(), None)
        details = PasteDialog.ask(self._owner, image, name)
        if details is None or not self.destination.ready():
            return
        if details.name == name and details.captured_at:  # named after when it was seen
            details = replace(
                details, name=intake.pasted_name(self.destination.title(), details.captured_at)
            )
        fn, args = self.destination.picture_job(image, details)
        self.queue.submit(
            Job(
                _t("Adding the screenshot…"),
                fn,
                args,
                on_done=lambda item: self.picture_added.emit(item, image),
            )
        )


def report_problems(parent: QWidget, outcome: intake.ImportOutcome) -> None:
    """Say which files were not taken, and why; the originals were never touched."""
    reasons = {
        intake.UNREADABLE: _t("could not be read"),
        intake.NOT_A_FILE: _t("is not a file (folders are not added)"),
        intake.DISK_FULL: _t("not added: the disk is full"),
        intake.SKIPPED: _t("not added: the disk is full"),
        intake.FAILED: _t("not added"),
    }
    lines = []
    for p in outcome.problems:
        line = f"• {p.path.name} — {reasons.get(p.reason, reasons[intake.FAILED])}"
        if p.detail:
            line += f" ({p.detail})"
        lines.append(line)
    text = _t("Some files were not added:") + "\n\n" + "\n".join(lines) + "\n\n"
    if any(p.reason in (intake.DISK_FULL, intake.SKIPPED) for p in outcome.problems):
        text += (
            _t(
                "There is not enough free space on this computer's disk. "
                "Free some space, then add these files again."
            )
            + " "
        )
    text += _t("Nothing was lost: these original files were not touched.")
    Dialogs.inform(parent, _t("Some files were not added"), text, error=True)


class DropTarget:
    """Drag and drop into an intake, for a widget that has ``intake`` (the evidence panel,
    the editor's zone): accepted only for what the intake takes, with a highlight while a
    drag is over it. Put it before the Qt base class so Qt finds these handlers."""

    intake: IntakeController

    def drop_highlight_widgets(self) -> list[QWidget]:
        return [self]  # type: ignore[list-item]

    def _set_drop_highlight(self, on: bool) -> None:
        for w in self.drop_highlight_widgets():
            w.setProperty("dropTarget", on)
            w.style().unpolish(w)
            w.style().polish(w)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.intake.accepts(event.mimeData()):
            event.acceptProposedAction()
            self._set_drop_highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.intake.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_drop_highlight(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_highlight(False)
        if self.intake.drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()
