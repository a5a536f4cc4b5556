"""Bech32 (BIP-173) as age uses it: for keys people copy, paste and read out.

age keeps BIP-173's checksum (which catches typos) but drops its 90-character limit,
because post-quantum recipients are about 1,960 characters long. A string must be all
lowercase or all uppercase; the checksum is always computed over the lowercase form.
This is the original bech32 checksum constant (1), not bech32m.
"""

from __future__ import annotations

from app.errors import TranslatableError
from app.i18n import QT_TRANSLATE_NOOP as _T

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_INDEX = {c: i for i, c in enumerate(CHARSET)}
_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CHECKSUM_LEN = 6


class Bech32Error(TranslatableError, ValueError):
    """A bech32 string is malformed; the message says what is wrong with it."""


class MixedCaseError(Bech32Error):
    """Upper and lower case letters are mixed (bech32 allows one or the other)."""


class ChecksumError(Bech32Error):
    """The checksum does not match: a character was mistyped, swapped or lost."""


class HrpError(Bech32Error):
    """The human-readable prefix is not the expected one."""


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATORS):
            if (top >> i) & 1:
                checksum ^= generator
    return checksum


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _create_checksum(hrp: str, data: list[int]) -> list[int]:
    polymod = _polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ 1
    return [(polymod >> 5 * (5 - i)) & 31 for i in range(_CHECKSUM_LEN)]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    """Regroup bits; when decoding (pad=False) reject leftover or non-zero padding bits."""
    acc = 0
    bits = 0
    out = []
    max_value = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & max_value)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (acc << (to_bits - bits)) & max_value:
        raise Bech32Error(_T("errors", "invalid padding in the data part"))
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under the prefix ``hrp``, in lowercase (callers may ``.upper()`` it)."""
    if not hrp or any(not 33 <= ord(c) <= 126 for c in hrp):
        raise Bech32Error(_T("errors", "the prefix must be 1 or more printable ASCII characters"))
    if hrp.lower() != hrp and hrp.upper() != hrp:
        raise MixedCaseError(_T("errors", "the prefix mixes upper and lower case"))
    hrp = hrp.lower()
    values = _convert_bits(data, 8, 5, pad=True)
    checksum = _create_checksum(hrp, values)
    return hrp + "1" + "".join(CHARSET[v] for v in values + checksum)


def decode(text: str, expected_hrp: str | None = None) -> tuple[str, bytes]:
    """Decode a bech32 string into ``(lowercase prefix, data)``.

    With ``expected_hrp`` a different prefix raises :class:`HrpError` (compared
    case-insensitively). Errors say which rule was broken, so a person can fix a typo.
    """
    if any(not 33 <= ord(c) <= 126 for c in text):
        raise Bech32Error(_T("errors", "contains spaces or characters outside printable ASCII"))
    if text.lower() != text and text.upper() != text:
        raise MixedCaseError(_T("errors", "mixes upper and lower case letters"))
    text = text.lower()
    sep = text.rfind("1")
    if sep < 1:
        raise Bech32Error(_T("errors", "missing the '1' separator after the prefix"))
    hrp, data_part = text[:sep], text[sep + 1 :]
    if expected_hrp is not None and hrp != expected_hrp.lower():
        raise HrpError(
            _T("errors", "wrong prefix {hrp}, expected {value}"),
            hrp=repr(hrp),
            value=repr(expected_hrp.lower()),
        )
    if len(data_part) < _CHECKSUM_LEN:
        raise Bech32Error(_T("errors", "too short to hold a checksum"))
    bad = sorted({c for c in data_part if c not in _CHARSET_INDEX})
    if bad:
        raise Bech32Error(
            _T("errors", "invalid character(s) {value} (bech32 has no 1, b, i, o)"),
            value=repr("".join(bad)),
        )
    values = [_CHARSET_INDEX[c] for c in data_part]
    if _polymod(_hrp_expand(hrp) + values) != 1:
        raise ChecksumError(_T("errors", "bad checksum: a character was mistyped, swapped or lost"))
    return hrp, bytes(_convert_bits(values[:-_CHECKSUM_LEN], 5, 8, pad=False))
