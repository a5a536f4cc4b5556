"""Every passphrase field hides what is typed and tells the input method to keep nothing.

On-screen keyboards, predictive text and input methods (IBus, Fcitx, a phone-style
keyboard on a tablet) learn words typed into ordinary fields; ``ImhSensitiveData`` and
``ImhNoPredictiveText`` tell them not to, ``ImhNoAutoUppercase`` keeps them from changing
what is typed. The test opens every window that asks for a passphrase and walks all its
widgets: each field named a passphrase is in password mode and carries the hints, and
keeps them when a "Show passphrase" box makes it plain text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QWidget

from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

HINTS = (
    Qt.InputMethodHint.ImhSensitiveData,
    Qt.InputMethodHint.ImhNoPredictiveText,
    Qt.InputMethodHint.ImhNoAutoUppercase,
)


def _line_edits(roots: list[QWidget]) -> list[QLineEdit]:
    found: list[QLineEdit] = []
    for root in roots:
        found += root.findChildren(QLineEdit)
    for widget in QApplication.topLevelWidgets():  # windows opened with the main one as parent
        found += [e for e in widget.findChildren(QLineEdit) if e not in found]
    return found


def _is_passphrase_field(edit: QLineEdit) -> bool:
    return "passphrase" in edit.accessibleName().lower()


def test_every_passphrase_field_is_hidden_and_hinted(qtbot: Any, tmp_path: Path) -> None:
    first_run = MainWindow(tmp_path / "new")  # the welcome page: the new passphrase twice
    qtbot.addWidget(first_run)
    home = tmp_path / "vault"
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    IncidentStore(vault).create(IncidentRecord(title="t", occurred_at="2024-01-01"))
    vault.lock()
    window = MainWindow(home)
    qtbot.addWidget(window)
    window.show()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    window.open_settings()  # the duress passphrase
    window.export_bundle()  # a passphrase-sealed bundle
    window.open_bundle()  # opening one

    edits = _line_edits([first_run, window])
    secret = [e for e in edits if e.echoMode() != QLineEdit.EchoMode.Normal]
    named = [e for e in edits if _is_passphrase_field(e)]
    # Welcome (2), unlock (1), duress (2), export (2), open bundle (1).
    assert len(named) >= 8, [e.accessibleName() for e in named]
    for edit in named:
        assert edit.echoMode() == QLineEdit.EchoMode.Password, edit.accessibleName()
    for edit in secret:
        _assert_hinted(edit)
    # "Show passphrase" makes the fields plain text; Qt then drops the hints unless Quire
    # puts them back. Every such box, on: every passphrase field still carries them.
    toggles = [
        box
        for root in [first_run, window, *QApplication.topLevelWidgets()]
        for box in root.findChildren(QCheckBox)
        if box.accessibleName() == "Show the passphrase"
    ]
    assert len(set(toggles)) >= 2, "the welcome page and the duress passphrase have one"
    for box in set(toggles):
        box.setChecked(True)
    shown = [e for e in named if e.echoMode() == QLineEdit.EchoMode.Normal]
    assert len(shown) >= 4, [e.accessibleName() for e in shown]
    for edit in named:
        _assert_hinted(edit)
    window.lock()


def _assert_hinted(edit: QLineEdit) -> None:
    hints = edit.inputMethodHints()
    for hint in HINTS:
        assert hints & hint, f"{edit.accessibleName()!r} lacks {hint.name}"
