"""The incident editor: every field through the widgets, revisions, validation, templates,
drafts across a lock, and odd Unicode."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from app.access import unlock_vault
from app.incidents.drafts import DraftStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.dialogs import Dialogs
from ui.editor.incident_editor import IncidentEditor
from ui.editor.widgets import ActionRow, LinkRow, PerpetratorRow, TargetRow

pytestmark = pytest.mark.gui

AZ = "Şəhla Əliyeva: ğ ı ö ü ç ş ə — Gəncə"
RU = "Угрозы и шантаж, ёлка"
EMOJI = "📷🔥👩‍👧 (ZWJ)"
RTL = "مرحبا بالعالم שלום"
NBSP = "a\u00a0b"


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A question nobody scripted would block the test: record it and answer No."""
    unexpected: list[str] = []

    def fake_exec(box: Any) -> int:
        unexpected.append(box.text())
        return int(QMessageBox.StandardButton.No.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    Dialogs.next_answers.clear()
    yield unexpected
    Dialogs.next_answers.clear()
    assert not unexpected, f"unscripted questions: {unexpected}"


@pytest.fixture
def open_editor(qtbot: Any, vault: Vault) -> Iterator[Callable[..., IncidentEditor]]:
    """Open editors on the test vault; closes whatever is left without asking."""
    made: list[IncidentEditor] = []

    def make(incident_id: int | None = None, **kwargs: Any) -> IncidentEditor:
        editor = IncidentEditor(vault, incident_id, None, **kwargs)
        made.append(editor)
        editor.show()
        return editor

    yield make
    for editor in made:
        if isValid(editor):
            editor._closing = True
            editor.close()
    QApplication.processEvents()


def _save(qtbot: Any, editor: IncidentEditor) -> int:
    with qtbot.waitSignal(editor.saved, timeout=3000) as blocker:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    return int(blocker.args[0])


def _add_row(rows: Any, qtbot: Any) -> Any:
    qtbot.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)
    return rows.rows()[-1]


def test_new_incident_with_every_field(qtbot: Any, vault: Vault, open_editor: Any) -> None:
    editor = open_editor()
    form = editor.form
    qtbot.keyClicks(form.title, "Leaked photos ")
    form.title.insert(AZ)  # QTest types ASCII only; insert() is what an input method does
    when = form.when
    when.precision.setCurrentIndex(when.precision.findData("exact"))
    when.start.setDateTime(QDateTime(QDate(2025, 3, 14), QTime(21, 5)))
    when.has_end.setChecked(True)
    when.end.setDateTime(QDateTime(QDate(2025, 3, 16), QTime(9, 30)))
    form.categories["leak"].setChecked(True)
    form.categories["blackmail"].setChecked(True)
    form.severity.setCurrentIndex(form.severity.findData(4))
    form.narrative.setPlainText(f"{RU}\n{EMOJI}\n{RTL}\n{NBSP}")

    target = _add_row(form.targets, qtbot)
    assert isinstance(target, TargetRow)
    target.kind.setCurrentIndex(target.kind.findData("self"))
    target2 = _add_row(form.targets, qtbot)
    target2.kind.setCurrentIndex(target2.kind.findData("family"))
    qtbot.keyClicks(target2.name, "Leyla")

    perp = _add_row(form.perpetrators, qtbot)
    assert isinstance(perp, PerpetratorRow)
    perp.kind.setCurrentIndex(perp.kind.findData("anonymous_channel"))
    qtbot.keyClicks(perp.name, "Qara Kanal")
    perp.identifiers.setPlainText("@qara_kanal\nt.me/qara_kanal\n\n+994 50 000 00 00\n")
    form.witnesses.setPlainText("Nigar\n  Orxan  \n")
    qtbot.keyClicks(form.platforms, "Telegram, Instagram")
    form.location.insert("Bakı")

    link = _add_row(form.links, qtbot)
    assert isinstance(link, LinkRow)
    qtbot.keyClicks(link.url, "https://t.me/qara_kanal/123")
    link.seen_at.check.setChecked(True)
    link.seen_at.edit.setDateTime(QDateTime(QDate(2025, 3, 15), QTime(8, 0)))
    qtbot.keyClicks(link.note, "first post")
    link2 = _add_row(form.links, qtbot)
    qtbot.keyClicks(link2.url, "https://example.org/x")
    link2.seen_at.check.setChecked(False)

    form.impact_kinds["psychological"].setChecked(True)
    form.impact_kinds["family"].setChecked(True)
    form.impact_description.setPlainText("Could not sleep.")

    action = _add_row(form.action_rows, qtbot)
    assert isinstance(action, ActionRow)
    action.kind.setCurrentIndex(action.kind.findData("reported_platform"))
    action.at.check.setChecked(True)
    action.at.edit.setDate(QDate(2025, 3, 17))
    qtbot.keyClicks(action.reference, "TG-4411")
    qtbot.keyClicks(action.outcome, "no answer")
    form.tags.insert("leak, Gəncə, leak")

    incident_id = _save(qtbot, editor)
    expected = IncidentRecord.from_dict(
        {
            "title": f"Leaked photos {AZ}",
            "occurred_at": "2025-03-14T21:05",
            "occurred_until": "2025-03-16T09:30",
            "occurred_precision": "exact",
            "categories": ["blackmail", "leak"],
            "narrative": f"{RU}\n{EMOJI}\n{RTL}\n{NBSP}",
            "targets": [{"kind": "self", "name": ""}, {"kind": "family", "name": "Leyla"}],
            "perpetrators": [
                {
                    "kind": "anonymous_channel",
                    "name": "Qara Kanal",
                    "identifiers": ["@qara_kanal", "t.me/qara_kanal", "+994 50 000 00 00"],
                }
            ],
            "platforms": ["Telegram", "Instagram"],
            "location": "Bakı",
            "links": [
                {
                    "url": "https://t.me/qara_kanal/123",
                    "seen_at": "2025-03-15T08:00",
                    "note": "first post",
                },
                {"url": "https://example.org/x", "seen_at": None, "note": ""},
            ],
            "witnesses": ["Nigar", "Orxan"],
            "impact": {"kinds": ["psychological", "family"], "description": "Could not sleep."},
            "severity": 4,
            "actions": [
                {
                    "kind": "reported_platform",
                    "at": "2025-03-17",
                    "reference": "TG-4411",
                    "outcome": "no answer",
                }
            ],
            "tags": ["leak", "Gəncə"],
        }
    )
    stored = IncidentStore(vault).get(incident_id)
    assert stored.record == expected
    assert stored.revision_count == 1
    assert DraftStore(vault).list() == []  # a save leaves no draft
    qtbot.waitUntil(lambda: not isValid(editor) or not editor.isVisible())


def test_opening_and_saving_unchanged_keeps_one_revision(
    qtbot: Any, vault: Vault, open_editor: Any
) -> None:
    # Forms the widgets cannot show exactly (seconds, a time zone, a year) stay as stored.
    record = IncidentRecord.from_dict(
        {
            "title": "  spaces kept  ",
            "occurred_at": "2024-03-10T14:30:15+04:00",
            "categories": ["threat", "account_compromise"],
            "tags": ["b", "a"],
            "links": [{"url": "https://x.example", "seen_at": "2024", "note": ""}],
            "perpetrators": [{"kind": "person", "name": "X", "identifiers": [" spaced "]}],
            "narrative": "line\r\nline",
        }
    )
    store = IncidentStore(vault)
    incident_id = store.create(record)
    editor = open_editor(incident_id)
    assert not editor.is_dirty()
    assert _save(qtbot, editor) == incident_id
    assert store.get(incident_id).revision_count == 1
    assert store.get(incident_id).record == record


def test_edit_then_history_shows_revision_two(qtbot: Any, vault: Vault, open_editor: Any) -> None:
    store = IncidentStore(vault)
    incident_id = store.create(IncidentRecord.from_dict({"title": "First title", "severity": 2}))
    editor = open_editor(incident_id)
    assert editor.history is not None and editor.history.count() == 1
    editor.form.title.selectAll()
    qtbot.keyClicks(editor.form.title, "Second title")
    editor.form.severity.setCurrentIndex(editor.form.severity.findData(5))
    _save(qtbot, editor)
    assert store.get(incident_id).revision_count == 2

    again = open_editor(incident_id)
    history = again.history
    assert history is not None
    assert history.count() == 2
    assert history.list.count() == 2
    assert "2" in history.list.item(0).text()  # newest first
    assert "Second title" in history.view.toPlainText()
    assert "changed" in history.view.toPlainText()
    history.select_revision(1)
    shown = history.view.toPlainText()
    assert "First title" in shown and "Second title" not in shown
    assert history.view.isReadOnly()
    assert again.side.tabText(again.side.indexOf(history)).endswith("(2)")


def test_validation_error_is_shown_inline(qtbot: Any, vault: Vault, open_editor: Any) -> None:
    editor = open_editor()
    editor.form.narrative.setPlainText("text without a title")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.form.title_error.isVisible()
    assert "title" in editor.form.title_error.text().lower()
    assert editor.form.visible_errors() == [editor.form.title_error.text()]
    assert editor.error.isVisible()
    assert IncidentStore(vault).count() == 0

    qtbot.keyClicks(editor.form.title, "Now with a title")
    link = _add_row(editor.form.links, qtbot)  # a link without an address
    del link
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    online = editor.form.sections["online"]
    assert online.error.isVisible() and online.is_expanded()
    assert "Link 1" in online.error.text()
    assert not editor.form.title_error.isVisible()
    assert editor.form.visible_errors() == [online.error.text()]

    editor.form.when.precision.setCurrentIndex(editor.form.when.precision.findData("day"))
    editor.form.when.start.setDate(QDate(2025, 5, 2))
    editor.form.when.has_end.setChecked(True)
    editor.form.when.end.setDate(QDate(2025, 5, 1))
    editor.form.links.rows()[0].remove_button.click()
    assert editor.form.links.rows() == []
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.form.when_error.isVisible()
    assert "before" in editor.form.when_error.text()
    assert IncidentStore(vault).count() == 0


def test_template_prefills(qtbot: Any, open_editor: Any) -> None:
    editor = open_editor()
    assert editor.template_box.isVisible()
    buttons = {b.property("template_id"): b for b in editor.template_buttons.buttons()}
    assert {"account_hacked", "private_content_leaked", "detention", "other"} <= set(buttons)
    qtbot.mouseClick(buttons["account_hacked"], Qt.MouseButton.LeftButton)
    form = editor.form
    assert form.categories["account_compromise"].isChecked()
    assert "Which account was it" in form.narrative.placeholderText()
    assert "Which account was it" in editor.guide.questions.text()
    assert form.sections["online"].is_expanded()
    assert not form.sections["online"].suggested.isHidden()
    assert form.sections["people"].suggested.isHidden()
    assert "Instagram" in form.title.placeholderText()

    # Another kind replaces the first kind's categories but keeps the user's own.
    form.categories["surveillance"].setChecked(True)
    qtbot.mouseClick(buttons["threat_blackmail"], Qt.MouseButton.LeftButton)
    assert not form.categories["account_compromise"].isChecked()
    assert form.categories["threat"].isChecked() and form.categories["blackmail"].isChecked()
    assert form.categories["surveillance"].isChecked()

    qtbot.mouseClick(editor.guide.insert, Qt.MouseButton.LeftButton)
    assert "What are they demanding, and by when?" in form.narrative.toPlainText()


def test_date_widget_follows_precision(open_editor: Any) -> None:
    when = open_editor().form.when
    assert when.current_precision() == "day"
    assert "HH" not in when.start.displayFormat()
    when.precision.setCurrentIndex(when.precision.findData("month"))
    assert "dd" not in when.start.displayFormat()
    when.start.setDate(QDate(2024, 11, 20))
    assert when.value() == ("2024-11", None, "month")
    when.precision.setCurrentIndex(when.precision.findData("exact"))
    assert "HH:mm" in when.start.displayFormat()
    when.precision.setCurrentIndex(when.precision.findData("approximate"))
    assert not when.around.isHidden()
    assert when.value() == ("2024-11-20", None, "approximate")
    when.precision.setCurrentIndex(when.precision.findData(None))
    assert when.start.isHidden()
    assert when.value() == (None, None, None)


def test_draft_written_while_typing_and_discarded_on_close(
    qtbot: Any, vault: Vault, open_editor: Any
) -> None:
    drafts = DraftStore(vault)
    editor = open_editor()
    editor.form.title.insert(RU)
    qtbot.waitUntil(lambda: drafts.count() == 1, timeout=3000)
    assert drafts.list()[0].fields["record"]["title"] == RU
    Dialogs.next_answers.append(False)  # "Close without saving?" → no: stays open
    editor.close()
    assert editor.isVisible() and drafts.count() == 1
    Dialogs.next_answers.append(True)  # → yes: closed, draft gone
    editor.close()
    assert drafts.count() == 0


def test_unicode_round_trips(qtbot: Any, vault: Vault, open_editor: Any) -> None:
    editor = open_editor()
    for text in (AZ, RU, EMOJI, RTL):
        editor.form.title.clear()
        editor.form.title.insert(text)
        assert editor.form.title.text() == text
    editor.form.title.setText(f"{AZ} {RTL}")
    editor.form.narrative.setPlainText("\n".join((AZ, RU, EMOJI, RTL, NBSP)))
    editor.form.tags.setText(f"Şəhla, ёлка, {EMOJI}, שלום")
    incident_id = _save(qtbot, editor)
    stored = IncidentStore(vault).get(incident_id).record
    assert stored.title == f"{AZ} {RTL}"
    assert stored.narrative == "\n".join((AZ, RU, EMOJI, RTL, NBSP))
    assert stored.tags == ["Şəhla", "ёлка", EMOJI, "שלום"]
    reopened = open_editor(incident_id)
    assert reopened.form.title.text() == stored.title
    assert reopened.form.state()["narrative"] == stored.narrative
    assert not reopened.is_dirty()


def test_follow_up_note(qtbot: Any, vault: Vault, open_editor: Any) -> None:
    store = IncidentStore(vault)
    incident_id = store.create(IncidentRecord.from_dict({"title": "x"}))
    editor = open_editor(incident_id)
    notes = editor.notes
    assert notes is not None and not notes.add_button.isEnabled()
    notes.new_note.setPlainText(f"The post was removed. {AZ}")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.mouseClick(notes.add_button, Qt.MouseButton.LeftButton)
    assert [n.text for n in store.get(incident_id).notes] == [f"The post was removed. {AZ}"]
    assert AZ in notes.view.toPlainText()
    assert notes.pending_text() == ""
    assert store.get(incident_id).revision_count == 1  # a note is not a revision
    assert not editor.is_dirty()


def test_added_rows_are_in_keyboard_order(qtbot: Any, open_editor: Any) -> None:
    form = open_editor().form
    first = _add_row(form.links, qtbot)
    second = _add_row(form.links, qtbot)

    def order_after(start: Any, wanted: list[Any]) -> list[Any]:
        seen, w = [], start.nextInFocusChain()
        while w is not start and len(seen) < 500:
            if w in wanted:
                seen.append(w)
            w = w.nextInFocusChain()
        return seen

    wanted = [first.url, first.remove_button, second.url, second.remove_button]
    wanted.append(form.links.add_button)
    assert order_after(form.location, wanted) == wanted
    assert form.location.nextInFocusChain() is first.url


def test_choosing_a_kind_alone_is_not_typing(qtbot: Any, vault: Vault, open_editor: Any) -> None:
    editor = open_editor()
    editor.choose_template("surveillance")
    assert not editor.is_dirty()
    editor.close()  # no question: nothing was typed
    assert DraftStore(vault).count() == 0


def test_escape_closes_and_ctrl_s_saves(qtbot: Any, vault: Vault, open_editor: Any) -> None:
    editor = open_editor()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)  # shortcuts need an active window
    editor.form.title.setText("Saved from the keyboard")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(editor.form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert IncidentStore(vault).count() == 1
    other = open_editor()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=2000)
    qtbot.keyClick(other.form.title, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(other) or not other.isVisible(), timeout=2000)


def test_draft_of_an_existing_incident_comes_back_when_opened(
    qtbot: Any, vault: Vault, open_editor: Any
) -> None:
    store = IncidentStore(vault)
    incident_id = store.create(IncidentRecord.from_dict({"title": "Saved title"}))
    first = open_editor(incident_id)
    first.form.title.setText("Typed, not saved")
    first.write_draft()
    first.on_vault_locking()  # as if the app locked (the vault here stays open)
    editor = open_editor(incident_id)
    assert editor.form.title.text() == "Typed, not saved"
    assert editor.banner.isVisible() and editor.is_dirty()
    Dialogs.next_answers.append(True)  # "Discard these changes?" → yes
    qtbot.mouseClick(editor.discard_button, Qt.MouseButton.LeftButton)
    assert editor.form.title.text() == "Saved title"
    assert not editor.is_dirty() and not editor.banner.isVisible()
    assert DraftStore(vault).count() == 0


def test_history_marks_removed_fields(qtbot: Any, vault: Vault, open_editor: Any) -> None:
    store = IncidentStore(vault)
    incident_id = store.create(
        IncidentRecord.from_dict({"title": "t", "location": "Sumqayıt", "tags": ["x"]})
    )
    store.update(incident_id, IncidentRecord.from_dict({"title": "t", "tags": ["x"]}))
    history = open_editor(incident_id).history
    assert history is not None
    text = history.view.toPlainText()
    assert "Location" in text and "(removed)" in text and "Sumqayıt" not in text
    history.select_revision(1)
    assert "Sumqayıt" in history.view.toPlainText()
    assert "changed" not in history.view.toPlainText()


# -- with the main window: lock, unlock, drafts offered back ------------------------------------
@pytest.fixture
def window(qtbot: Any, home: Path) -> Any:
    from ui.main_window import MainWindow

    v, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    v.lock()
    win = MainWindow(home)
    qtbot.addWidget(win)
    win.show()
    _unlock(qtbot, win)
    return win


def _unlock(qtbot: Any, win: Any) -> None:
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: win.vault is not None, timeout=10_000)


def _editors(win: Any) -> list[IncidentEditor]:
    return [e for e in win.findChildren(IncidentEditor) if isValid(e) and e.isVisible()]


def _drafts_on_disk(home: Path) -> list[Any]:
    v = unlock_vault(home, PASSPHRASE)
    try:
        return DraftStore(v).list()
    finally:
        v.lock()


def test_draft_survives_lock_and_is_offered_after_unlock(
    qtbot: Any, window: Any, home: Path
) -> None:
    window.new_incident()
    (editor,) = _editors(window)
    editor.choose_template("detention")
    editor.form.title.insert(f"Detained {AZ}")
    editor.form.narrative.setPlainText(f"{RU}\n{RTL}\n{EMOJI}")

    window.lock()  # before the debounce: the lock itself must keep the text
    qtbot.waitUntil(lambda: not _editors(window), timeout=2000)
    (draft,) = _drafts_on_disk(home)
    assert draft.incident_id is None
    assert draft.fields["record"]["title"] == f"Detained {AZ}"
    assert draft.fields["template"] == "detention"

    Dialogs.next_answers.append(True)  # "Continue editing?" → yes
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(_editors(window)) == 1, timeout=3000)
    (restored,) = _editors(window)
    assert restored.form.title.text() == f"Detained {AZ}"
    assert restored.form.narrative.toPlainText() == f"{RU}\n{RTL}\n{EMOJI}"
    assert restored.template_id == "detention"
    assert restored.banner.isVisible()
    assert not Dialogs.next_answers

    incident_id = _save(qtbot, restored)
    assert IncidentStore(window.vault).get(incident_id).record.title == f"Detained {AZ}"
    assert DraftStore(window.vault).list() == []


def test_changes_to_an_existing_incident_survive_lock(qtbot: Any, window: Any, home: Path) -> None:
    store = IncidentStore(window.vault)
    incident_id = store.create(IncidentRecord.from_dict({"title": "Summons"}))
    window.edit_incident(incident_id)
    (editor,) = _editors(window)
    editor.form.title.setText("Summons to the police")
    assert editor.notes is not None
    editor.notes.new_note.setPlainText("note typed, not added")
    window.lock()
    qtbot.waitUntil(lambda: not _editors(window), timeout=2000)
    (draft,) = _drafts_on_disk(home)
    assert draft.incident_id == incident_id

    Dialogs.next_answers.append(True)
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(_editors(window)) == 1, timeout=3000)
    (restored,) = _editors(window)
    assert restored.incident_id == incident_id
    assert restored.form.title.text() == "Summons to the police"
    assert restored.notes is not None
    assert restored.notes.pending_text() == "note typed, not added"
    _save(qtbot, restored)
    store = IncidentStore(window.vault)
    assert store.get(incident_id).revision_count == 2
    assert [n.text for n in store.get(incident_id).notes] == ["note typed, not added"]
    assert DraftStore(window.vault).list() == []


def test_offered_draft_can_be_kept_or_discarded(qtbot: Any, window: Any, home: Path) -> None:
    DraftStore(window.vault).save(None, None, {"record": {"title": "kept for later"}})
    window.lock()
    Dialogs.next_answers.extend([False, False])  # not now, and do not discard
    _unlock(qtbot, window)
    assert not _editors(window)
    assert len(DraftStore(window.vault).list()) == 1

    window.lock()
    Dialogs.next_answers.extend([False, True])  # not now → discard for good
    _unlock(qtbot, window)
    assert not _editors(window)
    assert DraftStore(window.vault).list() == []
