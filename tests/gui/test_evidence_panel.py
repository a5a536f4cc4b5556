"""The evidence panel: import (dialog, drop, paste), previews, copy out, delete, originals."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.settings import Settings
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from ui.clipboard import Clipboard
from ui.dialogs import Dialogs
from ui.evidence.evidence_panel import EvidencePanel
from ui.evidence.preview import EvidencePreview, ImageView
from ui.worker import running_tasks

pytestmark = pytest.mark.gui

PASSPHRASE = "a calm and long test passphrase"
WAIT_MS = 30_000


# -- fixtures ------------------------------------------------------------------------------
@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A private HOME and TMPDIR, so a test can see every file anything writes there."""
    home = tmp_path / "home"
    tmp = tmp_path / "tmp"
    for d in (home, tmp):
        d.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return {"home": home, "tmp": tmp, "vault": tmp_path / "vault", "files": tmp_path / "files"}


@pytest.fixture
def strict_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every question must be scripted (no real modal dialog in a test); informs are kept."""
    informed: list[tuple[str, str]] = []

    def scripted(cls: type[Dialogs]) -> tuple[bool, Any]:
        assert Dialogs.next_answers, "a dialog was opened that the test did not script"
        return True, Dialogs.next_answers.popleft()

    def inform(cls: type[Dialogs], parent: Any, title: str, text: str, **_kw: Any) -> None:
        informed.append((title, text))

    monkeypatch.setattr(Dialogs, "_scripted", classmethod(scripted))
    monkeypatch.setattr(Dialogs, "inform", classmethod(inform))
    return informed


@pytest.fixture
def vault(sandbox: dict[str, Path]) -> Iterator[Vault]:
    v, _ = Vault.create(sandbox["vault"], PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    yield v
    v.lock()


@pytest.fixture
def incident(vault: Vault) -> int:
    return IncidentStore(vault).create(IncidentRecord(title="Fake advert with my phone number"))


class Host(QMainWindow):
    """Stands in for the main window: what the panel asks of ``self.window()``."""

    def __init__(self) -> None:
        super().__init__()
        self.settings = Settings(clipboard_clear_seconds=30)
        self.clipboard = Clipboard(self)


@pytest.fixture
def panel(qtbot: Any, vault: Vault, incident: int, strict_dialogs: Any) -> Iterator[EvidencePanel]:
    host = Host()
    qtbot.addWidget(host)
    p = EvidencePanel(host)
    host.setCentralWidget(p)
    host.resize(700, 560)
    host.show()
    p.set_vault(vault)
    p.set_incident(incident)
    yield p
    p.clear()
    settle(qtbot)


@pytest.fixture
def files(sandbox: dict[str, Path]) -> Path:
    d = sandbox["files"]
    d.mkdir()
    return d


def png_file(path: Path, w: int = 320, h: int = 200, color: str = "#3f51b5") -> Path:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path


def pdf_bytes(pages: int = 2) -> bytes:
    """A small PDF made in memory with QPdfWriter."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        painter.drawText(200, 200, f"Police report, page {n + 1}")
    painter.end()
    buffer.close()
    return bytes(array.data())


def settle(qtbot: Any) -> None:
    """Let every worker thread end (their quit is delivered through the event loop)."""
    for task in running_tasks():
        task.cancel()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=WAIT_MS)


def wait_idle(qtbot: Any, panel: EvidencePanel) -> None:
    qtbot.waitUntil(lambda: not panel.busy_now(), timeout=WAIT_MS)


def import_and_wait(qtbot: Any, panel: EvidencePanel, paths: list[Path]) -> None:
    Dialogs.next_answers.append(False)  # keep the originals
    panel.import_paths(paths)
    wait_idle(qtbot, panel)


def snapshot(*folders: Path) -> set[tuple[str, int]]:
    out = set()
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                p = Path(root, name)
                out.add((str(p), p.stat().st_mtime_ns))
    return out


def names(vault: Vault, incident: int) -> list[str]:
    return [e.name for e in EvidenceStore(vault).list(incident)]


def select_name(panel: EvidencePanel, name: str) -> None:
    for row in range(panel.model.rowCount()):
        info = panel.model.info(row)
        if info is not None and info.name == name:
            panel.select(info.id)
            return
    raise AssertionError(f"{name} is not listed")


# -- the pinned PySide6 ----------------------------------------------------------------------
def test_many_signal_emits_and_void_calls_do_not_crash(qtbot: Any) -> None:
    """PySide6 6.12.0 lost a reference to None/True per call (we pin 6.11.3; see
    requirements/runtime.in): thousands of calls must not crash the interpreter."""
    host = Host()
    qtbot.addWidget(host)
    for i in range(20_000):
        host.setObjectName(f"w{i % 3}")  # returns None
        host.windowTitleChanged.emit("x")  # returns True
    assert host.objectName()


# -- import --------------------------------------------------------------------------------
def test_empty_states(panel: EvidencePanel) -> None:
    assert panel.pages.currentWidget() is panel.placeholder
    assert "No evidence yet" in panel.placeholder.text()
    assert panel.add_button.isEnabled()
    panel.set_incident(None)
    assert "Select an incident" in panel.placeholder.text()
    assert not panel.add_button.isEnabled()
    assert not panel.paste_button.isEnabled()


def test_add_files_through_the_dialog(
    qtbot: Any, panel: EvidencePanel, vault: Vault, incident: int, files: Path
) -> None:
    a = png_file(files / "channel-post.png")
    b = files / "chat.txt"
    b.write_text("21:14 unknown: we know where you live\n", encoding="utf-8")
    Dialogs.next_answers.extend([[str(a), str(b)], False])
    with qtbot.waitSignal(panel.changed, timeout=WAIT_MS):
        panel.add_files()
        assert panel.busy.isVisibleTo(panel)
    wait_idle(qtbot, panel)
    assert names(vault, incident) == ["channel-post.png", "chat.txt"]
    assert panel.model.rowCount() == 2
    assert panel.pages.currentWidget() is panel.list
    assert a.exists() and b.exists()  # "keep the originals"
    assert not panel.busy.isVisibleTo(panel)
    assert not Dialogs.next_answers


def test_add_files_cancelled_dialog_does_nothing(
    panel: EvidencePanel, vault: Vault, incident: int
) -> None:
    Dialogs.next_answers.append(None)
    panel.add_files()
    assert not panel.busy_now()
    assert names(vault, incident) == []


def test_drop_files_onto_the_panel(
    qtbot: Any, panel: EvidencePanel, vault: Vault, incident: int, files: Path
) -> None:
    a = png_file(files / "advert.png")
    b = files / "notes.txt"
    b.write_text("seen on the escort site", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(a)), QUrl.fromLocalFile(str(b))])
    event = QDropEvent(
        QPointF(20, 60),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert panel.intake.accepts(event.mimeData())
    Dialogs.next_answers.append(False)
    panel.dropEvent(event)
    assert event.isAccepted()
    wait_idle(qtbot, panel)
    assert names(vault, incident) == ["advert.png", "notes.txt"]


def test_drop_is_refused_without_an_incident(panel: EvidencePanel, files: Path) -> None:
    a = png_file(files / "advert.png")
    panel.set_incident(None)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(a))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert not panel.intake.accepts(event.mimeData())


def test_remove_the_original_after_import(
    qtbot: Any, panel: EvidencePanel, vault: Vault, incident: int, files: Path
) -> None:
    original = png_file(files / "intimate-photo-leak.png")
    data = original.read_bytes()
    asked: list[str] = []
    real_ask = Dialogs.ask.__func__  # type: ignore[attr-defined]

    def ask(cls: type[Dialogs], parent: Any, title: str, text: str, **kw: Any) -> bool:
        asked.append(text)
        return bool(real_ask(cls, parent, title, text, **kw))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Dialogs, "ask", classmethod(ask))
        Dialogs.next_answers.extend([[str(original)], True])
        panel.add_files()
        wait_idle(qtbot, panel)
    assert (
        "On SSDs and some file systems, copies may remain that no program can erase." in (asked[0])
    )
    assert not original.exists()
    (info,) = EvidenceStore(vault).list(incident)
    with EvidenceStore(vault).open(info.id) as reader:
        assert reader.read() == data
    assert "removed" in panel.status.text()


def test_disk_full_is_reported_and_nothing_is_lost(
    qtbot: Any,
    panel: EvidencePanel,
    vault: Vault,
    incident: int,
    files: Path,
    strict_dialogs: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = files / "one.txt"
    second = files / "two.txt"
    third = files / "three.txt"
    for p in (first, second, third):
        p.write_text(p.stem, encoding="utf-8")
    real = EvidenceStore._write_blob

    def full_after_first(self: EvidenceStore, src: Any, tmp: Path, *a: Any, **kw: Any) -> Any:
        if Path(src.name).name != "one.txt":
            tmp.write_bytes(b"partial")
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, src, tmp, *a, **kw)

    monkeypatch.setattr(EvidenceStore, "_write_blob", full_after_first)
    Dialogs.next_answers.extend([[str(first), str(second), str(third)], False])
    panel.add_files()
    wait_idle(qtbot, panel)
    assert names(vault, incident) == ["one.txt"]
    _title, text = strict_dialogs[-1]
    assert "two.txt" in text and "three.txt" in text
    assert "disk is full" in text
    assert "Nothing was lost" in text
    assert all(p.exists() for p in (first, second, third))
    assert [p.name for p in vault.evidence_dir.iterdir()] == [
        EvidenceStore(vault).list(incident)[0].blob_id
    ]


def test_a_folder_is_reported_not_imported(
    qtbot: Any,
    panel: EvidencePanel,
    vault: Vault,
    incident: int,
    files: Path,
    strict_dialogs: list[tuple[str, str]],
) -> None:
    folder = files / "screenshots"
    folder.mkdir()
    panel.import_paths([folder])
    wait_idle(qtbot, panel)
    assert names(vault, incident) == []
    assert "screenshots" in strict_dialogs[-1][1]


def test_cancel_an_import(
    qtbot: Any, panel: EvidencePanel, vault: Vault, incident: int, files: Path
) -> None:
    big = files / "screen-recording.webm"
    with open(big, "wb") as f:
        for _ in range(64):
            f.write(os.urandom(1024 * 1024))
    panel.import_paths([big])
    assert panel.busy_now()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    assert names(vault, incident) == []
    assert "Cancelled" in panel.status.text()
    assert list(vault.evidence_dir.iterdir()) == []
    assert big.exists()


# -- paste ---------------------------------------------------------------------------------
def test_paste_a_screenshot_never_touches_the_disk(
    qtbot: Any,
    panel: EvidencePanel,
    vault: Vault,
    incident: int,
    sandbox: dict[str, Path],
) -> None:
    shot = QImage(640, 400, QImage.Format.Format_RGB32)
    shot.fill(QColor("#1e88e5"))
    QApplication.clipboard().setImage(shot)
    before = snapshot(sandbox["home"], sandbox["tmp"])
    blobs_before = set(vault.evidence_dir.iterdir())
    Dialogs.next_answers.append(
        {"source": "https://t.me/some_channel/1234", "when": "08.03.2024 21:14"}
    )
    panel.window().activateWindow()
    qtbot.waitUntil(lambda: panel.window().isActiveWindow())
    target = panel.pages.currentWidget()  # the empty drop zone takes focus, for Ctrl+V
    assert target is panel.placeholder
    target.setFocus()
    with qtbot.waitSignal(panel.changed, timeout=WAIT_MS):
        qtbot.keyClick(target, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, panel)
    assert not Dialogs.next_answers
    assert snapshot(sandbox["home"], sandbox["tmp"]) == before
    (info,) = EvidenceStore(vault).list(incident)
    assert info.type == "image/png"
    assert info.name == "fake-advert-with-my-phone-number-2024-03-08-2114.png"
    assert info.source_url == "https://t.me/some_channel/1234"
    assert info.captured_at == "2024-03-08T21:14"
    (blob,) = set(vault.evidence_dir.iterdir()) - blobs_before
    assert b"\x89PNG" not in blob.read_bytes()  # only ciphertext on disk
    with EvidenceStore(vault).open(info.id) as reader:
        back = QImage.fromData(reader.read())
    assert back.size() == shot.size()
    assert back.pixelColor(10, 10) == QColor("#1e88e5")
    assert "SHA-256" in panel.details.full_text()
    assert "t.me/some_channel" in panel.details.full_text()


def test_paste_asks_again_for_a_bad_date_and_both_answers_are_optional(
    qtbot: Any,
    panel: EvidencePanel,
    vault: Vault,
    incident: int,
    strict_dialogs: list[tuple[str, str]],
) -> None:
    shot = QImage(50, 40, QImage.Format.Format_RGB32)
    shot.fill(QColor("white"))
    QApplication.clipboard().setImage(shot)
    Dialogs.next_answers.extend([{"when": "last Tuesday"}, {"when": ""}])
    panel.paste_button.click()
    wait_idle(qtbot, panel)
    assert [title for title, _ in strict_dialogs] == ["Please check the answers"]
    assert "last Tuesday" in strict_dialogs[0][1]
    (info,) = EvidenceStore(vault).list(incident)
    assert info.source_url is None
    assert info.captured_at is None


def test_paste_asks_again_for_a_too_long_address_not_for_the_date(
    qtbot: Any,
    panel: EvidencePanel,
    vault: Vault,
    incident: int,
    strict_dialogs: list[tuple[str, str]],
) -> None:
    from app.evidence.intake import MAX_SOURCE_URL

    shot = QImage(50, 40, QImage.Format.Format_RGB32)
    shot.fill(QColor("white"))
    QApplication.clipboard().setImage(shot)
    too_long = "https://t.me/" + "x" * MAX_SOURCE_URL
    # one question; refused for the address, asked again with the answers kept
    when = "2024-03-08 21:14"
    Dialogs.next_answers.extend(
        [{"source": too_long, "when": when}, {"source": "https://t.me/c/1", "when": when}]
    )
    panel.paste_button.click()
    wait_idle(qtbot, panel)
    assert not Dialogs.next_answers
    assert [title for title, _ in strict_dialogs] == ["Please check the answers"]
    assert "too long" in strict_dialogs[0][1]
    (info,) = EvidenceStore(vault).list(incident)
    assert info.source_url == "https://t.me/c/1"
    assert info.captured_at is not None and info.captured_at.startswith("2024-03-08")


def test_paste_cancelled_or_without_a_picture(
    panel: EvidencePanel, vault: Vault, incident: int, strict_dialogs: list[tuple[str, str]]
) -> None:
    QApplication.clipboard().setText("not a picture")
    panel.paste_screenshot()
    assert "Nothing to paste" in strict_dialogs[-1][0]
    shot = QImage(10, 10, QImage.Format.Format_RGB32)
    shot.fill(QColor("black"))
    QApplication.clipboard().setImage(shot)
    Dialogs.next_answers.append(None)  # Cancel on the first question
    panel.paste_screenshot()
    assert not panel.busy_now()
    assert names(vault, incident) == []


# -- thumbnails and previews ----------------------------------------------------------------
def test_thumbnails_are_made_in_memory_and_dropped_on_clear(
    qtbot: Any, panel: EvidencePanel, vault: Vault, incident: int, files: Path
) -> None:
    png_file(files / "big.png", 3000, 2000, "#8e24aa")
    (files / "doc.txt").write_text("text", encoding="utf-8")
    import_and_wait(qtbot, panel, [files / "big.png", files / "doc.txt"])
    by_name = {e.name: e for e in EvidenceStore(vault).list(incident)}
    qtbot.waitUntil(lambda: panel.has_thumbnail(by_name["big.png"].id), timeout=WAIT_MS)
    pixmap = panel._thumbnails[by_name["big.png"].id]
    assert max(pixmap.width(), pixmap.height()) <= 256  # decoded small, not at 3000 px
    assert not panel.has_thumbnail(by_name["doc.txt"].id)
    panel.clear()
    assert panel._thumbnails == {}
    assert panel.model.rowCount() == 0


def open_preview(qtbot: Any, panel: EvidencePanel, name: str) -> EvidencePreview:
    select_name(panel, name)
    panel.preview()
    (dlg,) = panel.open_previews()
    qtbot.waitUntil(
        lambda: (
            dlg.content is not None
            or (dlg.stack.currentWidget() is dlg.message and "Decrypting" not in dlg.message.text())
        ),
        timeout=WAIT_MS,
    )
    return dlg


def test_preview_png_pdf_text_and_other(
    qtbot: Any,
    panel: EvidencePanel,
    vault: Vault,
    incident: int,
    files: Path,
    sandbox: dict[str, Path],
) -> None:
    png_file(files / "threat.png", 800, 600, "#43a047")
    (files / "report.pdf").write_bytes(pdf_bytes(2))
    (files / "chat.json").write_text('{"from": "unknown", "text": "pay or else"}', "utf-8")
    (files / "voice.ogg").write_bytes(b"OggS" + os.urandom(5000))
    import_and_wait(
        qtbot,
        panel,
        [files / n for n in ("threat.png", "report.pdf", "chat.json", "voice.ogg")],
    )
    before = snapshot(sandbox["home"], sandbox["tmp"])

    dlg = open_preview(qtbot, panel, "threat.png")
    assert isinstance(dlg.content, ImageView)
    image = dlg.content.image()
    assert image is not None and image.size().width() == 800
    assert dlg.windowTitle() == "Preview"  # the file name stays out of the task bar
    dlg.grab()
    dlg.close()
    qtbot.waitUntil(lambda: not panel.open_previews())

    dlg = open_preview(qtbot, panel, "report.pdf")
    from PySide6.QtPdfWidgets import QPdfView

    assert isinstance(dlg.content, QPdfView)
    assert dlg.content.document().pageCount() == 2
    assert "2" in dlg.note.text()
    dlg.close()
    qtbot.waitUntil(lambda: not panel.open_previews())

    dlg = open_preview(qtbot, panel, "chat.json")
    assert isinstance(dlg.content, QPlainTextEdit)
    assert dlg.content.isReadOnly()
    assert "pay or else" in dlg.content.toPlainText()
    dlg.close()
    qtbot.waitUntil(lambda: not panel.open_previews())

    dlg = open_preview(qtbot, panel, "voice.ogg")
    assert dlg.content is None
    assert "No preview" in dlg.message.text()
    dlg.close()

    assert snapshot(sandbox["home"], sandbox["tmp"]) == before


def test_a_long_text_preview_shows_the_first_5_mb(
    qtbot: Any, panel: EvidencePanel, files: Path
) -> None:
    big = files / "chat-export.txt"
    line = "2024-03-08 21:14 unknown: we know where you live\n"
    big.write_text(line * (6 * 1024 * 1024 // len(line)), encoding="utf-8")
    import_and_wait(qtbot, panel, [big])
    dlg = open_preview(qtbot, panel, "chat-export.txt")
    assert isinstance(dlg.content, QPlainTextEdit)
    assert len(dlg.content.toPlainText()) <= 5 * 1024 * 1024
    assert "first 5 MB" in dlg.note.text()
    dlg.close()


def test_locking_closes_previews(qtbot: Any, panel: EvidencePanel, files: Path) -> None:
    png_file(files / "photo.png")
    import_and_wait(qtbot, panel, [files / "photo.png"])
    dlg = open_preview(qtbot, panel, "photo.png")
    assert dlg.isVisible()
    panel.on_vault_locking()
    assert not dlg.isVisible()
    assert dlg.content is None
    assert panel.open_previews() == []
    assert panel.model.rowCount() == 0


# -- copy out, clipboard, delete -------------------------------------------------------------
def test_save_a_copy_warns_first_then_writes(
    qtbot: Any, panel: EvidencePanel, files: Path, sandbox: dict[str, Path]
) -> None:
    original = png_file(files / "advert.png")
    import_and_wait(qtbot, panel, [original])
    select_name(panel, "advert.png")
    dest = sandbox["home"] / "copy-of-advert.png"

    asked: list[str] = []
    real_ask = Dialogs.ask.__func__  # type: ignore[attr-defined]

    def ask(cls: type[Dialogs], parent: Any, title: str, text: str, **kw: Any) -> bool:
        asked.append(text)
        return bool(real_ask(cls, parent, title, text, **kw))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Dialogs, "ask", classmethod(ask))
        Dialogs.next_answers.append(False)  # declines the warning: no file dialog at all
        panel.save_copy()
        assert not panel.busy_now() and not dest.exists()
        Dialogs.next_answers.extend([True, str(dest)])
        panel.save_copy()
        wait_idle(qtbot, panel)
    assert "NOT be encrypted" in asked[0]
    assert dest.read_bytes() == original.read_bytes()
    assert "Unencrypted copy saved" in panel.status.text()


def test_copy_hash_goes_through_the_window_clipboard(
    qtbot: Any, panel: EvidencePanel, vault: Vault, incident: int, files: Path
) -> None:
    import_and_wait(qtbot, panel, [png_file(files / "a.png")])
    select_name(panel, "a.png")
    panel.copy_hash_action.trigger()
    (info,) = EvidenceStore(vault).list(incident)
    assert QApplication.clipboard().text() == info.sha256
    host = panel.window()
    assert isinstance(host, Host)
    assert host.clipboard._ours == info.sha256  # so it is cleared on the timer and on lock
    host.clipboard.clear_ours()


def test_delete_asks_then_deletes(
    qtbot: Any, panel: EvidencePanel, vault: Vault, incident: int, files: Path
) -> None:
    import_and_wait(qtbot, panel, [png_file(files / "a.png"), png_file(files / "b.png")])
    select_name(panel, "a.png")
    Dialogs.next_answers.append(False)
    panel.delete_action.trigger()
    assert names(vault, incident) == ["a.png", "b.png"]
    select_name(panel, "a.png")
    Dialogs.next_answers.append(True)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert names(vault, incident) == ["b.png"]
    assert panel.model.rowCount() == 1
    assert len(list(vault.evidence_dir.iterdir())) == 1


def test_switching_incidents_shows_their_own_evidence(
    qtbot: Any, panel: EvidencePanel, vault: Vault, incident: int, files: Path
) -> None:
    import_and_wait(qtbot, panel, [png_file(files / "a.png")])
    other = IncidentStore(vault).create(IncidentRecord(title="Smear on TV"))
    panel.set_incident(other)
    assert panel.model.rowCount() == 0
    panel.set_incident(incident)
    assert panel.model.rowCount() == 1


# -- in the real window --------------------------------------------------------------------
def test_in_the_main_window_lock_drops_everything(
    qtbot: Any, sandbox: dict[str, Path], strict_dialogs: Any, files: Path
) -> None:
    from ui.main_window import MainWindow

    v, _ = Vault.create(sandbox["vault"], PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    incident = IncidentStore(v).create(IncidentRecord(title="Hacked account"))
    window = MainWindow(sandbox["vault"])
    qtbot.addWidget(window)
    window._unlocked(v)
    window.diary.refresh(select=incident)
    panel = window.evidence
    assert panel.incident_id == incident
    Dialogs.next_answers.extend([[str(png_file(files / "photo.png"))], False])
    window.add_evidence()
    wait_idle(qtbot, panel)
    qtbot.waitUntil(lambda: not panel.thumbnails_pending(), timeout=WAIT_MS)
    assert panel.model.rowCount() == 1
    select_name(panel, "photo.png")
    dlg = open_preview(qtbot, panel, "photo.png")
    settle(qtbot)
    window.lock()
    assert not dlg.isVisible()
    assert panel.model.rowCount() == 0 and panel._thumbnails == {}
    assert panel.vault is None
