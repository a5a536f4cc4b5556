"""Evidence workflows the GUI runs in worker threads: import, read for preview, copy out.

Each function takes the unlocked :class:`Vault` and opens its own session (a separate
database connection) for the length of the work, so it is safe to call from a worker
thread; the session is locked again whatever happens. Long ones take ``progress(done,
total)`` and ``cancel()`` like every other long piece of work in ``app/``.

Nothing here writes plaintext anywhere except :func:`export_copy`, whose destination is
the user's explicit choice.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import fs
from app.dates import parse_typed
from app.errors import CancelledError, QuireError
from app.evidence.shred import overwrite_and_remove
from app.evidence.store import READ_SIZE, EvidenceInfo, EvidenceStore
from app.i18n import QT_TRANSLATE_NOOP as _T

if TYPE_CHECKING:
    from app.vault.vault import Vault

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

TEXT_PREVIEW_LIMIT = 5 * 1024 * 1024
IMAGE_PREVIEW_LIMIT = 64 * 1024 * 1024
PDF_PREVIEW_LIMIT = 128 * 1024 * 1024
THUMBNAIL_FILE_LIMIT = 48 * 1024 * 1024
MAX_SOURCE_URL = 2000

# Why a file was not imported; the GUI turns each into a translated sentence.
UNREADABLE = "unreadable"
NOT_A_FILE = "not_a_file"
DISK_FULL = "disk_full"
SKIPPED = "skipped"  # not tried, because the disk filled up before it
FAILED = "failed"  # any other QuireError; ``detail`` holds its message


@dataclass
class FileProblem:
    path: Path
    reason: str
    detail: str = ""


@dataclass
class ImportOutcome:
    """What a batch import did: every file is either imported or has a problem."""

    # (original, what was stored): an EvidenceInfo, or a DraftFile for a draft's files
    imported: list[tuple[Path, Any]] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


# Files imported together through EvidenceStore.import_files: one syncfs per 64 MiB and two
# commits for the group instead of two commits and an fsync per file (2,000 photos in-process:
# ~9 s one by one, 2.2 s in groups of 256, 2.4 s in groups of 64, 2.0 s as one batch:
# bench_evidence.py -k many_photos). A group failing as a whole is tried again file by file,
# so each file still gets its own outcome.
GROUP_FILES = 256
GROUP_BYTES = 64 * 1024 * 1024


def import_files(
    vault: Vault,
    incident_id: int,
    paths: Sequence[Path | str],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportOutcome:
    """Import files into the incident, in order, in groups (GROUP_FILES).

    A file that cannot be read is reported and the others still go in; a full disk stops
    the batch (the rest are reported as skipped). Cancelling stops at once: the group being
    imported is not kept (nothing of it is half done), the groups before it are. Progress
    counts bytes over the whole batch and never goes back.
    """
    files = [Path(p) for p in paths]
    total = max(sum(_size_or_zero(p) for p in files), 1)
    outcome = ImportOutcome()
    shown = [0]

    def report(value: int) -> None:
        # Serialised: a group's threads report under its lock, the rest on this thread.
        value = min(value, total)
        if progress is not None and value > shown[0]:  # a group tried again file by file
            shown[0] = value
            progress(value, total)

    session = vault.session()
    try:
        store = EvidenceStore(session)
        done = 0  # bytes of the files imported so far
        index = 0
        while index < len(files):
            if cancel is not None and cancel():
                raise CancelledError(_T("errors", "Import cancelled."))
            group = _group(files, index)
            if not group:
                outcome.problems.append(FileProblem(files[index], NOT_A_FILE))
                index += 1
                continue
            try:
                infos = store.import_files(
                    incident_id, group, progress=_from(report, done), cancel=cancel
                )
            except CancelledError:
                raise
            except (QuireError, OSError):
                # Which file, and why: one by one (nothing of the failed group was kept).
                done, go_on = _one_by_one(
                    store, incident_id, files, (index, len(group)), done, outcome, report, cancel
                )
                if not go_on:
                    break
            else:
                outcome.imported += list(zip(group, infos, strict=True))
                done += sum(info.size for info in infos)
                report(done)
            index += len(group)
    finally:
        session.lock()
    return outcome


def _from(report: Callable[[int], None], offset: int) -> Callable[[int, int | None], None]:
    """A progress callback counting from ``offset`` bytes of the whole batch."""
    return lambda n, _total: report(offset + n)


def _group(files: list[Path], start: int) -> list[Path]:
    """The readable files from ``start`` on, up to a group's bounds or the next path
    that is not a file (reported on its own, in its place)."""
    group: list[Path] = []
    size = 0
    for path in files[start : start + GROUP_FILES]:
        if not path.is_file() or (group and size >= GROUP_BYTES):
            break
        group.append(path)
        size += _size_or_zero(path)
    return group


def _one_by_one(
    store: EvidenceStore,
    incident_id: int,
    files: list[Path],
    span: tuple[int, int],
    done: int,
    outcome: ImportOutcome,
    report: Callable[[int], None],
    cancel: Cancel | None,
) -> tuple[int, bool]:
    """Import the ``span`` (start, count) of ``files`` each on its own: (bytes done, go on?)."""
    start, count = span
    for index in range(start, start + count):
        path = files[index]
        if cancel is not None and cancel():
            raise CancelledError(_T("errors", "Import cancelled."))
        try:
            info = store.import_file(incident_id, path, progress=_from(report, done), cancel=cancel)
        except CancelledError:
            raise
        except (QuireError, OSError) as exc:
            if fs.is_disk_full(exc):
                outcome.problems.append(FileProblem(path, DISK_FULL))
                outcome.problems += [FileProblem(p, SKIPPED) for p in files[index + 1 :]]
                return done, False
            if isinstance(exc, OSError):
                outcome.problems.append(FileProblem(path, UNREADABLE, exc.strerror or ""))
            else:
                outcome.problems.append(FileProblem(path, FAILED, str(exc)))
            continue
        outcome.imported.append((path, info))
        done += info.size
        report(done)
    return done, True


def import_bytes(
    vault: Vault,
    incident_id: int,
    data: bytes,
    name: str,
    *,
    source_url: str | None = None,
    captured_at: str | None = None,
    cancel: Cancel | None = None,
) -> EvidenceInfo:
    """Import bytes held in memory (a pasted screenshot): nothing touches the disk."""
    session = vault.session()
    try:
        try:
            return EvidenceStore(session).import_stream(
                incident_id,
                io.BytesIO(data),
                name,
                size_hint=len(data),
                cancel=cancel,
                source_url=clean_source_url(source_url),
                captured_at=normalize_captured_at(captured_at),
            )
        except OSError as exc:
            if fs.is_disk_full(exc):
                raise QuireError(
                    _T("errors", "Not enough disk space to store this; nothing was saved.")
                ) from exc
            raise
    finally:
        session.lock()


def clean_source_url(text: str | None) -> str | None:
    """Where the evidence was seen, as typed; blank means none. Never opened or fetched."""
    if text is None:
        return None
    cleaned = "".join(ch for ch in text if ch.isprintable()).strip()
    if len(cleaned) > MAX_SOURCE_URL:
        raise QuireError(
            _T("errors", "The address is too long (more than {max_source_url} characters)."),
            max_source_url=MAX_SOURCE_URL,
        )
    return cleaned or None


def normalize_captured_at(text: str | None, *, day_first: bool = True) -> str | None:
    """When it was seen, as typed (see :func:`app.dates.parse_typed`); blank means unknown.

    Raises :class:`app.dates.DateFormatError` (a QuireError the GUI translates)."""
    if text is None or not text.strip():
        return None
    return parse_typed(text, day_first=day_first).stored


def pasted_name(title: str, when: str | None, now: datetime | None = None) -> str:
    """A pasted picture's file name from its incident and time: "threat-2025-05-14-2315.png".

    The title's words (any script) in lower case joined by dashes, at most 40 characters
    ("screenshot" when there is no title); the time the picture was seen (stored form), or
    now when that is not known.
    """
    lowered = title.replace("İ", "i").casefold()  # Azerbaijani İ is i, not i + a dot above
    words = "".join(
        ch if ch.isalnum() or unicodedata.category(ch) == "Mn" else " " for ch in lowered
    ).split()
    stem = ""
    for word in words:
        if len(stem) + len(word) + 1 > 40:
            break
        stem = f"{stem}-{word}" if stem else word
    stem = stem or (words[0][:40] if words else "screenshot")
    stamp = (when or "")[:16]
    if len(stamp) == 16 and stamp[10] == "T":
        digits = f"{stamp[:10]}-{stamp[11:13]}{stamp[14:16]}"
    elif len(stamp) >= 10:
        digits = stamp[:10]
    else:
        digits = (now or datetime.now()).strftime("%Y-%m-%d-%H%M")
    return f"{stem}-{digits}.png"


def now_for_people() -> str:
    """The local time now, in the form :func:`normalize_captured_at` accepts."""
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")


def remove_originals(
    vault: Vault,
    pairs: Sequence[tuple[int, Path | str]],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[FileProblem]:
    """For each (evidence id, original path): verify, then shred the original.

    An original that does not verify (see :func:`shred_original`) is left alone. Returns
    the problems.
    """
    problems: list[FileProblem] = []
    session = vault.session()
    try:
        store = EvidenceStore(session)
        infos = [(store.get(eid), Path(original)) for eid, original in pairs]
        total = max(2 * sum(info.size for info, _ in infos), 1)
        done = [0]

        def tick(n: int) -> None:
            if cancel is not None and cancel():
                raise CancelledError(
                    _T("errors", "Stopped; the remaining originals were left in place.")
                )
            done[0] += n
            if progress is not None:
                progress(min(done[0], total), total)

        for info, path in infos:
            tick(0)
            start = done[0]
            try:
                shred_original(store, info, path, tick=tick)
            except CancelledError:
                raise
            except QuireError as exc:
                problems.append(FileProblem(path, FAILED, str(exc)))
            except OSError as exc:
                problems.append(FileProblem(path, UNREADABLE, exc.strerror or ""))
            done[0] = start + 2 * info.size
    finally:
        session.lock()
    return problems


def shred_original(
    store: EvidenceStore,
    info: EvidenceInfo,
    original: Path,
    *,
    tick: Callable[[int], None] | None = None,
) -> None:
    """Overwrite and delete ``original`` only when both sides prove it safe to lose.

    The vault's copy is read back whole (decrypted, hash checked), and the original must
    still hold exactly the bytes that were imported: a file changed or replaced since is
    left in place. Raises QuireError (or OSError) and removes nothing otherwise.
    """
    with store.open(info.id, info.incident_id) as reader:  # the hash is checked at the end
        while chunk := reader.read(READ_SIZE):
            if tick is not None:
                tick(len(chunk))
    sha, size = hashlib.sha256(), 0
    with open(original, "rb") as src:
        while chunk := src.read(READ_SIZE):
            sha.update(chunk)
            size += len(chunk)
            if tick is not None:
                tick(len(chunk))
    if (size, sha.hexdigest()) != (info.size, info.sha256):
        raise QuireError(
            _T("errors", "{name} has changed since it was imported, so it was left in place."),
            name=original.name,
        )
    overwrite_and_remove(original)


@dataclass
class Content:
    """Decrypted bytes of one evidence file, held in memory for a preview."""

    info: EvidenceInfo
    data: bytes
    complete: bool  # False when only the first ``limit`` bytes were read


def read_content(
    vault: Vault,
    evidence_id: int,
    limit: int,
    *,
    partial_ok: bool = False,
    cancel: Cancel | None = None,
) -> Content | None:
    """The decrypted bytes, verified against the recorded hash when read whole.

    Files larger than ``limit`` give ``None``, or with ``partial_ok`` their first ``limit``
    bytes (then unverified, and marked incomplete).
    """
    session = vault.session()
    try:
        return read_from_store(
            EvidenceStore(session), evidence_id, limit, partial_ok=partial_ok, cancel=cancel
        )
    finally:
        session.lock()


def read_from_store(
    store: EvidenceStore,
    evidence_id: int,
    limit: int,
    *,
    partial_ok: bool = False,
    cancel: Cancel | None = None,
) -> Content | None:
    """:func:`read_content` with a store the caller opened (to read many in one session)."""
    info = store.get(evidence_id)
    if info.size > limit and not partial_ok:
        return None
    with store.open(evidence_id) as reader:
        buf = bytearray()
        while len(buf) < limit:
            if cancel is not None and cancel():
                raise CancelledError(_T("errors", "Cancelled."))
            chunk = reader.read(min(READ_SIZE, limit - len(buf)))
            if not chunk:
                return Content(info, bytes(buf), True)
            buf += chunk
        if not reader.read(1):  # exactly ``limit`` bytes: this read checks the hash
            return Content(info, bytes(buf), True)
        return Content(info, bytes(buf), False)


def export_copy(
    vault: Vault,
    evidence_id: int,
    dest: Path | str,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> EvidenceInfo:
    """Write an unencrypted copy where the user chose; a cancel leaves no file behind."""

    def step(done: int, total: int | None) -> None:
        if cancel is not None and cancel():
            raise CancelledError(_T("errors", "Cancelled; no copy was written."))
        if progress is not None:
            progress(done, total or done)

    session = vault.session()
    try:
        try:
            return EvidenceStore(session).export(evidence_id, Path(dest), progress=step)
        except OSError as exc:
            if fs.is_disk_full(exc):
                raise QuireError(
                    _T("errors", "Not enough disk space for the copy; nothing was written.")
                ) from exc
            raise QuireError(
                _T("errors", "The copy could not be written: {value}."),
                value=exc.strerror or exc.__class__.__name__,
            ) from exc
    finally:
        session.lock()


def is_previewable_text(mime: str) -> bool:
    return mime.startswith("text/") or mime in (
        "application/json",
        "application/xml",
        "image/svg+xml",
    )


def preview_kind(mime: str) -> str:
    """How the GUI can show a type: image, pdf, text, or none."""
    if mime in ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff"):
        return "image"
    if mime == "application/pdf":
        return "pdf"
    if is_previewable_text(mime):
        return "text"
    return "none"


def decode_text(data: bytes) -> str:
    """Bytes to text for a preview: UTF-8 (with or without BOM), invalid bytes replaced."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8", errors="replace")
