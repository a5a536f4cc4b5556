"""Complaints from the incident's detail pane (issue 14), driven with pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from app.complaints.store import ComplaintStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.complaints.complaint_dialog import ComplaintDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    home = tmp_path / "vault"
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    IncidentStore(vault).create(
        IncidentRecord.from_dict({"title": "Photos leaked", "occurred_at": "2025-01-02"})
    )
    vault.lock()
    w = MainWindow(home)
    qtbot.addWidget(w)
    w.show()
    w.unlock_page.passphrase.setText(PASSPHRASE)
    w.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
    qtbot.waitUntil(lambda: w.diary.model.rowCount() == 1, timeout=10_000)
    w.diary.table.selectRow(0)
    qtbot.waitUntil(lambda: "Photos leaked" in w.diary.detail.toPlainText(), timeout=10_000)
    yield w
    w.lock()


def _dialog(w: MainWindow, qtbot: Any) -> ComplaintDialog:
    qtbot.waitUntil(lambda: w.findChild(ComplaintDialog) is not None, timeout=5_000)
    dialog = w.findChild(ComplaintDialog)
    assert dialog is not None
    return dialog


def test_record_a_complaint_and_its_final_answer(window: MainWindow, qtbot: Any) -> None:
    detail = window.diary.detail
    assert "Record a complaint you made" in detail.toPlainText()
    detail._anchor(QUrl("quire-complaint:add"))
    dialog = _dialog(window, qtbot)
    dialog.body.setCurrentIndex(dialog.body.findData("police"))
    dialog.body_name.setText("Yasamal district police")
    dialog.reference.setText("44/2")
    dialog.date.set_text("not a date")
    assert not dialog.save()
    assert "is not a date" in dialog.message.text()
    dialog.date.set_text("05.01.2025")
    assert dialog.save()
    text = detail.toPlainText()
    assert "2025-01-05" in text and "Yasamal district police" in text and "44/2" in text
    assert "No answer for" in text
    (complaint,) = ComplaintStore(window.vault).all()
    dialog.deleteLater()
    detail._anchor(QUrl(f"quire-complaint:{complaint.id}"))
    qtbot.waitUntil(
        lambda: any(d.complaint_id == complaint.id for d in window.findChildren(ComplaintDialog)),
        timeout=5_000,
    )
    answer = next(d for d in window.findChildren(ComplaintDialog) if d.complaint_id)
    answer.date.set_text("2025-02-10")
    answer.text.setPlainText("Refused to open a case")
    answer.final.setChecked(True)
    assert answer.save()
    text = detail.toPlainText()
    assert "Refused to open a case" in text and "2025-06-10" in text  # four months later


def test_links_other_than_the_panes_own_do_nothing(window: MainWindow, qtbot: Any) -> None:
    detail = window.diary.detail
    for url in ("quire-complaint:rm", "quire-complaint:-1", "https://example.org"):
        detail._anchor(QUrl(url))
    qtbot.wait(50)
    assert window.findChild(ComplaintDialog) is None


def test_locking_closes_the_form(window: MainWindow, qtbot: Any) -> None:
    window.diary.detail._anchor(QUrl("quire-complaint:add"))
    dialog = _dialog(window, qtbot)
    dialog.asked.setPlainText("zanzibarqw typed and not saved")
    window.lock()
    assert not dialog.isVisible()


def test_dates_are_the_app_date_field_and_the_reminder_stays_optional(
    window: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtCore import QDate

    from ui.date_field import DateField

    window.diary.detail._anchor(QUrl("quire-complaint:add"))
    dialog = _dialog(window, qtbot)
    assert isinstance(dialog.date, DateField) and isinstance(dialog.remind, DateField)
    assert dialog.date.date() == QDate.currentDate()  # filed today unless changed
    assert dialog.remind.text() == ""
    dialog.date._picked(QDate(2025, 3, 4))  # as the calendar button does
    dialog.remind.set_text("31.02.2025")
    assert not dialog.save()
    assert dialog.message.text() == dialog.remind.problem()
    assert ComplaintStore(window.vault).all() == []
    dialog.remind.set_text("")
    assert dialog.save()
    (complaint,) = ComplaintStore(window.vault).all()
    assert (complaint.filed_on, complaint.remind_on) == ("2025-03-04", None)


def test_the_countdown_speaks_english_plurals(qtbot: Any) -> None:
    from datetime import date

    from app.complaints.store import Complaint, Response
    from ui.complaints.complaint_dialog import status_text
    from ui.translations import install_language

    install_language("en")
    waiting = Complaint(1, 1, "police", "", "2025-01-01", "", "", None, None)
    assert status_text(waiting, date(2025, 1, 2)) == "No answer for 1 day."
    assert status_text(waiting, date(2025, 1, 4)) == "No answer for 3 days."
    waiting.responses.append(Response(1, "2025-01-10", "", True, None))
    assert status_text(waiting, date(2025, 5, 9)).endswith("1 day left.")
