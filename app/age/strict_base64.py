"""Canonical unpadded base64, as the age header requires.

age forbids ``=`` padding and non-canonical encodings (non-zero leftover bits) so that every
header has exactly one byte representation: the header MAC then covers *the* header, and
nobody can change its bytes without changing its meaning.
"""

from __future__ import annotations

import base64
import binascii
import re

_ALPHABET = re.compile(rb"[A-Za-z0-9+/]*")


def encode(data: bytes) -> str:
    """Standard base64 without padding."""
    return base64.b64encode(data).decode("ascii").rstrip("=")


def decode(text: str | bytes) -> bytes:
    """Decode unpadded canonical base64; raise ``ValueError`` on anything else."""
    raw = text.encode("ascii", "replace") if isinstance(text, str) else bytes(text)
    if not _ALPHABET.fullmatch(raw):
        raise ValueError("invalid base64 character (padding is not allowed)")
    if len(raw) % 4 == 1:
        raise ValueError("invalid base64 length")
    try:
        data = base64.b64decode(raw + b"=" * (-len(raw) % 4), validate=True)
    except binascii.Error as exc:  # pragma: no cover - the checks above make this unreachable
        raise ValueError(f"invalid base64: {exc}") from None
    if encode(data).encode("ascii") != raw:
        raise ValueError("non-canonical base64 encoding")
    return data
