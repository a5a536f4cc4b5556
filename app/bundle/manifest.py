"""manifest.json of a received bundle: every field the receiver uses has the right type.

A bundle comes from someone else. Before a single name from the manifest is used (let
alone a file written), :func:`validate` checks the shape of docs/BUNDLE_FORMAT.md: a
``"files": 5`` or ``"incidents": 7`` is refused here as damage, not met later as a
``TypeError`` half-way through writing the files. Keys a reader does not know are left
alone (the format lets new keys appear within a version).
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.bundle import layout
from app.errors import DamagedDataError, QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import Text

_SHA256 = re.compile(r"[0-9a-f]{64}")
_OPTIONAL_TEXT = ("generator", "created_at", "author", "signing_key", "signing_fingerprint")


def _bad(detail: str, **values: object) -> DamagedDataError:
    """``detail``: a template marked with _T, saying what the manifest does wrong."""
    return DamagedDataError(
        _T("errors", "The bundle"),
        _T("errors", "its manifest {detail}"),
        detail=Text("errors", detail, values),
    )


def _negative_or_bool(value: int) -> bool:
    return isinstance(value, bool) or value < 0


def parse(raw: bytes) -> dict[str, Any]:
    """The manifest's JSON, checked (see :func:`validate`)."""
    try:
        manifest = json.loads(raw)
    except (ValueError, RecursionError):  # RecursionError: thousands of nested brackets
        raise DamagedDataError(
            _T("errors", "The bundle"), _T("errors", "its manifest is not valid JSON")
        ) from None
    return validate(manifest)


def validate(manifest: object) -> dict[str, Any]:
    """``manifest`` itself once every field a reader relies on has the right type."""
    if not isinstance(manifest, dict) or manifest.get("format") != layout.FORMAT:
        raise DamagedDataError(_T("errors", "The bundle"), _T("errors", "it is not a Quire bundle"))
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool):  # True == 1 in Python
        raise _bad(_T("errors", "has no valid version number"))
    if version != layout.VERSION:
        raise QuireError(
            _T(
                "errors",
                "This bundle has format version {value}; a newer Quire is needed to open it.",
            ),
            value=str(version)[:20],
        )
    for key in _OPTIONAL_TEXT:
        if not isinstance(manifest.get(key), str | None):
            raise _bad(_T("errors", "has a {key} that is not text"), key=key)
    files = manifest.get("files")
    if not isinstance(files, list):
        raise _bad(_T("errors", "has no list of files"))
    for entry in files:
        if not isinstance(entry, dict):
            raise _bad(_T("errors", "has a file entry that is not an object"))
        path, size, digest = entry.get("path"), entry.get("size"), entry.get("sha256")
        if not isinstance(path, str) or not isinstance(size, int) or _negative_or_bool(size):
            raise _bad(_T("errors", "has a malformed file entry"))
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            raise _bad(_T("errors", "has no valid SHA-256 for {path}"), path=repr(path))
    _validate_sources(manifest.get("sources", []), files)
    incidents = manifest.get("incidents")
    if not isinstance(incidents, list):
        raise _bad(_T("errors", "has no list of incidents"))
    for inc in incidents:
        if not isinstance(inc, dict) or not isinstance(inc.get("id"), int | str | None):
            raise _bad(_T("errors", "has a malformed incident entry"))
        number = inc.get("number")
        if number is not None and (not isinstance(number, int) or _negative_or_bool(number)):
            raise _bad(_T("errors", "has an incident whose number is not a number"))
        for key in ("title", "path", "occurred_at"):
            if not isinstance(inc.get(key), str | None):
                raise _bad(_T("errors", "has an incident whose {key} is not text"), key=key)
        evidence = inc.get("evidence", [])
        if not isinstance(evidence, list) or not all(isinstance(e, int | str) for e in evidence):
            raise _bad(_T("errors", "has an incident with a malformed evidence list"))
    return manifest


def _validate_sources(sources: object, files: list[dict[str, Any]]) -> None:
    """The chat exports that excerpts cite: each one a listed file with the same SHA-256."""
    if not isinstance(sources, list):
        raise _bad(_T("errors", "has a sources entry that is not a list"))
    listed = {e["path"]: e["sha256"] for e in files}
    for src in sources:
        if not isinstance(src, dict) or not isinstance(src.get("path"), str):
            raise _bad(_T("errors", "has a malformed source entry"))
        if not isinstance(src.get("name"), str | None):
            raise _bad(_T("errors", "has a source whose name is not text"))
        if listed.get(src["path"]) != src.get("sha256"):
            raise _bad(
                _T("errors", "names a source {path} that is not a listed file with its hash"),
                path=repr(src["path"]),
            )
