"""Drafts: what the editor holds before it is saved, kept inside the encrypted database.

The editor writes its form here as the user types (and when the app locks), so a crash,
an auto-lock or a closed laptop never loses what was typed. A draft is not evidence: it is
not part of the revision chain, and a successful save discards it. Rows live in the
``drafts`` table of ``diary.db`` (SQLCipher, with ``secure_delete``), so a discarded draft
is overwritten rather than left in free pages.

``fields`` is whatever JSON object the editor chooses to keep (the form as typed, which may
not be a valid record yet); this module only stores it faithfully.

A draft also holds the files added while the incident was being written (dropped, pasted,
chosen), before it had an id to attach evidence to: their bytes wait in ``draft_files``,
inside the same encrypted database, never in a plaintext temporary file. Saving the
incident moves them into the evidence store (:meth:`DraftStore.move_files`, the ordinary
import with its hash chain entry); discarding the draft removes them with it.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.clock import now_utc
from app.errors import CancelledError, QuireError
from app.evidence.filetype import SNIFF_BYTES, sniff
from app.evidence.store import EvidenceInfo, EvidenceStore
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.sizes import human_size
from app.storage.db import transaction

if TYPE_CHECKING:
    from app.vault.vault import Vault

# A file waits in the database (encrypted, in memory while it is written), so it is bounded:
# a screenshot or a document, not a video. Larger files go in once the incident is saved.
DRAFT_FILE_LIMIT = 64 * 1024 * 1024
DRAFT_TOTAL_LIMIT = 256 * 1024 * 1024
_CHUNK = 1024 * 1024


class DraftNotFound(QuireError):
    """No draft with this id (it was saved or discarded meanwhile)."""


class DraftError(QuireError):
    """The fields of a draft cannot be stored."""


@dataclass(frozen=True)
class DraftFile:
    """A file waiting in a draft for its incident to be saved."""

    id: int
    draft_id: int
    name: str
    size: int
    type: str
    sha256: str
    source_url: str | None
    captured_at: str | None
    added_at: str


@dataclass
class Draft:
    id: int
    incident_id: int | None  # None: a new incident not saved yet
    fields: dict[str, Any]
    updated_at: str  # UTC, as app.clock.now_utc


class DraftStore:
    """Drafts of one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def _db(self) -> Any:
        return self._vault.db

    def save(self, draft_id: int | None, incident_id: int | None, fields: dict[str, Any]) -> int:
        """Write a draft; returns its id (a new one when ``draft_id`` is None or gone)."""
        if not isinstance(fields, dict):
            raise DraftError(_T("errors", "A draft must be a JSON object."))
        try:
            # ASCII escapes: any text the editor holds survives, even a lone surrogate.
            content = json.dumps(fields, ensure_ascii=True, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise DraftError(_T("errors", "The draft cannot be stored: {exc}"), exc=exc) from None
        at = now_utc()
        with transaction(self._db) as db:
            if incident_id is not None:
                exists = db.execute(
                    "SELECT 1 FROM incidents WHERE id = ?", (incident_id,)
                ).fetchone()
                if exists is None:
                    incident_id = None  # purged meanwhile: keep the text as a new incident
            if draft_id is not None:
                cur = db.execute(
                    "UPDATE drafts SET incident_id = ?, content = ?, updated_at = ? WHERE id = ?",
                    (incident_id, content, at, draft_id),
                )
                if cur.rowcount:
                    return draft_id
            cur = db.execute(
                "INSERT INTO drafts(incident_id, content, updated_at) VALUES (?, ?, ?)",
                (incident_id, content, at),
            )
            return int(cur.lastrowid)

    def list(self) -> list[Draft]:
        """Every draft, most recently changed first."""
        rows = self._db.execute(
            "SELECT id, incident_id, content, updated_at FROM drafts ORDER BY updated_at DESC,"
            " id DESC"
        ).fetchall()
        return [_draft(row) for row in rows]

    def get(self, draft_id: int) -> Draft:
        row = self._db.execute(
            "SELECT id, incident_id, content, updated_at FROM drafts WHERE id = ?", (draft_id,)
        ).fetchone()
        if row is None:
            raise DraftNotFound(_T("errors", "No draft {draft_id}."), draft_id=draft_id)
        return _draft(row)

    def for_incident(self, incident_id: int) -> Draft | None:
        """The newest draft of changes to an existing incident, if there is one."""
        row = self._db.execute(
            "SELECT id, incident_id, content, updated_at FROM drafts WHERE incident_id = ?"
            " ORDER BY updated_at DESC, id DESC LIMIT 1",
            (incident_id,),
        ).fetchone()
        return None if row is None else _draft(row)

    def discard(self, draft_id: int) -> None:
        """Remove a draft (nothing happens when it is already gone)."""
        with transaction(self._db) as db:
            db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM drafts").fetchone()[0])

    # -- files waiting in a draft ----------------------------------------------------------
    def add_file(
        self,
        draft_id: int,
        data: bytes,
        name: str,
        *,
        source_url: str | None = None,
        captured_at: str | None = None,
    ) -> DraftFile:
        """Keep ``data`` in the draft until its incident is saved; returns what was kept."""
        if len(data) > DRAFT_FILE_LIMIT:
            raise too_big(name)
        at = now_utc()
        mime = sniff(data[:SNIFF_BYTES], name)
        digest = hashlib.sha256(data).hexdigest()
        with transaction(self._db) as db:
            if db.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone() is None:
                raise DraftNotFound(_T("errors", "No draft {draft_id}."), draft_id=draft_id)
            held = db.execute(
                "SELECT coalesce(sum(size), 0) FROM draft_files WHERE draft_id = ?", (draft_id,)
            ).fetchone()[0]
            if int(held) + len(data) > DRAFT_TOTAL_LIMIT:
                raise DraftError(
                    _T(
                        "drafts",
                        "The files waiting in this draft would pass {limit}. Save the incident "
                        "first; then add more files to it.",
                    ),
                    limit=human_size(DRAFT_TOTAL_LIMIT),
                )
            cur = db.execute(
                "INSERT INTO draft_files(draft_id, name, size, type, sha256, source_url,"
                " captured_at, added_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (draft_id, name, len(data), mime, digest, source_url, captured_at, at, data),
            )
            file_id = int(cur.lastrowid)
            db.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", (at, draft_id))
        return self.file(file_id)

    def add_path(
        self,
        draft_id: int,
        path: Path,
        *,
        cancel: Callable[[], bool] | None = None,
    ) -> DraftFile:
        """Read a file the person chose or dropped into the draft (the original stays)."""
        path = Path(path)
        if not path.is_file():
            raise DraftError(
                _T("drafts", "{name} is not a file (folders are not added)."), name=path.name
            )
        if path.stat().st_size > DRAFT_FILE_LIMIT:
            raise too_big(path.name)
        buf = bytearray()
        with open(path, "rb") as src:
            while chunk := src.read(_CHUNK):
                if cancel is not None and cancel():
                    raise CancelledError(_T("drafts", "Cancelled; the file was not added."))
                buf += chunk
                if len(buf) > DRAFT_FILE_LIMIT:
                    raise too_big(path.name)
        return self.add_file(draft_id, bytes(buf), path.name)

    def files(self, draft_id: int) -> builtins.list[DraftFile]:
        rows = self._db.execute(
            f"SELECT {_FILE_COLUMNS} FROM draft_files WHERE draft_id = ? ORDER BY id",  # noqa: S608
            (draft_id,),
        ).fetchall()
        return [DraftFile(*r) for r in rows]

    def file(self, file_id: int) -> DraftFile:
        row = self._db.execute(
            f"SELECT {_FILE_COLUMNS} FROM draft_files WHERE id = ?",  # noqa: S608
            (file_id,),
        ).fetchone()
        if row is None:
            raise DraftNotFound(_T("drafts", "No waiting file {file_id}."), file_id=file_id)
        return DraftFile(*row)

    def file_bytes(self, file_id: int) -> bytes:
        row = self._db.execute("SELECT data FROM draft_files WHERE id = ?", (file_id,)).fetchone()
        if row is None:
            raise DraftNotFound(_T("drafts", "No waiting file {file_id}."), file_id=file_id)
        return bytes(row[0])

    def remove_file(self, file_id: int) -> None:
        with transaction(self._db) as db:
            db.execute("DELETE FROM draft_files WHERE id = ?", (file_id,))

    def move_files(
        self,
        draft_id: int,
        incident_id: int,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> builtins.list[EvidenceInfo]:
        """Import every waiting file into the saved incident, then drop it from the draft.

        One file at a time, each through the ordinary evidence import (its own chain entry);
        a file is removed from the draft only once its import is complete, so a crash or a
        cancel leaves the rest waiting in the draft.
        """
        store = EvidenceStore(self._vault)
        waiting = self.files(draft_id)
        total = max(sum(f.size for f in waiting), 1)
        done = 0
        moved: builtins.list[EvidenceInfo] = []
        for f in waiting:
            if cancel is not None and cancel():
                raise CancelledError(_T("drafts", "Cancelled; the other files wait in the draft."))
            info = store.import_stream(
                incident_id,
                io.BytesIO(self.file_bytes(f.id)),
                f.name,
                size_hint=f.size,
                source_url=f.source_url,
                captured_at=f.captured_at,
            )
            self.remove_file(f.id)
            moved.append(info)
            done += f.size
            if progress is not None:
                progress(done, total)
        return moved


_FILE_COLUMNS = "id, draft_id, name, size, type, sha256, source_url, captured_at, added_at"


def add_paths(
    vault: Vault,
    draft_id: int,
    paths: list[Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Any:
    """Worker: files dropped or chosen while writing, into the draft (each read whole, on a
    session of its own). Returns an :class:`app.evidence.intake.ImportOutcome` of
    (path, DraftFile): a file that cannot be kept is reported and the others still go in."""
    from app.evidence.intake import FAILED, NOT_A_FILE, UNREADABLE, FileProblem, ImportOutcome

    outcome = ImportOutcome()
    session = vault.session()
    try:
        drafts = DraftStore(session)
        for index, path in enumerate(paths):
            if cancel is not None and cancel():
                raise CancelledError(_T("drafts", "Cancelled; the file was not added."))
            if not path.is_file():
                outcome.problems.append(FileProblem(path, NOT_A_FILE))
                continue
            try:
                outcome.imported.append((path, drafts.add_path(draft_id, path, cancel=cancel)))
            except CancelledError:
                raise
            except QuireError as exc:
                outcome.problems.append(FileProblem(path, FAILED, str(exc)))
            except OSError as exc:
                outcome.problems.append(FileProblem(path, UNREADABLE, exc.strerror or ""))
            if progress is not None:
                progress(index + 1, len(paths))
    finally:
        session.lock()
    return outcome


def move_draft_files(
    vault: Vault,
    draft_id: int,
    incident_id: int,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> builtins.list[EvidenceInfo]:
    """Worker: :meth:`DraftStore.move_files` on a session of its own."""
    session = vault.session()
    try:
        return DraftStore(session).move_files(
            draft_id, incident_id, progress=progress, cancel=cancel
        )
    finally:
        session.lock()


def add_bytes(
    vault: Vault,
    draft_id: int,
    data: bytes,
    name: str,
    source_url: str | None,
    captured_at: str | None,
) -> DraftFile:
    """Worker: a pasted picture (already encoded in memory) into the draft."""
    session = vault.session()
    try:
        return DraftStore(session).add_file(
            draft_id, data, name, source_url=source_url, captured_at=captured_at
        )
    finally:
        session.lock()


def too_big(name: str) -> DraftError:
    """The refusal for a file larger than a draft holds."""
    return DraftError(
        _T(
            "drafts",
            "{name} is larger than {limit}, more than a draft holds. Save the incident "
            "first; then add this file to it.",
        ),
        name=name,
        limit=human_size(DRAFT_FILE_LIMIT),
    )


def _draft(row: Any) -> Draft:
    draft_id, incident_id, content, updated_at = row
    try:
        fields = json.loads(content)
    except ValueError:
        fields = {}
    if not isinstance(fields, dict):
        fields = {}
    return Draft(
        id=int(draft_id),
        incident_id=None if incident_id is None else int(incident_id),
        fields=fields,
        updated_at=updated_at,
    )
