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


def fold(text: str) -> str:
    text = text.casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def tokens(text: str) -> list[str]:
    """Folded words and numbers, the way the full-text index splits them."""
    return _TOKEN.findall(fold(text))
