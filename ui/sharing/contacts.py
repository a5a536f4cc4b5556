"""The address book of trusted organisations: add, compare the fingerprint aloud, verify.

A recipient string is checked as it is typed or pasted, so a mistyped key is caught here
and not when the organisation fails to open a bundle. "Verified" means the activist read
the fingerprint's digits aloud to the organisation on the phone and they matched.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.age import recipient_fingerprint
from app.contacts.book import Contact, ContactBook, ContactError, normalize_recipient
from app.contacts.card import CARD_SUFFIX, read_card, recipient_from_image
from app.errors import QuireError
from app.vault.vault import Vault
from ui.dialogs import Dialogs
from ui.geometry import fit_to_screen, scrollable
from ui.sharing.common import FingerprintLabel, plain_label
from ui.worker import run_task

VERIFIED_MARK = "✓"


class AddContactForm(QWidget):
    """Name and recipient of a new organisation, checked as it is typed."""

    added = Signal(object)  # Contact

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Organisation name"))
        self.name.setPlaceholderText(self.tr("e.g. Legal Aid Centre"))
        self.name.setMaxLength(200)
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("Organisation's key"))
        self.recipient.setPlaceholderText(self.tr("age1… (the key the organisation gave you)"))
        self.recipient.textChanged.connect(self._check)
        self.name.textChanged.connect(self._check)
        self.feedback = plain_label("", "hint")
        self.feedback.setAccessibleName(self.tr("Key check"))
        self.from_file = QPushButton(self.tr("From a &card or a picture…"))
        self.from_file.setToolTip(
            self.tr("Open the organisation's contact card, or a photo or screenshot of its QR code")
        )
        self.from_file.setAutoDefault(False)
        self.from_file.clicked.connect(self.choose_file)
        self.add_button = QPushButton(self.tr("&Add to the address book"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.recipient.returnPressed.connect(self.add)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Na&me"), self.name)
        form.addRow(self.tr("&Key"), self.recipient)
        row = QHBoxLayout()
        row.addWidget(self.from_file)
        row.addStretch(1)
        row.addWidget(self.add_button)
        lay = QVBoxLayout(self)  # the feedback wraps freely outside the form's grid
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form)
        lay.addWidget(self.feedback)
        lay.addLayout(row)

    def _check(self) -> None:
        text = self.recipient.text().strip()
        if not text:
            self._say("", "hint")
            self.add_button.setEnabled(False)
            return
        try:
            canonical = normalize_recipient(text)
        except ContactError as exc:
            why = self.tr("This key is not valid: {why}").replace("{why}", _why(exc))
            self._say(why, "errorText")
            self.add_button.setEnabled(False)
            return
        self._say(
            self.tr("The key is well formed. Its fingerprint: {fp}").replace(
                "{fp}", recipient_fingerprint(canonical)
            ),
            "good",
        )
        self.add_button.setEnabled(bool(self.name.text().strip()))

    def choose_file(self) -> None:
        path = Dialogs.open_file(
            self,
            self.tr("The organisation's card or QR picture"),
            self.tr("Contact cards and pictures (*.quire-contact *.png *.jpg *.jpeg *.webp *.bmp)")
            + ";;"
            + self.tr("All files (*)"),
        )
        if path:
            self.fill_from_file(Path(path))

    def fill_from_file(self, path: Path) -> None:
        """Read a card or a QR picture in a worker, then fill the form (nothing is added
        until the person presses Add)."""
        self._say(self.tr("Reading…"), "hint")
        self.from_file.setEnabled(False)
        run_task(_read_key_file, path, on_done=self._filled, on_error=self._unreadable, owner=self)

    def _filled(self, found: tuple[str, str]) -> None:
        self.from_file.setEnabled(True)
        name, recipient = found
        if name:
            self.name.setText(name)
        self.recipient.setText(recipient)  # checks it and shows the fingerprint
        if not name:
            self.name.setFocus()

    def _unreadable(self, exc: BaseException) -> None:
        self.from_file.setEnabled(True)
        self._say(str(exc) if isinstance(exc, QuireError) else exc.__class__.__name__, "errorText")

    def _say(self, text: str, kind: str) -> None:
        self.feedback.setText(text)
        self.feedback.setObjectName(kind)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)

    def add(self) -> None:
        if not self.add_button.isEnabled():
            return
        try:
            contact = ContactBook(self.vault).add(self.name.text(), self.recipient.text())
        except ContactError as exc:
            self._say(str(exc), "errorText")
            return
        self.name.clear()
        self.recipient.clear()
        self._say(
            self.tr("{name} was added. Now compare its fingerprint with them.").replace(
                "{name}", contact.name
            ),
            "good",
        )
        self.added.emit(contact)

    def clear(self) -> None:
        self.name.clear()
        self.recipient.clear()
        self._say("", "hint")


def _read_key_file(path: Path) -> tuple[str, str]:
    """(name, recipient) from a contact card; ("", recipient) from a QR picture."""
    if path.suffix == CARD_SUFFIX:
        card = read_card(path)
        return card.name, card.recipient
    return "", recipient_from_image(path)


def _why(exc: ContactError) -> str:
    """The rule the key breaks, without repeating the key back (it is right above)."""
    text = str(exc)
    text = text.removeprefix("Not a valid recipient: ")
    return re.sub(r"^invalid recipient( '[^']*')?: ", "", text)


class ContactCard(QWidget):
    """One organisation: its fingerprint to read aloud, and whether it was compared."""

    changed = Signal(object)  # Contact

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.contact: Contact | None = None
        self.title = plain_label("", "sectionTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.instructions = plain_label(
            self.tr(
                "Read these digits aloud to the organisation over the phone and compare: "
                "they see the same eight groups on their side. If every group matches, "
                "only they can open what you seal for this key."
            )
        )
        self.fingerprint = FingerprintLabel()
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Verification"))
        self.verify_button = QPushButton(self.tr("The digits &match — mark as verified"))
        self.verify_button.clicked.connect(self.mark_verified)
        self.verify_button.setAutoDefault(False)  # Enter must never mark a key verified
        self.recipient = plain_label("", "hint", selectable=True)
        self.recipient.setAccessibleName(self.tr("Key"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.instructions)
        self.fingerprint_box = QWidget()
        self.fingerprint_box.setObjectName("card")
        box_lay = QVBoxLayout(self.fingerprint_box)
        box_lay.setContentsMargins(4, 4, 4, 4)
        box_lay.addWidget(self.fingerprint)
        lay.addWidget(self.fingerprint_box)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.recipient)
        self.set_contact(None)

    def set_contact(self, contact: Contact | None) -> None:
        self.contact = contact
        for w in (self.title, self.instructions, self.fingerprint_box, self.status, self.recipient):
            w.setVisible(contact is not None)
        self.verify_button.setVisible(contact is not None and not contact.verified)
        if contact is None:
            return
        self.title.setText(contact.name)
        self.fingerprint.set_fingerprint(contact.fingerprint)
        self.recipient.setText(self.tr("Key: {key}").replace("{key}", contact.recipient))
        if contact.verified:
            when = (contact.verified_at or "")[:10]
            self.status.setText(
                VERIFIED_MARK
                + " "
                + self.tr("Verified on {date}: the digits matched.").replace("{date}", when)
            )
            self.status.setObjectName("good")
        else:
            self.status.setText(
                self.tr(
                    "Not verified yet. If someone swapped this key, they could open the bundle "
                    "instead of the organisation. Compare the digits before sending "
                    "anything sensitive."
                )
            )
            self.status.setObjectName("warning")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def mark_verified(self) -> None:
        if self.contact is None:
            return
        if not Dialogs.ask(
            self,
            self.tr("Mark as verified"),
            self.tr(
                "Did {name} read out exactly the same eight groups of digits, in the same "
                "order, on a call you trust?"
            ).replace("{name}", self.contact.name),
        ):
            return
        contact = ContactBook(self.vault).set_verified(self.contact.id, True)
        self.set_contact(contact)
        self.changed.emit(contact)


def contact_item_text(contact: Contact) -> str:
    mark = VERIFIED_MARK if contact.verified else "  "
    return f"{mark}  {contact.name}"


class ContactsDialog(QDialog):
    """The address book: list, add, verify, remove. Non-modal; emits ``changed``."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Trusted organisations"))
        self.setObjectName("contactsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Organisations"))
        self.list.currentItemChanged.connect(self._show_current)
        self.empty = plain_label(
            self.tr(
                "No organisations yet. Ask the lawyer or group you trust for their Quire or "
                "age key (it begins with age1) and add it below."
            ),
            "hint",
        )
        self.card = ContactCard(vault)
        self.card.changed.connect(self._changed)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.clicked.connect(self.remove_current)
        self.remove_button.setAutoDefault(False)
        self.form = AddContactForm(vault)
        self.form.added.connect(self._added)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(plain_label(self.tr("Organisations"), "sectionTitle"))
        left_lay.addWidget(self.list, 1)
        left_lay.addWidget(self.remove_button)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.empty)
        right_lay.addWidget(self.card)
        right_lay.addStretch(1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scrollable(right))  # wrapped text on a short screen scrolls
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        add_box = QWidget()
        add_box.setObjectName("card")
        add_lay = QVBoxLayout(add_box)
        title = plain_label(self.tr("Add an organisation"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        add_lay.addWidget(title)
        add_lay.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(add_box)
        lay.addWidget(buttons)
        fit_to_screen(self, 760, 600)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self._current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for contact in ContactBook(self.vault).list():
            item = QListWidgetItem(contact_item_text(contact))
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            item.setToolTip(
                self.tr("Verified") if contact.verified else self.tr("Not verified yet")
            )
            self.list.addItem(item)
            if contact.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _show_current(self) -> None:
        cid = self._current_id()
        contact = None
        if cid is not None:
            try:
                contact = ContactBook(self.vault).get(cid)
            except ContactError:
                contact = None
        self.card.set_contact(contact)
        self.empty.setVisible(self.list.count() == 0)
        self.remove_button.setEnabled(contact is not None)

    def select(self, contact_id: int) -> None:
        self.reload(select=contact_id)

    def _added(self, contact: Contact) -> None:
        self.reload(select=contact.id)
        self.changed.emit()

    def _changed(self, contact: Contact) -> None:
        self.reload(select=contact.id)
        self.changed.emit()

    def remove_current(self) -> None:
        cid = self._current_id()
        if cid is None:
            return
        contact = ContactBook(self.vault).get(cid)
        if not Dialogs.ask(
            self,
            self.tr("Remove organisation"),
            self.tr(
                "Remove {name} from the address book? Bundles already sent stay as they are."
            ).replace("{name}", contact.name),
            danger=True,
        ):
            return
        ContactBook(self.vault).remove(cid)
        self.reload()
        self.changed.emit()

    def on_vault_locking(self) -> None:
        self.form.clear()
        self.card.set_contact(None)
        self.list.clear()
        self.close()
