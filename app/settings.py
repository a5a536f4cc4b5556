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

SETTINGS_NAME = "settings.json"
LANGUAGES = ("en", "az", "ru")
PANIC_MODES = ("confirm", "hold", "immediate")


@dataclass
class Settings:
    language: str = "en"
    auto_lock_minutes: int = 5
    clipboard_clear_seconds: int = 30
    clear_pasted_picture: bool = True  # a screenshot pasted into Quire leaves the clipboard
    discreet_mode: bool = False
    panic_mode: str = "confirm"
    wipe_after_failures: int = 0  # 0 = never
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
        self.clear_pasted_picture = bool(self.clear_pasted_picture)
        return self


def load(home: Path) -> Settings:
    """The settings, or defaults when the file is missing or unreadable."""
    try:
        data: Any = json.loads((home / SETTINGS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in data.items() if k in known}).validated()


def save(home: Path, settings: Settings, *, with_counter: bool = False) -> None:
    """Write the preferences. The wrong-passphrase counter on disk is kept as it is unless
    ``with_counter`` (only the unlock path owns it: a window's stale copy must never reset
    a count that is heading for a wipe)."""
    fs.ensure_private_dir(home)
    if not with_counter:
        settings.failed_unlocks = load(home).failed_unlocks
    data = json.dumps(asdict(settings.validated()), indent=1).encode()
    fs.atomic_write_bytes(home / SETTINGS_NAME, data)
