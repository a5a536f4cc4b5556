"""Settings' safety check-up tab and the Help window, driven with pytest-qt on real vaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTextBrowser

from app import settings as settings_store
from app.safety_checkup import recovery_confirmed_at
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.help_window import HelpWindow, show_user_guide
from ui.safety_checkup import LOOK_MARK, OK_MARK
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def _dialog(qtbot: Any, home: Path, vault: Vault | None) -> SettingsDialog:
    dialog = SettingsDialog(home, settings_store.load(home), vault)
    qtbot.addWidget(dialog)
    return dialog


def test_checkup_shows_each_fact_with_its_mark(qtbot: Any, tmp_path: Path) -> None:
    home = tmp_path / "vault"
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    try:
        prefs = settings_store.load(home)
        prefs.auto_lock_minutes = 0
        settings_store.save(home, prefs)
        dialog = _dialog(qtbot, home, vault)
        rows = dialog.checkup.rows
        assert rows["backup"].text().startswith(LOOK_MARK)  # no backup yet
        assert "No backup yet" in rows["backup"].text()
        assert rows["recovery"].text().startswith(OK_MARK)  # no device secret: no code
        assert rows["auto_lock"].text().startswith(LOOK_MARK) and "Off" in rows["auto_lock"].text()
        # Whether a duress passphrase is set is never shown, only why not.
        assert "Not shown, on purpose" in rows["duress"].text()
        assert dialog.tabs.indexOf(dialog.checkup) >= 0
    finally:
        vault.lock()


def test_rehearsal_says_right_or_wrong_and_counts_nothing(qtbot: Any, tmp_path: Path) -> None:
    home = tmp_path / "vault"
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    try:
        prefs = settings_store.load(home)
        prefs.wipe_after_failures = 1
        settings_store.save(home, prefs)
        before = (home / settings_store.SETTINGS_NAME).read_bytes()
        dialog = _dialog(qtbot, home, vault)
        page = dialog.checkup
        page.rehearsal.setText("a slip of the finger")
        page.check()
        qtbot.waitUntil(lambda: page.rehearse.isEnabled(), timeout=30_000)
        assert "not your passphrase" in page.verdict.text()
        assert page.rehearsal.text() == ""
        page.rehearsal.setText(PASSPHRASE)
        page.check()
        qtbot.waitUntil(lambda: page.rehearse.isEnabled(), timeout=30_000)
        assert page.verdict.text().startswith("Right")
        assert (home / settings_store.SETTINGS_NAME).read_bytes() == before
    finally:
        vault.lock()


def test_recovery_code_typed_back_in_settings_is_recorded(
    real_keyring: None, qtbot: Any, tmp_path: Path
) -> None:
    from app.vault import device_secret

    home = tmp_path / "vault"
    vault, code = Vault.create(home, PASSPHRASE, use_device_secret=True, kdf=INSECURE_TEST_PARAMS)
    try:
        dialog = _dialog(qtbot, home, vault)
        assert dialog.checkup.rows["recovery"].text().startswith(LOOK_MARK)
        dialog.recovery_pass.setText(PASSPHRASE)
        dialog.show_recovery_code()
        qtbot.waitUntil(lambda: hasattr(dialog, "recovery_dialog"), timeout=30_000)
        shown = dialog.recovery_dialog
        words = (code or "").split()
        for field, index in zip(shown.fields, shown.asked, strict=True):
            field.setText(words[index])
        shown.ok.click()
        assert recovery_confirmed_at(vault) is not None
        assert dialog.checkup.rows["recovery"].text().startswith(OK_MARK)
    finally:
        device_secret.delete(vault.header.vault_id)
        vault.lock()


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "The passphrase and the recovery code"),
        ("az", "Parol ifadəsi və bərpa kodu"),
        ("ru", "Парольная фраза и код восстановления"),
    ],
)
def test_help_window_shows_the_guide_in_the_language(
    qtbot: Any, language: str, heading: str
) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    window = show_user_guide(parent, language)
    assert isinstance(window, HelpWindow)
    browser = window.findChild(QTextBrowser)
    assert browser is not None
    assert heading in browser.toPlainText()
    # Links go nowhere: no browser, no network.
    assert not browser.openLinks() and not browser.openExternalLinks()
    # Asking again raises the same window, in the language asked for.
    assert show_user_guide(parent, "en") is window
    assert "The passphrase and the recovery code" in browser.toPlainText()
