"""Every age conformance vector (C2SP/CCTV), read both from a seekable file and a pipe.

A success vector must decrypt to the plaintext whose SHA-256 the vector gives. A failure
vector must raise the matching error class, and must do so *before* the reader reports
end-of-file: whatever plaintext was handed out before the error was never presented as
the whole.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.age import (
    AgeError,
    AgeReader,
    ArmorError,
    HeaderError,
    HeaderMacError,
    NoIdentityMatchError,
    PayloadError,
    ScryptIdentity,
    X25519Identity,
    parse_identity,
)
from tests.support.streams import Pipe

# Vendored with their licence (tests/fixtures/age-cctv/LICENSE, SOURCE.md): a clone on its
# own runs every vector.
VECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "age-cctv"

EXPECTED_ERROR: dict[str, type[AgeError] | None] = {
    "success": None,
    "header failure": HeaderError,
    "HMAC failure": HeaderMacError,
    "armor failure": ArmorError,
    "payload failure": PayloadError,
    "no match": NoIdentityMatchError,
}


@dataclass
class Vector:
    name: str
    expect: str
    file: bytes
    payload_sha256: str | None = None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False


def load_vector(path: Path) -> Vector:
    head, body = path.read_bytes().split(b"\n\n", 1)
    vector = Vector(path.name, "", b"")
    compressed = False
    for line in head.decode("utf-8").splitlines():
        key, value = line.split(": ", 1)
        if key == "expect":
            vector.expect = value
        elif key == "payload":
            vector.payload_sha256 = value
        elif key == "identity":
            vector.identities.append(value)
        elif key == "passphrase":
            vector.passphrases.append(value)
        elif key == "armored":
            vector.armored = value == "yes"
        elif key == "compressed":
            assert value == "zlib", value
            compressed = True
    vector.file = zlib.decompress(body) if compressed else body
    assert vector.expect in EXPECTED_ERROR, vector.expect
    return vector


def vector_paths() -> list[Path]:
    if not VECTORS.is_dir():
        return []
    return sorted(p for p in VECTORS.iterdir() if p.name not in {"LICENSE", "SOURCE.md"})


def test_vectors_are_present() -> None:
    assert len(vector_paths()) >= 140, f"age conformance vectors missing in {VECTORS}"


@pytest.mark.parametrize("source", ["seekable", "pipe"])
@pytest.mark.parametrize("path", vector_paths(), ids=lambda p: p.name)
def test_vector(path: Path, source: str) -> None:
    vector = load_vector(path)
    identities: list = [parse_identity(s) for s in vector.identities]
    identities += [ScryptIdentity(p) for p in vector.passphrases]
    if not identities:  # e.g. "empty": the file must fail before any key is needed
        identities = [X25519Identity.generate()]
    raw = io.BytesIO(vector.file) if source == "seekable" else Pipe(vector.file, max_read=1000)
    expected = EXPECTED_ERROR[vector.expect]

    received = bytearray()
    error: AgeError | None = None
    try:
        with AgeReader(raw, identities, armored=vector.armored) as reader:
            while True:
                piece = reader.read(10_000)
                if not piece:
                    break  # end-of-file reported: the plaintext is claimed whole
                received += piece
    except AgeError as exc:
        error = exc

    if expected is None:
        assert error is None, f"{vector.name}: unexpected {error!r}"
        assert hashlib.sha256(received).hexdigest() == vector.payload_sha256
    else:
        # The exact class: a header failure must not be reported as an HMAC failure etc.
        assert type(error) is expected, f"{vector.name}: expected {expected}, got {error!r}"
