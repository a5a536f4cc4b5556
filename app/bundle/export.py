"""Writing a sealed bundle: chosen incidents and their evidence, for chosen recipients.

The ZIP is written straight into the age encryptor, which writes into a temporary file
beside the destination; nothing in plaintext touches the disk, memory stays flat however
large the evidence (files stream through in 1 MiB pieces), and the temporary file becomes
the bundle only when everything succeeded. Cancel or fail, and no file is left.
"""

from __future__ import annotations

import gc
import hashlib
import json
import stat
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from app import __version__, fs, settings
from app.age import AgeWriter, Recipient, check_recipients, parse_recipient
from app.age.errors import IncompatibleRecipientsError
from app.background_io import PIECE_SIZE, ReadAhead, WriteBehind
from app.bundle import layout, unlinkable
from app.bundle.timestamp import timestamp_request
from app.clock import now_utc
from app.contacts.book import ContactBook, ContactError
from app.crypto import sshsig
from app.errors import CancelledError, QuireError
from app.evidence.redact import leave_out_originals
from app.evidence.store import EvidenceInfo, EvidenceStore
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.incidents import chain
from app.incidents.document import incident_document
from app.incidents.record import SCHEMA_VERSION
from app.incidents.store import Filters, IncidentStore

if TYPE_CHECKING:
    from app.vault.vault import Vault


Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
# Each evidence file's part of the report, counted as this many bytes of the progress bar:
# a photo's preview costs about what copying 128 KiB does, and without it the bar stood
# full while the report of 2,000 photos was drawn (8-80 s).
REPORT_STEP = 128 * 1024
BIG_REPORT = 8 * 1024 * 1024  # bytes of PDF past which its objects are collected at once


@dataclass
class Selection:
    """Which incidents go into a bundle (deleted ones never do)."""

    all: bool = False
    incident_ids: list[int] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    tags: list[str] = field(default_factory=list)

    def resolve(self, store: IncidentStore) -> list[int]:
        if self.incident_ids:
            for i in self.incident_ids:
                store.get(i)  # raises for a missing or deleted incident
            return sorted(set(self.incident_ids))
        if not (self.all or self.since or self.until or self.tags):
            raise QuireError(
                _T("errors", "Choose what to export: all, some incidents, a date range or a tag.")
            )
        found = store.list(Filters(date_from=self.since, date_to=self.until, tags=self.tags))
        return sorted(s.id for s in found)


@dataclass
class BundleSummary:
    path: Path
    incidents: int
    evidence_files: int
    bytes_written: int
    signed: bool
    signing_fingerprint: str | None
    source_files: int = 0  # original chat exports that excerpts cite (sources/)


def resolve_recipients(vault: Vault, names: Iterable[str]) -> list[Recipient]:
    """Each name is an ``age1…``/``age1pq1…`` recipient or an address-book contact."""
    out: list[Recipient] = []
    book = ContactBook(vault)
    for name in names:
        text = name.strip()
        if text.lower().startswith("age1"):
            out.append(parse_recipient(text))
            continue
        try:
            out.append(parse_recipient(book.find(text).recipient))
        except ContactError:
            raise QuireError(
                _T(
                    "errors",
                    "{text} is neither a recipient (age1…) nor a contact in the address book.",
                ),
                text=repr(text),
            ) from None
    if not out:
        raise QuireError(_T("errors", "Choose at least one recipient (--to)."))
    return out


@dataclass(frozen=True)
class _Origin:
    """Who made the bundle, when, from which chain head and with which key: decided once,
    so the report and the manifest say the same."""

    author: str | None
    created_at: str
    chain_head: str | None  # None in an unsigned bundle (see app/bundle/unlinkable.py)
    signing: Any  # the vault's Ed25519 key, or None for an unsigned bundle
    fingerprint: str | None
    language: str = "en"  # the sender's: the report's and README.txt's words
    court: bool = False  # numbered 1…N and annexes A1…: see export_bundle


@dataclass(frozen=True)
class _File:
    """One evidence file: the diary's record (its ids open the blob) and, apart, the ids,
    path and import time the bundle shows."""

    info: EvidenceInfo
    diary_incident: int
    incident: int
    evidence: int
    path: str
    imported_at: str | None
    annex: str | None = None  # A1, A2, … in a court annex


@dataclass(frozen=True)
class _Source:
    """One original chat export file that an excerpt cites (evidence of no incident)."""

    info: EvidenceInfo
    path: str


def _sources(vault: Vault, evidence: EvidenceStore, docs: list[dict[str, Any]]) -> list[_Source]:
    """The export files of every chat source the documents' excerpts cite, each once.

    Each excerpt's ``source`` gains ``path`` (the cited file: the one whose SHA-256 the
    citations name) and ``files`` (every export file of that source) in the bundle.
    """
    out: list[_Source] = []
    by_sha: dict[str, list[_Source]] = {}
    for doc in docs:
        for excerpt in doc.get("excerpts", []):
            source = excerpt["source"]
            sha = source["sha256"]
            if sha not in by_sha:
                rows = vault.db.execute(
                    "SELECT f.evidence_id FROM chat_files f JOIN chat_sources s"
                    " ON s.id = f.source_id WHERE s.sha256 = ? AND f.role = 'export'"
                    " ORDER BY f.evidence_id",
                    (sha,),
                ).fetchall()
                by_sha[sha] = []
                for (evidence_id,) in rows:
                    info = evidence.get(int(evidence_id))
                    item = _Source(info, layout.source_path(len(out) + 1, info.name))
                    out.append(item)
                    by_sha[sha].append(item)
            files = by_sha[sha]
            cited = [f.path for f in files if f.info.sha256 == sha]
            source["path"] = cited[0] if cited else (files[0].path if files else None)
            source["files"] = [f.path for f in files]
    return out


class _Counter:
    """Progress over the whole export, with the cancel check in one place."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total, self.done = max(total, 1), 0
        self._progress, self._cancel = progress, cancel

    def cancelled(self) -> bool:
        return self._cancel is not None and self._cancel()

    def add(self, n: int) -> None:
        if self.cancelled():
            raise CancelledError(_T("errors", "Export cancelled; no bundle was written."))
        self.done += n
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


def export_bundle(
    vault: Vault,
    selection: Selection,
    recipients: Sequence[Recipient],
    out: Path,
    *,
    sign: bool = True,
    author: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    language: str | None = None,
    court: bool = False,
    without_originals: bool = False,
) -> BundleSummary:
    """Seal the selected incidents into ``out`` for ``recipients``.

    ``without_originals`` leaves out the original of every redacted copy in the selection
    (app/evidence/redact.py leave_out_originals); the copy keeps its original's SHA-256.

    The report and README.txt speak ``language`` with English beside it; by default the
    diary's own (settings.json), so the CLI and the app make the same bundle.

    ``court`` makes the annex for a court or a lawyer's application: incidents numbered
    1…N in chronological order, evidence as annexes A1, A2, … in that order, and no diary
    id anywhere (a gap in them would tell the other side something was withheld).
    """
    out = Path(out)
    if out.exists():  # before any work
        raise QuireError(_T("errors", "{out} exists already; choose another file name."), out=out)
    try:  # age's own rules for which recipients may share a file
        check_recipients(recipients)
    except IncompatibleRecipientsError as exc:
        raise QuireError(
            _T("errors", "These recipients cannot share one bundle: {exc}."), exc=exc
        ) from None
    store, evidence = IncidentStore(vault), EvidenceStore(vault)
    ids = selection.resolve(store)
    if not ids:
        raise QuireError(_T("errors", "No incidents match that selection; nothing was exported."))
    diary_docs = [_document(store, evidence, i) for i in ids]
    left_out = leave_out_originals(vault, diary_docs) if without_originals else set()
    if court:  # one numbering (unlinkable's), in the order the court reads
        from app.report.content import chronological

        diary_docs = chronological(diary_docs)
        ids = [d["id"] for d in diary_docs]
        docs, numbering = unlinkable.unlink(diary_docs, cut_times=not sign)
        for doc in docs:
            doc["number"] = doc["id"]
            for item in doc["evidence"]:
                item["annex"] = layout.annex(item["id"])
    elif sign:  # the key links the bundle to the diary anyway: keep the diary's ids and times
        docs, numbering = diary_docs, unlinkable.same_ids(diary_docs)
    else:
        docs, numbering = unlinkable.unlink(diary_docs)
    files = [
        _File(
            info,
            i,
            numbering.incidents[i],
            numbering.evidence[info.id],
            layout.evidence_path(
                numbering.incidents[i], numbering.evidence[info.id], info.name, as_annex=court
            ),
            info.imported_at if sign else unlinkable.day(info.imported_at),
            layout.annex(numbering.evidence[info.id]) if court else None,
        )
        for i in ids
        for info in evidence.list(i)
        if info.id not in left_out
    ]
    sources = _sources(vault, evidence, docs)
    # A diary's actor ids only where its incident ids are shown too (signed, not court).
    actors = _actors(vault, ids, numbering, keep_ids=sign and not court)
    counter = _Counter(
        sum(f.info.size for f in files)
        + sum(s.info.size for s in sources)
        + len(docs) * 4096
        + sum(len(d["evidence"]) for d in docs) * REPORT_STEP,
        progress,
        cancel,
    )
    signing = vault.signing_key() if sign else None
    origin = _Origin(
        author=author,
        created_at=now_utc(),
        chain_head=chain.head(vault.db).hex() if sign else None,
        signing=signing,
        fingerprint=sshsig.fingerprint(signing.public_key()) if signing else None,
        language=language or settings.load(vault.home).language,
        court=court,
    )
    entries: list[dict[str, Any]] = []

    def write_zip(zf: zipfile.ZipFile) -> None:
        _write_bundle_body(zf, docs, files, sources, evidence, entries, counter, origin, actors)
        _write_lists(zf, entries, docs, origin)

    try:
        written = _seal(out, recipients, write_zip)
    except OSError as exc:
        if not fs.is_disk_full(exc):
            raise
        raise QuireError(
            _T("errors", "Not enough disk space for the bundle in {parent}; nothing was written."),
            parent=out.parent,
        ) from exc
    return BundleSummary(
        out,
        len(docs),
        len(files),
        written,
        signing is not None,
        origin.fingerprint,
        len(sources),
    )


def _seal(
    out: Path, recipients: Sequence[Recipient], write: Callable[[zipfile.ZipFile], None]
) -> int:
    """ZIP → age → a helper thread writing a temporary file that becomes ``out`` at the end.

    Any failure or cancel leaves no file; returns the bundle's size.
    """
    with fs.atomic_writer(out) as raw:
        behind = WriteBehind(raw)
        try:
            age = AgeWriter(cast(BinaryIO, behind), recipients)
            try:
                with zipfile.ZipFile(
                    age, "w", compression=zipfile.ZIP_STORED, allowZip64=True
                ) as zf:
                    write(zf)
            except BaseException:
                age.abort()
                raise
            age.close()
            behind.close()
        except BaseException:
            behind.abort()
            raise
        return behind.tell()


def _document(store: IncidentStore, evidence: EvidenceStore, incident_id: int) -> dict[str, Any]:
    doc = incident_document(store.get(incident_id), evidence)
    # Only numbers and times of earlier revisions: their text may hold what the user
    # deliberately removed later, and is not the receiver's to see.
    doc["revision_history"] = [
        {"revision": r.revision, "at": r.at} for r in store.revisions(incident_id)
    ]
    return doc


def _zip_info(name: str) -> zipfile.ZipInfo:
    """A plain file entry with a fixed date (the bundle's own time is in the manifest)."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _add_bytes(
    zf: zipfile.ZipFile,
    name: str,
    data: bytes | bytearray,
    entries: list[dict[str, Any]],
    kind: str,
    compress: bool = True,
    **extra: Any,
) -> None:
    info = _zip_info(name)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    zf.writestr(info, data)
    entries.append(
        {
            "path": name,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "kind": kind,
            **extra,
        }
    )


def _write_bundle_body(
    zf: zipfile.ZipFile,
    docs: list[dict[str, Any]],
    files: list[_File],
    sources: list[_Source],
    evidence: EvidenceStore,
    entries: list[dict[str, Any]],
    counter: _Counter,
    origin: _Origin,
    actors: list[dict[str, Any]],
) -> None:
    shown = {(f.incident, f.evidence): f for f in files}  # by the ids the bundle shows
    for doc in docs:
        doc["evidence"] = [{**e, "path": shown[(doc["id"], e["id"])].path} for e in doc["evidence"]]
        data = json.dumps(
            {"schema_version": SCHEMA_VERSION, "incident": doc}, ensure_ascii=False, indent=2
        ).encode()
        _add_bytes(
            zf, layout.incident_path(doc["id"]), data, entries, "incident", incident_id=doc["id"]
        )
        counter.add(4096)
    for f in files:
        _add_evidence(zf, f, evidence, entries, counter)
    for src in sources:
        _copy_blob(zf, evidence, src.info, None, src.path, counter)
        entries.append(
            {
                "path": src.path,
                "size": src.info.size,
                "sha256": src.info.sha256,
                "kind": "source",
                "name": src.info.name,
                "type": src.info.type,
            }
        )
    # After the evidence, not beside it on a thread: rendering is pure Python and would
    # take the GIL from the copy's threads (measured: slower overall).
    _add_report(
        zf,
        {
            "author": origin.author,
            "created_at": origin.created_at,
            "chain_head": origin.chain_head or "",
            "signing_fingerprint": origin.fingerprint,
            "incidents": docs,
            "evidence_path": lambda inc, ev: shown[(inc, ev)].path,
            # Pictures shown inline: every chunk is authenticated; no second SHA-256.
            "open_evidence": lambda inc, ev: evidence.open(
                shown[(inc, ev)].info.id, shown[(inc, ev)].diary_incident, verify_hash=False
            ),
            "cancel": counter.cancelled,
            "evidence_done": lambda: counter.add(REPORT_STEP),
            "language": origin.language,
            "court": origin.court,
            "actors": actors,
        },
        entries,
    )
    _add_bytes(
        zf,
        layout.README,
        layout.readme_text(origin.signing is not None, origin.language).encode(),
        entries,
        "readme",
    )


def _actors(
    vault: Vault, ids: list[int], numbering: unlinkable.Numbering, *, keep_ids: bool
) -> list[dict[str, Any]]:
    """The actors linked to the exported incidents, for the report's section per actor.

    Each lists only those incidents, by the numbers the bundle shows; the diary's actor and
    identifier ids stay out unless the bundle keeps the diary's ids anyway.
    """
    from app.actors import store as actor_store

    found: dict[int, None] = {}
    for i in ids:
        found.update(dict.fromkeys(actor_store.incident_actors(vault.db, i)))
    out = []
    for n, actor_id in enumerate(found, 1):
        actor = actor_store.get(vault.db, actor_id)
        out.append(
            {
                "id": actor.id if keep_ids else n,
                "kind": actor.kind,
                "names": list(actor.names),
                "identifiers": [
                    {k: v for k, v in i.to_dict().items() if k != "id" or keep_ids}
                    for i in actor.identifiers
                ],
                "incidents": [
                    numbering.incidents[i] for i in actor.incidents if i in numbering.incidents
                ],
            }
        )
    return out


def _add_report(zf: zipfile.ZipFile, fields: dict[str, Any], entries: list[dict[str, Any]]) -> None:
    """report.pdf, then report.html, each into the ZIP as soon as it is made (the import
    is heavy: only when exporting).

    The PDF goes in and is let go before the HTML is made. A big one is collected at once:
    fpdf2's pages and pictures form reference cycles, ~35 MB for 2,000 photos, that would
    otherwise be held beside the PDF's own 20 MB while the HTML is made."""
    from app.report import ReportInput, render_html, render_pdf

    report = ReportInput(**fields)
    pdf = render_pdf(report)
    big = len(pdf) > BIG_REPORT
    # Stored: its streams and pictures are compressed already; deflating a 22 MB report of
    # 2,000 photos again took 0.8 s of CPU to save 16%.
    _add_bytes(zf, layout.REPORT_PDF, pdf, entries, "report", compress=False)
    pdf[:] = bytes(len(pdf))  # the diary in plain text: overwritten, not just let go
    del pdf
    if big:
        gc.collect()
    _add_bytes(zf, layout.REPORT_HTML, render_html(report).encode(), entries, "report")


def _copy_blob(
    zf: zipfile.ZipFile,
    evidence: EvidenceStore,
    info: EvidenceInfo,
    diary_incident: int | None,
    path: str,
    counter: _Counter,
) -> None:
    """Stream one stored file into the ZIP, stored (not compressed), as ``path``."""
    zinfo = _zip_info(path)
    zinfo.compress_type = zipfile.ZIP_STORED
    zinfo.file_size = info.size
    with (
        # The blob's AEAD authenticates every byte; the receiver re-hashes against the manifest.
        evidence.open(info.id, diary_incident, verify_hash=False) as reader,
        zf.open(zinfo, "w", force_zip64=info.size >= zipfile.ZIP64_LIMIT) as dest,
        # A blob of one piece (a photo) has nothing to overlap: no helper thread for it.
        ReadAhead(
            reader.readinto,
            inline=info.size <= PIECE_SIZE,
            size_hint=info.size,
        ) as pieces,
    ):
        # zipfile takes the CRC-32 here, on the thread that seals the bundle. Taking it on
        # the read-ahead thread instead (beside the decryption, through zipfile's private
        # fields) made a 1 GiB export slower on a quiet machine: 2.48 s against 2.23 s,
        # median of 6 interleaved runs (docs/PERFORMANCE.md).
        for piece in pieces:
            dest.write(piece)
            counter.add(len(piece))


def _add_evidence(
    zf: zipfile.ZipFile,
    file: _File,
    evidence: EvidenceStore,
    entries: list[dict[str, Any]],
    counter: _Counter,
) -> None:
    info = file.info
    _copy_blob(zf, evidence, info, file.diary_incident, file.path, counter)
    # The reader checked the size; the hash is the one computed as the file was imported.
    entries.append(
        {
            "path": file.path,
            "size": info.size,
            "sha256": info.sha256,
            "kind": "evidence",
            "incident_id": file.incident,
            "evidence_id": file.evidence,
            **({"annex": file.annex} if file.annex else {}),
            "name": info.name,
            "type": info.type,
            "imported_at": file.imported_at,
        }
    )


def _write_lists(
    zf: zipfile.ZipFile,
    entries: list[dict[str, Any]],
    docs: list[dict[str, Any]],
    origin: _Origin,
) -> None:
    """SHA256SUMS, the signing key, the manifest and the signatures, in that order."""
    signing = origin.signing
    if signing is not None:
        key_line = sshsig.public_key_line(signing.public_key(), "quire-bundle")
        _add_bytes(zf, layout.SIGNING_KEY, (key_line + "\n").encode(), entries, "key")
        allowed = f'{layout.SIGNER_PRINCIPAL} namespaces="{layout.SIGNATURE_NAMESPACE}" {key_line}'
        _add_bytes(zf, layout.ALLOWED_SIGNERS, (allowed + "\n").encode(), entries, "key")
    sums = "".join(f"{e['sha256']}  {e['path']}\n" for e in entries).encode()
    manifest = {
        "format": layout.FORMAT,
        "version": layout.VERSION,
        "generator": f"Quire {__version__}",
        "created_at": origin.created_at,
        "author": origin.author,
        "chain_head": origin.chain_head,
        "signing_key": sshsig.public_key_line(signing.public_key()) if signing else None,
        "signing_fingerprint": origin.fingerprint,
        "incidents": [
            {
                "id": d["id"],
                "title": d["title"],
                "occurred_at": d["occurred_at"],
                **({"number": d["number"]} if "number" in d else {}),
                "path": layout.incident_path(d["id"]),
                "revisions": d["revisions"],
                "evidence": [e["id"] for e in d["evidence"]],
            }
            for d in docs
        ],
        "sources": [
            {"path": e["path"], "sha256": e["sha256"], "name": e["name"]}
            for e in entries
            if e["kind"] == "source"
        ],
        "files": [
            *entries,
            {
                "path": layout.SUMS,
                "size": len(sums),
                "sha256": hashlib.sha256(sums).hexdigest(),
                "kind": "sums",
            },
        ],
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    _add_bytes(zf, layout.SUMS, sums, [], "sums")
    _add_bytes(zf, layout.MANIFEST, manifest_bytes, [], "manifest")
    # Outside the manifest, like the signatures: it holds the manifest's own hash.
    _add_bytes(
        zf, layout.TIMESTAMP_REQUEST, timestamp_request(manifest_bytes), [], "timestamp", False
    )
    if signing is not None:
        for target, data in ((layout.MANIFEST_SIG, manifest_bytes), (layout.SUMS_SIG, sums)):
            sig = sshsig.sign(signing, data, layout.SIGNATURE_NAMESPACE).encode()
            _add_bytes(zf, target, sig, [], "signature")
