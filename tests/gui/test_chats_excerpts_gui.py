"""Excerpts in the app: messages chosen in the Chats window (click, Ctrl-click, Shift-click)
go to an incident through "Add to incident…" (a list of incidents, newest first, with a
filter, and a note); the incident's detail pane shows them with their citations, and a
removal asks first. Real vault, real import, real worker threads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from shiboken6 import isValid

from app.chats.excerpts import ExcerptStore
from app.chats.store import ChatStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from ui.chats.chats_window import ChatsWindow
from ui.chats.import_flow import ImportReportDialog
from ui.chats.incident_picker import IncidentPicker
from ui.dialogs import Dialogs
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
CHAT = (
    Path(__file__).resolve().parents[1] / "fixtures" / "chats" / "whatsapp" / "android_en_dmy.txt"
)
WAIT_MS = 15_000


@pytest.fixture
def window(qtbot: Any, home: Path, vault: Vault) -> Iterator[MainWindow]:
    w = MainWindow(home)
    qtbot.addWidget(w)
    w._unlocked(vault)
    yield w
    Dialogs.next_answers.clear()
    if w.vault is not None:
        w.lock_requested_hooks()


def _visible(w: MainWindow, kind: type) -> list[Any]:
    return [d for d in w.findChildren(kind) if isValid(d) and d.isVisible()]


def _chats_with_import(qtbot: Any, w: MainWindow) -> ChatsWindow:
    """Import the fixture chat as the person would; the Chats window shows it."""
    Dialogs.next_answers.extend([str(CHAT), {"time_zone": None}])  # this computer's zone
    w.act_import_chat.trigger()
    qtbot.waitUntil(lambda: bool(_visible(w, ImportReportDialog)), timeout=WAIT_MS)
    _visible(w, ImportReportDialog)[-1].close()
    (chats,) = _visible(w, ChatsWindow)
    assert chats.model.rowCount() > 3
    return chats


def _click(
    qtbot: Any, chats: ChatsWindow, row: int, mods: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    view = chats.messages
    rect = view.visualRect(chats.model.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, mods, rect.center())


def _pick(qtbot: Any, chats: ChatsWindow) -> IncidentPicker:
    assert chats.add_button.isEnabled()
    qtbot.mouseClick(chats.add_button, Qt.MouseButton.LeftButton)
    pickers = [p for p in chats.findChildren(IncidentPicker) if isValid(p) and p.isVisible()]
    assert len(pickers) == 1
    picker = pickers[0]
    qtbot.waitUntil(lambda: picker.list.count() > 0, timeout=WAIT_MS)
    return picker


def _incidents(vault: Vault) -> tuple[int, int]:
    store = IncidentStore(vault)
    older = store.create(IncidentRecord(title="Threats by phone", occurred_at="2022-01-10"))
    newer = store.create(IncidentRecord(title="Blackmail with photos", occurred_at="2022-03-23"))
    return older, newer


def test_chosen_messages_go_to_an_incident_and_show_in_its_detail(
    qtbot: Any, window: MainWindow
) -> None:
    vault = window.vault
    assert vault is not None
    older, newer = _incidents(vault)
    window.diary.refresh(select=newer)
    qtbot.waitUntil(lambda: window.diary.current_id() == newer, timeout=WAIT_MS)
    chats = _chats_with_import(qtbot, window)
    chats.messages.clearSelection()
    assert not chats.add_button.isEnabled()  # nothing chosen, nothing to add

    _click(qtbot, chats, 1)  # the threat
    _click(qtbot, chats, 3, Qt.KeyboardModifier.ControlModifier)  # and the media, not row 2
    assert chats.selected_rows() == [(1, 1), (3, 3)]
    picker = _pick(qtbot, chats)
    titles = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert titles[0].endswith("Blackmail with photos")  # newest first
    assert titles[1].endswith("Threats by phone")
    picker.note.setText("He threatens to publish my photos")
    qtbot.mouseClick(picker.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # OK
    qtbot.waitUntil(lambda: "Added 2 message" in chats.add_status.text(), timeout=WAIT_MS)
    assert "Blackmail with photos" in chats.add_status.text()

    (excerpt,) = ExcerptStore(vault).for_incident(newer)
    assert excerpt["note"] == "He threatens to publish my photos"
    assert [m["index"] for m in excerpt["messages"]] == [2, 4]
    assert ExcerptStore(vault).for_incident(older) == []

    # The diary was showing this incident: it shows it again, with the excerpt.
    text = window.diary.detail.toPlainText()
    source = excerpt["source"]["sha256"]
    assert (
        source == ChatStore(vault).conversation(excerpt["conversation"]["id"])["source"]["sha256"]
    )
    assert "Chat excerpts" in text
    assert "android_en_dmy · WhatsApp" in text
    assert "He threatens to publish my photos" in text
    assert "This is the last warning." in text and "Rauf Mammadov" in text
    assert "Who gave you this number?" not in text  # row 2 was not chosen
    assert f"SHA-256 {source[:12]}… · #2" in text
    assert f"SHA-256 {source[:12]}… · #4" in text
    assert f"SHA-256 {source}" in text  # the whole hash once, to check the export


def test_shift_click_adds_a_range(qtbot: Any, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    _, newer = _incidents(vault)
    chats = _chats_with_import(qtbot, window)
    _click(qtbot, chats, 1)
    _click(qtbot, chats, 4, Qt.KeyboardModifier.ShiftModifier)
    assert chats.selected_rows() == [(1, 4)]
    picker = _pick(qtbot, chats)
    picker.accept()  # the newest is preselected; no note
    qtbot.waitUntil(lambda: "Added 4 message" in chats.add_status.text(), timeout=WAIT_MS)
    (excerpt,) = ExcerptStore(vault).for_incident(newer)
    assert [m["index"] for m in excerpt["messages"]] == [2, 3, 4, 5]
    assert excerpt["note"] is None


def test_the_filter_narrows_the_incidents(qtbot: Any, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    older, _ = _incidents(vault)
    chats = _chats_with_import(qtbot, window)
    _click(qtbot, chats, 1)
    picker = _pick(qtbot, chats)
    assert picker.list.count() == 2
    with qtbot.waitSignal(picker.listed, timeout=WAIT_MS):
        picker.filter.setText("phone")
    assert picker.list.count() == 1
    assert picker.list.currentItem().data(Qt.ItemDataRole.UserRole) == older
    with qtbot.waitSignal(picker.listed, timeout=WAIT_MS):
        picker.filter.setText("nothing like this")
    assert picker.list.count() == 0
    assert not picker.buttons.buttons()[0].isEnabled()  # OK needs an incident
    assert picker.status.text() == "No incidents match"
    picker.reject()
    assert ExcerptStore(vault).for_incident(older) == []


def test_an_incident_gone_meanwhile_is_one_clear_error(qtbot: Any, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    _, newer = _incidents(vault)
    chats = _chats_with_import(qtbot, window)
    _click(qtbot, chats, 1)
    picker = _pick(qtbot, chats)
    IncidentStore(vault).delete(newer)  # in the bin while the list was open
    errors: list[str] = []
    orig = Dialogs.inform

    def inform(parent: Any, title: str, text: str, *, error: bool = False) -> None:
        errors.append(text)

    Dialogs.inform = inform  # type: ignore[method-assign]
    try:
        picker.accept()
        qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    finally:
        Dialogs.inform = orig  # type: ignore[method-assign]
    assert errors == [f"No incident {newer}."]
    assert chats.add_status.text() == ""
    assert chats.add_button.isEnabled()  # the choice is still there to try again
    assert ExcerptStore(vault).for_incident(newer) == []


def test_remove_an_excerpt_from_the_detail_pane_asks_first(qtbot: Any, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    _, newer = _incidents(vault)
    chat = ChatStore(vault).import_export(CHAT, time_zone="UTC")
    conversation_id = chat.conversations[0]["id"]
    excerpt_id = ExcerptStore(vault).add_range(newer, conversation_id, 2, 3, "threat")
    window.diary.refresh(select=newer)
    detail = window.diary.detail
    qtbot.waitUntil(lambda: "Chat excerpts" in detail.toPlainText(), timeout=WAIT_MS)
    link = QUrl(f"quire-excerpt:{excerpt_id}")
    assert f'href="quire-excerpt:{excerpt_id}"' in detail.toHtml()

    # Any other link is inert: no question asked, nothing removed.
    Dialogs.next_answers.append(True)
    detail.anchorClicked.emit(QUrl(f"other:{excerpt_id}"))
    assert list(Dialogs.next_answers) == [True]
    Dialogs.next_answers.clear()

    Dialogs.next_answers.append(False)  # "No": nothing removed
    detail.anchorClicked.emit(link)
    assert not Dialogs.next_answers
    assert len(ExcerptStore(vault).for_incident(newer)) == 1

    Dialogs.next_answers.append(True)
    detail.anchorClicked.emit(link)
    qtbot.waitUntil(lambda: not ExcerptStore(vault).for_incident(newer), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Chat excerpts" not in detail.toPlainText(), timeout=WAIT_MS)
    assert "Blackmail with photos" in detail.toPlainText()  # the incident, still shown
    assert ChatStore(vault).conversation(conversation_id)["messages"] > 0  # the chat stays


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("az", ("Yazışmadan çıxarışlar", "Bu çıxarışı sil…", "İxrac faylı: android_en_dmy.txt")),
        (
            "ru",
            ("Фрагменты переписок", "Убрать этот фрагмент…", "Файл экспорта: android_en_dmy.txt"),
        ),
    ],
)
def test_the_excerpt_words_are_translated(
    qtbot: Any, window: MainWindow, code: str, words: tuple[str, ...]
) -> None:
    from ui.translations import install_language

    vault = window.vault
    assert vault is not None
    _, newer = _incidents(vault)
    chat = ChatStore(vault).import_export(CHAT, time_zone="UTC")
    ExcerptStore(vault).add_range(newer, chat.conversations[0]["id"], 2, 2)
    assert install_language(code)
    try:
        window.diary.refresh(select=newer)
        detail = window.diary.detail
        qtbot.waitUntil(lambda: words[0] in detail.toPlainText(), timeout=WAIT_MS)
        text = detail.toPlainText()
        for word in words:
            assert word in text
        for english in ("Chat excerpts", "Remove this excerpt", "Export:"):
            assert english not in text
        chats = ChatsWindow(vault, window)
        qtbot.addWidget(chats)
        assert "incident" not in chats.add_button.text()
        chats.close()
    finally:
        install_language("en")


@pytest.mark.parametrize("how", ["lock", "close"])
def test_the_incident_list_goes_on_lock_and_on_close(
    qtbot: Any, window: MainWindow, how: str
) -> None:
    vault = window.vault
    assert vault is not None
    _incidents(vault)
    chats = _chats_with_import(qtbot, window)
    _click(qtbot, chats, 1)
    picker = _pick(qtbot, chats)
    assert picker.list.count() == 2
    if how == "lock":
        window.lock_requested_hooks()
    else:
        chats.close()  # and a panic wipe hides it the same way
    assert picker.list.count() == 0
    assert not picker.isVisible()


def test_too_many_messages_are_refused_before_choosing(
    qtbot: Any, window: MainWindow, monkeypatch: Any
) -> None:
    from ui.chats import chats_window

    monkeypatch.setattr(chats_window, "MAX_MESSAGES", 3)
    chats = _chats_with_import(qtbot, window)
    _click(qtbot, chats, 0)
    _click(qtbot, chats, 3, Qt.KeyboardModifier.ShiftModifier)
    errors: list[str] = []
    monkeypatch.setattr(
        Dialogs, "inform", lambda parent, title, text, *, error=False: errors.append(text)
    )
    chats.add_to_incident()
    assert errors == ["An excerpt holds at most 3 messages; 4 are chosen."]
    assert not chats.findChildren(IncidentPicker)  # not asked which incident


def test_a_long_excerpt_shows_its_first_messages_and_says_how_many_more(
    qtbot: Any, window: MainWindow, monkeypatch: Any
) -> None:
    from ui.diary import detail_view

    monkeypatch.setattr(detail_view, "SHOWN_MESSAGES", 1)
    vault = window.vault
    assert vault is not None
    _, newer = _incidents(vault)
    chat = ChatStore(vault).import_export(CHAT, time_zone="UTC")
    ExcerptStore(vault).add_range(newer, chat.conversations[0]["id"], 2, 4)
    window.diary.refresh(select=newer)
    detail = window.diary.detail
    qtbot.waitUntil(lambda: "Chat excerpts" in detail.toPlainText(), timeout=WAIT_MS)
    text = detail.toPlainText()
    assert "This is the last warning." in text  # #2
    assert "Who gave you this number?" not in text  # #3: not shown
    assert "Messages not shown here: 2. The report shows them all." in text
