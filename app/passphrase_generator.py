"""A passphrase of random words in the person's language, with its honest entropy.

Words come from lists we may ship: English and Russian from the BIP-39 lists of the pinned
``mnemonic`` package (2,048 words each, MIT), Azerbaijani from resources/wordlists/
az_words.txt (compiled for Quire, CC0; about 580 words of three letters or more, so about
9.2 bits a word). Six words is the default; a shorter list gets as many more words as it
takes to reach :data:`TARGET_BITS`.
"""

from __future__ import annotations

import functools
import math
import secrets
from dataclasses import dataclass

from app.passphrase_strength import mnemonic_list, read_list

TARGET_BITS = 64.0
DEFAULT_WORDS = 6
LANGUAGES = ("en", "az", "ru")


@dataclass(frozen=True)
class Generated:
    text: str
    words: int
    list_size: int

    @property
    def bits(self) -> float:
        """Entropy against someone who knows the list and the number of words."""
        return self.words * math.log2(self.list_size)


@functools.cache
def wordlist(language: str) -> tuple[str, ...]:
    """The words to draw from, distinct, three letters or more."""
    if language == "az":
        words = read_list("az_words.txt")
    elif language == "ru":
        words = mnemonic_list("russian")
    else:
        words = mnemonic_list("english")
    return tuple(dict.fromkeys(w for w in words if len(w) >= 3))


def words_needed(language: str) -> int:
    size = len(wordlist(language))
    return max(DEFAULT_WORDS, math.ceil(TARGET_BITS / math.log2(size)))


def generate(language: str, words: int | None = None) -> Generated:
    """Words drawn with the operating system's randomness, separated by spaces."""
    pool = wordlist(language if language in LANGUAGES else "en")
    count = words if words is not None else words_needed(language)
    text = " ".join(secrets.choice(pool) for _ in range(count))
    return Generated(text, count, len(pool))
