"""What the window does at start: nothing it does not need for the first screen.

The welcome page asked the OS keyring whether it could hold a device secret while the
window was being built (importing keyring, a D-Bus call: ~0.3 s of every start, an
existing vault's too). It now asks when the passphrase step is first shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.vault import device_secret
from ui.pages.welcome import WelcomePage

pytestmark = pytest.mark.gui


def test_the_keyring_is_asked_only_at_the_passphrase_step(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []

    def is_available() -> tuple[bool, str]:
        asked.append(1)
        return False, "no Secret Service here"

    monkeypatch.setattr(device_secret, "is_available", is_available)
    page = WelcomePage(tmp_path / "new")
    qtbot.addWidget(page)
    page.show()
    assert asked == []  # building and showing the first step asks nothing
    page.steps.setCurrentIndex(1)
    assert asked == [1]
    assert not page.use_secret.isEnabled()
    assert "no Secret Service here" in page.secret_hint.text()
    page.steps.setCurrentIndex(2)
    page.steps.setCurrentIndex(1)
    assert asked == [1]  # once


def test_an_available_keyring_enables_the_choice(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(device_secret, "is_available", lambda: (True, ""))
    page = WelcomePage(tmp_path / "new")
    qtbot.addWidget(page)
    page.show()
    assert not page.use_secret.isEnabled()
    page.steps.setCurrentIndex(1)
    assert page.use_secret.isEnabled()
    assert "24 words" in page.secret_hint.text()
