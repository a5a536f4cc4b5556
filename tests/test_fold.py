"""fold() maps text one character at a time; it must equal folding the text as a whole."""

from __future__ import annotations

import random
import unicodedata

from app.incidents.fold import _LETTERS, fold

CHARS = [chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c < 0xE000]


def whole(text: str) -> str:
    """The definition: NFC of NFKD without combining marks, after case and letter folding."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def test_every_character_folds_as_the_whole_text_would() -> None:
    assert fold("".join(CHARS)) == whole("".join(CHARS))
    for c in CHARS[::7]:
        assert fold(c) == whole(c), repr(c)


def test_mixed_text_marks_and_recomposition() -> None:
    samples = [
        "Hədələdilər, ŞANTAJ! İstanbul Ёлка йод ß ﬁ ½ ℌ",
        "e\u0301\u0327 a\u0308\u0301 İİ ı\u0307",
        "\u1100\u1161\u11a8 가각",  # Hangul jamo recompose only in the whole-text NFC
    ]
    rng = random.Random(7)
    for _ in range(3000):
        samples.append(
            "".join(
                rng.choice(CHARS) if rng.random() < 0.5 else rng.choice("aAeEiIsS 09-\u0301")
                for _ in range(30)
            )
        )
    for text in samples:
        assert fold(text) == whole(text), repr(text)
    assert fold("HƏDƏLƏDİLƏR") == "hedelediler" and fold("ШАНТАЖ") == "шантаж"
