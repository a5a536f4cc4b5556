"""What the unlock screen tells the person besides "wrong passphrase", decided here.

Three ordinary slips (a dot, a dotless ı, the Cyrillic layout) are enough to reach "wipe
after 3 wrong passphrases", and a passphrase field shows only dots. So the screen names the
script of the last letter typed and whether Caps Lock is on, and, only where the person
asked for it (``Settings.warn_before_last_attempt``), warns when one attempt is left: the
warning also tells an intruder, which is why it is a choice.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from app import settings
from app.i18n import QT_TRANSLATE_NOOP as _T

SCRIPT_LATIN = _T("unlock", "Latin letters")
SCRIPT_AZ = _T("unlock", "Azerbaijani letters")
SCRIPT_CYRILLIC = _T("unlock", "Cyrillic letters")
SCRIPT_OTHER = _T("unlock", "other letters")
_AZ_ONLY = set("əƏıİğĞşŞçÇöÖüÜ")


def script_of(char: str) -> str | None:
    """Which alphabet ``char`` is from (source strings of context ``unlock``), or None for
    digits, spaces and punctuation."""
    if len(char) != 1 or not char.isalpha():
        return None
    if char in _AZ_ONLY:
        return SCRIPT_AZ
    name = unicodedata.name(char, "")
    if name.startswith("CYRILLIC"):
        return SCRIPT_CYRILLIC
    if name.startswith("LATIN"):
        return SCRIPT_LATIN
    return SCRIPT_OTHER


def caps_lock_from_letter(char: str, shift: bool) -> bool | None:
    """Caps Lock as a typed letter shows it: upper case without Shift (or lower case with
    it) means on; None when ``char`` has no case."""
    if len(char) != 1 or char.upper() == char.lower():
        return None
    return char.isupper() != shift


def attempts_left(home: Path) -> int | None:
    """Wrong passphrases left before the wipe, or None when the wipe is off."""
    prefs = settings.load(home)
    if prefs.wipe_after_failures <= 0:
        return None
    return max(prefs.wipe_after_failures - prefs.failed_unlocks, 0)


def warn_last_attempt(home: Path) -> bool:
    """True when the person asked to be warned and the next wrong passphrase wipes."""
    return settings.load(home).warn_before_last_attempt and attempts_left(home) == 1
