"""Interoperability with the reference ``age`` / ``age-keygen`` tools (Debian ``age`` 1.1.1).

Receivers of a sealed bundle may only have the standard tool, so files must go both ways.
Without the binaries the tests are skipped (with the reason printed), except under CI
(``CI`` set), where a missing tool is a failure. Post-quantum keys are not covered here:
age 1.1.1 predates them (the conformance vectors cover them instead).
"""

from __future__ import annotations

import io
import os
import pty
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from app.age import (
    AgeReader,
    AgeWriter,
    ScryptIdentity,
    ScryptRecipient,
    decrypt_bytes,
    format_identity_file,
    generate_identity,
    parse_identity_file,
    parse_recipient,
)
from app.crypto.stream import CHUNK_SIZE
from tests.conftest import skip_or_fail

pytestmark = pytest.mark.interop


def _require(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        skip_or_fail(f"the {name!r} binary is not installed (Debian package 'age')")
    return path


@pytest.fixture(scope="module")
def age() -> str:
    return _require("age")


@pytest.fixture(scope="module")
def age_keygen() -> str:
    return _require("age-keygen")


@pytest.fixture(scope="module")
def keygen_identity_file(age_keygen: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "key.txt"
    subprocess.run([age_keygen, "-o", str(path)], check=True, capture_output=True, timeout=60)
    return path


def _run(*args: str, data: bytes | None = None) -> bytes:
    result = subprocess.run(args, input=data, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


def _with_terminal(args: list[str], passphrase: str, timeout: float = 60) -> None:
    """Run ``age`` with a pseudo-terminal, answering every passphrase prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - child process
        try:
            os.execvp(args[0], args)
        finally:
            os._exit(127)
    seen = b""
    answered = 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
            if seen.lower().count(b"passphrase") > answered:
                answered += 1
                os.write(fd, passphrase.encode() + b"\n")
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, seen.decode(errors="replace")


def test_keygen_file_parses_and_matches_public_key(
    age_keygen: str, keygen_identity_file: Path
) -> None:
    identities = parse_identity_file(keygen_identity_file.read_text())
    assert len(identities) == 1
    public = _run(age_keygen, "-y", str(keygen_identity_file)).decode().strip()
    assert identities[0].recipient == parse_recipient(public)
    assert f"# public key: {public}" in keygen_identity_file.read_text()


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 17])
@pytest.mark.parametrize("armor", [False, True])
def test_age_decrypts_our_files(
    age: str, keygen_identity_file: Path, tmp_path: Path, size: int, armor: bool
) -> None:
    identity = parse_identity_file(keygen_identity_file.read_text())[0]
    data = os.urandom(size)
    sealed = tmp_path / "file.age"
    other = generate_identity().recipient
    with sealed.open("wb") as raw, AgeWriter(raw, [other, identity.recipient], armor=armor) as w:
        w.write(data)
    assert _run(age, "-d", "-i", str(keygen_identity_file), str(sealed)) == data


@pytest.mark.parametrize("armor", [False, True])
def test_we_decrypt_age_files(
    age: str, keygen_identity_file: Path, tmp_path: Path, armor: bool
) -> None:
    identities = parse_identity_file(keygen_identity_file.read_text())
    public = identities[0].recipient.encode()
    data = os.urandom(2 * CHUNK_SIZE + 5)
    options = ["-a"] if armor else []
    by_r = _run(age, *options, "-r", public, "-r", str(generate_identity().recipient), data=data)
    recipients_file = tmp_path / "recipients.txt"
    recipients_file.write_text(f"# the trusted receiver\n{public}\n")
    by_big_r = _run(age, *options, "-R", str(recipients_file), data=data)
    for sealed in (by_r, by_big_r):
        assert sealed.startswith(b"-----BEGIN" if armor else b"age-encryption.org/v1")
        assert decrypt_bytes(sealed, identities) == data


def test_our_identity_files_work_with_age(age: str, tmp_path: Path) -> None:
    identity = generate_identity()
    key_file = tmp_path / "key.txt"
    key_file.write_text(format_identity_file(identity))
    sealed = _run(age, "-r", identity.recipient.encode(), data=b"from age to us")
    (tmp_path / "file.age").write_bytes(sealed)
    assert _run(age, "-d", "-i", str(key_file), str(tmp_path / "file.age")) == b"from age to us"


def test_seekable_reading_of_an_age_file(age: str, keygen_identity_file: Path) -> None:
    identities = parse_identity_file(keygen_identity_file.read_text())
    data = os.urandom(4 * CHUNK_SIZE)
    sealed = _run(age, "-r", identities[0].recipient.encode(), data=data)
    reader = AgeReader(io.BytesIO(sealed), identities)
    reader.seek(3 * CHUNK_SIZE - 10)
    assert reader.read(20) == data[3 * CHUNK_SIZE - 10 : 3 * CHUNK_SIZE + 10]


@pytest.mark.slow  # age -p uses work factor 18: about a second per scrypt
def test_passphrase_files_both_ways(age: str, tmp_path: Path) -> None:
    """``age -p`` wants a terminal; a pseudo-terminal answers its prompts."""
    passphrase = "correct horse battery staple"
    ours = tmp_path / "ours.age"
    with ours.open("wb") as raw, AgeWriter(raw, [ScryptRecipient(passphrase, 10)]) as writer:
        writer.write(b"sealed by Quire")
    _with_terminal([age, "-d", "-o", str(tmp_path / "ours.out"), str(ours)], passphrase)
    assert (tmp_path / "ours.out").read_bytes() == b"sealed by Quire"

    (tmp_path / "plain.txt").write_bytes(b"sealed by age")
    theirs = tmp_path / "theirs.age"
    _with_terminal([age, "-p", "-o", str(theirs), str(tmp_path / "plain.txt")], passphrase)
    assert decrypt_bytes(theirs.read_bytes(), [ScryptIdentity(passphrase)]) == b"sealed by age"


def test_missing_binary_skips_locally_but_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        _require("age-no-such-binary")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        _require("age-no-such-binary")
