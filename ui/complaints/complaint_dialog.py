"""Recording a complaint about an incident, or an answer to one (issue 14).

Thin: app/complaints/store.py checks and stores; dates are typed or picked in the app's one
date field (ui/date_field.py: the person's day/month order, a calendar, an ambiguous day
spelled out). Opened from the incident's detail pane.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.complaints.store import BODIES, Complaint, ComplaintStore, days_left
from app.errors import QuireError
from app.evidence.store import EvidenceStore
from app.vault.vault import Vault
from ui.date_field import DateField
from ui.labels import plain_label


def body_label(body: str) -> str:
    return QCoreApplication.translate("vocabulary", BODIES.get(body, body))


def _t(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("ComplaintDialog", text, disambiguation or None, n)


def status_text(c: Complaint, today: date | None = None) -> str:
    """How the complaint stands today, in words: waiting, answered, or the countdown."""
    today = today or date.today()
    age = c.age_days(today)
    if age is not None:
        return _t("No answer for %n day(s).", "", age)
    final, deadline = c.final_decision(), c.deadline()
    if final is None or deadline is None:
        answered = _t("Answered on %1.")
        return answered.replace("%1", c.responses[-1].received_on)
    left = days_left(deadline, today)
    if left < 0:
        return (
            _t(
                "Final decision on %1. The four months to apply to the European Court ended on %2.",
            )
            .replace("%1", final.received_on)
            .replace("%2", deadline)
        )
    return (
        _t(
            "Final decision on %1. Apply to the European Court by %2: %n day(s) left.",
            "",
            left,
        )
        .replace("%1", final.received_on)
        .replace("%2", deadline)
    )


class ComplaintDialog(QDialog):
    """A new complaint (``complaint_id`` None) or an answer to complaint ``complaint_id``."""

    def __init__(
        self,
        vault: Vault,
        incident_id: int,
        complaint_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.incident_id = incident_id
        self.complaint_id = complaint_id
        self.saved_id: int | None = None
        self.store = ComplaintStore(vault)
        responding = complaint_id is not None
        self.setWindowTitle(
            self.tr("Record an answer") if responding else self.tr("Record a complaint")
        )
        form = QFormLayout()
        self.date = DateField(self.tr("Date"))
        self.proof = QComboBox()
        self.proof.setAccessibleName(self.tr("Proof"))
        self.proof.addItem(self.tr("(none)"), None)
        for item in EvidenceStore(vault).list(incident_id):
            self.proof.addItem(item.name, item.id)
        if responding:
            complaint = self.store.get(complaint_id)
            to = body_label(complaint.body)
            if complaint.body_name:
                to += f" ({complaint.body_name})"
            intro = (
                self.tr("To: %1, filed on %2").replace("%1", to).replace("%2", complaint.filed_on)
            )
            form.addRow(plain_label(intro, "hint"))
            form.addRow(self.tr("&Received on"), self.date)
            self.text = QPlainTextEdit()
            self.text.setAccessibleName(self.tr("What the answer says"))
            self.text.setTabChangesFocus(True)
            form.addRow(self.tr("&What it says"), self.text)
            self.final = QCheckBox(self.tr("This is the &final domestic decision"))
            self.final.setToolTip(
                self.tr("The four months to apply to the European Court run from it.")
            )
            form.addRow("", self.final)
            form.addRow(self.tr("The answer as &evidence"), self.proof)
        else:
            self.body = QComboBox()
            self.body.setAccessibleName(self.tr("To whom"))
            for key in BODIES:
                self.body.addItem(body_label(key), key)
            self.body_name = QLineEdit()
            self.body_name.setPlaceholderText(self.tr("e.g. Yasamal district police"))
            self.body_name.setAccessibleName(self.tr("Which body"))
            self.reference = QLineEdit()
            self.reference.setAccessibleName(self.tr("Reference number"))
            self.asked = QPlainTextEdit()
            self.asked.setAccessibleName(self.tr("What you asked"))
            self.asked.setTabChangesFocus(True)
            self.remind = DateField(self.tr("Remind me on"))
            self.remind.line.setPlaceholderText(self.tr("optional"))
            self.remind.set_text("")  # optional: empty until the person gives a day
            form.addRow(self.tr("&To"), self.body)
            form.addRow(self.tr("&Which body"), self.body_name)
            form.addRow(self.tr("&Filed on"), self.date)
            form.addRow(self.tr("&Reference number"), self.reference)
            form.addRow(self.tr("What you &asked"), self.asked)
            form.addRow(self.tr("&Proof of filing"), self.proof)
            form.addRow(self.tr("Re&mind me on"), self.remind)
        self.message = plain_label("", "errorText")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def on_vault_locking(self) -> None:
        """Locking closes the form; what was typed goes with it."""
        self.reject()

    @staticmethod
    def _typed_day(field: DateField) -> str | None:
        """The day the field reads (YYYY-MM-DD), None when left empty."""
        if not field.text().strip():
            return None
        return field.date().toString("yyyy-MM-dd")

    def _unreadable(self) -> str | None:
        """The first date field's reason (translated) why its text is not a date."""
        fields = [self.date] + ([] if self.complaint_id is not None else [self.remind])
        for field in fields:
            if field.text().strip() and field.problem() is not None:
                return field.problem()
        return None

    def save(self) -> bool:
        problem = self._unreadable()
        if problem is not None:
            self.message.setText(problem)
            return False
        try:
            day = self._typed_day(self.date)
            if day is None:
                self.message.setText(self.tr("Give the date."))
                return False
            proof: Any = self.proof.currentData()
            if self.complaint_id is not None:
                self.saved_id = self.store.respond(
                    self.complaint_id,
                    day,
                    text=self.text.toPlainText(),
                    final=self.final.isChecked(),
                    evidence_id=proof,
                )
            else:
                self.saved_id = self.store.add(
                    self.incident_id,
                    str(self.body.currentData()),
                    day,
                    body_name=self.body_name.text(),
                    reference=self.reference.text(),
                    asked=self.asked.toPlainText(),
                    evidence_id=proof,
                    remind_on=self._typed_day(self.remind),
                )
        except QuireError as exc:
            self.message.setText(str(exc))
            return False
        self.accept()
        return True
