"""settings.json: defaults, bad values, and the wrong-passphrase counter kept safe."""

from __future__ import annotations

import json
from pathlib import Path

from app import settings


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    assert settings.load(tmp_path) == settings.Settings()
    s = settings.Settings(language="az", auto_lock_minutes=2, discreet_mode=True)
    settings.save(tmp_path, s)
    assert settings.load(tmp_path) == s
    assert oct((tmp_path / settings.SETTINGS_NAME).stat().st_mode & 0o777) == "0o600"


def test_bad_values_fall_back(tmp_path: Path) -> None:
    (tmp_path / settings.SETTINGS_NAME).write_text(
        json.dumps({"language": "xx", "auto_lock_minutes": -3, "panic_mode": "boom", "unknown": 1})
    )
    s = settings.load(tmp_path)
    assert (s.language, s.auto_lock_minutes, s.panic_mode) == ("en", 5, "confirm")
    (tmp_path / settings.SETTINGS_NAME).write_text("{not json")
    assert settings.load(tmp_path) == settings.Settings()


def test_a_stale_copy_never_resets_the_failure_counter(tmp_path: Path) -> None:
    window_copy = settings.load(tmp_path)  # a window loaded its settings earlier
    counted = settings.load(tmp_path)
    counted.wipe_after_failures, counted.failed_unlocks = 5, 3
    settings.save(tmp_path, counted, with_counter=True)  # the unlock path counted
    window_copy.wipe_after_failures = 5
    window_copy.language = "ru"
    settings.save(tmp_path, window_copy)  # the window saves a language change
    again = settings.load(tmp_path)
    assert (again.language, again.failed_unlocks) == ("ru", 3)
