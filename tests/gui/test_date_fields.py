"""Date fields in the editor: typed as people write them, shown in their locale, the whole
date visible after a precision switch, bad text refused in their language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from app.incidents.drafts import DraftStore
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from ui.date_field import DateField
from ui.editor.incident_editor import IncidentEditor

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot: Any, vault: Vault) -> Iterator[IncidentEditor]:
    made = IncidentEditor(vault, None, None)
    made.resize(1024, 640)
    made.show()
    yield made
    if isValid(made):
        made._closing = True
        made.close()
    QApplication.processEvents()


@pytest.fixture
def language() -> Iterator[Any]:
    """Switch the interface language (and locale) for one test; English again after."""
    from ui.translations import install_language

    yield install_language
    install_language("en")
    QLocale.setDefault(QLocale("en_US"))


def _type(qtbot: Any, field: DateField, text: str) -> None:
    field.line.setFocus()
    field.line.selectAll()
    field.line.insert(text)  # what typing (or an input method) does, Unicode included
    field.line.textEdited.emit(field.line.text())
    field.line.editingFinished.emit()


def _fits(field: DateField) -> bool:
    QApplication.processEvents()
    metrics = field.line.fontMetrics()
    room = field.line.contentsRect().width() - 2 * field.line.textMargins().left() - 4
    return metrics.horizontalAdvance(field.line.text()) <= room


@pytest.mark.parametrize("code", ["en", "az", "ru"])
def test_switching_to_an_exact_time_shows_the_whole_date(
    editor: IncidentEditor, language: Any, code: str
) -> None:
    language(code)
    when = editor.form.when
    when.set_new()
    assert when.current_precision() == "day" and _fits(when.start)
    when.precision.setCurrentIndex(when.precision.findData("exact"))
    text = when.start.line.text()
    assert text.endswith("00:00") and len(text) == len("14.05.2025 00:00")
    assert _fits(when.start), f"{text!r} is cut"
    when.precision.setCurrentIndex(when.precision.findData("month"))
    assert _fits(when.start)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("14.05.2025 23:15", ("2025-05-14T23:15", None, "exact")),
        ("14.05.2025 23:15:07", ("2025-05-14T23:15", None, "exact")),
        ("14/05/2025", ("2025-05-14", None, "day")),
        ("2025-05-14", ("2025-05-14", None, "day")),
        ("14.05.2025", ("2025-05-14", None, "day")),
        ("2025-05-14 23:15", ("2025-05-14T23:15", None, "exact")),
        ("١٤.٠٥.٢٠٢٥", ("2025-05-14", None, "day")),
        ("05.2025", ("2025-05", None, "month")),
    ],
)
def test_every_form_people_write(
    qtbot: Any, editor: IncidentEditor, language: Any, typed: str, value: tuple[Any, ...]
) -> None:
    language("ru")
    when = editor.form.when
    when.set_new()
    _type(qtbot, when.start, typed)
    assert when.problem() is None
    assert when.value() == value
    assert not when.start.reading.isVisibleTo(editor)  # nothing to confirm


def test_shown_back_in_the_locale_order(qtbot: Any, editor: IncidentEditor, language: Any) -> None:
    when = editor.form.when
    language("ru")
    when.set_value("2025-05-14T23:15", None, "exact")
    assert when.start.line.text() == "14.05.2025 23:15"
    language("en")
    QLocale.setDefault(QLocale("en_US"))
    when.set_value("2025-05-14T23:15", None, "exact")
    assert when.start.line.text() == "05/14/2025 23:15"


def test_an_ambiguous_day_is_read_by_locale_and_spelled_out(
    qtbot: Any, editor: IncidentEditor, language: Any
) -> None:
    when = editor.form.when
    language("ru")
    when.set_new()
    _type(qtbot, when.start, "05/06/2025")
    assert when.value() == ("2025-06-05", None, "day")
    assert when.start.reading.isVisibleTo(editor)
    assert "июня 2025" in when.start.reading.text()
    language("en")
    QLocale.setDefault(QLocale("en_US"))
    when.set_new()
    _type(qtbot, when.start, "05/06/2025")
    assert when.value() == ("2025-05-06", None, "day")
    assert "May 6, 2025" in when.start.reading.text()


@pytest.mark.parametrize(
    ("code", "words"), [("az", "tarix deyil"), ("ru", "не дата"), ("en", "is not a date")]
)
def test_a_bad_date_is_refused_in_the_persons_language(
    qtbot: Any, editor: IncidentEditor, vault: Vault, language: Any, code: str, words: str
) -> None:
    language(code)
    form = editor.form
    form.title.setText("Threat")
    _type(qtbot, form.when.start, "14.05.2025 25:00")
    _type(qtbot, form.when.start, "31.02.2025 23:15")
    assert editor.save() is None
    shown = " ".join(form.visible_errors())
    assert "31.02.2025 23:15" in shown and form.when.start.reading.isVisibleTo(editor)
    _type(qtbot, form.when.start, "yesterday")
    assert editor.save() is None
    assert words in " ".join(form.visible_errors())
    assert IncidentStore(vault).list() == []


def test_a_bad_link_date_is_refused(qtbot: Any, editor: IncidentEditor, vault: Vault) -> None:
    form = editor.form
    form.title.setText("Threat")
    qtbot.mouseClick(form.links.add_button, Qt.MouseButton.LeftButton)
    link = form.links.rows()[-1]
    link.url.setText("https://t.me/x/1")
    _type(qtbot, link.seen_at.edit, "32.01.2025 10:00")
    assert editor.save() is None
    assert any("32.01.2025" in e for e in form.visible_errors())
    _type(qtbot, link.seen_at.edit, "14.05.2025 10:00")
    assert editor.save() is not None
    assert IncidentStore(vault).get(1).record.links[0].seen_at == "2025-05-14T10:00"


def test_an_unfinished_date_survives_in_the_draft(
    qtbot: Any, editor: IncidentEditor, vault: Vault
) -> None:
    form = editor.form
    form.title.setText("Threat")
    _type(qtbot, form.when.start, "14.05.202")
    editor.write_draft()
    draft = DraftStore(vault).list()[0]
    assert draft.fields["record"]["occurred_at"] == "14.05.202"
    again = IncidentEditor(vault, None, None, draft=draft)
    try:
        assert again.form.when.start.line.text() == "14.05.202"
        assert again.form.when.problem() is not None
    finally:
        again._closing = True
        again.close()


def test_a_squeezed_row_still_shows_the_whole_time(qtbot: Any) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ui.editor.widgets import OptionalDateEdit

    box = QWidget()
    qtbot.addWidget(box)
    seen = OptionalDateEdit("seen", "When you saw it there", exact=True, default_now=True)
    QVBoxLayout(box).addWidget(seen)
    box.resize(200, 120)
    box.show()
    seen.set_new()
    assert seen.edit.line.text().count(":") == 1
    assert _fits(seen.edit), "the field gives way to a narrow row and cuts the time"


def test_the_diary_filter_takes_typed_dates(qtbot: Any, language: Any) -> None:
    """The other date fields (diary filter, export range, chat jump) are the same field."""
    from ui.diary.diary_page import DiaryPage

    language("ru")
    page = DiaryPage()
    qtbot.addWidget(page)
    page.use_dates.setChecked(True)
    changed: list[Any] = []
    page.date_from.dateChanged.connect(changed.append)
    _type(qtbot, page.date_from, "14.05.2025")
    _type(qtbot, page.date_to, "2025/06/01")
    assert (page.filters().date_from, page.filters().date_to) == ("2025-05-14", "2025-06-01")
    _type(qtbot, page.date_from, "14.05.2025 ")  # the same day again: no new search
    _type(qtbot, page.date_from, "31.02.2025")  # not a day: the filter keeps the last one
    assert len(changed) == 1
    assert page.date_from.problem() is not None
    assert page.filters().date_from == "2025-05-14"
    assert page.date_from.line.text() == "31.02.2025"  # left as typed, to be corrected


def test_an_unfinished_link_date_survives_in_the_draft(
    qtbot: Any, editor: IncidentEditor, vault: Vault
) -> None:
    form = editor.form
    form.title.setText("Threat")
    qtbot.mouseClick(form.links.add_button, Qt.MouseButton.LeftButton)
    link = form.links.rows()[-1]
    link.url.setText("https://t.me/x/1")
    _type(qtbot, link.seen_at.edit, "14.05.20")
    editor.write_draft()
    draft = DraftStore(vault).list()[0]
    assert draft.fields["record"]["links"][0]["seen_at"] == "14.05.20"
    again = IncidentEditor(vault, None, None, draft=draft)
    try:
        seen = again.form.links.rows()[0].seen_at
        assert seen.check.isChecked() and seen.edit.line.text() == "14.05.20"
        assert seen.problem() is not None
    finally:
        again._closing = True
        again.close()


def test_the_paste_dialog_keeps_the_answers_and_says_what_is_wrong(
    qtbot: Any, language: Any
) -> None:
    from PySide6.QtGui import QImage

    from ui.evidence.paste_dialog import PasteDialog

    language("az")
    dlg = PasteDialog(None, QImage(8, 8, QImage.Format.Format_RGB32), "hede-2025-05-14-2315.png")
    qtbot.addWidget(dlg)
    dlg.source.setText("https://t.me/c/1")
    dlg.when.set_text("31.02.2025 10:00")
    dlg.accept()
    assert dlg.result() == 0 and dlg.problem.isVisibleTo(dlg)
    assert "təqvimdə belə gün yoxdur" in dlg.problem.text()
    assert dlg.source.text() == "https://t.me/c/1"
    dlg.when.set_text("")  # not known: allowed
    dlg.name.setText("  ")
    dlg.accept()
    assert "ad verin" in dlg.problem.text()
    dlg.name.setText("hede")
    details, problem = dlg.check()
    assert details is not None and problem == ""
    assert (details.name, details.captured_at) == ("hede.png", None)


@pytest.mark.parametrize("locale", ["ru_RU", "en_US", "en_GB", "nl_NL", "sv_SE", "zh_CN", "hu_HU"])
@pytest.mark.parametrize("precision", ["exact", "day", "month"])
def test_what_is_shown_reads_back_in_every_locale(qtbot: Any, locale: str, precision: str) -> None:
    """The locale's own order and separators, written back, are read as the same date."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    QLocale.setDefault(QLocale(locale))
    try:
        field = DateField("x", precision)
        qtbot.addWidget(field)
        field.setDateTime(QDateTime(QDate(2025, 5, 6), QTime(23, 15)))
        shown = field.line.text()
        _type(qtbot, field, shown)
        assert field.problem() is None, shown
        assert field.dateTime().date() == QDate(2025, 5, 1 if precision == "month" else 6)
    finally:
        QLocale.setDefault(QLocale("en_US"))
