"""Writing then reading: every recipient type, chunk-boundary sizes, seeking, ZIP bundles."""

from __future__ import annotations

import gc
import io
import os
import random
import zipfile
from pathlib import Path

import pytest

from app.age import (
    AgeError,
    AgeReader,
    AgeWriter,
    HeaderError,
    IncompatibleRecipientsError,
    NoIdentityMatchError,
    PayloadError,
    ScryptIdentity,
    ScryptRecipient,
    decrypt_bytes,
    encrypt_bytes,
    generate_identity,
)
from app.age.scrypt import STANZA_TYPE as SCRYPT
from app.crypto.stream import CHUNK_SIZE
from tests.support.streams import Pipe

X25519 = generate_identity()
PQ = generate_identity(pq=True)
SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * 1024 * 1024 + 5]


def _read_all(reader: AgeReader, piece: int = 10_007) -> bytes:
    out = bytearray()
    while data := reader.read(piece):
        out += data
    return bytes(out)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", ["x25519", "pq"])
def test_round_trip_sizes(kind: str, size: int) -> None:
    identity = X25519 if kind == "x25519" else PQ
    data = os.urandom(size)
    sealed = encrypt_bytes(data, [identity.recipient])
    assert decrypt_bytes(sealed, [identity]) == data
    with AgeReader(Pipe(sealed), [identity]) as reader:  # streaming path
        assert _read_all(reader) == data
    with AgeReader(io.BytesIO(sealed), [identity]) as reader:  # seekable path
        assert reader.seekable() and reader.size == size
        assert _read_all(reader) == data


@pytest.mark.parametrize("armor", [False, True])
def test_written_in_odd_pieces(armor: bool) -> None:
    data = os.urandom(200_000)
    out = io.BytesIO()
    with AgeWriter(out, [X25519.recipient], armor=armor) as writer:
        position = 0
        for step in [1, 2, 65_535, 65_536, 3, 100_000]:
            writer.write(data[position : position + step])
            position += step
        writer.write(data[position:])
        assert writer.tell() == len(data)
    sealed = out.getvalue()
    assert sealed.startswith(b"-----BEGIN AGE" if armor else b"age-encryption.org/v1\n")
    assert decrypt_bytes(sealed, [X25519]) == data  # armor detected automatically
    assert decrypt_bytes(sealed, [X25519], armored=armor) == data
    with pytest.raises(AgeError):
        decrypt_bytes(sealed, [X25519], armored=not armor)


def test_multiple_recipients_each_can_open() -> None:
    others = [generate_identity() for _ in range(3)]
    data = os.urandom(1000)
    sealed = encrypt_bytes(data, [X25519.recipient, *(o.recipient for o in others)])
    for identity in [X25519, *others]:
        assert decrypt_bytes(sealed, [identity]) == data
    # A non-matching identity listed first is skipped.
    assert decrypt_bytes(sealed, [generate_identity(), others[2]]) == data


def test_multiple_pq_recipients() -> None:
    second = generate_identity(pq=True)
    sealed = encrypt_bytes(b"post-quantum", [PQ.recipient, second.recipient])
    assert decrypt_bytes(sealed, [second]) == b"post-quantum"
    assert decrypt_bytes(sealed, [PQ]) == b"post-quantum"


def test_no_match() -> None:
    sealed = encrypt_bytes(b"secret", [X25519.recipient])
    with pytest.raises(NoIdentityMatchError, match="X25519"):
        decrypt_bytes(sealed, [generate_identity(), generate_identity(pq=True)])
    with pytest.raises(NoIdentityMatchError):
        decrypt_bytes(sealed, [ScryptIdentity("password")])
    with pytest.raises(ValueError):
        decrypt_bytes(sealed, [])


def test_scrypt_round_trip() -> None:
    data = os.urandom(70_000)
    sealed = encrypt_bytes(data, [ScryptRecipient("correct horse", work_factor=4)])
    assert b"-> scrypt " in sealed and sealed.split(b"\n")[1].endswith(b" 4")
    assert decrypt_bytes(sealed, [ScryptIdentity("correct horse")]) == data
    with pytest.raises(NoIdentityMatchError):
        decrypt_bytes(sealed, [ScryptIdentity("wrong horse")])
    with pytest.raises(NoIdentityMatchError):
        decrypt_bytes(sealed, [X25519])


def test_scrypt_work_factor_cap() -> None:
    sealed = encrypt_bytes(b"x", [ScryptRecipient("pw", work_factor=10)])
    assert decrypt_bytes(sealed, [ScryptIdentity("pw", max_work_factor=10)]) == b"x"
    with pytest.raises(HeaderError, match="above the limit"):
        decrypt_bytes(sealed, [ScryptIdentity("pw", max_work_factor=9)])


def test_scrypt_recipient_validation() -> None:
    with pytest.raises(ValueError):
        ScryptRecipient("")
    with pytest.raises(ValueError):
        ScryptRecipient("pw", work_factor=23)
    with pytest.raises(ValueError):
        ScryptRecipient("pw", work_factor=0)


@pytest.mark.parametrize(
    ("recipients", "message"),
    [
        ([], "no recipients"),
        ([ScryptRecipient("a", 2), X25519.recipient], "passphrase"),
        ([ScryptRecipient("a", 2), ScryptRecipient("b", 2)], "passphrase"),
        ([PQ.recipient, X25519.recipient], "post-quantum"),
    ],
)
def test_incompatible_recipients(recipients: list, message: str) -> None:
    out = io.BytesIO()
    with pytest.raises(IncompatibleRecipientsError, match=message):
        AgeWriter(out, recipients)
    assert out.getvalue() == b""  # nothing is written before the check


def test_scrypt_stanza_must_be_alone_when_reading() -> None:
    from app.age.header import encode_header
    from app.age.kdf import payload_key
    from app.age.stanza import Stanza
    from app.crypto.stream import StreamWriter

    file_key = os.urandom(16)
    scrypt_stanza = ScryptRecipient("pw", work_factor=2).wrap(file_key)[0]
    stanzas = [scrypt_stanza, Stanza("grease", (), b"")]
    out = io.BytesIO()
    out.write(encode_header(stanzas, file_key) + bytes(16))
    StreamWriter(out, payload_key(file_key, bytes(16))).close()
    assert scrypt_stanza.type == SCRYPT
    with pytest.raises(HeaderError, match="only one"):
        decrypt_bytes(out.getvalue(), [ScryptIdentity("pw")])


def test_random_seeks() -> None:
    rng = random.Random(1234)
    data = rng.randbytes(5 * CHUNK_SIZE + 1234)
    sealed = encrypt_bytes(data, [X25519.recipient])
    reader = AgeReader(io.BytesIO(sealed), [X25519])
    assert reader.size == len(data)
    for _ in range(300):
        whence = rng.choice([os.SEEK_SET, os.SEEK_CUR, os.SEEK_END])
        if whence == os.SEEK_SET:
            target = rng.randrange(len(data) + 100)
            position = reader.seek(target)
        elif whence == os.SEEK_CUR:
            delta = rng.randrange(-CHUNK_SIZE, CHUNK_SIZE)
            position = reader.seek(delta, os.SEEK_CUR)
        else:
            position = reader.seek(-rng.randrange(len(data)), os.SEEK_END)
        assert position == reader.tell()
        length = rng.choice([0, 1, 100, CHUNK_SIZE, 3 * CHUNK_SIZE])
        assert reader.read(length) == data[position : position + length]
        assert reader.tell() == min(position + length, max(position, len(data)))


def test_streaming_reader_is_not_seekable() -> None:
    sealed = encrypt_bytes(b"abc", [X25519.recipient])
    reader = AgeReader(Pipe(sealed), [X25519])
    assert not reader.seekable() and reader.size is None
    with pytest.raises(io.UnsupportedOperation):
        reader.seek(0)


def test_reader_starts_at_current_position() -> None:
    sealed = encrypt_bytes(b"embedded", [X25519.recipient])
    raw = io.BytesIO(b"PREFIX" + sealed)
    raw.seek(6)
    with AgeReader(raw, [X25519]) as reader:
        assert reader.read() == b"embedded"
        reader.seek(2)
        assert reader.read() == b"bedded"


def test_zip_bundle_written_and_read_through_age(tmp_path: Path) -> None:
    files = {f"evidence/{i}.bin": os.urandom(i * 30_000) for i in range(6)}
    bundle = tmp_path / "bundle.age"
    with (
        bundle.open("wb") as raw,
        AgeWriter(raw, [X25519.recipient]) as sealed,
        zipfile.ZipFile(sealed, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr("manifest.json", b'{"format": 1}')
        for name, content in files.items():
            with archive.open(name, "w") as member:
                member.write(content)
    assert b"manifest.json" not in bundle.read_bytes()
    with (
        bundle.open("rb") as raw,
        AgeReader(raw, [X25519]) as plain,
        zipfile.ZipFile(plain) as archive,
    ):
        assert archive.read("manifest.json") == b'{"format": 1}'
        for name in reversed(list(files)):  # random access, from the end first
            assert archive.read(name) == files[name]
        assert archive.testzip() is None


def test_exception_inside_with_leaves_a_truncated_file() -> None:
    out = io.BytesIO()
    with pytest.raises(RuntimeError), AgeWriter(out, [X25519.recipient]) as writer:
        writer.write(os.urandom(3 * CHUNK_SIZE))
        raise RuntimeError("disk full")
    with pytest.raises(PayloadError):
        decrypt_bytes(out.getvalue(), [X25519])
    with pytest.raises(PayloadError), AgeReader(Pipe(out.getvalue()), [X25519]) as reader:
        _read_all(reader)


@pytest.mark.parametrize("armor", [False, True])
def test_unclosed_writer_is_never_completed(armor: bool) -> None:
    out = io.BytesIO()
    writer = AgeWriter(out, [X25519.recipient], armor=armor)
    writer.write(b"half of the story")
    del writer
    gc.collect()
    with pytest.raises(AgeError):
        decrypt_bytes(out.getvalue(), [X25519])


def test_closed_writer_refuses_writes() -> None:
    writer = AgeWriter(io.BytesIO(), [X25519.recipient])
    writer.close()
    writer.close()  # idempotent
    with pytest.raises(ValueError):
        writer.write(b"late")


def test_truncation_at_every_chunk_boundary() -> None:
    data = os.urandom(3 * CHUNK_SIZE)
    sealed = encrypt_bytes(data, [X25519.recipient])
    payload_start = len(sealed) - (len(data) + 3 * 16)
    for chunks in range(3):
        cut = sealed[: payload_start + chunks * (CHUNK_SIZE + 16)]
        with pytest.raises(PayloadError):
            decrypt_bytes(cut, [X25519])
        with pytest.raises(PayloadError), AgeReader(Pipe(cut), [X25519]) as reader:
            _read_all(reader)


@pytest.mark.parametrize("kind", ["x25519", "pq"])
def test_large_stream(kind: str) -> None:
    identity = X25519 if kind == "x25519" else PQ
    block = os.urandom(1024 * 1024)
    raw = io.BytesIO()
    with AgeWriter(raw, [identity.recipient]) as writer:
        for _ in range(64):
            writer.write(block)
    raw.seek(0)
    with AgeReader(raw, [identity]) as reader:
        assert reader.size == 64 * len(block)
        for _ in range(64):
            assert reader.read(len(block)) == block
        assert reader.read(1) == b""


def test_payload_damage_is_sticky() -> None:
    data = os.urandom(3 * CHUNK_SIZE)
    sealed = bytearray(encrypt_bytes(data, [X25519.recipient]))
    sealed[-CHUNK_SIZE - 100] ^= 1  # inside the second chunk
    reader = AgeReader(Pipe(bytes(sealed)), [X25519])
    assert reader.read(CHUNK_SIZE) == data[:CHUNK_SIZE]  # the first chunk is intact
    for _ in range(3):
        with pytest.raises(PayloadError):
            reader.read(CHUNK_SIZE)
