"""Settings → Panic → "Decoy diary…": prepare the entries the duress passphrase opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app import decoy
from app.access import unlock_vault
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from app.wipe import set_duress_passphrase, wait_for_removals
from tests.conftest import PASSPHRASE
from ui.decoy_dialog import DecoyDialog
from ui.dialogs import Dialogs
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

DURESS = "blue tram seven over the hill"


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    home = tmp_path / "vault"
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    set_duress_passphrase(vault, DURESS)
    vault.lock()
    w = MainWindow(home)
    qtbot.addWidget(w)
    w.show()
    w.unlock_page.passphrase.setText(PASSPHRASE)
    w.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
    yield w
    w.lock()


def _decoy_dialog(w: MainWindow, qtbot: Any) -> DecoyDialog:
    w.open_settings()
    settings = w.findChild(SettingsDialog)
    assert settings is not None
    settings.tabs.setCurrentIndex(1)
    settings.decoy_button.click()
    dialog = settings.findChild(DecoyDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    return dialog


def test_prepare_the_decoy_and_duress_opens_it(window: MainWindow, qtbot: Any) -> None:
    dialog = _decoy_dialog(window, qtbot)
    assert dialog.list.count() == 0 and not dialog.title.isEnabled()
    dialog.examples_button.click()
    assert dialog.list.count() == 4
    dialog.list.setCurrentRow(0)
    dialog.title.setText("Rude comments under my photo")
    dialog.when.setText("14 March")  # not a date Quire reads: said so, nothing saved
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and "2025-03-14" in dialog.message.text()
    assert window.vault is not None and not decoy.has_decoy(window.vault)
    dialog.when.setText("2025-03-14")
    dialog.add_button.click()
    dialog.title.setText("Lost my keys at the market")
    dialog.list.setCurrentRow(1)
    dialog.remove_button.click()  # the silent caller goes
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    titles = [e.record.title for e in decoy.load(window.vault)]
    assert titles[0] == "Rude comments under my photo" and len(titles) == 4
    assert "Lost my keys at the market" in titles
    # Opened again, the dialog shows what was saved.
    again = _decoy_dialog(window, qtbot)
    assert again.list.count() == 4 and "2025-03-14" in again.list.item(0).text()
    again.reject()
    window.lock()
    with unlock_vault(window.home, DURESS) as cover:
        shown = {s.title: s.occurred_at for s in IncidentStore(cover).list()}
    assert shown["Rude comments under my photo"] == "2025-03-14" and len(shown) == 4
    assert wait_for_removals(timeout=60)


def test_examples_replace_entries_only_when_asked(window: MainWindow, qtbot: Any) -> None:
    dialog = _decoy_dialog(window, qtbot)
    dialog.add_button.click()
    dialog.title.setText("my own")
    Dialogs.next_answers.append(False)
    dialog.examples_button.click()
    assert dialog.list.count() == 1
    Dialogs.next_answers.append(True)
    dialog.examples_button.click()
    assert dialog.list.count() == 4


def test_the_decoy_dialog_closes_on_lock(window: MainWindow, qtbot: Any) -> None:
    dialog = _decoy_dialog(window, qtbot)
    dialog.examples_button.click()
    window.lock()
    assert not dialog.isVisible() and dialog.list.count() == 0


def test_f12_hides_the_decoy_window_too(window: MainWindow, qtbot: Any) -> None:
    dialog = _decoy_dialog(window, qtbot)
    dialog.examples_button.click()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.title, Qt.Key.Key_F12)
    assert window.vault is None and not dialog.isVisible() and dialog.list.count() == 0
