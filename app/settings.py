"""Settings needed before the vault is unlocked, kept beside it in ``settings.json``.

Only preferences live here — never content, names or anything typed into the diary:
language, auto-lock minutes, discreet mode, clipboard clearing (copied text, pasted
screenshots), the panic-wipe trigger and the optional "wipe after N wrong passphrases"
counter. The file is written atomically and is removed by the panic wipe with everything
else.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from app import fs
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T

SETTINGS_NAME = "settings.json"
# Written into every settings file: the proof that Quire wrote it (app/vault/files.py), so a
# person's own settings.json in a folder they point Quire at is never read or replaced.
FORMAT = "quire-settings-1"
# What files written before the marker held: exactly these keys (they were always all written).
_LEGACY_KEYS = frozenset(
    {
        "language",
        "auto_lock_minutes",
        "clipboard_clear_seconds",
        "discreet_mode",
        "panic_mode",
        "wipe_after_failures",
        "failed_unlocks",
        "last_backup_at",
    }
)
LANGUAGES = ("en", "az", "ru")
PANIC_MODES = ("confirm", "hold", "immediate")


@dataclass
class Settings:
    language: str = "en"
    auto_lock_minutes: int = 5
    clipboard_clear_seconds: int = 30
    clear_pasted_picture: bool = True  # a screenshot pasted into Quire leaves the clipboard
    discreet_mode: bool = False
    # Discreet mode's own choice: incident titles read "••••••" in the list until selected.
    mask_titles: bool = False
    panic_mode: str = "confirm"
    wipe_after_failures: int = 0  # 0 = never
    # Say on the unlock screen when one wrong passphrase is left before the wipe. Off by
    # default: it saves the person from her own last slip, and tells an intruder too.
    warn_before_last_attempt: bool = False
    failed_unlocks: int = 0
    last_backup_at: str | None = None

    def validated(self) -> Settings:
        """Out-of-range values fall back to defaults (a hand-edited file must not break)."""
        d = Settings()
        if self.language not in LANGUAGES:
            self.language = d.language
        if not isinstance(self.auto_lock_minutes, int) or not 0 <= self.auto_lock_minutes <= 240:
            self.auto_lock_minutes = d.auto_lock_minutes
        if (
            not isinstance(self.clipboard_clear_seconds, int)
            or not 0 <= self.clipboard_clear_seconds <= 3600
        ):
            self.clipboard_clear_seconds = d.clipboard_clear_seconds
        if self.panic_mode not in PANIC_MODES:
            self.panic_mode = d.panic_mode
        if (
            not isinstance(self.wipe_after_failures, int)
            or not 0 <= self.wipe_after_failures <= 100
        ):
            self.wipe_after_failures = d.wipe_after_failures
        if not isinstance(self.failed_unlocks, int) or self.failed_unlocks < 0:
            self.failed_unlocks = 0
        self.discreet_mode = bool(self.discreet_mode)
        self.mask_titles = bool(self.mask_titles)
        self.warn_before_last_attempt = bool(self.warn_before_last_attempt)
        self.clear_pasted_picture = bool(self.clear_pasted_picture)
        return self


def _read(path: Path) -> dict[str, Any] | None:
    """The file's object if Quire wrote it (its marker, or the keys it always wrote)."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    if data.get("format") == FORMAT or set(data) == _LEGACY_KEYS:
        return data
    return None


def is_quire_settings(path: Path) -> bool:
    """Whether ``path`` is a settings file Quire wrote (never a person's own)."""
    return _read(path) is not None


def load(home: Path) -> Settings:
    """The settings, or defaults when the file is missing, unreadable or not Quire's."""
    data = _read(home / SETTINGS_NAME)
    if data is None:
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in data.items() if k in known}).validated()


def save(home: Path, settings: Settings, *, with_counter: bool = False) -> None:
    """Write the preferences. The wrong-passphrase counter on disk is kept as it is unless
    ``with_counter`` (only the unlock path owns it: a window's stale copy must never reset
    a count that is heading for a wipe)."""
    path = home / SETTINGS_NAME
    if path.exists() and not is_quire_settings(path):
        raise QuireError(
            _T(
                "errors",
                "{path} is not a file Quire wrote; it was left untouched. Keep the diary in a "
                "folder of its own.",
            ),
            path=path,
        )
    fs.ensure_private_dir(home)
    if not with_counter:
        settings.failed_unlocks = load(home).failed_unlocks
    data = json.dumps({"format": FORMAT, **asdict(settings.validated())}, indent=1).encode()
    fs.atomic_write_bytes(home / SETTINGS_NAME, data)
