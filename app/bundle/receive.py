"""The receiver's side: open a sealed bundle, check everything, and only then write it out.

The ZIP is read straight from the age decryptor (which is seekable over the encrypted
file), so verifying writes nothing at all. Every entry must be listed in the manifest
with its size and SHA-256; names must be plain relative paths; links, duplicates,
unknown entries, oversized entries and compression bombs are refused. Extraction goes
into a hidden folder inside the destination and is moved into place only when every check
has passed, so a hostile or damaged bundle leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from app import fs
from app.age import (
    AgeError,
    AgeReader,
    Identity,
    NoIdentityMatchError,
    PayloadError,
)
from app.bundle import layout
from app.crypto import sshsig
from app.errors import DamagedDataError, NoMatchingKeyError, QuireError

MAX_MANIFEST = 64 * 1024 * 1024
MAX_RATIO = 200  # deflated entries may expand at most this much
COPY_SIZE = 1024 * 1024

Progress = Callable[[int, int], None]


class UnsafeBundleError(DamagedDataError):
    """The bundle holds an entry that could write outside the folder or hide data."""

    def __init__(self, detail: str) -> None:
        super().__init__("The bundle", detail)


@dataclass
class VerifiedBundle:
    """What a check found: the manifest and whether (and by whom) it was signed."""

    manifest: dict[str, Any]
    signed: bool
    signing_fingerprint: str | None
    files: int
    total_bytes: int
    incidents: list[dict[str, Any]] = field(default_factory=list)


@contextlib.contextmanager
def open_zip(bundle: Path, identities: Sequence[Identity]) -> Iterator[zipfile.ZipFile]:
    """The bundle's ZIP, decrypted on the fly. Maps age failures to Quire's errors."""
    label = f"The bundle {Path(bundle).name}"
    with open(bundle, "rb") as raw:
        try:
            reader = AgeReader(raw, identities)
        except NoIdentityMatchError:
            raise NoMatchingKeyError(
                "This bundle was not sealed for any of the given keys (wrong identity file?)."
            ) from None
        except AgeError as exc:
            raise DamagedDataError(label, f"it is not a valid sealed bundle ({exc})") from None
        try:
            with _zip_errors(label), zipfile.ZipFile(reader) as zf:  # type: ignore[arg-type]
                yield zf
        finally:
            reader.close()


@contextlib.contextmanager
def _zip_errors(label: str) -> Iterator[None]:
    try:
        yield
    except PayloadError as exc:
        raise DamagedDataError(label, f"it is truncated or was altered ({exc})") from None
    except AgeError as exc:
        raise DamagedDataError(label, str(exc)) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise DamagedDataError(label, f"its archive is damaged ({exc})") from None


def _check_name(name: str) -> None:
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        raise UnsafeBundleError(f"the entry {name!r} has an unsafe name")
    parts = PurePosixPath(name).parts
    if any(p in ("..", ".", "") for p in parts) or (parts and ":" in parts[0]):
        raise UnsafeBundleError(f"the entry {name!r} has an unsafe path")
    if any(not ch.isprintable() for ch in name):
        raise UnsafeBundleError(f"the entry {name!r} has control characters in its name")


def _check_entries(zf: zipfile.ZipFile, manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every structural rule, before a single byte of content is trusted."""
    listed: dict[str, dict[str, Any]] = {}
    for entry in manifest.get("files", []):
        try:
            path, size, digest = str(entry["path"]), int(entry["size"]), str(entry["sha256"])
        except (KeyError, TypeError, ValueError):
            raise DamagedDataError(
                "The bundle", "its manifest has a malformed file entry"
            ) from None
        _check_name(path)
        if path in listed or size < 0:
            raise DamagedDataError("The bundle", f"its manifest lists {path!r} twice or badly")
        listed[path] = {"size": size, "sha256": digest}
    seen: set[str] = set()
    folded: set[str] = set()
    own = {layout.MANIFEST, layout.MANIFEST_SIG, layout.SUMS_SIG}
    for info in zf.infolist():
        name = info.filename
        _check_name(name)
        if name in seen or name.casefold() in folded:
            raise UnsafeBundleError(f"the entry {name!r} appears twice")
        seen.add(name)
        folded.add(name.casefold())
        mode = info.external_attr >> 16
        if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise UnsafeBundleError(f"the entry {name!r} is not a plain file")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnsafeBundleError(f"the entry {name!r} uses an unsupported compression")
        if info.flag_bits & 0x1:
            raise UnsafeBundleError(f"the entry {name!r} is encrypted inside the archive")
        if name in own:
            continue
        if name not in listed:
            raise UnsafeBundleError(f"the entry {name!r} is not in the manifest")
        if info.file_size != listed[name]["size"]:
            raise UnsafeBundleError(
                f"the entry {name!r} is larger or smaller than the manifest says"
            )
        if (
            info.compress_type == zipfile.ZIP_DEFLATED
            and info.file_size > MAX_RATIO * max(info.compress_size, 1) + 1024
        ):
            raise UnsafeBundleError(f"the entry {name!r} looks like a compression bomb")
    missing = set(listed) - seen
    if missing:
        raise DamagedDataError("The bundle", f"{sorted(missing)[0]} is missing")
    return listed


def _read_small(zf: zipfile.ZipFile, name: str) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > MAX_MANIFEST:
        raise UnsafeBundleError(f"{name} is implausibly large")
    with zf.open(info) as f:
        data = f.read(MAX_MANIFEST + 1)
    if len(data) > MAX_MANIFEST:
        raise UnsafeBundleError(f"{name} is implausibly large")
    return data


def _load_manifest(zf: zipfile.ZipFile) -> tuple[bytes, dict[str, Any]]:
    try:
        raw = _read_small(zf, layout.MANIFEST)
    except KeyError:
        raise DamagedDataError("The bundle", "it has no manifest.json") from None
    try:
        manifest = json.loads(raw)
    except ValueError:
        raise DamagedDataError("The bundle", "its manifest is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != layout.FORMAT:
        raise DamagedDataError("The bundle", "it is not a Quire bundle")
    if manifest.get("version") != layout.VERSION:
        raise QuireError(
            f"This bundle has format version {manifest.get('version')}; "
            "a newer Quire is needed to open it."
        )
    return raw, manifest


def _check_signature(
    zf: zipfile.ZipFile, manifest_raw: bytes, manifest: dict[str, Any]
) -> str | None:
    names = set(zf.namelist())
    if layout.MANIFEST_SIG not in names:
        if manifest.get("signing_key"):
            raise DamagedDataError("The bundle", "its signature is missing")
        return None
    sig = _read_small(zf, layout.MANIFEST_SIG).decode("ascii", "replace")
    try:
        key = sshsig.verify(sig, manifest_raw, layout.SIGNATURE_NAMESPACE)
    except sshsig.SignatureError as exc:
        raise DamagedDataError("The bundle", f"its signature is invalid ({exc})") from None
    stated = manifest.get("signing_key")
    if not stated or sshsig.public_key_line(key) != " ".join(str(stated).split()[:2]):
        raise DamagedDataError("The bundle", "it was signed by a key other than the one it names")
    return sshsig.fingerprint(key)


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
    with zf.open(name) as src:
        while chunk := src.read(COPY_SIZE):
            size += len(chunk)
            if size > limit:
                raise UnsafeBundleError(f"the entry {name!r} holds more than the manifest says")
            sha.update(chunk)
            if out is not None:
                out.write(chunk)
            tick(len(chunk))
    if size != limit or sha.hexdigest() != expected["sha256"]:
        raise DamagedDataError("The bundle", f"{name} does not match its recorded hash")


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
        fingerprint = _check_signature(zf, manifest_raw, manifest)
        if expect_signer and fingerprint != expect_signer.strip():
            raise QuireError(
                f"The bundle is signed by {fingerprint or 'nobody'}, not by {expect_signer}."
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
                for name in (layout.MANIFEST_SIG, layout.SUMS_SIG):
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
        list(manifest.get("incidents", [])),
    )


def _staging_dir(dest: Path) -> Path:
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise QuireError(f"{dest} is not an empty folder; choose a new or empty one.")
    fs.ensure_private_dir(dest)
    staging = dest / f".quire-open-{os.urandom(6).hex()}"
    staging.mkdir(mode=0o700)
    return staging


def _move_into_place(staging: Path, dest: Path) -> None:
    for item in sorted(staging.iterdir()):
        os.replace(item, dest / item.name)
    staging.rmdir()
    fs.fsync_dir(dest)
