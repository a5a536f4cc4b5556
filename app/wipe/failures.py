"""Optional: wipe the vault after N wrong passphrases in a row.

The count lives in settings.json beside the vault (``wipe_after_failures``, 0 = never, and
``failed_unlocks``). With the setting at 0 a wrong passphrase writes nothing at all. It
guards against someone guessing at this laptop's unlock prompt; it cannot stop an attacker
who copies the folder first and guesses offline (the Argon2id cost and the optional device
secret are what stand in that way).
"""

from __future__ import annotations

from pathlib import Path

from app import settings
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.wipe import erase

MAX_FAILURES = 100


def note_failed_unlock(home: Path) -> bool:
    """Count one wrong passphrase; wipe when the limit is reached. True if it wiped."""
    prefs = settings.load(home)
    if prefs.wipe_after_failures <= 0:
        return False  # the feature is off: write nothing
    prefs.failed_unlocks += 1
    if prefs.failed_unlocks >= prefs.wipe_after_failures:
        erase.panic_wipe(home)
        return True
    settings.save(home, prefs, with_counter=True)
    return False


def note_successful_unlock(home: Path) -> None:
    """A right passphrase resets the count (and writes only if there was one)."""
    prefs = settings.load(home)
    if prefs.failed_unlocks:
        prefs.failed_unlocks = 0
        settings.save(home, prefs, with_counter=True)


def set_wipe_after_failures(home: Path, count: int) -> None:
    """Wipe after ``count`` wrong passphrases in a row (0 turns it off); resets the count."""
    if not 0 <= count <= MAX_FAILURES:
        raise QuireError(
            _T("errors", "The number of wrong passphrases must be 0 to {max_failures}."),
            max_failures=MAX_FAILURES,
        )
    prefs = settings.load(home)
    prefs.wipe_after_failures = count
    prefs.failed_unlocks = 0
    settings.save(home, prefs, with_counter=True)
