"""A plain-language estimate of how hard a passphrase is to guess.

Deliberately simple and conservative: it counts the characters' variety and length,
penalises repeats, sequences and common words, and turns the estimate into a verdict and
one piece of advice a stressed, non-technical person can act on. It is guidance for the
strength meter, never a gate (except for the empty passphrase).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP as _T

_COMMON = {
    "password",
    "parol",
    "qwerty",
    "azerty",
    "123456",
    "12345678",
    "iloveyou",
    "admin",
    "letmein",
    "welcome",
    "baku",
    "baki",
    "azerbaijan",
    "azerbaycan",
    "azərbaycan",
    "пароль",
    "привет",
    "любовь",
    "monkey",
    "dragon",
    "sunshine",
    "secret",
    "quire",
}
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm", "0123456789")

VERDICTS = (
    _T("strength", "Very weak"),
    _T("strength", "Weak"),
    _T("strength", "Fair"),
    _T("strength", "Strong"),
    _T("strength", "Very strong"),
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    bits: float
    verdict: str
    advice: str


def _pool(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"\d", text):
        pool += 10
    if re.search(r"[^\w\s]", text) or " " in text:
        pool += 33
    if re.search(r"[^\x00-\x7f]", text):
        pool += 60
    return max(pool, 1)


def estimate(passphrase: str) -> Strength:
    text = passphrase
    lower = text.lower()
    bits = len(text) * math.log2(_pool(text))
    if len(set(text)) <= max(2, len(text) // 4):
        bits *= 0.4  # mostly the same few characters
    for seq in _SEQUENCES:
        for n in range(4, len(seq) + 1):
            for i in range(len(seq) - n + 1):
                if seq[i : i + n] in lower:
                    bits -= 2.5 * n
                    break
    for word in _COMMON:
        if word in lower:
            bits -= 4 * len(word)
    words = len([w for w in re.split(r"[\s\-_.]+", text) if len(w) >= 3])
    if words >= 4:
        bits = max(bits, 13 * words)  # several words chosen at random are strong
    bits = max(bits, 0.0)
    score = 0 if bits < 28 else 1 if bits < 45 else 2 if bits < 60 else 3 if bits < 80 else 4
    if not text:
        advice = _T("strength", "Type a passphrase.")
    elif score <= 1 and len(text) < 12:
        advice = _T(
            "strength",
            "Make it longer: four or five unrelated words are easy to remember and hard to guess.",
        )
    elif score <= 2:
        advice = _T(
            "strength", "Add another unrelated word, or a few characters only you would think of."
        )
    else:
        advice = _T(
            "strength",
            "Good. Write it nowhere near the laptop; if you forget it, "
            "no one can recover the diary.",
        )
    return Strength(score, bits, VERDICTS[score], advice)
