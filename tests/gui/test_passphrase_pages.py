"""The welcome page refuses a guessable passphrase, suggests one, shows/hides it and asks for
one practice retype; the recovery code cannot be dismissed until three words are typed back
and can be shown again from Settings; the duress passphrase is held to the same rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.passphrase_generator import wordlist
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.pages.recovery_code import CHECKED_WORDS, RecoveryCodeDialog
from ui.pages.welcome import WelcomePage
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

CODE = " ".join(f"w{i}" for i in range(24))


def _welcome(qtbot: Any, tmp_path: Path) -> WelcomePage:
    page = WelcomePage(tmp_path / "new")
    qtbot.addWidget(page)
    page.show()
    page.steps.setCurrentIndex(1)
    return page


def test_a_name_and_birth_year_cannot_go_on(qtbot: Any, tmp_path: Path) -> None:
    page = _welcome(qtbot, tmp_path)
    for weak in ("a", "Aysel Mammadova 1990", "Aysel1990!"):
        page.pass1.setText(weak)
        page.pass2.setText(weak)
        assert not page.next_button.isEnabled(), weak
        assert page.meter.value() <= 2
    assert "birth years" in page.verdict.text()
    page.pass1.setText(PASSPHRASE)
    page.pass2.setText(PASSPHRASE)
    assert page.next_button.isEnabled()


def test_show_toggle_and_a_suggested_passphrase(qtbot: Any, tmp_path: Path) -> None:
    page = _welcome(qtbot, tmp_path)
    assert page.pass1.echoMode() == QLineEdit.EchoMode.Password
    page.show_pass.setChecked(True)
    assert page.pass1.echoMode() == page.pass2.echoMode() == QLineEdit.EchoMode.Normal
    page.show_pass.setChecked(False)
    assert page.pass1.echoMode() == QLineEdit.EchoMode.Password

    page.language.setCurrentIndex(page.language.findData("az"))
    page.pass2.setText("stale")
    page.suggest.click()
    words = page.pass1.text().split()
    assert len(words) >= 6 and set(words) <= set(wordlist("az"))
    assert page.pass1.echoMode() == QLineEdit.EchoMode.Normal  # shown, to be written down
    assert page.pass2.text() == "" and not page.next_button.isEnabled()
    assert "bits" in page.suggestion.text()
    page.pass2.setText(page.pass1.text())
    assert page.next_button.isEnabled()


def test_one_practice_retype_before_the_vault_is_made(qtbot: Any, tmp_path: Path) -> None:
    page = _welcome(qtbot, tmp_path)
    page.pass1.setText(PASSPHRASE)
    page.pass2.setText(PASSPHRASE)
    page.next_button.click()
    assert page.steps.currentIndex() == 2
    assert not page.create_button.isEnabled()
    page.practice.setText("correct horse battery stable")
    assert not page.create_button.isEnabled() and page.message.text()
    page.create()  # Enter in the field with a wrong retype: no vault is started
    assert page.busy.isHidden() and not (tmp_path / "new").exists()
    page.practice.setText(PASSPHRASE)
    assert page.create_button.isEnabled()
    with qtbot.waitSignal(page.created, timeout=30_000) as made:
        page.create_button.click()
    vault, _code = made.args
    vault.lock()
    assert (tmp_path / "new" / "vault.key").exists()


def test_recovery_code_stays_until_three_words_are_typed_back(qtbot: Any) -> None:
    dialog = RecoveryCodeDialog(CODE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.asked) == CHECKED_WORDS == len(set(dialog.asked))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    dialog.close()
    assert dialog.isVisible() and not dialog.ok.isEnabled()
    words = CODE.split()
    for field, index in zip(dialog.fields[:-1], dialog.asked[:-1], strict=True):
        field.setText(" " + words[index].upper() + " ")  # case and spaces do not matter
    dialog.fields[-1].setText("wrong")
    assert not dialog.ok.isEnabled() and dialog.hint.text()
    dialog.close()
    assert dialog.isVisible()
    dialog.fields[-1].setText(words[dialog.asked[-1]])
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    assert not dialog.isVisible()


def test_settings_refuses_a_weak_duress_passphrase(qtbot: Any, tmp_path: Path) -> None:
    home = tmp_path / "vault"
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    try:
        dialog = SettingsDialog(home, _settings(home), vault)
        qtbot.addWidget(dialog)
        dialog.duress1.setText("duress")
        dialog.duress2.setText("duress")
        dialog.set_duress()
        assert dialog.task is None
        assert "too easy to guess" in dialog.duress_message.text()
        assert not dialog.recovery_show.isEnabled()  # no device secret, no recovery code
    finally:
        vault.lock()


def test_settings_shows_the_recovery_code_after_the_passphrase(
    real_keyring: None, qtbot: Any, tmp_path: Path
) -> None:
    home = tmp_path / "vault"
    vault, code = Vault.create(home, PASSPHRASE, use_device_secret=True, kdf=INSECURE_TEST_PARAMS)
    from app.vault import device_secret

    try:
        dialog = SettingsDialog(home, _settings(home), vault)
        qtbot.addWidget(dialog)
        assert dialog.recovery_show.isEnabled()
        dialog.recovery_pass.setText("not the passphrase")
        dialog.show_recovery_code()
        qtbot.waitUntil(lambda: dialog.recovery_show.isEnabled(), timeout=30_000)
        assert dialog.recovery_message.text() == "Wrong passphrase."
        assert not hasattr(dialog, "recovery_dialog")
        dialog.recovery_pass.setText(PASSPHRASE)
        dialog.show_recovery_code()
        qtbot.waitUntil(lambda: hasattr(dialog, "recovery_dialog"), timeout=30_000)
        assert dialog.recovery_dialog.words == (code or "").split()
        assert dialog.recovery_pass.text() == ""
        dialog.recovery_dialog.reject()
        assert dialog.recovery_dialog.isVisible()
    finally:
        device_secret.delete(vault.header.vault_id)
        vault.lock()


def _settings(home: Path) -> Any:
    from app import settings as settings_store

    return settings_store.load(home)
