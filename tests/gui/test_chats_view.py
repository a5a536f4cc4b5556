"""The Chats window and "Import a chat…": the action imports through a worker, asks the
date order when an export leaves it open, shows the parse report; the conversation list,
pages read on demand, search within a chat, jump to a date, attachments opened in memory,
copies through the clipboard guard, and everything dropped on lock and on panic wipe."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from shiboken6 import isValid

from app.chats.detect import times_have_no_zone
from app.chats.store import ChatStore
from app.vault.vault import Vault
from ui.chats import message_model
from ui.chats.chats_window import ChatsWindow
from ui.chats.import_flow import ImportReportDialog
from ui.clipboard import KDE_HINT
from ui.dialogs import Dialogs
from ui.evidence.preview import EvidencePreview, ImageView
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
F = Path(__file__).resolve().parents[1] / "fixtures" / "chats"
WA = F / "whatsapp"
WAIT_MS = 15_000


@pytest.fixture
def window(qtbot: Any, home: Path, vault: Vault) -> Iterator[MainWindow]:
    w = MainWindow(home)
    qtbot.addWidget(w)
    w._unlocked(vault)
    yield w
    if w.vault is not None:
        w.lock_requested_hooks()


def _zone(path: Path) -> list[dict[str, Any]]:
    """The answer to the time-zone question a WhatsApp export brings: this computer's."""
    return [{"time_zone": None}] if times_have_no_zone(path) else []


def _import(qtbot: Any, w: MainWindow, path: Path, *answers: Any) -> ImportReportDialog:
    """Run "Import a chat…" as the person would, and wait for the report."""
    Dialogs.next_answers.extend([str(path), *_zone(path), *answers])
    w.act_import_chat.trigger()
    qtbot.waitUntil(lambda: _report(w) is not None, timeout=WAIT_MS)
    report = _report(w)
    assert report is not None
    return report


def _report(w: MainWindow) -> ImportReportDialog | None:
    found = [d for d in w.findChildren(ImportReportDialog) if isValid(d) and d.isVisible()]
    return found[-1] if found else None


def _chats(w: MainWindow) -> ChatsWindow:
    found = [c for c in w.findChildren(ChatsWindow) if isValid(c) and c.isVisible()]
    assert len(found) == 1
    return found[0]


def test_import_shows_report_and_the_chat(qtbot: Any, window: MainWindow) -> None:
    report = _import(qtbot, window, WA / "android_en_dmy.txt")
    text = report.text.toPlainText()
    assert "Imported 1 conversation from WhatsApp." in text
    assert "Rauf Mammadov" in text and "Aysel" in text  # participants
    assert "  deleted: 2\n" in text and "  media: 1\n" in text  # counts by kind
    assert "Lines that could not be read: 0" in text
    chats = _chats(window)
    assert chats.conversations.topLevelItemCount() == 1
    item = chats.conversations.topLevelItem(0)
    assert item is not None
    count = ChatStore(window.vault).conversations()[0]["messages"]  # type: ignore[arg-type]
    title, about, period = item.text(0).split("\n")
    assert title == "android_en_dmy"  # the export's file name: WhatsApp names no chat
    assert about == f"WhatsApp · {count} messages"
    assert period.startswith("2022-03-23 – 2022-03-2")
    assert chats.model.rowCount() == count
    first = chats.model.message(0)
    assert first is not None and first["kind"] == "system"
    threat = chats.model.message(1)
    assert threat is not None and threat["sender"] == "Rauf Mammadov"
    assert "This is the last warning." in threat["text"]  # the continued lines
    chats.messages.setCurrentIndex(chats.model.index(1))
    assert "This is the last warning." in chats.detail.toPlainText()
    # the report is about data from the person's diary: gone on lock
    report.on_vault_locking()
    assert report.text.toPlainText() == ""


def test_same_export_twice_is_refused_with_one_message(qtbot: Any, window: MainWindow) -> None:
    _import(qtbot, window, WA / "android_en_dmy.txt").close()
    errors: list[str] = []
    orig = Dialogs.inform

    def inform(parent: Any, title: str, text: str, *, error: bool = False) -> None:
        errors.append(text)

    Dialogs.inform = inform  # type: ignore[method-assign]
    try:
        Dialogs.next_answers.extend([str(WA / "android_en_dmy.txt"), {"time_zone": None}])
        window.act_import_chat.trigger()
        qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    finally:
        Dialogs.inform = orig  # type: ignore[method-assign]
    assert "imported already" in errors[0]
    assert len(ChatStore(window.vault).conversations()) == 1  # type: ignore[arg-type]


def test_ambiguous_dates_are_asked_and_recorded(qtbot: Any, window: MainWindow) -> None:
    report = _import(
        qtbot, window, WA / "android_ambiguous.txt", {"date_order": "mdy", "time_zone": "UTC"}
    )
    assert "Date order: month first" in report.text.toPlainText()
    assert "Time zone: UTC" in report.text.toPlainText()
    chats = _chats(window)
    second = chats.model.message(1)
    assert second is not None and second["time"] == "2024-03-04T11:00:00Z"  # March 4


@pytest.mark.parametrize("question", ["time zone", "date order"])
def test_cancelling_a_question_imports_nothing(
    qtbot: Any, window: MainWindow, question: str
) -> None:
    if question == "time zone":  # a file whose dates are clear: only the zone is asked
        Dialogs.next_answers.extend([str(WA / "android_en_dmy.txt"), None])
    else:
        Dialogs.next_answers.extend([str(WA / "android_ambiguous.txt"), {"time_zone": None}, None])
    window.act_import_chat.trigger()  # the time zone is asked before any work starts
    qtbot.waitUntil(lambda: window.chat_import.task is None, timeout=WAIT_MS)
    assert not Dialogs.next_answers  # each question was asked once
    assert ChatStore(window.vault).conversations() == []  # type: ignore[arg-type]


def test_a_whatsapp_export_asks_its_time_zone_and_records_it(
    qtbot: Any, window: MainWindow
) -> None:
    """WhatsApp writes local times with no zone: the person says which (default: this
    computer's); Telegram's export carries UTC times and asks nothing."""
    Dialogs.next_answers.extend([str(WA / "android_en_dmy.txt"), {"time_zone": "Asia/Baku"}])
    window.act_import_chat.trigger()
    qtbot.waitUntil(lambda: _report(window) is not None, timeout=WAIT_MS)
    report = _report(window)
    assert report is not None
    assert "Asia/Baku" in report.text.toPlainText()
    assert not Dialogs.next_answers
    report.close()
    first = _chats(window).model.message(0)
    assert first is not None and first["shown"] == "23/03/2022, 13:30"
    assert first["time"] == "2022-03-23T09:30:00Z"  # 13:30 in Baku (UTC+4)
    telegram = next((F / "telegram" / "single").glob("*.json"))
    # The answer after the file name must stay unused: no question for Telegram.
    _import(qtbot, window, telegram, {"time_zone": "Asia/Baku"}).close()
    assert list(Dialogs.next_answers) == [{"time_zone": "Asia/Baku"}]


def _big_chat(vault: Vault, tmp_path: Path, n: int) -> int:
    lines = []
    for i in range(n):
        day, minute = divmod(i, 1440)
        h, m = divmod(minute, 60)
        date = QDate(2023, 1, 1).addDays(day).toString("dd/MM/yyyy")
        lines.append(f"{date}, {h:02d}:{m:02d} - {'Rauf' if i % 2 else 'Aysel'}: message {i}")
    lines.append(
        f"{QDate(2023, 1, 1).addDays(n // 1440).toString('dd/MM/yyyy')}, 23:59 - Rauf: zebra"
    )
    path = tmp_path / "WhatsApp Chat with Rauf.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # In this computer's zone (the default), the zone "jump to a date" reads days in.
    summary = ChatStore(vault).import_export(path, date_order="dmy")
    return int(summary.conversations[0]["id"])


def test_pages_are_read_on_demand_and_few_kept(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.vault is not None
    _big_chat(window.vault, tmp_path, 3000)
    reads: list[int] = []
    orig = ChatStore.messages

    def counting(self: ChatStore, cid: int, *, offset: int = 0, limit: int | None = None) -> Any:
        reads.append(offset)
        return orig(self, cid, offset=offset, limit=limit)

    monkeypatch.setattr(ChatStore, "messages", counting)
    window.show_chats()
    chats = _chats(window)
    assert chats.model.rowCount() == 3001
    qtbot.wait(50)
    assert reads and max(reads) < 2 * message_model.PAGE  # only what is on screen
    last = chats.model.message(2999)
    assert last is not None and last["text"] == "message 2999"
    assert 2999 // message_model.PAGE * message_model.PAGE in reads
    for row in range(0, 3000, message_model.PAGE):
        chats.model.message(row)
    assert chats.model.pages_held() <= message_model.KEEP_PAGES


def test_search_within_and_jump_to_date(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    assert window.vault is not None
    _big_chat(window.vault, tmp_path, 3000)
    window.show_chats()
    chats = _chats(window)
    chats.show()
    chats.search_field.setFocus()
    chats.search_field.setText("zebra")
    imports: list[bool] = []
    window.import_chat = lambda: imports.append(True)  # type: ignore[method-assign]
    with qtbot.waitSignal(chats.searched, timeout=WAIT_MS):
        qtbot.keyClick(chats.search_field, Qt.Key.Key_Return)  # Enter searches
    assert imports == []  # and never presses the dialog's default button (Import a chat…)
    assert chats.search_status.text() == "1 of 1"
    current = chats.current_message()
    assert current is not None and current["text"] == "zebra"
    assert chats.messages.currentIndex().row() == 3000
    chats.search_field.setText("messag")  # a prefix: every message but "zebra"
    with qtbot.waitSignal(chats.searched, timeout=WAIT_MS):
        chats.search()
    assert chats.search_status.text() == "1 of 1000 (the first 1000)"
    assert chats.messages.currentIndex().row() == 0
    chats.next_button.click()
    assert chats.messages.currentIndex().row() == 1
    chats.previous_button.click()
    chats.previous_button.click()  # wraps round to the last result
    assert chats.messages.currentIndex().row() == 999
    chats.search_field.setText("nothing-like-this")
    with qtbot.waitSignal(chats.searched, timeout=WAIT_MS):
        chats.search()
    assert chats.search_status.text() == "No messages match"
    # 1,440 messages a day from 1 January 2023: 2 January starts at row 1440
    chats.jump_to_date(QDate(2023, 1, 2))
    assert chats.messages.currentIndex().row() == 1440
    msg = chats.current_message()
    assert msg is not None and msg["text"] == "message 1440"


def test_attachment_opens_in_memory_and_copy_is_guarded(qtbot: Any, window: MainWindow) -> None:
    _import(qtbot, window, WA / "android_with_media.zip", {"date_order": "dmy"}).close()
    chats = _chats(window)
    rows = [chats.model.message(r) for r in range(chats.model.rowCount())]
    row = next(i for i, m in enumerate(rows) if m and any(a["in_export"] for a in m["attachments"]))
    chats.messages.setCurrentIndex(chats.model.index(row))
    assert chats.open_attachment_button.isEnabled()
    chats.open_attachment()
    preview = chats.findChild(EvidencePreview)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.content is not None, timeout=WAIT_MS)
    assert preview.info.name.endswith(".jpg")
    assert isinstance(preview.content, ImageView)  # decoded in memory, shown
    chats.messages.setCurrentIndex(chats.model.index(0))
    chats.copy_message()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None and mime.hasFormat(KDE_HINT)  # marked secret by the guard
    first = chats.model.message(0)
    assert first is not None and first["text"]
    assert QGuiApplication.clipboard().text().endswith("]: " + first["text"])
    window.lock()
    assert QGuiApplication.clipboard().text() == ""  # the guard clears Quire's copy on lock


def test_lock_clears_and_closes(qtbot: Any, window: MainWindow) -> None:
    _import(qtbot, window, WA / "android_en_dmy.txt").close()
    chats = _chats(window)
    chats.messages.setCurrentIndex(chats.model.index(1))
    model = chats.model
    assert model.pages_held() > 0 and chats.detail.toPlainText()
    window.lock()
    assert model.rowCount() == 0 and model.pages_held() == 0
    assert not isValid(chats) or not chats.isVisible()
    if isValid(chats):
        assert chats.detail.toPlainText() == ""
        assert chats.conversations.topLevelItemCount() == 0


def test_panic_hide_clears(qtbot: Any, window: MainWindow) -> None:
    _import(qtbot, window, WA / "android_en_dmy.txt").close()
    chats = _chats(window)
    model = chats.model
    chats.messages.setCurrentIndex(chats.model.index(1))
    from ui.panic import _discard_windows

    _discard_windows(window)  # what a panic wipe does to every other window
    assert model.rowCount() == 0 and model.pages_held() == 0
    assert chats.detail.toPlainText() == ""


def test_lock_clears_a_window_not_on_screen(qtbot: Any, window: MainWindow) -> None:
    """Minimised, or not shown yet: no hide event comes, the lock hook alone must clear."""
    assert window.vault is not None
    ChatStore(window.vault).import_export(WA / "android_en_dmy.txt", time_zone="UTC")
    chats = ChatsWindow(window.vault, window)  # made, never shown
    model = chats.model
    assert model.rowCount() > 0 and chats.conversations.topLevelItemCount() == 1
    window.lock()
    assert model.rowCount() == 0 and model.pages_held() == 0
    if isValid(chats):
        assert chats.conversations.topLevelItemCount() == 0 and chats.store is None


def test_lock_during_an_import_leaves_whole_or_nothing(
    qtbot: Any, window: MainWindow, home: Path, tmp_path: Path
) -> None:
    """Locking cancels the worker and closes the progress; the vault holds the chat whole
    or not at all, and no report of it is shown."""
    from tests.conftest import PASSPHRASE
    from ui.chats.import_flow import ImportProgress

    lines = [
        f"{1 + i // 1440:02d}/01/2023, {i // 60 % 24:02d}:{i % 60:02d} - A: m {i}"
        for i in range(20000)
    ]
    path = tmp_path / "WhatsApp Chat with A.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    Dialogs.next_answers.extend([str(path), {"time_zone": "UTC"}, {"date_order": "dmy"}])
    window.act_import_chat.trigger()
    qtbot.waitUntil(  # the worker is at work, and its progress shows
        lambda: any(p.isVisible() for p in window.findChildren(ImportProgress)), timeout=WAIT_MS
    )
    window.lock()
    assert not [p for p in window.findChildren(ImportProgress) if isValid(p) and p.isVisible()]
    qtbot.wait(200)
    assert _report(window) is None
    vault = Vault.open(Vault.try_passphrase(home, PASSPHRASE))
    try:
        convs = ChatStore(vault).conversations()
        assert convs == [] or [c["messages"] for c in convs] == [20000]
    finally:
        vault.lock()


def test_date_order_dialog_answers(qtbot: Any) -> None:
    from ui.chats.import_flow import DateOrderDialog

    dlg = DateOrderDialog()
    qtbot.addWidget(dlg)
    assert dlg.answers() == {"date_order": "dmy", "time_zone": None}  # this computer's zone
    dlg.mdy.setChecked(True)
    dlg.zone.setCurrentIndex(dlg.zone.findText("Asia/Baku"))
    assert dlg.answers() == {"date_order": "mdy", "time_zone": "Asia/Baku"}
    dlg.zone.setEditText("America/Bogota")  # typed, not in the list
    assert dlg.answers() == {"date_order": "mdy", "time_zone": "America/Bogota"}


def test_a_sender_becomes_an_actor_whose_view_lists_the_messages(
    qtbot: Any, window: MainWindow
) -> None:
    """Issue 14: "Who sent it…" links the sender to an actor (a new one, then a known one)."""
    from app.actors.store import ActorStore

    _import(qtbot, window, WA / "android_en_dmy.txt").close()
    chats = _chats(window)
    chats.messages.setCurrentIndex(chats.model.index(0))  # a system line: no sender
    assert not chats.sender_button.isEnabled()
    chats.messages.setCurrentIndex(chats.model.index(1))
    assert chats.sender_button.isEnabled()
    Dialogs.next_answers.append(0)  # a new actor
    chats.ask_sender()
    store = ActorStore(window.vault)
    (actor,) = store.all()
    assert actor.names == ["Rauf Mammadov"] and f"actor {actor.id}" in chats.add_status.text()
    said = [m["text"] for m in store.messages(actor.id)]
    assert any("last warning" in t for t in said) and all("Who gave you" not in t for t in said)
    other = store.create("person", ["Aysel"])
    row = next(
        r
        for r in range(chats.model.rowCount())
        if (chats.model.message(r) or {}).get("sender") == "Aysel"
    )
    chats.messages.setCurrentIndex(chats.model.index(row))
    Dialogs.next_answers.append(other)
    chats.ask_sender()
    assert any("Who gave you" in m["text"] for m in store.messages(other))
    assert store.sender_actor(chats.model.conversation_id, "Aysel").id == other  # type: ignore[arg-type, union-attr]
