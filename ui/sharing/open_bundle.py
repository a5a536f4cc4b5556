"""The receiver's window: check a sealed bundle, read it, and save its files (no vault needed).

"Check and open" runs ``app.bundle.reader.verify_and_read`` in a worker: every entry and the
signature are checked (writing nothing), then the incidents and the report are read out of
the encrypted file into memory. Nothing decrypted touches the disk until the person chooses
"Save all files to a folder…", which extracts through the same checks. The key file, the
checks and the wording about who signed are app/bundle's, shared with ``quire-cli open``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.bundle import signers
from app.bundle.identities import load_identities
from app.bundle.reader import OpenedBundle, extract_to, free_folder, verify_and_read
from app.bundle.receive import VerifiedBundle
from app.errors import QuireError
from app.plain_text import one_line
from app.spoken_fingerprint import from_ssh
from ui.dialogs import Dialogs
from ui.diary.detail_view import DetailView, incident_html
from ui.geometry import fit_to_screen
from ui.pdf_memory import PdfInMemory
from ui.sharing.common import (
    cancellable,
    counted,
    describe_error,
    human_size,
    plain_label,
    recording,
)
from ui.worker import Task, run_task

SCALE = 1000


# -- work done off the GUI thread ------------------------------------------------------------
def _identities(key_file: str | None, passphrase: str | None) -> list[Any]:
    return load_identities([Path(key_file)] if key_file else [], passphrase)


def check_and_read(
    bundle: Path,
    key_file: str | None,
    passphrase: str | None,
    expected: str | None,
    progress: Any = None,
    cancel: Any = None,
) -> tuple[OpenedBundle, signers.SignerStatus]:
    """The checked bundle in memory, and what the receiver's address book says of its signer."""
    book = signers.SignerBook()
    expect = book.resolve(expected) if expected else None
    report = cancellable(progress or (lambda d, t: None), cancel or (lambda: False), "Cancelled.")
    opened = verify_and_read(
        bundle, _identities(key_file, passphrase), expect_signer=expect, progress=report
    )
    check = opened.check
    return opened, book.assess(check.signing_fingerprint, check.manifest.get("author"))


def save_files(
    bundle: Path,
    key_file: str | None,
    passphrase: str | None,
    expected: str | None,
    dest: Path,
    progress: Any = None,
    cancel: Any = None,
) -> VerifiedBundle:
    """Check everything again and write the files into ``dest`` (a new or empty folder)."""
    expect = signers.SignerBook().resolve(expected) if expected else None
    report = cancellable(
        progress or (lambda d, t: None),
        cancel or (lambda: False),
        "Saving cancelled; no files were written.",
    )
    return extract_to(
        bundle, _identities(key_file, passphrase), dest, expect_signer=expect, progress=report
    )


def _say(line: signers.Line) -> str:
    """One of app/bundle/signers' sentences, translated, with its values filled in."""
    template, values = line
    if values.get("who") == signers.ANONYMOUS:  # Quire's own word, not the sender's
        values = {**values, "who": QCoreApplication.translate("signers", signers.ANONYMOUS)}
    return signers.fill(QCoreApplication.translate("signers", template), values)


class _SealedBrowser(QTextBrowser):
    """Shows a bundle's HTML report without following links or loading any resource."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: Any) -> Any:
        return None


# -- the window -----------------------------------------------------------------------------
class OpenBundleWindow(QWidget):
    """A separate window; parent it to the main window so locking Quire closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("openBundleWindow")
        self.setWindowTitle(self.tr("Open a received bundle"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.task: Task | None = None
        self._outcome: dict[str, Any] = {}
        self._on_done: Any = None
        self.opened: OpenedBundle | None = None
        self._pdf = PdfInMemory(self)  # the report PDF stays in memory: no temporary file

        title = plain_label(self.tr("Open a received bundle"), "pageTitle")
        self.intro = intro = plain_label(
            self.tr(
                "Check a sealed bundle someone sent you, then read it. Checking writes "
                "nothing to the disk; the files are saved only when you choose “Save all "
                "files to a folder…”."
            ),
            "hint",
        )
        self.bundle = QLineEdit()
        self.bundle.setAccessibleName(self.tr("Bundle file"))
        self.bundle.setPlaceholderText(self.tr("The .age file you received"))
        choose_bundle = QPushButton(self.tr("C&hoose…"))
        choose_bundle.setAccessibleName(self.tr("Choose the bundle file"))
        choose_bundle.clicked.connect(self.choose_bundle)
        self.with_key = QRadioButton(self.tr("My &key file"))
        self.with_passphrase = QRadioButton(self.tr("A pass&phrase from the sender"))
        self.with_key.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.with_key)
        kinds.addButton(self.with_passphrase)
        self.with_key.toggled.connect(self._kind_changed)
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Key file"))
        self.key.setPlaceholderText(self.tr("Your secret key file (AGE-SECRET-KEY-…)"))
        self.choose_key_button = QPushButton(self.tr("Ch&oose…"))
        self.choose_key_button.setAccessibleName(self.tr("Choose the key file"))
        self.choose_key_button.clicked.connect(self.choose_key)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Bundle passphrase"))
        self.passphrase.setPlaceholderText(self.tr("The passphrase the sender told you"))
        self.passphrase.returnPressed.connect(self.verify)
        self.expect_signer = QLineEdit()
        self.expect_signer.setAccessibleName(self.tr("Expected signer"))
        self.expect_signer.setPlaceholderText(
            self.tr("Optional: the signer's fingerprint (SHA256:…) or a name you remembered")
        )
        self.expect_signer.returnPressed.connect(self.verify)
        self.bundle.returnPressed.connect(self.verify)
        self.key.returnPressed.connect(self.verify)
        self.setAcceptDrops(True)  # a bundle or key file dropped on the window fills its field

        bundle_row = QHBoxLayout()
        bundle_row.addWidget(self.bundle, 1)
        bundle_row.addWidget(choose_bundle)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.with_key)
        kind_row.addWidget(self.with_passphrase)
        kind_row.addStretch(1)
        self.key_row = QWidget()
        key_lay = QHBoxLayout(self.key_row)
        key_lay.setContentsMargins(0, 0, 0, 0)
        key_lay.addWidget(self.key, 1)
        key_lay.addWidget(self.choose_key_button)
        bundle_label = QLabel(self.tr("&Bundle"))
        bundle_label.setBuddy(self.bundle)
        key_label = QLabel(self.tr("Ke&y file"))
        key_label.setBuddy(self.key)
        self.key_label = key_label
        self.passphrase_label = QLabel(self.tr("Passphrase"))
        self.passphrase_label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(bundle_label, bundle_row)
        form.addRow(self.tr("Opens with"), kind_row)
        form.addRow(key_label, self.key_row)
        form.addRow(self.passphrase_label, self.passphrase)
        expect_label = QLabel(self.tr("E&xpected signer"))
        expect_label.setBuddy(self.expect_signer)
        form.addRow(expect_label, self.expect_signer)

        self.verify_button = QPushButton(self.tr("&Check and open"))
        self.verify_button.setDefault(True)
        self.verify_button.setAutoDefault(True)
        self.verify_button.clicked.connect(self.verify)
        self.bar = QProgressBar()
        self.bar.setRange(0, SCALE)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        action_row = QHBoxLayout()
        action_row.addWidget(self.verify_button)
        action_row.addWidget(self.bar, 1)
        action_row.addWidget(self.cancel_button)
        action_row.addStretch(0)
        self.verify_button.setMinimumWidth(180)

        self.status = plain_label("", "good")
        font = self.status.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.status.setFont(font)
        self.status.setAccessibleName(self.tr("Check result"))
        self.details = plain_label("", selectable=True)
        self.details.setAccessibleName(self.tr("Check details"))
        self.signer = plain_label("", "hint", selectable=True)
        self.signer.setAccessibleName(self.tr("Who signed it"))
        self.signer_name = QLineEdit()
        self.signer_name.setAccessibleName(self.tr("Name for this signer"))
        self.signer_name.setPlaceholderText(self.tr("Who you know the signer to be"))
        self.signer_name.returnPressed.connect(self.remember_signer)
        self.remember_button = QPushButton(self.tr("&Remember this signer"))
        self.remember_button.clicked.connect(self.remember_signer)
        self.remember_row = QWidget()
        remember_lay = QHBoxLayout(self.remember_row)
        remember_lay.setContentsMargins(0, 0, 0, 0)
        remember_lay.addWidget(self.signer_name, 1)
        remember_lay.addWidget(self.remember_button)
        self.signer_status: signers.SignerStatus | None = None
        self.result_box = QWidget()
        self.result_box.setObjectName("card")
        result_lay = QVBoxLayout(self.result_box)
        result_lay.addWidget(self.status)
        result_lay.addWidget(self.details)
        result_lay.addWidget(self.signer)
        result_lay.addWidget(self.remember_row)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Bundle contents"))
        self.incident_list = QListWidget()
        self.incident_list.setAccessibleName(self.tr("Incidents in the bundle"))
        self.incident_list.currentRowChanged.connect(self._show_incident)
        self.incident_list.setWordWrap(True)
        self.incident_list.setSpacing(2)
        self.incident_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.incident_view = DetailView()  # escaped text; loads nothing from anywhere
        split = QSplitter()
        split.addWidget(self.incident_list)
        split.addWidget(self.incident_view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setChildrenCollapsible(False)
        self.tabs.addTab(split, self.tr("&Incidents"))
        self.report_host = QWidget()
        self.report_lay = QVBoxLayout(self.report_host)
        self.report_lay.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.report_host, self.tr("&Report"))

        self.extract_button = QPushButton(self.tr("&Save all files to a folder…"))
        self.extract_button.clicked.connect(self.extract)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.extract_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        top = QWidget()
        top.setObjectName("card")
        top_lay = QVBoxLayout(top)
        top_lay.addWidget(title)
        top_lay.addWidget(intro)
        top_lay.addLayout(form)
        top_lay.addLayout(action_row)
        lay = QVBoxLayout(self)
        lay.addWidget(top)
        lay.addWidget(self.result_box)
        lay.addWidget(self.tabs, 1)
        lay.addStretch(1)  # takes the room until there are contents to show
        lay.addLayout(bottom)
        self._layout = lay
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self._kind_changed()
        self._set_busy(False)
        self._show_result(None)
        fit_to_screen(self, 980, 760)

    # -- choosing ------------------------------------------------------------------------------
    def choose_bundle(self) -> None:
        got = Dialogs.open_file(
            self,
            self.tr("Choose the bundle"),
            self.tr("Sealed bundles (*.age);;All files (*)"),
        )
        if got:
            self.bundle.setText(got)

    def choose_key(self) -> None:
        got = Dialogs.open_file(
            self,
            self.tr("Choose your key file"),
            self.tr("Key files (*.txt *.key);;All files (*)"),
        )
        if got:
            self.key.setText(got)

    def _kind_changed(self) -> None:
        by_key = self.with_key.isChecked()
        self.key_row.setVisible(by_key)
        self.key_label.setVisible(by_key)
        self.passphrase.setVisible(not by_key)
        self.passphrase_label.setVisible(not by_key)

    def _credentials(self) -> tuple[str | None, str | None]:
        if self.with_passphrase.isChecked():
            return None, self.passphrase.text()
        return self.key.text().strip() or None, None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if not url.isLocalFile():
                continue
            path = url.toLocalFile()
            if path.lower().endswith(".age"):
                self.bundle.setText(path)
            else:
                self.with_key.setChecked(True)
                self.key.setText(path)
        event.acceptProposedAction()

    # -- checking ------------------------------------------------------------------------------
    def verify(self) -> None:
        if self.task is not None:
            return
        path = self.bundle.text().strip()
        if not path:
            self._show_error(self.tr("Choose the bundle file first."))
            return
        key_file, passphrase = self._credentials()
        if not key_file and not passphrase:
            self._show_error(
                self.tr("Choose your key file, or enter the passphrase the sender told you.")
            )
            return
        self._drop_contents()
        self._show_result(None)
        self.status.setText(self.tr("Checking every file in the bundle…"))
        self.result_box.setVisible(True)
        self._set_busy(True)
        self._outcome = {}
        self._on_done = self._verified
        self.task = run_task(
            recording(check_and_read, self._outcome),
            Path(path),
            key_file,
            passphrase,
            self.expect_signer.text().strip() or None,
            on_done=self._verified,
            on_error=self._failed,
            on_progress=self._progress,
            owner=self,
        )
        self.task.finished.connect(self._task_ended)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setValue(int(SCALE * done / max(total, 1)))

    def _verified(self, outcome: tuple[OpenedBundle, signers.SignerStatus]) -> None:
        opened, status = outcome
        self.task = None
        self._set_busy(False)
        self.opened = opened
        self._show_result(opened.check)
        self._show_signer(status)
        self.incident_list.clear()
        for doc in opened.incidents:
            when = one_line(doc.get("occurred_at") or "", 10) or "—"
            title = one_line(doc.get("title", ""))
            item = QListWidgetItem(f"{when}   {title}")
            item.setToolTip(title)
            self.incident_list.addItem(item)
        if opened.incidents:
            self.incident_list.setCurrentRow(0)
        self._show_report(opened)
        self._show_tabs(True)
        self.intro.setVisible(False)  # room for the contents
        self.extract_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        self._show_error(describe_error(exc))

    def _task_ended(self) -> None:
        """A cancelled task reports nothing else; make the window usable again."""
        if self.task is not None and self.task.cancelled:
            if "result" in self._outcome:  # Cancel came after the work was complete
                self._on_done(self._outcome["result"])
                return
            self.task = None
            self._set_busy(False)
            self.status.setText(self.tr("Cancelled."))
            self.details.setText(self.tr("Nothing was written."))
            self.status.setObjectName("hint")
            self._repolish(self.status)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.verify_button.setEnabled(not busy)
        self.extract_button.setEnabled(not busy and self.opened is not None)
        if busy:
            self.bar.setValue(0)

    def _repolish(self, w: QWidget) -> None:
        w.style().unpolish(w)
        w.style().polish(w)

    def _show_error(self, text: str) -> None:
        self.result_box.setVisible(True)
        self.status.setText(self.tr("The bundle could not be opened"))
        self.status.setObjectName("errorText")
        self._repolish(self.status)
        self.details.setText(text)

    def _show_tabs(self, on: bool) -> None:
        self.tabs.setVisible(on)
        self._layout.setStretch(3, 0 if on else 1)

    def _show_result(self, check: VerifiedBundle | None) -> None:
        self.result_box.setVisible(check is not None)
        self._show_tabs(check is not None)
        self.extract_button.setEnabled(check is not None)
        if check is None:
            self.status.clear()
            self.details.clear()
            self._show_signer(None)
            return
        self.status.setText(
            "✓ " + self.tr("Every file matches its recorded fingerprint (SHA-256).")
        )
        self.status.setObjectName("good")
        self._repolish(self.status)
        lines = [
            counted(
                len(check.incidents),
                self.tr("1 incident"),
                self.tr("%n incidents", "", len(check.incidents)),
            )
            + " · "
            + counted(
                check.files,
                self.tr("1 file checked"),
                self.tr("%n files checked", "", check.files),
            )
            + " · "
            + human_size(check.total_bytes),
            *(_say(line) for line in signers.claim_lines(check.manifest)),
        ]
        if check.signed:
            lines.append(
                self.tr(
                    "Signed with the key {fp}. The signature is valid: the bundle was not "
                    "changed after this key signed it. The key alone does not say who holds it."
                ).replace("{fp}", str(check.signing_fingerprint))
            )
            spoken = from_ssh(str(check.signing_fingerprint))
            if spoken is not None:
                lines.append(
                    self.tr("To check it with the sender by phone: {digits} — words: {words}")
                    .replace("{digits}", spoken.digits)
                    .replace("{words}", " ".join(spoken.words))
                )
        else:
            lines.append(
                self.tr(
                    "Not signed: nothing shows who made it. The hashes still show that no "
                    "file changed after it was sealed."
                )
            )
        self.details.setText("\n".join(lines))

    def _show_signer(self, status: signers.SignerStatus | None) -> None:
        """Known, new or different: from the receiver's own address book of signers."""
        self.signer_status = status
        lines = [_say(line) for line in signers.status_lines(status)] if status else []
        self.signer.setText("\n".join(lines))
        self.signer.setVisible(bool(lines))
        self.signer.setObjectName("warning" if status is not None and status.warning else "good")
        self._repolish(self.signer)
        signed = status is not None and status.fingerprint is not None
        self.remember_row.setVisible(signed)
        if signed and status is not None:
            known = status.known
            self.signer_name.setText(known.name if known else (status.claimed_author or ""))

    def remember_signer(self) -> None:
        """Remember the checked bundle's signing key under the name the receiver typed."""
        status = self.signer_status
        if status is None or status.fingerprint is None:
            return
        try:
            book = signers.SignerBook()
            book.remember(status.fingerprint, self.signer_name.text(), status.claimed_author)
            self._show_signer(book.assess(status.fingerprint, status.claimed_author))
        except QuireError as exc:
            self.signer.setText(describe_error(exc))
            self.signer.setObjectName("errorText")
            self._repolish(self.signer)

    # -- browsing ------------------------------------------------------------------------------
    def _show_incident(self, row: int) -> None:
        if self.opened is None or not 0 <= row < len(self.opened.incidents):
            self.incident_view.clear()
            return
        try:
            self.incident_view.setHtml(incident_html(self.opened.incidents[row]))
        except (KeyError, TypeError, ValueError, AttributeError):
            self.incident_view.setPlainText(
                self.tr("This incident's record has an unexpected shape and cannot be shown.")
            )

    def _clear_report(self) -> None:
        while self.report_lay.count():
            item = self.report_lay.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._pdf.close()

    def _show_report(self, opened: OpenedBundle) -> None:
        self._clear_report()
        doc = self._pdf.open(opened.report_pdf) if opened.report_pdf is not None else None
        if doc is not None:  # a PDF QtPdf cannot read falls back to the HTML report
            from PySide6.QtPdfWidgets import QPdfView  # loaded only when a report is shown

            view = QPdfView()
            view.setAccessibleName(self.tr("Report"))
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setDocument(doc)
            self.report_view: QWidget = view
            self.report_lay.addWidget(view)
            return
        browser = _SealedBrowser()
        browser.setAccessibleName(self.tr("Report"))
        if opened.report_html is not None:
            browser.setHtml(opened.report_html)
        else:
            browser.setPlainText(self.tr("This bundle has no report to show."))
        self.report_view = browser
        self.report_lay.addWidget(browser)

    # -- saving --------------------------------------------------------------------------------
    def extract(self) -> None:
        if self.task is not None or self.opened is None:
            return
        chosen = Dialogs.directory(self, self.tr("Choose a folder for the bundle's files"))
        if not chosen:
            return
        bundle = Path(self.bundle.text().strip())
        dest = free_folder(Path(chosen), bundle.stem or "bundle")
        key_file, passphrase = self._credentials()
        self._set_busy(True)
        self.extract_button.setEnabled(False)
        self._outcome = {}
        self._on_done = lambda _r: self._extracted(dest)
        self.task = run_task(
            recording(save_files, self._outcome),
            bundle,
            key_file,
            passphrase,
            self.expect_signer.text().strip() or None,
            dest,
            on_done=lambda _r: self._extracted(dest),
            on_error=self._failed,
            on_progress=self._progress,
            owner=self,
        )
        self.task.finished.connect(self._task_ended)

    def _extracted(self, dest: Path) -> None:
        self.task = None
        self._set_busy(False)
        self.saved_to = dest
        self.status.setText("✓ " + self.tr("The files were checked again and saved."))
        self.status.setObjectName("good")
        self._repolish(self.status)
        self.details.setText(
            self.tr(
                "Saved in {folder}. Start with report.pdf or README.txt; evidence/ holds "
                "the original files, byte for byte."
            ).replace("{folder}", str(dest))
        )

    # -- closing -------------------------------------------------------------------------------
    def _drop_contents(self) -> None:
        self.opened = None
        self.incident_list.clear()
        self.incident_view.clear()
        self._clear_report()

    def on_vault_locking(self) -> None:
        """Quire is locking: forget what was decrypted, and close."""
        if self.task is not None:
            self.task.cancel()
        self._drop_contents()
        self.passphrase.clear()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.task.cancel()
        self._drop_contents()
        self.passphrase.clear()
        super().closeEvent(event)
