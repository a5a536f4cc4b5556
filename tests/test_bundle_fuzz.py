"""Fuzzing the bundle receiver (ZIP + manifest) with hypothesis, bounded for CI (< 60 s).

Two harnesses, each sealing what it makes with real age so the receiver's own parsing is
what is exercised (age's authentication would stop random bytes long before):

- the manifest: any JSON value in any field, any entry name;
- the ZIP: a valid bundle's ZIP with bytes flipped, cut or inserted (deflated entries too).

The property: ``check_bundle`` (with a destination) and ``verify_and_read`` either succeed
or raise a QuireError — never another exception — and a failure leaves nothing written.
Every crash found became a named regression test at the bottom of this file (those run in
the fast suite; the two harnesses, ~10 s each here, are marked slow and run in CI).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.age import encrypt_bytes, generate_identity
from app.bundle import layout
from app.bundle.reader import verify_and_read
from app.bundle.receive import check_bundle
from app.errors import DamagedDataError, QuireError

KEY = generate_identity()
FUZZ = settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
names = st.one_of(
    st.sampled_from(["report.html", "evidence/1/1-a.txt", "incidents/1.json", "SHA256SUMS"]),
    st.text(min_size=0, max_size=30),
)


def _zip(entries: dict[str, bytes], deflate: bool = False) -> bytes:
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buf.getvalue()


def _receive(folder: Path, plaintext_zip: bytes) -> None:
    """The property, for one sealed ZIP."""
    bundle = folder / "b.age"
    bundle.write_bytes(encrypt_bytes(plaintext_zip, [KEY.recipient]))
    dest = folder / "out"
    try:
        check_bundle(bundle, [KEY], dest=dest)
    except QuireError:
        assert not dest.exists() or not any(dest.iterdir())
    with contextlib.suppress(QuireError):
        verify_and_read(bundle, [KEY])


def _valid_entries(
    files: dict[str, bytes], manifest: dict[str, Any] | None = None
) -> dict[str, bytes]:
    listed = [
        {"path": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest(), "kind": "report"}
        for n, d in files.items()
    ]
    body = {
        "format": layout.FORMAT,
        "version": layout.VERSION,
        "incidents": [{"id": 1, "title": "t", "path": "incidents/1.json", "evidence": []}],
        "files": listed,
    }
    body.update(manifest or {})
    return {**files, layout.MANIFEST: json.dumps(body).encode()}


BASE = {
    "incidents/1.json": json.dumps(
        {"schema_version": 1, "incident": {"id": 1, "title": "t"}}
    ).encode(),
    "report.html": b"<p>" + b"report " * 200 + b"</p>",
    "evidence/1/1-a.txt": b"evidence " * 300,
}


@pytest.mark.slow
@FUZZ
@given(data=st.data())
def test_fuzz_manifest_fields(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    entries = _valid_entries(dict(BASE))
    manifest = json.loads(entries[layout.MANIFEST])
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(["top", "file", "incident", "name"]))
        if where == "top":
            key = data.draw(st.sampled_from([*manifest, "author", "signing_key", "created_at"]))
            manifest[key] = data.draw(json_values)
        elif where == "file" and isinstance(manifest.get("files"), list) and manifest["files"]:
            entry = data.draw(st.sampled_from(manifest["files"]))
            if isinstance(entry, dict):
                entry[data.draw(st.sampled_from(["path", "size", "sha256"]))] = data.draw(
                    json_values
                )
        elif (
            where == "incident"
            and isinstance(manifest.get("incidents"), list)
            and manifest["incidents"]
        ):
            inc = manifest["incidents"][0]
            if isinstance(inc, dict):
                inc[data.draw(st.sampled_from(["id", "title", "path", "evidence"]))] = data.draw(
                    json_values
                )
        else:
            name = data.draw(names)
            entries[name] = data.draw(st.binary(max_size=40))
    entries[layout.MANIFEST] = json.dumps(manifest).encode()
    _receive(tmp_path_factory.mktemp("fuzz-manifest"), _zip(entries))


@pytest.mark.slow
@FUZZ
@given(data=st.data())
def test_fuzz_zip_bytes(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    plain = bytearray(_zip(_valid_entries(dict(BASE)), deflate=data.draw(st.booleans())))
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(plain) - 1))
        how = data.draw(st.sampled_from(["flip", "cut", "insert", "set"]))
        if how == "flip":
            plain[pos] ^= data.draw(st.integers(1, 255))
        elif how == "cut":
            del plain[pos : pos + data.draw(st.integers(1, 64))]
        elif how == "insert":
            plain[pos:pos] = data.draw(st.binary(min_size=1, max_size=16))
        else:
            plain[pos : pos + 4] = data.draw(
                st.sampled_from([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00"])
            )
        if not plain:
            plain = bytearray(b"PK")
    _receive(tmp_path_factory.mktemp("fuzz-zip"), bytes(plain))


# -- crashes the harnesses found, kept as regression tests -----------------------------------
def _sealed(tmp_path: Path, plain: bytes) -> Path:
    bundle = tmp_path / "b.age"
    bundle.write_bytes(encrypt_bytes(plain, [KEY.recipient]))
    return bundle


def test_damaged_deflate_stream_is_damage_not_zlib_error(tmp_path: Path) -> None:
    """Found by test_fuzz_zip_bytes: zlib.error escaped from the copy loop."""
    plain = bytearray(_zip(_valid_entries(dict(BASE)), deflate=True))
    start = plain.index(b"evidence/1/1-a.txt") + len("evidence/1/1-a.txt")
    plain[start] ^= 0xFF  # the first byte of that entry's deflate stream: an invalid block
    with pytest.raises(DamagedDataError, match="archive is damaged"):
        check_bundle(_sealed(tmp_path, bytes(plain)), [KEY], dest=tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_unknown_zip_version_is_damage_not_not_implemented(tmp_path: Path) -> None:
    """Found by test_fuzz_zip_bytes: "zip file version 8.4" raised NotImplementedError."""
    plain = bytearray(_zip(_valid_entries(dict(BASE))))
    central = plain.index(b"PK\x01\x02")
    plain[central + 6] = 84  # the central directory's "version needed to extract"
    with pytest.raises(DamagedDataError, match="archive is damaged"):
        check_bundle(_sealed(tmp_path, bytes(plain)), [KEY], dest=tmp_path / "out")


def test_encrypted_manifest_entry_is_refused_not_runtime_error(tmp_path: Path) -> None:
    """Found by test_fuzz_zip_bytes (seed 12): the manifest is read before the entry rules,
    and zipfile raised RuntimeError ("password required") for an encrypted-flagged entry."""
    plain = bytearray(_zip(_valid_entries(dict(BASE))))
    central = plain.rindex(b"PK\x01\x02")  # the last entry written: manifest.json
    assert plain[central + 46 : central + 46 + len(layout.MANIFEST)] == layout.MANIFEST.encode()
    plain[central + 8] |= 0x01  # general purpose flag: encrypted
    with pytest.raises(DamagedDataError, match="encrypted"):
        check_bundle(_sealed(tmp_path, bytes(plain)), [KEY], dest=tmp_path / "out")
