"""Fuzzing the backup reader, ``restore_backup`` (hypothesis, bounded for CI: < 60 s).

Two harnesses:

- damaged backups: a real backup with bytes flipped, cut or inserted, aimed at the tar
  headers, the manifest and the end of the archive;
- hostile manifests: a well-formed archive whose ``MANIFEST.json`` is any JSON, or the
  right shape with values of any type.

The property: a restore either succeeds or raises a ``QuireError`` (exit 1 or 3), never
another exception, and a refused restore leaves nothing behind: no vault folder, no
staging folder. Every crash found became a named regression test at the bottom.
The harnesses are marked slow (``make test`` runs them); the regressions are not.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.backup.archive import MANIFEST, create_backup, restore_backup
from app.errors import DamagedDataError, QuireError
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

FUZZ = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def backup(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real backup: header, database and one evidence blob."""
    folder = tmp_path_factory.mktemp("backup")
    vault, _ = Vault.create(folder / "vault", PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    try:
        i = IncidentStore(vault).create(IncidentRecord.from_dict({"title": "Kept"}))
        EvidenceStore(vault).import_stream(i, io.BytesIO(os.urandom(3000)), "photo.jpg")
        create_backup(vault, folder / "b.quire")
    finally:
        vault.lock()
    return (folder / "b.quire").read_bytes()


def restore_or_refuse(data: bytes) -> None:
    """Restore ``data``; a refusal must be a QuireError that leaves nothing behind."""
    with tempfile.TemporaryDirectory() as tmp:
        source, dest = Path(tmp) / "in.quire", Path(tmp) / "restored"
        source.write_bytes(data)
        try:
            restore_backup(source, dest)
        except QuireError:
            assert sorted(p.name for p in Path(tmp).iterdir()) == ["in.quire"]


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    manifest_at = original.rfind(b'{\n "format"')
    for _ in range(draw(st.integers(1, 3))):
        position = draw(
            st.one_of(
                st.integers(0, 512),  # the first member's tar header
                st.integers(max(0, manifest_at - 512), manifest_at + 400),  # manifest
                st.integers(0, len(data)),
                st.integers(max(0, len(data) - 11000), len(data)),  # trailer and padding
            )
        )
        action = draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        if action == "flip" and position < len(data):
            data[position] ^= draw(st.integers(1, 255))
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 600))]
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=40))
        else:
            del data[position:]
    return bytes(data)


def archive(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, content in members:
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(content), 0o600
            tar.addfile(info, io.BytesIO(content))
    return out.getvalue()


_FILES = [("vault.key", b"k" * 408), ("diary.db", b"d" * 100), ("evidence/" + "a" * 32, b"b")]


def _entry(name: str, content: bytes) -> dict[str, Any]:
    return {"path": name, "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}


@st.composite
def hostile_manifests(draw: st.DrawFn) -> bytes:
    """Any JSON, or the right shape with any value for any field."""
    if draw(st.booleans()):
        return json.dumps(draw(JSON)).encode()
    entries: list[Any] = [_entry(n, c) for n, c in _FILES]
    for _ in range(draw(st.integers(1, 3))):
        k = draw(st.integers(0, len(entries) - 1))
        choice = draw(st.sampled_from(["value", "drop", "add", "whole"]))
        if not isinstance(entries[k], dict):
            entries[k] = draw(JSON)
        elif choice == "value":
            entries[k] = {
                **entries[k],
                draw(st.sampled_from(["path", "size", "sha256"])): draw(JSON),
            }
        elif choice == "drop":
            dropped = draw(st.sampled_from(["path", "size", "sha256"]))
            entries[k] = {key: v for key, v in entries[k].items() if key != dropped}
        elif choice == "add":
            entries.append(draw(st.sampled_from([entries[k], {**entries[k], "size": 1e400}])))
        else:
            entries[k] = draw(JSON)
    manifest = {
        "format": "quire-backup",
        "version": draw(st.sampled_from([1, 1, 2, "1", None])),
        "files": entries,
    }
    return json.dumps(manifest).encode()


@pytest.mark.slow
@FUZZ
@given(data=st.data())
def test_a_damaged_backup_is_refused_cleanly(backup: bytes, data: st.DataObject) -> None:
    restore_or_refuse(data.draw(damaged(backup)))


@pytest.mark.slow
@FUZZ
@given(manifest=hostile_manifests())
def test_a_hostile_manifest_is_refused_cleanly(manifest: bytes) -> None:
    restore_or_refuse(archive([*_FILES, (MANIFEST, manifest)]))


# -- regressions: what the harnesses found ----------------------------------------------------
def _refused(manifest: bytes, match: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source, dest = Path(tmp) / "in.quire", Path(tmp) / "restored"
        source.write_bytes(archive([*_FILES, (MANIFEST, manifest)]))
        with pytest.raises(DamagedDataError, match=match) as caught:
            restore_backup(source, dest)
        assert caught.value.exit_code == 3
        assert sorted(p.name for p in Path(tmp).iterdir()) == ["in.quire"]


def _with(**changes: Any) -> bytes:
    entries: list[Any] = [_entry(n, c) for n, c in _FILES]
    entries[0] = {**entries[0], **changes}
    return json.dumps({"format": "quire-backup", "version": 1, "files": entries}).encode()


def test_regression_a_size_that_is_text_is_damage() -> None:
    _refused(_with(size=""), "manifest")  # was: ValueError traceback (int(""))
    _refused(_with(size="408"), "manifest")  # was accepted: a number in text is not a size


def test_regression_an_infinite_size_is_damage() -> None:
    _refused(_with(size=1e400), "manifest")  # was: OverflowError traceback (int(inf))


def test_regression_a_deeply_nested_manifest_is_damage() -> None:
    _refused(b"[" * 200_000 + b"]" * 200_000, "manifest")  # was: RecursionError traceback


def test_regression_an_entry_that_is_not_an_object_is_damage() -> None:
    entries: list[Any] = [_entry(n, c) for n, c in _FILES]
    manifest = {"format": "quire-backup", "version": 1, "files": [*entries, "vault.key"]}
    _refused(json.dumps(manifest).encode(), "manifest")  # was skipped in silence


def test_regression_a_file_listed_twice_is_damage() -> None:
    entries = [_entry(n, c) for n, c in _FILES]
    manifest = {"format": "quire-backup", "version": 1, "files": [*entries, entries[2]]}
    _refused(json.dumps(manifest).encode(), "manifest")
