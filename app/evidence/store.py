"""The evidence store: files streamed into encrypted blobs under ``evidence/``.

Each blob has its own random key (kept in the database row) and is sealed with STREAM
(app/crypto/stream.py) while SHA-256 of the original bytes is computed on the way, so a
file of any size passes through in constant memory.

Import is crash-safe in three steps: (1) a ``pending`` row is committed, (2) the blob is
written to a temporary file, fsynced and renamed into place, (3) the row becomes
``complete`` together with its chain entry. Opening the vault when no other program has
it open removes whatever a killed import left (pending rows, their files, temporary files),
so an import either happened whole or not at all.
"""

from __future__ import annotations

import builtins
import collections
import contextlib
import hashlib
import io
import os
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from app import decoy, fs
from app.background_io import PIECE_SIZE, ReadAhead, WriteBehind
from app.clock import now_utc
from app.crypto.stream import StreamError, StreamReader, StreamWriter
from app.errors import CancelledError, DamagedDataError, QuireError
from app.evidence.filetype import SNIFF_BYTES, sniff
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import Text
from app.incidents import chain
from app.storage.db import transaction
from app.vault.files import BLOB_MAGIC, remove_stale_temp_files

if TYPE_CHECKING:
    from app.vault.vault import Vault

READ_SIZE = 1024 * 1024
MAX_NAME = 255

Progress = Callable[[int, int | None], None]
Cancel = Callable[[], bool]


class _Flusher:
    """Makes a batch's blobs durable a group at a time, then renames them into place, on
    one helper thread while the next files are read, hashed and sealed.

    One fsync per photo forced a journal commit per photo (2,000 photos: 2,000 commits).
    Here the temporary files of a group (``GROUP_BYTES`` of blobs) are written without
    fsync, then ONE ``syncfs`` makes all of them durable (the reference ``cp`` + ``sync``
    waits for the disk once too), then they are renamed: no final name ever points at bytes
    that are not on the disk. Groups keep the disk busy while the next files are sealed,
    and no file stays open: only names wait here. Where ``syncfs`` is missing (other
    systems, or ENOSYS) each file of the group is fsynced instead, on ``FSYNCS`` threads
    (several in flight let the journal commit them together).

    The folder's descriptor is opened before the first blob is written: ``syncfs`` reports
    a failed write-back of anything written after that (Linux >= 5.8). ``wait()`` returns
    once every blob is durable and in place, and raises the first failure; ``stop()``
    (after a failure or a cancel) lets nothing more start and waits for what runs, so no
    rename comes after the clean-up.
    """

    GROUP_BYTES = 64 * 1024 * 1024
    AHEAD = 2  # groups handed over and not yet durable, at most
    FSYNCS = 4

    def __init__(self, folder: Path, *, use_syncfs: bool) -> None:
        self._fd = fs.open_dir(folder) if use_syncfs else -1
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="quire-blob-sync")
        self._fsyncs: ThreadPoolExecutor | None = None
        self._group: builtins.list[tuple[Path, Path]] = []
        self._bytes = 0
        self._pending: builtins.list[Future[None]] = []
        self._checked = 0  # the groups before this one are durable and in place

    def add(self, tmp: Path, final: Path, size: int) -> None:
        """``tmp`` is written and closed; it becomes ``final`` once durable."""
        self._group.append((tmp, final))
        self._bytes += size
        if self._bytes >= self.GROUP_BYTES:
            self._hand_over()

    def _hand_over(self) -> None:
        if self._group:
            self._pending.append(self._pool.submit(self._flush, self._group))
        self._group, self._bytes = [], 0
        # At most AHEAD groups wait for the disk: a slow one (a USB stick) holds the writing
        # back instead of piling up unwritten blobs, and its failure is raised sooner.
        while len(self._pending) - self._checked > self.AHEAD:
            self._pending[self._checked].result()
            self._checked += 1

    def _flush(self, group: builtins.list[tuple[Path, Path]]) -> None:
        if self._fd < 0 or not fs.syncfs(self._fd):
            if self._fsyncs is None:
                self._fsyncs = ThreadPoolExecutor(self.FSYNCS, thread_name_prefix="quire-fsync")
            builtins.list(self._fsyncs.map(fs.fsync_file, [tmp for tmp, _ in group]))
        for tmp, final in group:
            os.replace(tmp, final)

    def wait(self) -> None:
        self._hand_over()
        self._close()
        for done in self._pending:
            done.result()

    def stop(self) -> None:
        self._group = []
        self._close(cancel=True)

    def _close(self, *, cancel: bool = False) -> None:
        self._pool.shutdown(wait=True, cancel_futures=cancel)
        if self._fsyncs is not None:
            self._fsyncs.shutdown(wait=True)
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class EvidenceNotFound(QuireError):
    """No evidence with this id in this incident."""


@dataclass
class EvidenceInfo:
    id: int
    incident_id: int | None
    name: str
    size: int
    type: str
    sha256: str
    imported_at: str
    source_url: str | None = None
    captured_at: str | None = None
    blob_id: str = field(default="", repr=False)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "name": self.name,
            "size": self.size,
            "type": self.type,
            "sha256": self.sha256,
            "imported_at": self.imported_at,
        }
        if self.source_url:
            out["source_url"] = self.source_url
        if self.captured_at:
            out["captured_at"] = self.captured_at
        return out


@dataclass
class StoreCheck:
    """What :meth:`EvidenceStore.check` found."""

    orphan_files: list[str] = field(default_factory=list)
    missing_blobs: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.orphan_files and not self.missing_blobs


_COLUMNS = (
    "id, incident_id, name, size, type, sha256, imported_at, source_url, captured_at, blob_id"
)


@dataclass
class _Import:
    """One file on its way in: its row, key and names, then what writing it found."""

    row_id: int
    key: bytes
    name: str
    imported_at: str
    final: Path
    tmp: Path
    size: int = 0
    sha256: str = ""
    type: str = ""


class _Buffers:
    """A read buffer per worker thread of a batch, reused from photo to photo.

    A new buffer per photo (made, page-faulted in, zeroed when the photo was done) was a
    measurable part of attaching 2,000 photos. The buffers hold plaintext evidence, so
    ``zero()`` (when the batch ends, whatever happened) overwrites every one of them.
    """

    SIZE = PIECE_SIZE + 1  # a photo of up to a piece in one read, and its end seen

    def __init__(self) -> None:
        self._local = threading.local()
        self._made: builtins.list[bytearray] = []

    def get(self) -> memoryview:
        view: memoryview | None = getattr(self._local, "view", None)
        if view is None:
            buf = bytearray(self.SIZE)
            self._made.append(buf)
            view = self._local.view = memoryview(buf)
        return view

    def zero(self) -> None:
        for buf in self._made:
            buf[:] = bytes(len(buf))


class _Progress:
    """Bytes done over a whole batch whose files are written on several threads: each
    file reports its own count, the sum goes out under a lock (so it never goes back)."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress, self._total = progress, total
        self._done = 0
        self._lock = threading.Lock()

    def for_file(self) -> Progress | None:
        if self._progress is None:
            return None
        seen = [0]

        def step(n: int, _of: int | None) -> None:
            with self._lock:
                self._done += n - seen[0]
                seen[0] = n
                cast(Progress, self._progress)(self._done, self._total)

        return step


class EvidenceStore:
    """Evidence of one unlocked vault."""

    WORKERS = 2  # files written at once by import_files

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._dir = vault.evidence_dir

    @property
    def vault(self) -> Vault:
        """The vault, for documents that gather more than evidence (app/incidents/document.py)."""
        return self._vault

    # -- import --------------------------------------------------------------------------
    def import_file(
        self,
        incident_id: int,
        path: Path,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> EvidenceInfo:
        path = Path(path)
        if not path.is_file():
            raise QuireError(_T("errors", "Not a readable file: {path}"), path=path)
        size = path.stat().st_size
        with open(path, "rb") as src:
            return self.import_stream(
                incident_id, src, path.name, size_hint=size, progress=progress, cancel=cancel
            )

    def import_stream(
        self,
        incident_id: int | None,
        src: BinaryIO,
        name: str,
        *,
        size_hint: int | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        source_url: str | None = None,
        captured_at: str | None = None,
    ) -> EvidenceInfo:
        """Encrypt ``src`` into the store and attach it to the incident.

        ``incident_id`` None keeps the file outside any incident: a chat export and its
        media (app/chats/store.py), which link it to their messages themselves.
        """
        (job,) = self._begin(incident_id, [name], source_url, captured_at)
        try:
            self._store(job, src, size_hint, progress, cancel)
            fs.fsync_dir(self._dir)
            self._complete(incident_id, [job])
        except BaseException as exc:
            self._give_up([job], exc)
            raise
        return self.get(job.row_id)

    def import_files(
        self,
        incident_id: int,
        paths: Sequence[Path],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> builtins.list[EvidenceInfo]:
        """Import several files into one incident: all of them, or (on any failure or
        cancel) none.

        Why not :meth:`import_file` in a loop: each import alone commits twice, and a commit
        is several fsyncs (``synchronous = FULL``); 2,000 photos paid ~40 ms each in commits.
        Here the same three crash-safe steps (module docstring) run once for the whole set:
        one transaction writes every ``pending`` row, each blob is written, fsynced and
        renamed, the folder is fsynced once, and one transaction completes every row with
        its chain entry. ``progress`` counts bytes over all the files; it and ``cancel``
        are called from the worker threads. How the blobs are made durable:
        :class:`_Flusher`.
        """
        paths = [Path(p) for p in paths]
        for path in paths:
            if not path.is_file():
                raise QuireError(_T("errors", "Not a readable file: {f}"), f=path)
        sizes = [path.stat().st_size for path in paths]
        total = sum(sizes)
        jobs = self._begin(incident_id, [p.name for p in paths], None, None)
        flusher = _Flusher(self._dir, use_syncfs=len(jobs) > 1)  # one file: its own fsync
        stop = threading.Event()  # a failure or cancel: the other workers stop too
        counted = _Progress(progress, total)
        buffers = _Buffers()

        def stopped() -> bool:
            return stop.is_set() or (cancel is not None and cancel())

        def write(job: _Import, path: Path, size: int) -> None:
            with open(path, "rb", buffering=0) as src:  # read straight into the buffers
                job.size, job.sha256, job.type = self._write_blob(
                    src,
                    job.tmp,
                    job.key,
                    job.name,
                    size,
                    counted.for_file(),
                    stopped,
                    sync=False,
                    buffers=buffers,
                )

        # Two files at a time: hashing, reading and writing release the GIL, so a photo
        # is hashed on one core while the next is sealed on the other.
        workers = ThreadPoolExecutor(self.WORKERS, thread_name_prefix="quire-blob-seal")
        running: collections.deque[tuple[Future[None], _Import]] = collections.deque()
        try:
            for job, path, size in zip(jobs, paths, sizes, strict=True):
                running.append((workers.submit(write, job, path, size), job))
                while len(running) > self.WORKERS or (running and running[0][0].done()):
                    self._written(running.popleft(), flusher)
            while running:
                self._written(running.popleft(), flusher)
            flusher.wait()  # every blob durable and in place before any row is complete
            fs.fsync_dir(self._dir)
            self._complete(incident_id, jobs)
        except BaseException as exc:
            stop.set()
            workers.shutdown(wait=True, cancel_futures=True)  # no temp file made after this
            flusher.stop()  # before the clean-up: no rename may come after it
            self._give_up(jobs, exc)
            raise
        finally:
            workers.shutdown(wait=True)
            buffers.zero()  # the workers are done with them
        return [
            EvidenceInfo(
                j.row_id,
                incident_id,
                j.name,
                j.size,
                j.type,
                j.sha256,
                j.imported_at,
                blob_id=j.final.name,
            )
            for j in jobs
        ]

    @staticmethod
    def _written(item: tuple[Future[None], _Import], flusher: _Flusher) -> None:
        """A worker's file, in order: its failure raised, else its blob queued to be made
        durable."""
        done, job = item
        done.result()
        flusher.add(job.tmp, job.final, job.size)

    def _begin(
        self,
        incident_id: int | None,
        names: Sequence[str],
        source_url: str | None,
        captured_at: str | None,
    ) -> builtins.list[_Import]:
        """Step 1: one committed ``pending`` row per file (a crash from here on is undone at
        the next unlock)."""
        db = self._vault.db
        imported_at = now_utc()
        jobs = []
        with transaction(db):
            if incident_id is not None and (
                db.execute(
                    "SELECT 1 FROM incidents WHERE id = ? AND deleted_at IS NULL", (incident_id,)
                ).fetchone()
                is None
            ):
                raise QuireError(
                    _T("errors", "No incident {incident_id}."), incident_id=incident_id
                )
            for raw_name in names:
                name = _clean_name(raw_name)
                blob_id = secrets.token_hex(16)
                key = os.urandom(32)
                row_id = int(
                    db.execute(
                        "INSERT INTO evidence(incident_id, blob_id, blob_key, state, name,"
                        " imported_at, source_url, captured_at)"
                        " VALUES (?, ?, ?, 'pending', ?, ?, ?, ?)",
                        (incident_id, blob_id, key, name, imported_at, source_url, captured_at),
                    ).lastrowid
                )
                final = self._dir / blob_id
                jobs.append(
                    _Import(row_id, key, name, imported_at, final, fs.temp_path_beside(final))
                )
        return jobs

    def _store(
        self,
        job: _Import,
        src: BinaryIO,
        size_hint: int | None,
        progress: Progress | None,
        cancel: Cancel | None,
    ) -> None:
        """Step 2: the blob written to a temporary file, fsynced, renamed into place (the
        folder's fsync is the caller's). A batch does this step its own way
        (:meth:`import_files`)."""
        job.size, job.sha256, job.type = self._write_blob(
            src, job.tmp, job.key, job.name, size_hint, progress, cancel
        )
        os.replace(job.tmp, job.final)

    def _complete(self, incident_id: int | None, jobs: Sequence[_Import]) -> None:
        """Step 3: every row complete, each with its chain entry, in one transaction (two
        statements for the lot, not two per file)."""
        db = self._vault.db
        with transaction(db):
            db.executemany(
                "UPDATE evidence SET state = 'complete', size = ?, type = ?, sha256 = ?"
                " WHERE id = ?",
                [(job.size, job.type, job.sha256, job.row_id) for job in jobs],
            )
            chain.append_many(
                db,
                [
                    (
                        "evidence",
                        job.imported_at,
                        chain.entry_text(
                            "evidence",
                            job.imported_at,
                            {
                                "incident": incident_id,
                                "evidence": job.row_id,
                                "name": job.name,
                                "size": job.size,
                                "type": job.type,
                                "sha256": job.sha256,
                            },
                        ),
                        incident_id,
                        None,
                    )
                    for job in jobs
                ],
            )
            if incident_id is not None and jobs:
                db.execute(
                    "UPDATE incidents SET updated_at = ? WHERE id = ?",
                    (jobs[-1].imported_at, incident_id),
                )

    def _give_up(self, jobs: Sequence[_Import], exc: BaseException) -> None:
        """Undo a failed import of ``jobs``: no file, no row; a full disk said plainly."""
        for job in jobs:
            for path in (job.tmp, job.final):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        with contextlib.suppress(Exception), transaction(self._vault.db) as db:
            db.executemany(
                "DELETE FROM evidence WHERE id = ? AND state = 'pending'",
                [(job.row_id,) for job in jobs],
            )
        if fs.is_disk_full(exc):
            raise QuireError(
                _T("errors", "Not enough disk space to store this file; nothing was saved.")
            ) from exc

    def _write_blob(
        self,
        src: BinaryIO,
        tmp: Path,
        key: bytes,
        name: str,
        size_hint: int | None,
        progress: Progress | None,
        cancel: Cancel | None,
        *,
        sync: bool = True,
        buffers: _Buffers | None = None,
    ) -> tuple[int, str, str]:
        """Seal ``src`` into the new file ``tmp``; its size, SHA-256 and type. ``buffers``
        (a batch's): a photo is read into its thread's reused buffer instead of a new one."""
        sha = hashlib.sha256()
        head = b""
        done = 0
        readinto = src.readinto if hasattr(src, "readinto") else partial(_read_into, src)
        # Three threads: this one reads ahead and hashes, the caller seals, one writes
        # (straight to the disk where it can): SHA-256 is the slowest step and no longer
        # waits for the others.
        small = size_hint is not None and size_hint <= PIECE_SIZE  # a photo: one piece
        with fs.create_private(tmp) as raw:
            with (
                # A photo's blob goes straight to its file (one write of its sealed chunks,
                # one of the last): a writer thread, its buffer and copy cost more per
                # photo than they saved.
                cast(
                    contextlib.AbstractContextManager[BinaryIO],
                    contextlib.nullcontext(raw)
                    if small
                    else WriteBehind(raw, name="quire-blob-write"),
                ) as disk,
                cast(
                    contextlib.AbstractContextManager[Iterable[memoryview]],
                    contextlib.nullcontext(_pieces_into(readinto, buffers.get(), sha.update))
                    if small and buffers is not None
                    else ReadAhead(
                        readinto,
                        inspect=sha.update,
                        name="quire-blob-read",
                        inline=small,
                        size_hint=size_hint,
                    ),
                ) as pieces,
            ):
                disk.write(BLOB_MAGIC)  # through the writer: its writes stay aligned
                with StreamWriter(cast(BinaryIO, disk), key) as writer:
                    for piece in pieces:
                        if cancel is not None and cancel():
                            raise CancelledError(
                                _T("errors", "Import cancelled; nothing was saved.")
                            )
                        if len(head) < SNIFF_BYTES:
                            head += bytes(piece[: SNIFF_BYTES - len(head)])
                        writer.write(piece)
                        done += len(piece)
                        if progress is not None:
                            progress(done, size_hint)
                    if cancel is not None and cancel():
                        raise CancelledError(_T("errors", "Import cancelled; nothing was saved."))
            raw.flush()
            if sync:
                os.fsync(raw.fileno())
        return done, sha.hexdigest(), sniff(head, name)

    def _abandon(self, row_id: int, *paths: Path) -> None:
        """Undo a failed import: no file, no row."""
        for p in paths:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        with contextlib.suppress(Exception), transaction(self._vault.db) as db:
            db.execute("DELETE FROM evidence WHERE id = ? AND state = 'pending'", (row_id,))

    def recover_interrupted_imports(self) -> int:
        """Remove what killed imports left behind; returns how many imports were undone."""
        fs.ensure_private_dir(self._dir)
        remove_stale_temp_files(self._dir, blobs=True)
        db = self._vault.db
        rows = db.execute("SELECT id, blob_id FROM evidence WHERE state = 'pending'").fetchall()
        for row_id, blob_id in rows:
            self._abandon(int(row_id), self._dir / blob_id)
        return len(rows)

    # -- reading -------------------------------------------------------------------------
    def _row(self, evidence_id: int, incident_id: int | None = None) -> tuple[Any, ...]:
        sql = f"SELECT {_COLUMNS}, blob_key FROM evidence WHERE id = ? AND state = 'complete'"  # noqa: S608 - constant columns
        params: builtins.list[Any] = [evidence_id]
        if incident_id is not None:
            sql += " AND incident_id = ?"
            params.append(incident_id)
        row = self._vault.db.execute(sql, params).fetchone()
        if row is None:
            raise EvidenceNotFound(
                _T("errors", "No evidence {evidence_id}.")
                if incident_id is None
                else _T("errors", "No evidence {evidence_id} in incident {incident_id}."),
                evidence_id=evidence_id,
                incident_id=incident_id,
            )
        return tuple(row)

    def get(self, evidence_id: int, incident_id: int | None = None) -> EvidenceInfo:
        return EvidenceInfo(*self._row(evidence_id, incident_id)[:10])

    def list(self, incident_id: int) -> builtins.list[EvidenceInfo]:
        rows = self._vault.db.execute(
            f"SELECT {_COLUMNS} FROM evidence WHERE incident_id = ? AND state = 'complete'"  # noqa: S608
            " ORDER BY id",
            (incident_id,),
        )
        return [EvidenceInfo(*r) for r in rows]

    def open(
        self, evidence_id: int, incident_id: int | None = None, *, verify_hash: bool = True
    ) -> VerifyingReader:
        """A file object yielding the original bytes; damage raises DamagedDataError.

        Every chunk is authenticated by the blob's AEAD whatever ``verify_hash`` says, and
        the blob holds exactly the bytes that were hashed at import (one pass did both).
        Re-hashing is the belt to those braces; a bulk copy that is itself hashed at the
        other end (a bundle's manifest) may skip it for speed.
        """
        row = self._row(evidence_id, incident_id)
        info, key = EvidenceInfo(*row[:10]), bytes(row[10])
        path = self._dir / info.blob_id
        label = Text(
            "errors", _T("errors", "evidence {id} ({name})"), {"id": evidence_id, "name": info.name}
        )
        try:
            raw = open(path, "rb")  # noqa: SIM115 - owned by the reader
        except FileNotFoundError:
            raise DamagedDataError(label, _T("errors", "its encrypted file is missing")) from None
        try:
            if raw.read(len(BLOB_MAGIC)) != BLOB_MAGIC:
                raise DamagedDataError(label, _T("errors", "its encrypted file has a bad header"))
            stream = StreamReader(raw, key)
        except StreamError as exc:
            raw.close()
            raise DamagedDataError(label, exc) from None
        except BaseException:
            raw.close()
            raise
        return VerifyingReader(raw, stream, info, label, verify_hash=verify_hash)

    def export(
        self,
        evidence_id: int,
        dest: Path,
        *,
        incident_id: int | None = None,
        progress: Progress | None = None,
    ) -> EvidenceInfo:
        """Write a plaintext copy to ``dest`` (the user's explicit choice), atomically."""
        dest = Path(dest)
        done = 0
        # Decrypting and hashing on one thread, writing on another (see app/background_io).
        with (
            self.open(evidence_id, incident_id) as reader,
            # A visible temporary name: a plaintext partial copy that a crash leaves in
            # the person's folder must not hide there.
            fs.atomic_writer(dest, hidden_temp=False) as out,
            WriteBehind(out, name="quire-copy-write") as disk,
            ReadAhead(reader.readinto, name="quire-copy-read") as pieces,
        ):
            for piece in pieces:
                disk.write(piece)
                done += len(piece)
                if progress is not None:
                    progress(done, reader.info.size)
        return reader.info

    def verify_blob(self, evidence_id: int) -> None:
        """Read the whole blob back and check its hash (raises DamagedDataError)."""
        with self.open(evidence_id) as reader:
            while reader.read(READ_SIZE):
                pass

    # -- removal and checks --------------------------------------------------------------
    def delete(self, evidence_id: int, incident_id: int | None = None) -> None:
        """Detach and delete: the row (and its key) first, then the file."""
        info = self.get(evidence_id, incident_id)
        at = now_utc()
        with transaction(self._vault.db) as db:
            db.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
            chain.append(
                db,
                "evidence_deleted",
                at,
                {"incident": info.incident_id, "evidence": evidence_id},
                incident_id=info.incident_id,
            )
        self.remove_blob_files([info.blob_id])

    def remove_blob_files(self, blob_ids: builtins.list[str]) -> None:
        for blob_id in blob_ids:
            with contextlib.suppress(FileNotFoundError):
                (self._dir / blob_id).unlink()
        fs.fsync_dir(self._dir)

    def check(self) -> StoreCheck:
        """Files without a row (orphans) and rows without a file (missing). The decoy
        diary's blob (app/decoy.py) has no row on purpose and is not an orphan."""
        known = {
            r[0]: int(r[1])
            for r in self._vault.db.execute(
                "SELECT blob_id, id FROM evidence WHERE state = 'complete'"
            )
        }
        on_disk = {p.name for p in self._dir.iterdir()} if self._dir.is_dir() else set()
        on_disk.discard(decoy.decoy_name(self._vault) or "")  # the decoy diary is no orphan
        return StoreCheck(
            orphan_files=sorted(on_disk - set(known)),
            missing_blobs=sorted(i for b, i in known.items() if b not in on_disk),
        )


class VerifyingReader(io.RawIOBase):
    """Decrypts a blob and, at the end, checks SHA-256 against the recorded hash."""

    def __init__(
        self,
        raw: BinaryIO,
        stream: StreamReader,
        info: EvidenceInfo,
        label: Text,
        *,
        verify_hash: bool = True,
    ) -> None:
        super().__init__()
        self._raw, self._stream, self.info, self._label = raw, stream, info, label
        self._sha = hashlib.sha256() if verify_hash else None
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            n = self._stream.readinto(buffer)
        except StreamError as exc:
            raise DamagedDataError(self._label, exc) from None
        if n:
            if self._sha is not None:
                self._sha.update(memoryview(buffer)[:n])
            self._count += n
        elif self._count != self.info.size or (
            self._sha is not None and self._sha.hexdigest() != self.info.sha256
        ):
            raise DamagedDataError(
                self._label, _T("errors", "its content does not match its recorded hash")
            )
        return n

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


def _pieces_into(
    readinto: Callable[[memoryview], int], buf: memoryview, inspect: Callable[[memoryview], object]
) -> Iterator[memoryview]:
    """A file's content as pieces read into ``buf`` (each valid until the next is asked for),
    each inspected first: ReadAhead's inline reading, with a buffer the caller reuses."""
    while True:
        n = 0
        while n < len(buf):
            got = readinto(buf[n:])
            if not got:
                break
            n += got
        if not n:
            return
        inspect(buf[:n])
        yield buf[:n]
        if n < len(buf):  # the end was reached (a last read of 0 said so)
            return


def _read_into(src: BinaryIO, buf: bytearray) -> int:
    data = src.read(len(buf))
    buf[: len(data)] = data
    return len(data)


def _clean_name(name: str) -> str:
    """A file name safe to store and show: no folders, no control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    try:
        base.encode("utf-8")
    except UnicodeEncodeError:
        base = base.encode("utf-8", "replace").decode("utf-8")
    return base[:MAX_NAME] or "unnamed"
