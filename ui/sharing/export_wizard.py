"""The export wizard: seal chosen incidents into one bundle only an organisation can open.

Pages: which incidents → for whom (address book or passphrase) → signing → where to save
→ sealing (progress, Cancel) → summary. The sealing runs ``app.bundle.export`` in a
worker thread with its own vault session; a cancelled or failed export leaves no file
(``export_bundle`` writes to a temporary file and renames it only when everything worked).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.age import Recipient
from app.bundle import warm_up
from app.bundle.export import BundleSummary, Selection, export_bundle
from app.errors import CancelledError
from app.vault.vault import Vault
from ui.geometry import fit_to_screen
from ui.sharing.common import (
    describe_error,
    human_size,
    plain_label,
)
from ui.sharing.export_pages import (
    RecipientPage,
    SavePage,
    SelectPage,
    SigningPage,
    bold,
)
from ui.worker import Task, run_task

SELECT, RECIPIENT, SIGNING, SAVE, PROGRESS, SUMMARY = range(6)
SCALE = 1000  # progress bars count in thousandths: totals may pass 2 GiB


# -- the sealing, off the GUI thread -------------------------------------------------------
def seal_bundle(
    vault: Vault,
    ids: list[int],
    recipients: list[Recipient],
    out: Path,
    sign: bool,
    author: str | None,
    outcome: dict[str, Any],
    progress: Any = None,
    cancel: Any = None,
    without_originals: bool = False,
    court: bool = False,
) -> BundleSummary:
    """Export in a worker thread with its own session; ``outcome`` records the result even
    when the GUI has stopped listening (a Cancel that came too late)."""
    session = vault.session()
    try:
        summary = export_bundle(
            session,
            Selection(incident_ids=ids),
            recipients,
            out,
            sign=sign,
            author=author,
            progress=progress,
            cancel=cancel,
            without_originals=without_originals,
            court=court,
        )
        outcome["summary"] = summary
        return summary
    except BaseException as exc:
        outcome["error"] = exc
        raise
    finally:
        session.lock()


# -- 5. sealing -----------------------------------------------------------------------------
class ProgressPage(QWizardPage):
    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.task: Task | None = None
        self.outcome: dict[str, Any] = {}
        self.done = False
        self.setTitle(self.tr("Sealing the bundle"))
        self.setSubTitle(
            self.tr("Quire is encrypting the incidents and their evidence into one file.")
        )
        self.bar = QProgressBar()
        self.bar.setRange(0, SCALE)
        self.bar.setAccessibleName(self.tr("Sealing progress"))
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Sealing status"))
        hint = plain_label(
            self.tr("Cancel stops it at once; no file is left behind."),
            "hint",
        )
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(self.bar)
        lay.addWidget(self.status)
        lay.addSpacing(12)
        lay.addWidget(hint)
        lay.addStretch(2)

    def initializePage(self) -> None:
        wizard: ExportWizard = self.wizard()  # type: ignore[assignment]
        self.done = False
        self.outcome = {}
        self.bar.setValue(0)
        self.status.setText(self.tr("Preparing…"))
        out = wizard.save_page.target()
        wizard.out_path = out
        recipients = wizard.recipient_page.recipients()
        wizard.recipient_page.forget_passphrase()
        self.task = run_task(
            seal_bundle,
            self.vault,
            wizard.select_page.selected_ids(),
            recipients,
            out,
            wizard.signing_page.sign.isChecked(),
            wizard.signing_page.author_name(),
            self.outcome,
            without_originals=wizard.select_page.without_originals.isChecked(),
            court=wizard.select_page.court.isChecked(),
            on_progress=self._progress,
            on_done=lambda _summary: self._finished(),
            on_error=lambda _exc: self._finished(),
            owner=self,
        )
        # A cancelled task reports neither result nor error; its end still comes here.
        self.task.finished.connect(self._finished)

    def _progress(self, done: int, total: int) -> None:
        if self.task is not None and self.task.cancelled:
            return
        self.bar.setValue(int(SCALE * done / max(total, 1)))
        self.status.setText(
            self.tr("{done} of {total}")
            .replace("{done}", human_size(done))
            .replace("{total}", human_size(total))
        )

    def running(self) -> bool:
        return self.task is not None and not self.done

    def cancel(self) -> None:
        if self.task is None or self.done:
            return
        self.task.cancel()
        self.status.setText(self.tr("Cancelling…"))
        cancel_button = self.wizard().button(QWizard.WizardButton.CancelButton)
        if cancel_button is not None:
            cancel_button.setEnabled(False)

    def _finished(self) -> None:
        if self.done:
            return
        self.done = True
        wizard: ExportWizard | None = self.wizard()  # type: ignore[assignment]
        if wizard is None:
            return
        error = self.outcome.get("error")
        if "summary" in self.outcome:
            wizard.result_state = "done"  # also when Cancel came after the last byte
            wizard.summary = self.outcome["summary"]
        elif isinstance(error, CancelledError) or (self.task is not None and self.task.cancelled):
            wizard.result_state = "cancelled"
        else:
            wizard.result_state = "failed"
            wizard.error = error
        self.task = None
        cancel_button = wizard.button(QWizard.WizardButton.CancelButton)
        if cancel_button is not None:
            cancel_button.setEnabled(True)
        self.completeChanged.emit()
        if wizard.currentId() == PROGRESS:
            wizard.next()

    def isComplete(self) -> bool:
        return self.done


# -- 6. summary -----------------------------------------------------------------------------
class SummaryPage(QWizardPage):
    FIELDS = ("file", "size", "incidents", "evidence", "signature")

    def __init__(self) -> None:
        super().__init__()
        self.setFinalPage(True)
        self.details = plain_label(selectable=True)
        self.details.setAccessibleName(self.tr("Result"))
        self.warning = plain_label("", "warning")
        self.values: dict[str, QLabel] = {}
        self.facts = QWidget()
        facts = QFormLayout(self.facts)
        facts.setContentsMargins(0, 0, 0, 0)
        names = (
            self.tr("File"),
            self.tr("Size"),
            self.tr("Incidents"),
            self.tr("Evidence files"),
            self.tr("Signature"),
        )
        for key, name in zip(self.FIELDS, names, strict=True):
            value = plain_label(selectable=True)
            value.setAccessibleName(name)
            self.values[key] = value
            facts.addRow(bold(plain_label(name)), value)
        self.tell = plain_label(selectable=True)
        self.tell.setAccessibleName(self.tr("What to tell the organisation"))
        self.tell_box = QWidget()
        self.tell_box.setObjectName("card")
        box_lay = QVBoxLayout(self.tell_box)
        box_lay.addWidget(bold(plain_label(self.tr("What to tell the organisation"))))
        box_lay.addWidget(self.tell)
        self.again = QPushButton(self.tr("&Try again"))
        self.again.clicked.connect(lambda: self.wizard().restart())
        lay = QVBoxLayout(self)
        lay.addWidget(self.details)
        lay.addWidget(self.facts)
        lay.addWidget(self.warning)
        lay.addSpacing(8)
        lay.addWidget(self.tell_box)
        row = QHBoxLayout()
        row.addWidget(self.again)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)

    def initializePage(self) -> None:
        wizard: ExportWizard = self.wizard()  # type: ignore[assignment]
        state = wizard.result_state
        done = state == "done"
        self.again.setVisible(not done)
        self.tell_box.setVisible(done)
        self.facts.setVisible(done)
        self.details.setVisible(not done)
        self.warning.setVisible(False)
        if state == "cancelled":
            self.setTitle(self.tr("Sealing cancelled"))
            self.setSubTitle(self.tr("No bundle was written, and nothing was left on the disk."))
            self.details.setText(
                self.tr("You can start again whenever you are ready, or close this window.")
            )
            return
        if state == "failed":
            self.setTitle(self.tr("The bundle could not be sealed"))
            self.setSubTitle(self.tr("No bundle was written, and nothing was left on the disk."))
            self.details.setText(describe_error(wizard.error or Exception("?")))
            return
        s = wizard.summary
        assert s is not None
        page = wizard.recipient_page
        passphrase = page.uses_passphrase()
        contact = None if passphrase else page.contact()
        self.setTitle(self.tr("The bundle is sealed"))
        if passphrase:
            self.setSubTitle(self.tr("Only someone who knows the passphrase can open it."))
        else:
            who = contact.name if contact is not None else ""
            self.setSubTitle(self.tr("Only {who} can open it.").replace("{who}", who))
        if contact is not None and not contact.verified:
            self.warning.setText(
                self.tr(
                    "You have not yet compared this organisation's fingerprint with them. "
                    "Do it before you send the file."
                )
            )
            self.warning.setVisible(True)
        self.values["file"].setText(str(s.path))
        self.values["size"].setText(human_size(s.bytes_written))
        self.values["incidents"].setText(str(s.incidents))
        evidence = str(s.evidence_files)
        if s.source_files:
            evidence += " " + self.tr(
                "and the cited chat exports, whole ({n}): every message in them, not only "
                "the excerpts"
            ).replace("{n}", str(s.source_files))
        self.values["evidence"].setText(evidence)
        self.values["signature"].setText(
            s.signing_fingerprint
            if s.signing_fingerprint
            else self.tr("not signed (it cannot be linked to your other bundles)")
        )
        steps = [
            self.tr(
                "1. Give them the file by any channel: a USB stick, a secure messenger, "
                "e-mail. It is encrypted; whoever carries it cannot read it."
            ),
            self.tr(
                "2. They open it with Quire (“Open a received bundle…”) or with the standard "
                "age tool, then read README.txt and report.pdf inside."
            ),
        ]
        if passphrase:
            steps.append(
                self.tr(
                    "3. Tell them the passphrase in person or by phone — never in the same "
                    "message as the file."
                )
            )
        else:
            steps.append(
                self.tr(
                    "3. They need the secret key file that belongs to the key you chose "
                    "(age -d -i their-key.txt -o bundle.zip FILE)."
                )
            )
        if s.signing_fingerprint:
            steps.append(
                self.tr(
                    "4. To check that it came from you, they can compare the signature "
                    "fingerprint above with your earlier bundles, or with you by phone."
                )
            )
        self.tell.setText("\n\n".join(steps))


# -- the wizard -----------------------------------------------------------------------------
class ExportWizard(QWizard):
    """Non-modal; parent it to the main window so locking closes it."""

    def __init__(
        self, vault: Vault, preselected_ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        warm_up.start()  # the report's imports and fonts while the person chooses (~0.45 s)
        self.vault = vault
        self.setObjectName("exportWizard")
        self.setWindowTitle(self.tr("Export for an organisation"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        settings = getattr(parent, "settings", None)
        discreet = bool(getattr(settings, "discreet_mode", False))
        self.out_path: Path | None = None
        self.result_state = ""
        self.summary: BundleSummary | None = None
        self.error: BaseException | None = None
        self.select_page = SelectPage(vault, list(preselected_ids))
        self.recipient_page = RecipientPage(vault)
        self.signing_page = SigningPage(vault)
        self.save_page = SavePage(discreet)
        self.progress_page = ProgressPage(vault)
        self.summary_page = SummaryPage()
        for page_id, page in (
            (SELECT, self.select_page),
            (RECIPIENT, self.recipient_page),
            (SIGNING, self.signing_page),
            (SAVE, self.save_page),
            (PROGRESS, self.progress_page),
            (SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        fit_to_screen(self, 820, 640)

    def reject(self) -> None:
        """Cancel (or Escape, or closing the window) while sealing stops the sealing."""
        if self.progress_page.running():
            self.progress_page.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.progress_page.running():
            self.progress_page.cancel()
            event.ignore()
            return
        self.recipient_page.close_address_book()
        super().closeEvent(event)

    def on_vault_locking(self) -> None:
        """The vault is about to lock: stop, forget the passphrase, close."""
        if self.progress_page.task is not None:
            self.progress_page.task.cancel()
        self.progress_page.done = True
        self.recipient_page.forget_passphrase()
        self.recipient_page.close_address_book()
        self.close()
