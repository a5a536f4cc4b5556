"""The device secret as 24 words (BIP-39 English list) to write on paper.

A vault restored on another machine needs the device secret; the words carry all 32 bytes
plus a checksum, so a mistyped word is caught instead of producing a wrong key.
"""

from __future__ import annotations

import unicodedata

from mnemonic import Mnemonic

from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T

_WORDS = Mnemonic("english")


def encode(secret: bytes) -> str:
    """24 lowercase words separated by single spaces."""
    return str(_WORDS.to_mnemonic(secret))


def decode(code: str) -> bytes:
    """The 32-byte secret; a clear error for unknown words or a bad checksum."""
    words = unicodedata.normalize("NFKD", code).lower().split()
    if len(words) != 24:
        raise QuireError(
            _T("errors", "A recovery code has 24 words; this one has {count}."), count=len(words)
        )
    unknown = [w for w in words if w not in _WORDS.wordlist]
    if unknown:
        raise QuireError(_T("errors", "Not a recovery-code word: {value}."), value=repr(unknown[0]))
    phrase = " ".join(words)
    if not _WORDS.check(phrase):
        raise QuireError(
            _T("errors", "The recovery code's checksum does not match: a word is wrong.")
        )
    return bytes(_WORDS.to_entropy(phrase))
