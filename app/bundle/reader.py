"""Reading a received bundle for a person: check it, hold its incidents and report in memory,
and save its files to a folder. Shared by ``quire-cli open`` and the Open Bundle window.

Checking (``check_bundle``) writes nothing; the incidents and the report are then read
straight out of the encrypted file into memory, each checked again against the verified
manifest. Only :func:`extract_to` writes, through the same checks, into a new or empty folder.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.age.stanza import Identity
from app.bundle import layout
from app.bundle.receive import (
    Progress,
    VerifiedBundle,
    check_bundle,
    open_zip,
    sweep_leftovers,
)
from app.errors import DamagedDataError, QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T

MAX_INCIDENT_JSON = 32 * 1024 * 1024
MAX_REPORT = 512 * 1024 * 1024


@dataclass
class OpenedBundle:
    """A checked bundle and what a reader shows of it (all in memory)."""

    check: VerifiedBundle
    incidents: list[dict[str, Any]] = field(default_factory=list)
    report_pdf: bytes | None = None
    report_html: str | None = None


class _TooLarge(QuireError):
    """An entry is too large to hold in memory (not damage: save the files instead)."""


def _read_checked(zf: zipfile.ZipFile, entry: dict[str, Any], limit: int) -> bytes:
    """One entry, read into memory and checked against the verified manifest again."""
    path, size = entry["path"], entry["size"]
    if size > limit:
        raise _TooLarge(
            _T("errors", "{path} is too large to show here; save the files to read it."), path=path
        )
    with zf.open(path) as f:
        data = f.read(size + 1)
    if len(data) != size or hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise DamagedDataError(
            _T("errors", "The bundle"),
            _T("errors", "{path} does not match its recorded hash"),
            path=path,
        )
    return bytes(data)


def _incident_document(raw: bytes) -> dict[str, Any] | None:
    """``{"incident": {...}}`` from an incident file; None when it has another shape."""
    try:
        parsed = json.loads(raw)
    except (ValueError, RecursionError):
        raise DamagedDataError(
            _T("errors", "The bundle"), _T("errors", "an incident file is not valid JSON")
        ) from None
    doc = parsed.get("incident") if isinstance(parsed, dict) else None
    return doc if isinstance(doc, dict) else None


def read_contents(
    bundle: Path, identities: Sequence[Identity], check: VerifiedBundle
) -> OpenedBundle:
    """The incidents and the report, decrypted into memory only."""
    opened = OpenedBundle(check)
    files = {e["path"]: e for e in check.manifest["files"]}
    with open_zip(bundle, identities) as zf:
        for inc in check.incidents:
            entry = files.get(inc.get("path") or "")
            if entry is None:
                continue
            doc = _incident_document(_read_checked(zf, entry, MAX_INCIDENT_JSON))
            if doc is not None:
                opened.incidents.append(doc)
        if layout.REPORT_PDF in files:
            try:
                opened.report_pdf = _read_checked(zf, files[layout.REPORT_PDF], MAX_REPORT)
            except _TooLarge:
                opened.report_pdf = None  # too large to hold in memory: the HTML will do
        if layout.REPORT_HTML in files and opened.report_pdf is None:
            html = _read_checked(zf, files[layout.REPORT_HTML], MAX_INCIDENT_JSON)
            opened.report_html = html.decode("utf-8", "replace")
    return opened


def verify_and_read(
    bundle: Path,
    identities: Sequence[Identity],
    *,
    expect_signer: str | None = None,
    progress: Progress | None = None,
) -> OpenedBundle:
    """Check every entry and the signature (writing nothing), then read what a person sees."""
    check = check_bundle(bundle, identities, expect_signer=expect_signer, progress=progress)
    return read_contents(bundle, identities, check)


def extract_to(
    bundle: Path,
    identities: Sequence[Identity],
    dest: Path,
    *,
    expect_signer: str | None = None,
    progress: Progress | None = None,
) -> VerifiedBundle:
    """Check everything and write the files into ``dest`` (a new or empty folder).

    On any failure nothing is left: not the files, and not ``dest`` if this call made it.
    """
    dest = Path(dest)
    created = not dest.exists()
    try:
        return check_bundle(
            bundle, identities, dest=dest, expect_signer=expect_signer, progress=progress
        )
    except BaseException:
        if created and dest.is_dir() and not any(dest.iterdir()):
            dest.rmdir()
        raise


def free_folder(chosen: Path, stem: str) -> Path:
    """``chosen`` if it is empty (once what killed ``open`` runs left there is removed),
    otherwise a new folder named after the bundle inside it."""
    if chosen.is_dir():
        sweep_leftovers(chosen)
        if not any(chosen.iterdir()):
            return chosen
    candidate = chosen / stem
    n = 2
    while candidate.exists():
        candidate = chosen / f"{stem} ({n})"
        n += 1
    return candidate
