"""For organisations: make the key that activists seal bundles to (issue 14).

A lawyer or an NGO need not use the command line: name, folder, post-quantum or not, and
Quire writes the secret key file, the contact card to hand out, the QR image and a
one-page verification sheet to print (app/contacts/card.py ``make_kit``), then shows the
fingerprint to read aloud. No diary is needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.contacts.card import Kit, make_kit
from app.errors import QuireError
from ui.dialogs import Dialogs
from ui.labels import plain_label
from ui.worker import run_task


class OrgKeyDialog(QDialog):
    """Makes the organisation's kit in a worker; ``kit`` holds it once written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orgKeyDialog")
        self.setWindowTitle(self.tr("Make our organisation's key"))
        self.kit: Kit | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Organisation name"))
        self.name.setPlaceholderText(self.tr("e.g. Legal Aid Centre"))
        self.name.setMaxLength(200)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.pq = QCheckBox(self.tr("&Post-quantum key (needs age 1.3 or Quire to open bundles)"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        folder_label = QLabel(self.tr("&Folder"))
        folder_label.setBuddy(self.folder)  # a row holding a layout gets no buddy of its own
        form.addRow(folder_label, folder_row)
        form.addRow("", self.pq)
        intro = plain_label(
            self.tr(
                "Quire writes four files: the secret key (keep it safe: whoever holds it can "
                "open every bundle sealed to it), a contact card and a QR image to give to "
                "the people who will send you bundles, and a one-page sheet to print."
            ),
            "hint",
        )
        self.result = plain_label("", "hint", selectable=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make_button.setText(self.tr("&Make the key"))
        self.make_button.clicked.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.result, 1)
        lay.addWidget(self.buttons)

    def choose_folder(self) -> None:
        folder = Dialogs.directory(self, self.tr("Where to write the key and its cards"))
        if folder:
            self.folder.setText(folder)

    def make(self) -> None:
        name, folder = self.name.text().strip(), self.folder.text().strip()
        if not name or not folder or not Path(folder).is_dir():
            self.result.setText(self.tr("Give the organisation's name and an existing folder."))
            return
        self.make_button.setEnabled(False)
        self.result.setText(self.tr("Making the key…"))
        run_task(
            make_kit,
            Path(folder),
            name,
            pq=self.pq.isChecked(),
            on_done=self._made,
            on_error=self._failed,
            owner=self,
        )

    def _made(self, kit: Kit) -> None:
        self.kit = kit
        self.make_button.setEnabled(False)
        lines = [
            self.tr("Done. Files written:"),
            *(f"  {p}" for p in (kit.key, kit.card_file, kit.qr, kit.sheet)),
            "",
            self.tr("Fingerprint to read aloud:"),
            f"  {kit.card.fingerprint}",
            "  " + " ".join(kit.card.words),
            "",
            self.tr("Keep the key file on this computer only; give out the card or the QR."),
        ]
        self.result.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.result.setText(str(exc) if isinstance(exc, QuireError) else exc.__class__.__name__)
