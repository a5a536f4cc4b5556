"""The export wizard's choosing pages: which incidents, for whom, signing, where to save.

Each page keeps its state in its own widgets (no registered fields), so going back, or
starting again after a cancelled sealing, keeps what the person chose.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.age import Recipient, ScryptRecipient, parse_recipient
from app.contacts.book import Contact, ContactBook, ContactError
from app.crypto import sshsig
from app.evidence.store import EvidenceStore
from app.incidents.store import Filters, IncidentStore
from app.passphrase_strength import estimate
from app.vault.vault import Vault
from ui.date_field import DateField
from ui.dialogs import Dialogs
from ui.sharing.common import (
    counted,
    default_file_name,
    describe_error,
    human_size,
    plain_label,
)
from ui.sharing.contacts import AddContactForm, ContactCard, ContactsDialog, contact_item_text
from ui.worker import Task, run_task

if TYPE_CHECKING:
    from ui.sharing.export_wizard import ExportWizard


# -- the incidents, loaded off the GUI thread --------------------------------------------
@dataclass
class CatalogueRow:
    """One incident as the selection page lists it."""

    id: int
    title: str
    occurred_at: str | None
    tags: list[str]
    files: int
    size: int


def load_catalogue(vault: Vault) -> list[CatalogueRow]:
    """Every incident with the number and size of its evidence files (worker thread)."""
    session = vault.session()
    try:
        store, evidence = IncidentStore(session), EvidenceStore(session)
        rows = []
        for s in store.list():
            files = evidence.list(s.id)
            rows.append(
                CatalogueRow(
                    s.id, s.title, s.occurred_at, s.tags, len(files), sum(f.size for f in files)
                )
            )
        return rows
    finally:
        session.lock()


def bold(label: QWidget) -> QWidget:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


# -- 1. which incidents ---------------------------------------------------------------------
class SelectPage(QWizardPage):
    MODES = ("all", "some", "dates", "tag")

    def __init__(self, vault: Vault, preselected: list[int]) -> None:
        super().__init__()
        self.vault = vault
        self.preselected = set(preselected)
        self.rows: dict[int, CatalogueRow] = {}
        self.loaded = False
        self._task: Task | None = None
        self._ids: list[int] = []
        self.setTitle(self.tr("Which incidents?"))
        self.setSubTitle(
            self.tr(
                "Choose what goes into the sealed bundle. Evidence files attached to these "
                "incidents go with them. Deleted incidents are never included."
            )
        )
        self.modes = QButtonGroup(self)
        texts = (
            self.tr("&All incidents"),
            self.tr("&Only the incidents I tick"),
            self.tr("Incidents that happened &between two dates"),
            self.tr("Incidents with a &tag"),
        )
        mode_box = QVBoxLayout()
        for i, text in enumerate(texts):
            button = QRadioButton(text)
            button.setObjectName(f"mode_{self.MODES[i]}")
            self.modes.addButton(button, i)
            mode_box.addWidget(button)
        self.modes.idToggled.connect(self._mode_toggled)

        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())
        self.stack.addWidget(self._ticks_panel())
        self.stack.addWidget(self._dates_panel())
        self.stack.addWidget(self._tag_panel())

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Loading the incidents"))
        self.count = plain_label()
        bold(self.count)
        self.count.setAccessibleName(self.tr("Chosen"))
        self.error = plain_label("", "errorText")
        self.without_originals = QCheckBox(
            self.tr("Leave out the &originals of redacted copies (send only the copies)")
        )
        self.without_originals.setObjectName("withoutOriginals")
        self.without_originals.setToolTip(
            self.tr(
                "Each copy still names its original's SHA-256 fingerprint, so the original "
                "can be shown later if needed."
            )
        )
        self.court = QCheckBox(
            self.tr("For a &court: number incidents by date, evidence as annexes")
        )
        self.court.setObjectName("courtAnnex")
        self.court.setToolTip(
            self.tr(
                "Incidents are numbered 1, 2, … by date and evidence files A1, A2, … in the "
                "report, the file names and the manifest, with no diary numbers; the report adds "
                "a list of documents with page numbers and a statement of truth to sign."
            )
        )
        lay = QVBoxLayout(self)
        lay.addLayout(mode_box)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.busy)
        lay.addWidget(self.error)
        lay.addWidget(self.count)
        lay.addWidget(self.without_originals)
        lay.addWidget(self.court)
        self.error.setVisible(False)
        self.modes.button(1 if self.preselected else 0).setChecked(True)

    def _ticks_panel(self) -> QWidget:
        panel = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the incidents…"))
        self.search.setAccessibleName(self.tr("Search the incidents"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda: self._search_timer.start())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Incidents"))
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(lambda _item: self._update())
        tick_all = QPushButton(self.tr("Tick all &shown"))
        tick_all.clicked.connect(lambda: self._tick_shown(True))
        untick = QPushButton(self.tr("&Untick all"))
        untick.clicked.connect(lambda: self._tick_all(False))
        buttons = QHBoxLayout()
        buttons.addWidget(tick_all)
        buttons.addWidget(untick)
        buttons.addStretch(1)
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(24, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)
        return panel

    def _dates_panel(self) -> QWidget:
        panel = QWidget()
        today = QDate.currentDate()
        # Typed as people write dates (ui/date_field.py), shown in their locale.
        self.date_from = DateField(self.tr("From"))
        self.date_from.setDate(today.addYears(-1))
        self.date_to = DateField(self.tr("Until"))
        self.date_to.setDate(today)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._update())
        form = QFormLayout(panel)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("&From"), self.date_from)
        form.addRow(self.tr("&Until"), self.date_to)
        form.addRow(
            "",
            plain_label(
                self.tr("Counted by the day each incident started; both days are included."),
                "hint",
            ),
        )
        return panel

    def _tag_panel(self) -> QWidget:
        panel = QWidget()
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.currentIndexChanged.connect(lambda _i: self._update())
        self.no_tags = plain_label(self.tr("None of your incidents has a tag yet."), "hint")
        form = QFormLayout(panel)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("T&ag"), self.tag)
        form.addRow("", self.no_tags)
        return panel

    # -- loading -------------------------------------------------------------------------------
    def initializePage(self) -> None:
        if self.loaded or self._task is not None:
            return
        self.busy.setVisible(True)
        self.count.setText(self.tr("Loading the incidents…"))
        self._task = run_task(
            load_catalogue, self.vault, on_done=self._loaded, on_error=self._failed, owner=self
        )

    def cleanupPage(self) -> None:
        pass  # keep the choice when the person comes back to this page

    def _loaded(self, rows: list[CatalogueRow]) -> None:
        self._task = None
        self.loaded = True
        self.busy.setVisible(False)
        self.rows = {r.id: r for r in rows}
        self.list.blockSignals(True)
        for r in rows:
            when = (r.occurred_at or "")[:10] or "—"
            text = f"{when}    {r.title}"
            if r.files:
                files = counted(r.files, self.tr("1 file"), self.tr("%n files", "", r.files))
                text += "    · " + files
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if r.id in self.preselected else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        tags = sorted({t for r in rows for t in r.tags}, key=str.casefold)
        self.tag.blockSignals(True)
        self.tag.addItems(tags)
        self.tag.blockSignals(False)
        self.no_tags.setVisible(not tags)
        self.tag.setEnabled(bool(tags))
        self.modes.button(0).setText(self.tr("&All incidents (%n)", "", len(rows)))
        dated = sorted(r.occurred_at[:10] for r in rows if r.occurred_at)
        if dated:
            first = QDate.fromString(dated[0], "yyyy-MM-dd")
            if first.isValid():
                self.date_from.setDate(first)
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.busy.setVisible(False)
        self.error.setText(describe_error(exc))
        self.error.setVisible(True)
        self.count.clear()

    # -- choosing -------------------------------------------------------------------------------
    def mode(self) -> str:
        return self.MODES[max(self.modes.checkedId(), 0)]

    def _mode_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.stack.setCurrentIndex(button_id)
            self._update()

    def _apply_search(self) -> None:
        query = self.search.text().strip()
        shown: set[int] | None = None
        if query:
            try:
                shown = set(IncidentStore(self.vault).matching_ids(query))
            except Exception:  # a half-typed query simply changes nothing
                return
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(shown is not None and item.data(Qt.ItemDataRole.UserRole) not in shown)

    def _tick_shown(self, on: bool) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update()

    def _tick_all(self, on: bool) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(
                Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            )
        self.list.blockSignals(False)
        self._update()

    def set_ticked(self, ids: list[int]) -> None:
        wanted = set(ids)
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update()

    def _resolve(self) -> list[int]:
        mode = self.mode()
        if mode == "all":
            return sorted(self.rows)
        if mode == "some":
            return sorted(
                int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked
            )
        if mode == "dates":
            since = self.date_from.date().toString("yyyy-MM-dd")
            until = self.date_to.date().toString("yyyy-MM-dd")
            if since > until:
                return []
            filters = Filters(date_from=since, date_to=until)
        else:
            if not self.tag.currentText():
                return []
            filters = Filters(tags=[self.tag.currentText()])
        # Ids only: this runs as the person clicks, so no record is decoded here.
        found = IncidentStore(self.vault).matching_ids(None, filters)
        return sorted(i for i in found if i in self.rows)

    def _update(self) -> None:
        if not self.loaded:
            return
        self._ids = self._resolve()
        chosen = [self.rows[i] for i in self._ids]
        files = sum(r.files for r in chosen)
        size = sum(r.size for r in chosen)
        if not self.rows:
            text = self.tr("Your diary has no incidents yet, so there is nothing to export.")
        elif not chosen:
            text = self.tr("No incidents chosen yet.")
        else:
            text = (
                counted(
                    len(chosen),
                    self.tr("1 incident chosen"),
                    self.tr("%n incidents chosen", "", len(chosen)),
                )
                + " · "
                + self.evidence_text(files, size)
            )
        self.count.setText(text)
        self.completeChanged.emit()

    def evidence_text(self, files: int, size: int) -> str:
        if not files:
            return self.tr("no evidence files")
        many = self.tr("%n evidence files", "", files)
        return counted(files, self.tr("1 evidence file"), many) + f" ({human_size(size)})"

    def selected_ids(self) -> list[int]:
        return list(self._ids)

    def totals(self) -> tuple[int, int, int]:
        chosen = [self.rows[i] for i in self._ids if i in self.rows]
        return len(chosen), sum(r.files for r in chosen), sum(r.size for r in chosen)

    def isComplete(self) -> bool:
        return self.loaded and bool(self._ids)


# -- 2. for whom ----------------------------------------------------------------------------
class RecipientPage(QWizardPage):
    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.setTitle(self.tr("Who will open it?"))
        self.setSubTitle(
            self.tr(
                "The bundle is sealed so that only the organisation you choose can open it — "
                "not whoever carries it, and not whoever intercepts it."
            )
        )
        self.use_contact = QRadioButton(self.tr("An &organisation from my address book"))
        self.use_passphrase = QRadioButton(self.tr("A &passphrase that I will tell them"))
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.use_contact, 0)
        self.kind.addButton(self.use_passphrase, 1)
        self.use_contact.setChecked(True)
        self.kind.idToggled.connect(self._kind_toggled)
        self.panels = QStackedWidget()
        self.panels.addWidget(self._contact_panel())
        self.panels.addWidget(self._passphrase_panel())
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.use_contact)
        row.addWidget(self.use_passphrase)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.panels, 1)
        self._dialog: ContactsDialog | None = None
        self.reload()

    def _contact_panel(self) -> QWidget:
        panel = QWidget()
        self.contacts = QListWidget()
        self.contacts.setAccessibleName(self.tr("Organisations"))
        self.contacts.currentItemChanged.connect(self._contact_chosen)
        self.add_toggle = QPushButton(self.tr("A&dd an organisation…"))
        self.add_toggle.setCheckable(True)
        self.manage = QPushButton(self.tr("&Address book…"))
        self.manage.clicked.connect(self.open_address_book)
        self.card = ContactCard(self.vault)
        self.card.changed.connect(lambda c: self.reload(select=c.id))
        self.form = AddContactForm(self.vault)
        self.form.added.connect(self._added)
        self.form_box = QWidget()
        self.form_box.setObjectName("card")
        box_lay = QVBoxLayout(self.form_box)
        box_lay.addWidget(bold(plain_label(self.tr("Add an organisation"))))
        box_lay.addWidget(
            plain_label(
                self.tr(
                    "Ask the organisation for their key: a line that begins with age1. They "
                    "make it with Quire or with the age tool. Paste it exactly."
                ),
                "hint",
            )
        )
        box_lay.addWidget(self.form)
        self.add_toggle.toggled.connect(self._show_form)
        left = QVBoxLayout()
        left.addWidget(self.contacts, 1)
        left.addWidget(self.add_toggle)
        left.addWidget(self.manage)
        right = QVBoxLayout()
        right.addWidget(self.card)
        right.addWidget(self.form_box)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addSpacing(12)
        top.addLayout(right, 3)
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top, 1)
        return panel

    def _passphrase_panel(self) -> QWidget:
        panel = QWidget()
        self.pass1 = QLineEdit()
        self.pass1.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass1.setAccessibleName(self.tr("Bundle passphrase"))
        self.pass2 = QLineEdit()
        self.pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass2.setAccessibleName(self.tr("Bundle passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter.setMaximumHeight(10)
        self.verdict = plain_label("", "hint")
        for edit in (self.pass1, self.pass2):
            edit.textChanged.connect(self._passphrase_changed)
        form = QFormLayout()
        form.addRow(self.tr("P&assphrase"), self.pass1)
        form.addRow(self.tr("A&gain"), self.pass2)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow("", self.verdict)
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(
            plain_label(
                self.tr(
                    "Use this when the organisation has no key. Anyone who knows the passphrase "
                    "can open the bundle, so choose a long one (five or more words) and tell it "
                    "to them in person or by phone — never in the same message, or on the same "
                    "USB stick, as the bundle."
                )
            )
        )
        lay.addLayout(form)
        lay.addWidget(
            plain_label(
                self.tr(
                    "They open it with Quire (“Open a received bundle”) or with the standard "
                    "age tool: age -d -o bundle.zip FILE, which asks for the passphrase."
                ),
                "hint",
            )
        )
        lay.addStretch(1)
        return panel

    # -- address book --------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.contact_id()
        self.contacts.blockSignals(True)
        self.contacts.clear()
        contacts = ContactBook(self.vault).list()
        for contact in contacts:
            item = QListWidgetItem(contact_item_text(contact))
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            item.setToolTip(
                self.tr("Verified") if contact.verified else self.tr("Not verified yet")
            )
            self.contacts.addItem(item)
            if contact.id == current:
                self.contacts.setCurrentItem(item)
        self.contacts.blockSignals(False)
        if self.contacts.currentItem() is None and self.contacts.count():
            self.contacts.setCurrentRow(0)
        if not contacts:
            self.add_toggle.setChecked(True)
        self._show_form(self.add_toggle.isChecked())
        self._contact_chosen()

    def _show_form(self, on: bool) -> None:
        self.form_box.setVisible(on)
        self.card.setVisible(not on)  # one thing at a time: the new organisation, or the chosen
        if on:
            self.form.name.setFocus()

    def contact_id(self) -> int | None:
        item = self.contacts.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def contact(self) -> Contact | None:
        cid = self.contact_id()
        if cid is None:
            return None
        try:
            return ContactBook(self.vault).get(cid)
        except ContactError:
            return None

    def _contact_chosen(self, *_args: object) -> None:
        self.card.set_contact(self.contact())
        self.completeChanged.emit()

    def _added(self, contact: Contact) -> None:
        self.add_toggle.setChecked(False)
        self.reload(select=contact.id)

    def open_address_book(self) -> None:
        if self._dialog is None:
            self._dialog = ContactsDialog(self.vault, self.window())
            self._dialog.changed.connect(self.reload)
            self._dialog.destroyed.connect(lambda: setattr(self, "_dialog", None))
            if self.contact_id() is not None:
                self._dialog.select(self.contact_id())  # type: ignore[arg-type]
        self._dialog.show()
        self._dialog.raise_()

    # -- passphrase ----------------------------------------------------------------------------
    def _kind_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.panels.setCurrentIndex(button_id)
            self.completeChanged.emit()

    def _passphrase_changed(self) -> None:
        s = estimate(self.pass1.text())
        self.meter.setValue(s.score)
        self.meter.setProperty("score", s.score)
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        text = ""
        if self.pass1.text():
            text = QCoreApplication.translate("strength", s.verdict) + "."
        if self.pass2.text() and self.pass1.text() != self.pass2.text():
            text += ("\n" if text else "") + self.tr("The two do not match yet.")
        self.verdict.setText(text)
        self.completeChanged.emit()

    def uses_passphrase(self) -> bool:
        return self.use_passphrase.isChecked()

    def isComplete(self) -> bool:
        if self.uses_passphrase():
            return bool(self.pass1.text()) and self.pass1.text() == self.pass2.text()
        return self.contact_id() is not None

    def validatePage(self) -> bool:
        if self.uses_passphrase():
            return True
        contact = self.contact()
        if contact is None:
            return False
        if contact.verified:
            return True
        return Dialogs.ask(
            self,
            self.tr("Key not verified"),
            self.tr(
                "You have not yet compared {name}'s fingerprint with them. If the key was "
                "swapped, someone else could open the bundle. Seal it for this key anyway?"
            ).replace("{name}", contact.name),
            danger=True,
        )

    def recipients(self) -> list[Recipient]:
        if self.uses_passphrase():
            return [ScryptRecipient(self.pass1.text())]
        contact = self.contact()
        return [parse_recipient(contact.recipient)] if contact is not None else []

    def description(self) -> str:
        if self.uses_passphrase():
            return self.tr("whoever knows the passphrase")
        contact = self.contact()
        if contact is None:
            return ""
        state = self.tr("verified") if contact.verified else self.tr("not verified")
        return f"{contact.name} ({state})"

    def forget_passphrase(self) -> None:
        self.pass1.clear()
        self.pass2.clear()

    def close_address_book(self) -> None:
        if self._dialog is not None:
            self._dialog.close()


# -- 3. signing -----------------------------------------------------------------------------
class SigningPage(QWizardPage):
    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.setTitle(self.tr("Sign the bundle?"))
        self.setSubTitle(self.tr("A signature is optional. Decide what matters more to you."))
        self.sign = QCheckBox(self.tr("&Sign the bundle with this diary's key"))
        self.sign.setChecked(True)
        self.fingerprint = plain_label("", "hint", selectable=True)
        self.sign.toggled.connect(self.fingerprint.setVisible)
        self.fingerprint.setAccessibleName(self.tr("This diary's signing fingerprint"))
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("Anonymous"))
        self.author.setAccessibleName(self.tr("Your name on the report"))
        self.author.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("Your &name (optional)"), self.author)
        lay = QVBoxLayout(self)
        lay.addWidget(
            plain_label(
                self.tr(
                    "Signing lets the organisation prove the bundle came from your diary and "
                    "was not altered; it also lets anyone who gets several of your bundles see "
                    "that they came from the same diary."
                )
            )
        )
        lay.addWidget(
            plain_label(
                self.tr(
                    "Sign it when the organisation may need to prove in court or to a "
                    "platform where the evidence came from. Leave it unsigned if being linked "
                    "to your other bundles could put you at risk."
                ),
                "hint",
            )
        )
        lay.addSpacing(8)
        lay.addWidget(self.sign)
        lay.addWidget(self.fingerprint)
        lay.addSpacing(16)
        lay.addLayout(form)
        lay.addWidget(
            plain_label(
                self.tr(
                    "Printed on the report's cover. Leave it empty to stay anonymous: the "
                    "bundle then carries no name."
                ),
                "hint",
            )
        )
        lay.addStretch(1)

    def initializePage(self) -> None:
        if not self.fingerprint.text():
            fp = sshsig.fingerprint(self.vault.signing_key().public_key())
            self.fingerprint.setText(
                self.tr("This diary's signing fingerprint: {fp}").replace("{fp}", fp)
            )

    def cleanupPage(self) -> None:
        pass

    def author_name(self) -> str | None:
        return self.author.text().strip() or None


# -- 4. where -------------------------------------------------------------------------------
class SavePage(QWizardPage):
    def __init__(self, discreet: bool) -> None:
        super().__init__()
        self.discreet = discreet
        self.setTitle(self.tr("Where should the bundle go?"))
        self.setSubTitle(
            self.tr(
                "For example on a USB stick. The file is encrypted: it is safe to carry or to "
                "send by any channel."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Seal the bundle"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Bundle file"))
        self.path.setPlaceholderText(self.tr("Choose where to save the bundle"))
        self.path.textChanged.connect(self._changed)
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.clicked.connect(self.choose_file)
        self.error = plain_label("", "errorText")
        self.error.setVisible(False)
        self.review = plain_label()
        self.review.setAccessibleName(self.tr("What will be sealed"))
        review_box = QWidget()
        review_box.setObjectName("card")
        box_lay = QVBoxLayout(review_box)
        box_lay.addWidget(bold(plain_label(self.tr("You are about to seal"))))
        box_lay.addWidget(self.review)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addSpacing(8)
        lay.addWidget(review_box)
        lay.addWidget(
            plain_label(
                self.tr(
                    "Only encrypted data is written. If you cancel while it is being sealed, "
                    "no file is left behind."
                ),
                "hint",
            )
        )
        lay.addStretch(1)

    def initializePage(self) -> None:
        wizard: ExportWizard = self.wizard()  # type: ignore[assignment]
        count, files, size = wizard.select_page.totals()
        lines = [
            counted(count, self.tr("1 incident"), self.tr("%n incidents", "", count))
            + ", "
            + wizard.select_page.evidence_text(files, size),
            self.tr("For: {who}").replace("{who}", wizard.recipient_page.description()),
            self.tr("Signed with this diary's key")
            if wizard.signing_page.sign.isChecked()
            else self.tr("Not signed"),
            self.tr("Author: {name}").replace(
                "{name}", wizard.signing_page.author_name() or self.tr("anonymous")
            ),
        ]
        self.review.setText("\n".join(lines))

    def cleanupPage(self) -> None:
        pass

    def choose_file(self) -> None:
        name = default_file_name("bundle", "age", self.discreet)
        got = Dialogs.save_file(
            self, self.tr("Save the sealed bundle"), name, self.tr("Sealed bundles (*.age)")
        )
        if got:
            self.path.setText(got)

    def _changed(self) -> None:
        self._error("")
        self.completeChanged.emit()

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        if not path.suffix:
            path = path.with_suffix(".age")
        return path

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = self.target()
        if not path.is_absolute():
            self._error(self.tr("Choose a folder with “Choose…”."))
            return False
        if path.exists():
            self._error(self.tr("A file with that name exists already. Choose another name."))
            return False
        if not path.parent.is_dir():
            self._error(self.tr("That folder does not exist. Choose another place."))
            return False
        return True
