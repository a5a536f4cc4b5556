"""What the report is made from: the caller (the bundle writer) gathers it, in memory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from app.errors import CancelledError
from app.i18n import QT_TRANSLATE_NOOP as _T

DEFAULT_MAX_INLINE_IMAGE_BYTES = 25 * 1024 * 1024


@dataclass
class ReportInput:
    """Everything the report shows; it never reads the vault or the disk itself.

    ``incidents`` are documents from :func:`app.incidents.document.incident_document`, each
    with an extra ``revision_history``: ``[{"revision": int, "at": str, "title": str}]``.
    ``open_evidence`` returns the decrypted evidence as a stream held in memory.
    """

    author: str | None
    created_at: str
    chain_head: str
    signing_fingerprint: str | None
    incidents: list[dict[str, Any]]
    evidence_path: Callable[[int, int], str]
    open_evidence: Callable[[int, int], BinaryIO]
    max_inline_image_bytes: int = DEFAULT_MAX_INLINE_IMAGE_BYTES
    # The sender's language (en, az, ru): labels in it with the English beside them.
    language: str = "en"
    # A court annex (export --court): a list of documents with page numbers and a statement
    # of truth; the numbers themselves come in the documents (``number``, evidence ``annex``).
    court: bool = False
    # Actors linked to the incidents above (``Actor.to_dict`` shape, ``incidents`` holding the
    # ids the report's incidents carry; an unsigned or court bundle numbers them 1, 2, …).
    actors: list[dict[str, Any]] = field(default_factory=list)
    cancel: Callable[[], bool] | None = None
    # Called after each evidence file's part of the PDF (its picture, when it has one):
    # the export moves its progress bar with it, and may raise to stop (cancelled).
    evidence_done: Callable[[], None] | None = None
    # What the PDF found of each picture, (incident id, evidence id) -> "" when it was drawn,
    # else the note shown instead: the HTML, rendered next from the same input, links the
    # same files and need not decrypt and decode each one a second time.
    picture_notes: dict[tuple[int, int], str] = field(default_factory=dict)

    def check_cancelled(self) -> None:
        """Between incidents and after each picture: stop a long report when the export is
        cancelled (one incident of 2,000 photos took 8-80 s to draw)."""
        if self.cancel is not None and self.cancel():
            raise CancelledError(_T("errors", "Export cancelled; no bundle was written."))
