"""The receiver's side: open a sealed bundle, check everything, and only then write it out.

The ZIP is read straight from the age decryptor (which is seekable over the encrypted
file), so verifying writes nothing at all. Every entry must be listed in the manifest
with its size and SHA-256; names must be plain relative paths; links, duplicates,
unknown entries, oversized entries and compression bombs are refused, and so are names
that would clash or be forbidden on another system (Windows' ``CON``/``NUL``/``COM1``,
trailing dots or spaces, ``:`` and the other forbidden characters, names that differ only
in case or Unicode normalisation). Extraction goes into a visible ``quire-open-…-incomplete``
folder inside the destination, marked first with a file Quire writes, and is moved into place
only when every check has passed, so a hostile or damaged bundle leaves nothing behind; a
folder left by a killed ``open`` is removed by the next one into the same folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import shutil
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app import fs
from app.age import (
    AgeError,
    AgeReader,
    Identity,
    NoIdentityMatchError,
    PayloadError,
)
from app.archive_safety import UnsafeArchiveError, check_archive, name_problem
from app.background_io import PIECE_SIZE, ReadAhead
from app.bundle import layout, timestamp
from app.bundle import manifest as manifest_schema
from app.crypto import sshsig
from app.errors import DamagedDataError, NoMatchingKeyError, QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import Text

MAX_MANIFEST = 64 * 1024 * 1024
COPY_SIZE = 1024 * 1024

# The staging folder of an ``open`` in progress, and the marker Quire writes in it first.
STAGING_PREFIX = "quire-open-"
STAGING_SUFFIX = "-incomplete"
_STAGING_NAME = re.compile(r"quire-open-[0-9a-f]{12}-incomplete")
STAGING_MARKER = "QUIRE-OPEN-INCOMPLETE.txt"
STAGING_MARKER_TEXT = (
    b"QUIRE-OPEN-INCOMPLETE v1\n"
    b"Quire was writing a received bundle's files into this folder and stopped before it\n"
    b"had finished. Nothing here was checked completely. The next 'open' into the folder\n"
    b"above removes it; you may also delete it yourself.\n"
)

Progress = Callable[[int, int], None]


class UnsafeBundleError(DamagedDataError):
    """The bundle holds an entry that could write outside the folder or hide data."""

    def __init__(self, detail: str | Text | BaseException, **values: object) -> None:
        super().__init__(_T("errors", "The bundle"), detail, **values)


@dataclass
class VerifiedBundle:
    """What a check found: the manifest and whether (and by whom) it was signed."""

    manifest: dict[str, Any]
    signed: bool
    signing_fingerprint: str | None
    files: int
    total_bytes: int
    incidents: list[dict[str, Any]] = field(default_factory=list)
    manifest_raw: bytes = b""  # what a time-stamp token's imprint is checked against
    timestamp_request: timestamp.Request | None = None  # None: a bundle from before requests


@contextlib.contextmanager
def open_zip(bundle: Path, identities: Sequence[Identity]) -> Iterator[zipfile.ZipFile]:
    """The bundle's ZIP, decrypted on the fly. Maps age failures to Quire's errors."""
    label = Text("errors", _T("errors", "The bundle {name}"), {"name": Path(bundle).name})
    with open(bundle, "rb") as raw:
        try:
            reader = AgeReader(raw, identities)
        except NoIdentityMatchError:
            raise NoMatchingKeyError(
                _T(
                    "errors",
                    "This bundle was not sealed for any of the given keys (wrong identity file?).",
                )
            ) from None
        except AgeError as exc:
            raise DamagedDataError(
                label, _T("errors", "it is not a valid sealed bundle ({exc})"), exc=exc
            ) from None
        try:
            with _zip_errors(label), zipfile.ZipFile(reader) as zf:  # type: ignore[arg-type]
                yield zf
        finally:
            reader.close()


@contextlib.contextmanager
def _zip_errors(label: Text) -> Iterator[None]:
    try:
        yield
    except PayloadError as exc:
        raise DamagedDataError(
            label, _T("errors", "it is truncated or was altered ({exc})"), exc=exc
        ) from None
    except AgeError as exc:
        raise DamagedDataError(label, exc) from None
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        ValueError,
        zlib.error,  # a damaged deflate stream (found by tests/test_bundle_fuzz.py)
        NotImplementedError,  # "zip file version 8.4": a damaged header field (fuzz, too)
    ) as exc:
        raise DamagedDataError(
            label, _T("errors", "its archive is damaged ({exc})"), exc=exc
        ) from None


def _check_name(name: str) -> None:
    """A plain relative path whose every part is a valid file name on Windows, macOS, Linux."""
    problem = name_problem(name, direction_marks=False)
    if problem:
        raise UnsafeBundleError(
            _T("errors", "the entry {name} {problem}"),
            name=repr(name),
            problem=Text("errors", problem),
        )
    if name == STAGING_MARKER:
        raise UnsafeBundleError(
            _T("errors", "the entry {name} has a name Quire keeps for itself"), name=repr(name)
        )


def _check_entries(zf: zipfile.ZipFile, manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every structural rule, before a single byte of content is trusted."""
    listed: dict[str, dict[str, Any]] = {}
    for entry in manifest["files"]:  # types checked by manifest_schema.validate
        path = entry["path"]
        _check_name(path)
        if path in listed:
            raise DamagedDataError(
                _T("errors", "The bundle"),
                _T("errors", "its manifest lists {path} twice"),
                path=repr(path),
            )
        listed[path] = {"size": entry["size"], "sha256": entry["sha256"]}
    try:
        infos = check_archive(
            zf,
            _T("errors", "The bundle"),
            folder_entries=False,
            direction_marks=False,
            size_limits=False,
        )
    except UnsafeArchiveError as exc:
        raise UnsafeBundleError(exc.detail_text) from None
    seen: set[str] = set()
    own = {layout.MANIFEST, layout.MANIFEST_SIG, layout.SUMS_SIG, layout.TIMESTAMP_REQUEST}
    for info in infos:
        name = info.filename
        _check_name(name)
        seen.add(name)
        if name in own:
            continue
        if name not in listed:
            raise UnsafeBundleError(
                _T("errors", "the entry {name} is not in the manifest"), name=repr(name)
            )
        if info.file_size != listed[name]["size"]:
            raise UnsafeBundleError(
                _T("errors", "the entry {name} is larger or smaller than the manifest says"),
                name=repr(name),
            )
    missing = set(listed) - seen
    if missing:
        raise DamagedDataError(
            _T("errors", "The bundle"), _T("errors", "{value} is missing"), value=sorted(missing)[0]
        )
    return listed


def _read_small(zf: zipfile.ZipFile, name: str) -> bytes:
    info = zf.getinfo(name)
    if info.flag_bits & 0x1:  # read before _check_entries: zipfile would ask for a password
        raise UnsafeBundleError(
            _T("errors", "the entry {name} is encrypted inside the archive"), name=repr(name)
        )
    if info.file_size > MAX_MANIFEST:
        raise UnsafeBundleError(_T("errors", "{name} is implausibly large"), name=name)
    with zf.open(info) as f:
        data = f.read(MAX_MANIFEST + 1)
    if len(data) > MAX_MANIFEST:
        raise UnsafeBundleError(_T("errors", "{name} is implausibly large"), name=name)
    return data


def _load_manifest(zf: zipfile.ZipFile) -> tuple[bytes, dict[str, Any]]:
    try:
        raw = _read_small(zf, layout.MANIFEST)
    except KeyError:
        raise DamagedDataError(
            _T("errors", "The bundle"), _T("errors", "it has no manifest.json")
        ) from None
    return raw, manifest_schema.parse(raw)


def _verify_signature(zf: zipfile.ZipFile, name: str, signed: bytes) -> Ed25519PublicKey:
    sig = _read_small(zf, name).decode("ascii", "replace")
    try:
        return sshsig.verify(sig, signed, layout.SIGNATURE_NAMESPACE)
    except sshsig.SignatureError as exc:
        raise DamagedDataError(
            _T("errors", "The bundle"),
            _T("errors", "{name} is invalid ({exc})"),
            name=name,
            exc=exc,
        ) from None


def _check_signature(
    zf: zipfile.ZipFile,
    manifest_raw: bytes,
    manifest: dict[str, Any],
    listed: dict[str, dict[str, Any]],
) -> str | None:
    """The signer's fingerprint (None when unsigned), once both signatures verify.

    ``SHA256SUMS.sig`` is what a receiver without Quire checks with ``ssh-keygen``; it
    must verify with the manifest's key, so what Quire accepts and what ssh-keygen
    accepts cannot differ (and it cannot carry anything else).
    """
    names = set(zf.namelist())
    if layout.MANIFEST_SIG not in names:
        if manifest.get("signing_key") or manifest.get("signing_fingerprint"):
            raise DamagedDataError(
                _T("errors", "The bundle"), _T("errors", "its signature is missing")
            )
        if layout.SUMS_SIG in names:
            raise DamagedDataError(
                _T("errors", "The bundle"),
                _T("errors", "it has {sums_sig} but no signed manifest"),
                sums_sig=layout.SUMS_SIG,
            )
        return None
    key = _verify_signature(zf, layout.MANIFEST_SIG, manifest_raw)
    stated = manifest.get("signing_key")
    if not stated or sshsig.public_key_line(key) != " ".join(stated.split()[:2]):
        raise DamagedDataError(
            _T("errors", "The bundle"),
            _T("errors", "it was signed by a key other than the one it names"),
        )
    fingerprint = sshsig.fingerprint(key)
    if manifest.get("signing_fingerprint") not in (None, fingerprint):
        raise DamagedDataError(
            _T("errors", "The bundle"),
            _T("errors", "its manifest names another signing fingerprint"),
        )
    if layout.SUMS in listed:
        if layout.SUMS_SIG not in names:
            raise DamagedDataError(
                _T("errors", "The bundle"),
                _T("errors", "{sums_sig} is missing"),
                sums_sig=layout.SUMS_SIG,
            )
        # The same bytes are hashed against the manifest when the entries are streamed.
        sums_key = _verify_signature(zf, layout.SUMS_SIG, _read_small(zf, layout.SUMS))
        if sshsig.public_key_line(sums_key) != sshsig.public_key_line(key):
            raise DamagedDataError(
                _T("errors", "The bundle"),
                _T("errors", "{sums_sig} was made with another key than the manifest's"),
                sums_sig=layout.SUMS_SIG,
            )
    elif layout.SUMS_SIG in names:
        raise DamagedDataError(
            _T("errors", "The bundle"),
            _T("errors", "it has {sums_sig} but no {sums}"),
            sums_sig=layout.SUMS_SIG,
            sums=layout.SUMS,
        )
    return fingerprint


def _stream_entry(
    zf: zipfile.ZipFile,
    name: str,
    expected: dict[str, Any],
    out: BinaryIO | None,
    tick: Callable[[int], None],
) -> None:
    sha = hashlib.sha256()
    size = 0
    limit = expected["size"]
    # Two cores for a large entry: a helper thread decrypts the next pieces (age's
    # ChaCha20-Poly1305 and the ZIP's CRC-32, both outside the GIL) while this one hashes
    # and writes the current one (on one thread `open` was 1.12x `age -d` followed by
    # `sha256sum`). An entry of one piece has nothing to overlap: read here (2,000 photos).
    with (
        zf.open(name) as src,
        ReadAhead(
            cast(io.BufferedIOBase, src).readinto,
            name="quire-open-read",
            inline=limit <= PIECE_SIZE,
            size_hint=limit,
        ) as pieces,
    ):
        for chunk in pieces:
            size += len(chunk)
            if size > limit:
                raise UnsafeBundleError(
                    _T("errors", "the entry {name} holds more than the manifest says"),
                    name=repr(name),
                )
            sha.update(chunk)
            if out is not None:
                out.write(chunk)
            tick(len(chunk))
    if size != limit or sha.hexdigest() != expected["sha256"]:
        raise DamagedDataError(
            _T("errors", "The bundle"),
            _T("errors", "{name} does not match its recorded hash"),
            name=name,
        )


def check_bundle(
    bundle: Path,
    identities: Sequence[Identity],
    *,
    dest: Path | None = None,
    expect_signer: str | None = None,
    progress: Progress | None = None,
) -> VerifiedBundle:
    """Verify every entry (and the signature); with ``dest``, also write the files there.

    ``expect_signer`` (a ``SHA256:…`` fingerprint) refuses bundles signed by anyone else,
    or not signed, before anything is written.
    """
    with open_zip(bundle, identities) as zf:  # open_zip maps archive errors to ours
        manifest_raw, manifest = _load_manifest(zf)
        listed = _check_entries(zf, manifest)
        fingerprint = _check_signature(zf, manifest_raw, manifest, listed)
        request = _check_timestamp_request(zf, manifest_raw)
        if expect_signer and fingerprint != expect_signer.strip():
            raise QuireError(
                _T("errors", "The bundle is signed by {signer}, not by {expect_signer}.")
                if fingerprint
                else _T("errors", "The bundle is signed by nobody, not by {expect_signer}."),
                signer=fingerprint,
                expect_signer=expect_signer,
            )
        total = sum(e["size"] for e in listed.values())
        done = [0]

        def tick(n: int) -> None:
            done[0] += n
            if progress is not None:
                progress(done[0], total)

        staging = _staging_dir(dest) if dest is not None else None
        try:
            for name, expected in listed.items():
                if staging is None:
                    _stream_entry(zf, name, expected, None, tick)
                    continue
                target = staging / name
                fs.ensure_private_dir(target.parent)
                with fs.create_private(target) as out:
                    _stream_entry(zf, name, expected, out, tick)
            if staging is not None and dest is not None:
                with fs.create_private(staging / layout.MANIFEST) as out:
                    out.write(manifest_raw)  # already read and checked: not decrypted again
                present = set(zf.namelist())
                for name in (layout.MANIFEST_SIG, layout.SUMS_SIG, layout.TIMESTAMP_REQUEST):
                    if name in present:
                        with fs.create_private(staging / name) as out:
                            out.write(_read_small(zf, name))
                _move_into_place(staging, dest)
        except BaseException:
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
            raise
    return VerifiedBundle(
        manifest,
        fingerprint is not None,
        fingerprint,
        len(listed),
        total,
        list(manifest["incidents"]),
        manifest_raw,
        request,
    )


def _check_timestamp_request(zf: zipfile.ZipFile, manifest_raw: bytes) -> timestamp.Request | None:
    """The bundle's RFC 3161 request, which must ask for this manifest's SHA-256.

    Absent in bundles made before Quire wrote one; present, it is checked like everything
    else (a request for another manifest would have the organisation time-stamp the wrong
    thing).
    """
    if layout.TIMESTAMP_REQUEST not in zf.namelist():
        return None
    raw = _read_small(zf, layout.TIMESTAMP_REQUEST)
    try:
        request = timestamp.parse_request(raw)
    except (DamagedDataError, IndexError):
        request = None
    if request is None or request.digest != hashlib.sha256(manifest_raw).digest():
        raise DamagedDataError(
            _T("errors", "The bundle"),
            _T("errors", "{name} does not ask for the time of this manifest"),
            name=layout.TIMESTAMP_REQUEST,
        )
    return request


def is_leftover_staging(path: Path) -> bool:
    """True only for a folder a killed ``open`` left: Quire's exact name AND its marker."""
    try:
        if not _STAGING_NAME.fullmatch(path.name) or not stat.S_ISDIR(path.lstat().st_mode):
            return False
        marker = path / STAGING_MARKER
        if not stat.S_ISREG(marker.lstat().st_mode):
            return False
        with open(marker, "rb") as f:
            return f.read(len(STAGING_MARKER_TEXT) + 1) == STAGING_MARKER_TEXT
    except OSError:
        return False


def sweep_leftovers(folder: Path) -> int:
    """Remove what killed ``open`` runs left in ``folder``; nothing else is touched."""
    removed = 0
    for child in list(Path(folder).iterdir()):
        if is_leftover_staging(child):
            shutil.rmtree(child)
            removed += 1
    return removed


def _staging_dir(dest: Path) -> Path:
    dest = Path(dest)
    if dest.is_dir():
        sweep_leftovers(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise QuireError(
            _T("errors", "{dest} is not an empty folder; choose a new or empty one."), dest=dest
        )
    fs.ensure_private_dir(dest)
    staging = dest / f"{STAGING_PREFIX}{os.urandom(6).hex()}{STAGING_SUFFIX}"
    staging.mkdir(mode=0o700)
    with fs.create_private(staging / STAGING_MARKER) as out:  # first: it proves the folder ours
        out.write(STAGING_MARKER_TEXT)
    return staging


def _move_into_place(staging: Path, dest: Path) -> None:
    for item in sorted(staging.iterdir()):
        if item.name != STAGING_MARKER:
            os.replace(item, dest / item.name)
    (staging / STAGING_MARKER).unlink()  # last: until now a killed run leaves a sweepable folder
    staging.rmdir()
    fs.fsync_dir(dest)
