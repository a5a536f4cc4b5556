"""Bech32 (BIP-173) as age uses it: BIP-173 test strings, age key strings, and errors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.age import bech32

# Valid bech32 strings from BIP-173 (only those within age's case and length rules).
BIP173_VALID = [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "11" + "q" * 82 + "c8247j",
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
]


@pytest.mark.parametrize("text", BIP173_VALID)
def test_bip173_valid_checksums(text: str) -> None:
    hrp, data = bech32.decode(text)
    assert hrp == text.lower()[: text.lower().rfind("1")]
    assert bech32.encode(hrp, data) == text.lower()


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("A1G7SGD8", bech32.ChecksumError),  # checksum computed with uppercase HRP
        ("a12UEL5L", bech32.MixedCaseError),
        ("pzry9x0s0muk", bech32.Bech32Error),  # no separator
        ("1pzry9x0s0muk", bech32.Bech32Error),  # empty HRP
        ("x1b4n0q5v", bech32.Bech32Error),  # invalid data character
        ("li1dgmt3", bech32.Bech32Error),  # too short checksum
        ("de1lg7wt\xff", bech32.Bech32Error),  # invalid character
        ("10a06t8", bech32.Bech32Error),  # empty HRP
        ("a 12uel5l", bech32.Bech32Error),  # space
    ],
)
def test_bip173_invalid(text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        bech32.decode(text)


def test_no_90_character_limit() -> None:
    data = bytes(range(256)) * 5
    text = bech32.encode("age1pq", data)
    assert len(text) > 2000
    assert bech32.decode(text) == ("age1pq", data)


def test_uppercase_round_trip_uses_lowercase_checksum() -> None:
    text = bech32.encode("AGE-SECRET-KEY-", bytes(32)).upper()
    assert text.startswith("AGE-SECRET-KEY-1")
    assert bech32.decode(text) == ("age-secret-key-", bytes(32))


def test_expected_hrp() -> None:
    text = bech32.encode("age", bytes(32))
    assert bech32.decode(text, expected_hrp="age")[1] == bytes(32)
    with pytest.raises(bech32.HrpError, match="wrong prefix"):
        bech32.decode(text, expected_hrp="age1pq")


def test_every_single_character_change_is_caught() -> None:
    text = bech32.encode("age", bytes(range(32)))
    for i in range(len("age1"), len(text)):
        for c in bech32.CHARSET:
            if c != text[i]:
                with pytest.raises(bech32.ChecksumError):
                    bech32.decode(text[:i] + c + text[i + 1 :])


def test_non_zero_padding_is_refused() -> None:
    # 1 byte -> 2 groups of 5 bits with 2 padding bits; set a padding bit and re-checksum.
    values = [0, 1]
    checksum = bech32._create_checksum("age", values)
    text = "age1" + "".join(bech32.CHARSET[v] for v in values + checksum)
    with pytest.raises(bech32.Bech32Error, match="padding"):
        bech32.decode(text)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=20), st.binary())
def test_round_trip(hrp: str, data: bytes) -> None:
    assert bech32.decode(bech32.encode(hrp, data)) == (hrp, data)
