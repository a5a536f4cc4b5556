"""Search folding: one form for text however it was typed.

Case and diacritics are folded, Azerbaijani letters are mapped to what people type on
keyboards without them (ə→e, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u), and Cyrillic is case-folded
(ё→е). The same folding runs over stored text and over queries, so "hedelediler" finds
"hədələdilər" and "ШАНТАЖ" finds "шантаж".
"""

from __future__ import annotations

import re
import unicodedata

_LETTERS = str.maketrans({"ı": "i", "ə": "e", "ё": "е", "ß": "ss"})
_TOKEN = re.compile(r"[^\W_]+")


def _fold_char(c: str) -> str:
    decomposed = unicodedata.normalize("NFKD", c.casefold().translate(_LETTERS))
    return "".join(x for x in decomposed if not unicodedata.combining(x))


class _Folded(dict[int, str]):
    """Each character's folded form, filled as characters are met (an alphabet, never words).

    ``str.translate`` looks each character up here and a character not met before is
    folded on the spot (``__missing__``): no separate pass over the text to find the new
    ones, which cost as much as the mapping itself (an import folds every narrative).
    """

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDED = _Folded()


def fold(text: str) -> str:
    """Case, diacritics and keyboard spellings folded (see the module docstring).

    The same as NFC(strip combining marks(NFKD(casefold(text)))), one character at a time:
    case folding and decomposition work per character, the marks they yield are all
    dropped (so their order does not matter), and NFC then recomposes the whole. Each
    character is folded once per process and the text mapped in one ``str.translate``: a
    third of the time of folding the text as a whole, which an import paid per incident.
    """
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFC", text.translate(_FOLDED))


def tokens(text: str) -> list[str]:
    """Folded words and numbers, the way the full-text index splits them."""
    return _TOKEN.findall(fold(text))
