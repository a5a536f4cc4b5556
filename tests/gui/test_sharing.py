"""Sending and receiving in the GUI: the export wizard, the address book, the receiver's window.

Everything goes through the real app API (vault, incidents, evidence, bundles); dialogs are
answered through ``Dialogs.next_answers``. Set ``QUIRE_SHOTS=/some/folder`` to keep a PNG of
every wizard page and of the receiver's window.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from app.age import format_identity_file, generate_identity, recipient_fingerprint
from app.bundle.export import Selection, export_bundle
from app.contacts.book import ContactBook
from app.crypto import sshsig
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from ui.dialogs import Dialogs
from ui.sharing import export_wizard as ew
from ui.sharing.contacts import ContactsDialog
from ui.sharing.open_bundle import OpenBundleWindow
from ui.worker import running_tasks

pytestmark = pytest.mark.gui

PASSPHRASE = "a calm and long test passphrase"
WAIT_MS = 60_000


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("QUIRE_SHOTS")
    if folder:
        from PySide6.QtWidgets import QApplication

        from ui import theme

        theme.apply(QApplication.instance())  # type: ignore[arg-type]
        for _ in range(3):
            QApplication.processEvents()  # let pending layout requests settle
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


# -- fixtures ------------------------------------------------------------------------------
@pytest.fixture
def diary(qtbot, tmp_path: Path) -> Iterator[Vault]:  # type: ignore[no-untyped-def]
    """A vault with three invented incidents; the second has two evidence files."""
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    store = IncidentStore(vault)
    for title, when, tags in (
        ("Fake advert with my phone number", "2025-03-14", ["advert"]),
        ("Private photos on an anonymous channel", "2025-04-02", ["telegram", "leak"]),
        ("Threatening calls after the march", "2025-05-20", []),
    ):
        store.create(
            IncidentRecord.from_dict(
                {
                    "title": title,
                    "occurred_at": when,
                    "categories": ["threat"],
                    "tags": tags,
                    "narrative": "An invented narrative for the tests.",
                }
            )
        )
    second = store.list(None)[1].id
    evidence = EvidenceStore(vault)
    evidence.import_stream(second, io.BytesIO(b"\x89PNG\r\n\x1a\n" + os.urandom(4000)), "shot.png")
    evidence.import_stream(second, io.BytesIO(b"chat log\n" * 500), "chat.txt")
    yield vault
    for task in running_tasks():
        task.cancel()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=WAIT_MS)
    vault.lock()


@pytest.fixture
def host(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def org(tmp_path: Path) -> tuple[object, Path]:
    """The organisation's secret key and its identity file."""
    identity = generate_identity()
    path = tmp_path / "org-key.txt"
    path.write_text(format_identity_file(identity), encoding="utf-8")
    return identity, path


def ids_by_title(vault: Vault) -> dict[str, int]:
    return {s.title: s.id for s in IncidentStore(vault).list(None)}


def open_wizard(qtbot, vault: Vault, host: QWidget, preselected: list[int]) -> ew.ExportWizard:  # type: ignore[no-untyped-def]
    wizard = ew.ExportWizard(vault, preselected, host)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.select_page.loaded, timeout=WAIT_MS)
    return wizard


def seal(qtbot, wizard: ew.ExportWizard, out: Path) -> None:  # type: ignore[no-untyped-def]
    """From the save page: choose the file, seal, wait for the summary."""
    assert wizard.currentId() == ew.SAVE
    Dialogs.next_answers.append(str(out))
    wizard.save_page.choose.click()
    assert wizard.save_page.path.text() == str(out)
    shot(wizard, "wizard-4-save")
    wizard.next()
    assert wizard.currentId() in (ew.PROGRESS, ew.SUMMARY)
    shot(wizard, "wizard-5-progress")
    qtbot.waitUntil(lambda: wizard.currentId() == ew.SUMMARY, timeout=WAIT_MS)
    shot(wizard, "wizard-6-summary")


def open_in_receiver(qtbot, host: QWidget, bundle: Path, key: Path) -> OpenBundleWindow:  # type: ignore[no-untyped-def]
    window = OpenBundleWindow(host)
    window.show()
    Dialogs.next_answers.extend([str(bundle), str(key)])
    window.choose_bundle()
    window.choose_key()
    window.verify_button.click()
    qtbot.waitUntil(lambda: window.task is None, timeout=WAIT_MS)
    return window


# -- the wizard end to end -----------------------------------------------------------------
def test_wizard_unsigned_export_then_open_and_browse(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget, org: tuple[object, Path], tmp_path: Path
) -> None:
    identity, key_file = org
    titles = ids_by_title(diary)
    photos = titles["Private photos on an anonymous channel"]
    advert = titles["Fake advert with my phone number"]
    wizard = open_wizard(qtbot, diary, host, [photos])

    # 1. the preselected incident is ticked, with its evidence counted
    page = wizard.select_page
    assert page.mode() == "some"
    assert page.selected_ids() == [photos]
    assert "1 incident chosen" in page.count.text()
    assert "2 evidence files" in page.count.text()
    page.set_ticked([photos, advert])
    assert page.selected_ids() == sorted([photos, advert])
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    shot(wizard, "wizard-1-incidents")
    wizard.next()

    # 2. an empty address book opens the form; a bad key is refused with a clear reason
    rp = wizard.recipient_page
    assert wizard.currentId() == ew.RECIPIENT
    assert rp.form_box.isVisible()
    assert not rp.isComplete()
    rp.form.name.setText("Legal Aid Centre")
    good = identity.recipient.encode()  # type: ignore[attr-defined]
    rp.form.recipient.setText(good[:-1] + ("q" if good[-1] != "q" else "p"))  # bad checksum
    assert not rp.form.add_button.isEnabled()
    assert "not valid" in rp.form.feedback.text()
    rp.form.recipient.setText(identity.recipient.encode())  # type: ignore[attr-defined]
    assert rp.form.add_button.isEnabled()
    shot(wizard, "wizard-2-add-organisation")
    rp.form.add_button.click()
    contact = rp.contact()
    assert contact is not None and contact.name == "Legal Aid Centre"
    shown = rp.card.fingerprint.text().split()
    assert shown == recipient_fingerprint(identity.recipient.encode()).split()  # type: ignore[attr-defined]
    assert rp.card.verify_button.isVisible()
    assert "Not verified" in rp.card.status.text()
    # comparing the digits aloud, then marking it verified
    Dialogs.next_answers.append(True)
    rp.card.verify_button.click()
    assert ContactBook(diary).get(contact.id).verified
    assert not rp.card.verify_button.isVisible()
    assert "✓" in rp.contacts.currentItem().text()
    shot(wizard, "wizard-2-organisation")
    wizard.next()

    # 3. signing off
    assert wizard.currentId() == ew.SIGNING
    shot(wizard, "wizard-3-signing")
    wizard.signing_page.sign.setChecked(False)
    wizard.next()

    # 4–6. save, seal, summary
    out = tmp_path / "out" / "quire-bundle.age"
    out.parent.mkdir()
    assert "2 incidents" in wizard.save_page.review.text()
    assert "Not signed" in wizard.save_page.review.text()
    seal(qtbot, wizard, out)
    assert wizard.result_state == "done", wizard.error
    assert out.is_file()
    assert sorted(p.name for p in out.parent.iterdir()) == ["quire-bundle.age"]
    assert wizard.summary_page.values["incidents"].text() == "2"
    assert wizard.summary_page.values["evidence"].text() == "2"
    assert "not signed" in wizard.summary_page.values["signature"].text()
    assert "Legal Aid Centre" in wizard.summary_page.subTitle()
    assert "USB stick" in wizard.summary_page.tell.text()

    # the receiver: verify, browse an incident, read the report, save the files
    window = open_in_receiver(qtbot, host, out, key_file)
    shot(window, "open-bundle-incidents")
    assert "Every file matches" in window.status.text(), window.details.text()
    assert "Not signed" in window.details.text()
    assert window.incident_list.count() == 2
    texts = [window.incident_list.item(i).text() for i in range(2)]
    row = next(i for i, t in enumerate(texts) if "Private photos" in t)
    window.incident_list.setCurrentRow(row)
    page_text = window.incident_view.toPlainText()
    assert "Private photos on an anonymous channel" in page_text
    assert "shot.png" in page_text and "chat.txt" in page_text
    window.tabs.setCurrentIndex(1)
    assert type(window.report_view).__name__ == "QPdfView"
    assert window._pdf.document.pageCount() >= 1
    shot(window, "open-bundle-report")

    dest = tmp_path / "received"
    dest.mkdir()
    (dest / "something-else.txt").write_text("already here")
    Dialogs.next_answers.append(str(dest))
    window.extract_button.click()
    qtbot.waitUntil(lambda: window.task is None, timeout=WAIT_MS)
    saved = dest / "quire-bundle"  # the chosen folder was not empty: a new one inside it
    assert (saved / "report.pdf").is_file()
    assert (saved / "SHA256SUMS").is_file()
    assert str(saved) in window.details.text()


def test_wizard_signed_export_with_unverified_organisation(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget, org: tuple[object, Path], tmp_path: Path
) -> None:
    identity, key_file = org
    ContactBook(diary).add("Rights Group", identity.recipient.encode())  # type: ignore[attr-defined]
    wizard = open_wizard(qtbot, diary, host, [])
    assert wizard.select_page.mode() == "all"
    assert wizard.select_page.selected_ids() == sorted(ids_by_title(diary).values())
    wizard.next()
    rp = wizard.recipient_page
    assert rp.contact() is not None and not rp.form_box.isVisible()
    # an unverified key asks first; saying no stays on the page
    Dialogs.next_answers.append(False)
    wizard.next()
    assert wizard.currentId() == ew.RECIPIENT
    Dialogs.next_answers.append(True)
    wizard.next()
    assert wizard.currentId() == ew.SIGNING
    assert wizard.signing_page.sign.isChecked()
    wizard.signing_page.author.setText("Aysel (invented)")
    wizard.next()
    out = tmp_path / "signed.age"
    seal(qtbot, wizard, out)
    assert wizard.result_state == "done", wizard.error
    fingerprint = sshsig.fingerprint(diary.signing_key().public_key())
    assert wizard.summary_page.values["signature"].text() == fingerprint
    assert wizard.summary_page.warning.isVisible()  # still not verified: say so again

    window = open_in_receiver(qtbot, host, out, key_file)
    assert "Every file matches" in window.status.text(), window.details.text()
    assert fingerprint in window.details.text()
    assert "Aysel (invented)" in window.details.text()
    assert window.incident_list.count() == 3


def test_passphrase_bundle_round_trip(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget, tmp_path: Path
) -> None:
    titles = ids_by_title(diary)
    wizard = open_wizard(qtbot, diary, host, [titles["Threatening calls after the march"]])
    wizard.next()
    rp = wizard.recipient_page
    rp.use_passphrase.setChecked(True)
    rp.pass1.setText("seven quiet rivers under the old bridge")
    rp.pass2.setText("seven quiet rivers")
    assert not rp.isComplete()
    assert "do not match" in rp.verdict.text()
    rp.pass2.setText("seven quiet rivers under the old bridge")
    assert rp.isComplete()
    shot(wizard, "wizard-2-passphrase")
    wizard.next()
    wizard.signing_page.sign.setChecked(False)
    wizard.next()
    out = tmp_path / "by-passphrase.age"
    seal(qtbot, wizard, out)
    assert wizard.result_state == "done", wizard.error
    assert rp.pass1.text() == "" and rp.pass2.text() == ""  # forgotten once sealed
    assert "passphrase" in wizard.summary_page.tell.text()

    window = OpenBundleWindow(host)
    window.show()
    window.bundle.setText(str(out))
    window.with_passphrase.setChecked(True)
    window.passphrase.setText("not the passphrase")
    window.verify()
    qtbot.waitUntil(lambda: window.task is None, timeout=WAIT_MS)
    assert "could not be opened" in window.status.text()
    window.passphrase.setText("seven quiet rivers under the old bridge")
    window.verify()
    qtbot.waitUntil(lambda: window.task is None, timeout=WAIT_MS)
    assert "Every file matches" in window.status.text(), window.details.text()
    assert window.incident_list.count() == 1


def test_cancel_during_sealing_leaves_no_file(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget, tmp_path: Path
) -> None:
    identity = generate_identity()
    ContactBook(diary).add("Org", identity.recipient.encode())
    big = ids_by_title(diary)["Threatening calls after the march"]
    EvidenceStore(diary).import_stream(big, io.BytesIO(os.urandom(24 * 1024 * 1024)), "video.mp4")
    wizard = open_wizard(qtbot, diary, host, [big])
    wizard.next()
    Dialogs.next_answers.append(True)  # unverified: seal anyway
    wizard.next()
    wizard.next()
    folder = tmp_path / "usb"
    folder.mkdir()
    Dialogs.next_answers.append(str(folder / "b.age"))
    wizard.save_page.choose.click()
    wizard.next()
    assert wizard.currentId() == ew.PROGRESS
    wizard.reject()  # the wizard's own Cancel (or Escape) stops the sealing
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.currentId() == ew.SUMMARY, timeout=WAIT_MS)
    assert wizard.result_state == "cancelled"
    assert "cancelled" in wizard.summary_page.title().lower()
    assert wizard.summary_page.again.isVisible()
    assert list(folder.iterdir()) == []  # no bundle, no temporary file
    # starting again goes back to the first page with the choice kept
    wizard.summary_page.again.click()
    assert wizard.currentId() == ew.SELECT
    assert wizard.select_page.selected_ids() == [big]


def test_selection_by_dates_tag_and_search(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget
) -> None:
    titles = ids_by_title(diary)
    wizard = open_wizard(qtbot, diary, host, [])
    page = wizard.select_page
    page.modes.button(2).setChecked(True)
    page.date_from.setDate(QDate(2025, 4, 1))
    page.date_to.setDate(QDate(2025, 5, 31))
    assert page.selected_ids() == sorted(
        [
            titles["Private photos on an anonymous channel"],
            titles["Threatening calls after the march"],
        ]
    )
    page.date_from.setDate(QDate(2025, 6, 1))
    assert page.selected_ids() == [] and not page.isComplete()
    page.modes.button(3).setChecked(True)
    page.tag.setCurrentText("advert")
    assert page.selected_ids() == [titles["Fake advert with my phone number"]]
    page.modes.button(1).setChecked(True)
    page.search.setText("march")
    qtbot.waitUntil(
        lambda: sum(not page.list.item(i).isHidden() for i in range(page.list.count())) == 1
    )
    page._tick_shown(True)
    assert page.selected_ids() == [titles["Threatening calls after the march"]]


# -- the receiver's errors -----------------------------------------------------------------
@pytest.fixture
def sealed(diary: Vault, org: tuple[object, Path], tmp_path: Path) -> Path:
    identity, _ = org
    out = tmp_path / "sealed.age"
    export_bundle(diary, Selection(all=True), [identity.recipient], out, sign=True)  # type: ignore[attr-defined]
    return out


def test_wrong_key_says_so(qtbot, host: QWidget, sealed: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "someone-else.txt"
    other.write_text(format_identity_file(generate_identity()), encoding="utf-8")
    window = open_in_receiver(qtbot, host, sealed, other)
    shot(window, "open-bundle-wrong-key")
    assert "could not be opened" in window.status.text()
    assert "not sealed for this key" in window.details.text()
    assert window.opened is None and not window.extract_button.isEnabled()
    assert window.incident_list.count() == 0


def test_not_a_key_file_says_so(qtbot, host: QWidget, sealed: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n", encoding="utf-8")
    window = open_in_receiver(qtbot, host, sealed, notes)
    assert "not a key file" in window.details.text()


def test_damaged_bundle_says_so_and_shows_nothing(  # type: ignore[no-untyped-def]
    qtbot, host: QWidget, sealed: Path, org: tuple[object, Path]
) -> None:
    _, key_file = org
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01
    sealed.write_bytes(bytes(data))
    window = open_in_receiver(qtbot, host, sealed, key_file)
    assert "could not be opened" in window.status.text()
    assert "damaged or was altered" in window.details.text()
    assert window.incident_list.count() == 0


def test_receiver_window_locks_and_forgets(  # type: ignore[no-untyped-def]
    qtbot, host: QWidget, sealed: Path, org: tuple[object, Path]
) -> None:
    _, key_file = org
    window = open_in_receiver(qtbot, host, sealed, key_file)
    assert window.opened is not None
    window.on_vault_locking()
    assert window.opened is None and window._pdf.document is None


def test_files_dropped_on_the_receiver_window_fill_its_fields(  # type: ignore[no-untyped-def]
    qtbot, host: QWidget, tmp_path: Path
) -> None:
    window = OpenBundleWindow(host)
    window.with_passphrase.setChecked(True)
    mime = QMimeData()
    bundle, key = tmp_path / "from-a-friend.age", tmp_path / "my-key.txt"
    mime.setUrls([QUrl.fromLocalFile(str(bundle)), QUrl.fromLocalFile(str(key))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.bundle.text() == str(bundle)
    assert window.key.text() == str(key)
    assert window.with_key.isChecked()


# -- the address book ----------------------------------------------------------------------
def test_contacts_dialog_add_verify_remove(qtbot, diary: Vault, host: QWidget) -> None:  # type: ignore[no-untyped-def]
    dialog = ContactsDialog(diary, host)
    dialog.show()
    changes: list[None] = []
    dialog.changed.connect(lambda: changes.append(None))
    assert dialog.empty.isVisible() and dialog.list.count() == 0
    key = generate_identity().recipient.encode()
    dialog.form.name.setText("Lawyers' Collective")
    dialog.form.recipient.setText("AGE-SECRET-KEY-1" + "Q" * 58)
    assert "secret key" in dialog.form.feedback.text()
    dialog.form.recipient.setText(key)
    dialog.form.add_button.click()
    assert dialog.list.count() == 1 and not dialog.empty.isVisible()
    # the same key twice is refused, with the name it already has
    dialog.form.name.setText("Again")
    dialog.form.recipient.setText(key)
    dialog.form.add_button.click()
    assert "already in the address book" in dialog.form.feedback.text()
    assert dialog.list.count() == 1
    shot(dialog, "contacts-dialog")
    Dialogs.next_answers.append(False)  # did not match: stays unverified
    dialog.card.verify_button.click()
    assert not ContactBook(diary).list()[0].verified
    Dialogs.next_answers.append(True)
    dialog.card.verify_button.click()
    assert ContactBook(diary).list()[0].verified
    Dialogs.next_answers.append(True)
    dialog.remove_button.click()
    assert ContactBook(diary).list() == []
    assert len(changes) == 3
    dialog.on_vault_locking()
    assert dialog.list.count() == 0


def test_address_book_from_the_wizard_updates_it(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget
) -> None:
    wizard = open_wizard(qtbot, diary, host, [])
    wizard.next()
    rp = wizard.recipient_page
    rp.manage.click()
    dialog = rp._dialog
    assert dialog is not None and dialog.isVisible()
    dialog.form.name.setText("Press Freedom Desk")
    dialog.form.recipient.setText(generate_identity().recipient.encode())
    dialog.form.add_button.click()
    assert rp.contacts.count() == 1
    assert rp.isComplete()
    wizard.on_vault_locking()
    assert not dialog.isVisible()


def test_locking_stops_sealing_and_closes_the_wizard(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget, tmp_path: Path
) -> None:
    ContactBook(diary).set_verified(
        ContactBook(diary).add("Org", generate_identity().recipient.encode()).id
    )
    big = ids_by_title(diary)["Threatening calls after the march"]
    EvidenceStore(diary).import_stream(big, io.BytesIO(os.urandom(16 * 1024 * 1024)), "v.mp4")
    wizard = open_wizard(qtbot, diary, host, [big])
    wizard.next()
    wizard.next()
    wizard.next()
    Dialogs.next_answers.append(str(tmp_path / "b.age"))
    wizard.save_page.choose.click()
    wizard.next()
    assert wizard.currentId() == ew.PROGRESS
    with qtbot.waitSignal(wizard.destroyed, timeout=WAIT_MS):
        wizard.on_vault_locking()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=WAIT_MS)
    assert not (tmp_path / "b.age").exists()
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".age")] == []
