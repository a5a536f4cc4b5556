"""ASCII armor: canonical output, strict input (the CCTV vectors cover the rest)."""

from __future__ import annotations

import base64
import io
import os

import pytest

from app.age import ArmorError, ArmorReader, ArmorWriter, armor, dearmor
from app.age.armor import BEGIN, END


@pytest.mark.parametrize("size", [0, 1, 47, 48, 49, 96, 1000, 70_000])
def test_round_trip(size: int) -> None:
    data = os.urandom(size)
    text = armor(data)
    lines = text.split(b"\n")
    assert lines[0] == BEGIN and lines[-2] == END and lines[-1] == b""
    body = lines[1:-2]
    assert all(len(line) == 64 for line in body[:-1])
    assert all(0 < len(line) <= 64 for line in body)
    assert dearmor(text) == data
    assert dearmor(text.replace(b"\n", b"\r\n")) == data
    assert dearmor(b" \n\t\r\n" + text + b"\n  \n") == data


def test_writer_in_small_pieces_matches_pem() -> None:
    data = os.urandom(5000)
    out = io.BytesIO()
    writer = ArmorWriter(out)
    for i in range(0, len(data), 7):
        writer.write(data[i : i + 7])
    writer.close()
    encoded = base64.b64encode(data)
    expected = b"".join(encoded[i : i + 64] + b"\n" for i in range(0, len(encoded), 64))
    assert out.getvalue() == BEGIN + b"\n" + expected + END + b"\n"


def test_unclosed_writer_leaves_no_end_line() -> None:
    out = io.BytesIO()
    writer = ArmorWriter(out)
    writer.write(b"x" * 100)
    writer.abort()
    assert END not in out.getvalue()
    with pytest.raises(ArmorError):
        dearmor(out.getvalue())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(b"", id="empty"),
        pytest.param(BEGIN + b"\nAAAA\n", id="no-end"),
        pytest.param(b"x" + armor(b"abc"), id="leading-garbage"),
        pytest.param(armor(b"abc") + b"x", id="trailing-garbage"),
        pytest.param(armor(b"abc") + b" " * 2000, id="too-much-trailing-whitespace"),
        pytest.param(b" " * 2000 + b"\n" + armor(b"abc"), id="too-much-leading-whitespace"),
        pytest.param(armor(b"ab").replace(b"YWI=", b"YWJ="), id="not-canonical"),
        pytest.param(armor(b"abc").replace(b"YWJj", b"YWJj\n"), id="blank-line"),
        pytest.param(armor(b"abc").replace(b"YWJj", b" YWJj"), id="leading-space"),
        pytest.param(armor(b"ab").replace(b"YWI=", b"YWI"), id="no-padding"),
        pytest.param(armor(b"x" * 100).replace(b"\n", b"\n\n", 2), id="empty-line"),
        pytest.param(
            armor(b"\x00" * 48 * 3).replace(b"A" * 64 + b"\n", b"A" * 32 + b"\n", 1),
            id="short-line-in-middle",
        ),
        pytest.param(armor(b"\x00" * 48).replace(b"A" * 64, b"A" * 68), id="long-line"),
        pytest.param(armor(b"abc").replace(b"FILE", b"MESSAGE"), id="wrong-label"),
    ],
)
def test_refuses(text: bytes) -> None:
    with pytest.raises(ArmorError):
        ArmorReader(io.BytesIO(text)).read()
