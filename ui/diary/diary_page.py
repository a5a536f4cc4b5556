"""The main screen: search as you type, filters, the incident list, and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.evidence.store import EvidenceStore
from app.incidents import vocabulary
from app.incidents.document import incident_document
from app.incidents.store import Filters, IncidentStore
from app.vault.vault import Vault
from ui.date_field import DateField
from ui.diary.detail_view import DetailView, remove_excerpt
from ui.diary.incident_model import IncidentListModel
from ui.worker import run_task

SEARCH_DELAY_MS = 150


def _count_incidents(vault: Vault) -> int:
    """In a worker: the diary's total, on a connection of its own (a ``count(*)`` reads
    the whole index: ~30 ms at 100,000 incidents warm, 145 ms or more from a cold disk)."""
    session = vault.session()
    try:
        return IncidentStore(session).count()
    finally:
        session.lock()


class DiaryPage(QWidget):
    """Emits the chosen incident id; the window decides what to do with it."""

    incident_selected = Signal(object)  # int | None
    incident_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diaryPage")
        self.vault: Vault | None = None
        self._keep: int | None = None  # incident to select again once rows are loaded
        self._total: int | None = None  # the diary's incidents, counted after the rows show
        self._recount = True  # the incidents may have changed since the last count
        self._count_generation = 0
        self.model = IncidentListModel()
        self.model.loaded.connect(self._loaded)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the diary (names, words, @handles…)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda: self._search_timer.start(SEARCH_DELAY_MS))

        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category filter"))
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(16)  # long labels (az, ru) must not squeeze
        self.category.addItem(self.tr("All categories"), None)
        for cid, label in vocabulary.CATEGORIES.items():
            self.category.addItem(self.translate_vocab(label), cid)
        self.severity = QComboBox()
        self.severity.setAccessibleName(self.tr("Severity filter"))
        self.severity.addItem(self.tr("Any severity"), None)
        for n in range(2, 6):
            self.severity.addItem(self.tr("{n} or more").replace("{n}", str(n)), n)
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.tag.setAccessibleName(self.tr("Tag filter"))
        self.tag.setMinimumWidth(80)
        self.tag.setMaximumWidth(140)
        self.use_dates = QCheckBox(self.tr("From"))
        self.use_dates.setAccessibleName(self.tr("Filter by date"))
        # Typed as people write dates (ui/date_field.py), shown in their locale.
        self.date_from = DateField(self.tr("From date"))
        self.date_from.setDate(QDate.currentDate().addYears(-1))
        self.date_to = DateField(self.tr("To date"))
        self.date_to.setDate(QDate.currentDate())
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(self.apply_filters)
        self.clear_filters = QPushButton(self.tr("Clear"))
        self.clear_filters.clicked.connect(self.reset_filters)
        for w in (self.category, self.severity):
            w.currentIndexChanged.connect(self.apply_filters)
        self.tag.textChanged.connect(lambda: self._search_timer.start(SEARCH_DELAY_MS))
        self.use_dates.toggled.connect(self.apply_filters)

        # Two rows, so the list keeps its room on a 1024 px screen in every language.
        filters = QHBoxLayout()
        filters.addWidget(self.category, 1)
        filters.addWidget(self.severity)
        filters.addWidget(self.tag)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        dates.addWidget(self.clear_filters)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Incidents"))
        # Tab leaves the list for the next pane (the arrow keys move between rows).
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Title and categories share what the date and severity leave: no sideways scrolling
        # on a 1024 px screen (or 1366 px at 150 %).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("2025-03-08 12:30") + 24)
        header.resizeSection(3, max(80, header.sectionSizeHint(3)))  # "Серьёзность" whole
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._activated)
        self.count = QLabel()
        self.count.setObjectName("hint")

        self.detail = DetailView()
        self.detail.remove_excerpt_requested.connect(
            lambda excerpt_id: remove_excerpt(self, self.vault, excerpt_id, self.refresh)
        )
        self.detail.complaint_requested.connect(self.record_complaint)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.search)
        left_lay.addLayout(filters)
        left_lay.addLayout(dates)
        left_lay.addWidget(self.table, 1)
        left_lay.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(self.splitter)

    @staticmethod
    def translate_vocab(label: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("vocabulary", label)

    # -- vault -----------------------------------------------------------------------------
    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self._keep = None
        self._total = None
        self._recount = True
        self.model.set_store(IncidentStore(vault) if vault is not None else None)
        self.detail.show_placeholder()

    def clear(self) -> None:
        """Drop every decrypted row and text (on lock)."""
        self.vault = None
        self._keep = None
        self._total = None
        self._count_generation += 1  # a count still running is for the locked diary
        self.model.clear()
        self.detail.clear()
        self.detail.show_placeholder()
        self.search.clear()
        self.tag.clear()
        self.count.clear()

    # -- filtering -------------------------------------------------------------------------
    def filters(self) -> Filters:
        f = Filters(
            categories=[self.category.currentData()] if self.category.currentData() else [],
            tags=[self.tag.text().strip()] if self.tag.text().strip() else [],
            severity_min=self.severity.currentData(),
        )
        if self.use_dates.isChecked():
            f.date_from = self.date_from.date().toString("yyyy-MM-dd")
            f.date_to = self.date_to.date().toString("yyyy-MM-dd")
        return f

    def apply_filters(self) -> None:
        if self.vault is None:
            return
        self._keep = self.current_id() if self._keep is None else self._keep
        self.model.set_query(self.search.text(), self.filters())

    def _loaded(self) -> None:
        """Rows are in: count them and bring back the selection if it is still listed."""
        keep, self._keep = self._keep, None
        self._update_count()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select(keep)
        else:
            self.detail.show_placeholder()
            self.incident_selected.emit(None)

    def reset_filters(self) -> None:
        for w in (self.category, self.severity):
            w.setCurrentIndex(0)
        self.tag.clear()
        self.use_dates.setChecked(False)
        self.search.clear()
        self.apply_filters()

    def _update_count(self) -> None:
        """The rows show first; the total is counted in a worker, then written in (the
        last total meanwhile, or nothing on opening). A search or a filter changes what
        is shown, not the total: it is counted again only after ``refresh()``."""
        if self.vault is None:
            self.count.clear()
            return
        self._show_count()
        if self._total is not None and not self._recount:
            return
        self._recount = False
        self._count_generation += 1
        generation = self._count_generation

        def counted(total: int) -> None:
            if generation == self._count_generation and self.vault is not None:
                self._total = total
                self._show_count()

        run_task(
            _count_incidents,
            self.vault,
            owner=self,
            on_done=counted,
            on_error=lambda _exc: self.count.clear(),
        )

    def _show_count(self) -> None:
        total = self._total
        if total is None:
            self.count.clear()
            return
        matched = self.model.match_count
        if matched is not None:
            text = self.tr("{shown} of {total} incidents match").replace("{shown}", str(matched))
        else:
            shown = f"{self.model.rowCount()}{'+' if self.model.canFetchMore() else ''}"
            text = self.tr("{shown} shown of {total} incidents").replace("{shown}", shown)
        self.count.setText(text.replace("{total}", str(total)))

    # -- selection -------------------------------------------------------------------------
    def current_id(self) -> int | None:
        s = self.model.summary(self.table.currentIndex().row())
        return s.id if s else None

    def select(self, incident_id: int) -> None:
        row = self.model.row_of(incident_id)
        if row >= 0:
            unchanged = self.table.currentIndex().row() == row
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            if unchanged:  # otherwise _current_changed has just shown it
                self.show_detail(incident_id)

    def _current_changed(self) -> None:
        incident_id = self.current_id()
        self.model.reveal(incident_id)  # a masked list shows the selected title only
        if incident_id is not None:
            self.show_detail(incident_id)
        self.incident_selected.emit(incident_id)

    def _activated(self) -> None:
        incident_id = self.current_id()
        if incident_id is not None:
            self.incident_activated.emit(incident_id)

    def record_complaint(self, complaint_id: int = 0) -> None:
        """A new complaint about the shown incident (0), or an answer to ``complaint_id``."""
        incident_id = self.current_id()
        if self.vault is None or incident_id is None:
            return
        from ui.complaints.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(self.vault, incident_id, complaint_id or None, self)
        self.complaint_dialog = dialog
        dialog.accepted.connect(lambda: self.show_detail(incident_id))
        dialog.open()

    def show_detail(self, incident_id: int) -> None:
        if self.vault is None:
            return
        incident = IncidentStore(self.vault).get(incident_id)
        self.detail.show_incident(incident_document(incident, EvidenceStore(self.vault)))

    def refresh(self, select: int | None = None) -> None:
        """Reload the list (after an edit or import), keeping or moving the selection."""
        self._keep = select if select is not None else self.current_id()
        self._recount = True
        self.apply_filters()
