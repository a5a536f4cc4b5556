"""The organisation's key made in the app, contacts from a card or a QR picture, and the
diary's signing key in Settings (issue 14), driven with pytest-qt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from app import settings as settings_store
from app.age import generate_identity
from app.contacts.card import make_card, qr_png, read_card, write_card
from app.spoken_fingerprint import signing_fingerprint
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.settings_dialog import SettingsDialog
from ui.sharing.contacts import AddContactForm
from ui.sharing.org_key import OrgKeyDialog

pytestmark = pytest.mark.gui


def test_an_organisation_makes_its_key_in_the_app(qtbot: Any, tmp_path: Path) -> None:
    dialog = OrgKeyDialog()
    qtbot.addWidget(dialog)
    dialog.make()
    assert "existing folder" in dialog.result.text()
    dialog.name.setText("Legal Aid Centre / Baku")
    dialog.folder.setText(str(tmp_path))
    dialog.make()
    qtbot.waitUntil(lambda: dialog.kit is not None, timeout=30_000)
    kit = dialog.kit
    assert kit is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "Legal-Aid-Centre-Baku-key.txt",
        "Legal-Aid-Centre-Baku-qr.png",
        "Legal-Aid-Centre-Baku-verification-sheet.pdf",
        "Legal-Aid-Centre-Baku.quire-contact",
    ]
    assert read_card(kit.card_file) == kit.card
    assert kit.card.fingerprint in dialog.result.text()
    assert "AGE-SECRET-KEY-" in kit.key.read_text()
    again = OrgKeyDialog()
    qtbot.addWidget(again)
    again.name.setText("Legal Aid Centre / Baku")
    again.folder.setText(str(tmp_path))
    before = {p: p.read_bytes() for p in tmp_path.iterdir()}
    again.make()
    qtbot.waitUntil(lambda: again.make_button.isEnabled(), timeout=30_000)
    assert "exists" in again.result.text() and again.kit is None
    assert {p: p.read_bytes() for p in tmp_path.iterdir()} == before  # nothing overwritten


@pytest.fixture
def vault(tmp_path: Path) -> Any:
    v, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    yield v
    v.lock()


def test_contact_from_a_card_or_a_qr_picture(qtbot: Any, vault: Vault, tmp_path: Path) -> None:
    recipient = generate_identity().recipient.encode()
    card_path = tmp_path / "lac.quire-contact"
    write_card(card_path, make_card("Legal Aid Centre", recipient))
    form = AddContactForm(vault)
    qtbot.addWidget(form)
    form.fill_from_file(card_path)
    qtbot.waitUntil(lambda: form.recipient.text() == recipient, timeout=10_000)
    assert form.name.text() == "Legal Aid Centre" and form.add_button.isEnabled()
    assert make_card("x", recipient).fingerprint in form.feedback.text()
    form.clear()
    picture = tmp_path / "poster.png"
    picture.write_bytes(qr_png(recipient))
    form.fill_from_file(picture)
    qtbot.waitUntil(lambda: form.recipient.text() == recipient, timeout=10_000)
    assert form.name.text() == ""  # a picture names no one: the person types it
    assert not form.add_button.isEnabled()
    blank = tmp_path / "blank.png"
    Image.new("RGB", (200, 200), "white").save(blank)
    form.clear()
    form.fill_from_file(blank)
    qtbot.waitUntil(lambda: form.from_file.isEnabled(), timeout=10_000)
    assert "No key was found" in form.feedback.text()
    assert form.feedback.objectName() == "errorText"


def test_settings_show_the_signing_key_in_digits_and_words(qtbot: Any, vault: Vault) -> None:
    dialog = SettingsDialog(vault.home, settings_store.load(vault.home), vault)
    qtbot.addWidget(dialog)
    spoken = signing_fingerprint(vault.signing_key().public_key())
    assert dialog.signing_digits.text() == spoken.digits
    assert dialog.signing_words.text() == " ".join(spoken.words)


def test_every_form_label_shows_its_mnemonic_not_an_ampersand(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = OrgKeyDialog()
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()  # else Qt draws the "&" itself
