"""The editor's drop and paste zone: files added while a new incident is written wait
encrypted in its draft (through an auto-lock) and become its evidence when it is saved."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from app.access import unlock_vault
from app.evidence.store import EvidenceStore
from app.incidents.drafts import DraftStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.dialogs import Dialogs
from ui.editor.incident_editor import IncidentEditor

pytestmark = pytest.mark.gui

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16


@pytest.fixture
def editors(qtbot: Any) -> Iterator[list[IncidentEditor]]:
    made: list[IncidentEditor] = []
    yield made
    for editor in made:
        if isValid(editor):
            editor._closing = True
            editor.close()
    QApplication.processEvents()


def _open(editors: list[IncidentEditor], vault: Vault, **kwargs: Any) -> IncidentEditor:
    editor = IncidentEditor(vault, None, None, **kwargs)
    editor.resize(1024, 640)
    editor.show()
    editors.append(editor)
    return editor


def _files(tmp_path: Path) -> list[Path]:
    shot = tmp_path / "shot.png"
    shot.write_bytes(PNG)
    note = tmp_path / "chat.txt"
    note.write_text("they wrote at 23:15", encoding="utf-8")
    return [shot, note]


def _drop(qtbot: Any, editor: IncidentEditor, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    zone = editor.evidence_zone
    assert zone.intake.accepts(mime)
    assert zone.intake.drop(mime)
    qtbot.waitUntil(lambda: not zone.busy(), timeout=10_000)


def _save(qtbot: Any, editor: IncidentEditor) -> int:
    with qtbot.waitSignal(editor.saved, timeout=5000) as blocker:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    return int(blocker.args[0])


def test_files_dropped_into_a_new_incident_wait_then_go_in(
    qtbot: Any, vault: Vault, editors: list[IncidentEditor], tmp_path: Path
) -> None:
    editor = _open(editors, vault)
    editor.form.title.setText("Threat")
    paths = _files(tmp_path)
    _drop(qtbot, editor, paths)
    zone = editor.evidence_zone
    assert zone.list.count() == 2 and "shot.png" in zone.list.item(0).text()
    assert editor.draft_id is not None and editor.is_dirty()
    assert [f.name for f in DraftStore(vault).files(editor.draft_id)] == ["shot.png", "chat.txt"]
    assert vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
    incident_id = _save(qtbot, editor)
    got = EvidenceStore(vault).list(incident_id)
    assert [e.name for e in got] == ["shot.png", "chat.txt"]
    assert got[0].sha256 == hashlib.sha256(PNG).hexdigest()
    assert DraftStore(vault).count() == 0
    assert vault.db.execute("SELECT count(*) FROM draft_files").fetchone()[0] == 0
    assert all(p.exists() for p in paths)  # the originals are the person's


def test_a_pasted_screenshot_is_named_from_the_incident_and_time(
    qtbot: Any, vault: Vault, editors: list[IncidentEditor], home: Path
) -> None:
    editor = _open(editors, vault)
    editor.form.title.setText("Threat")
    shot = QImage(64, 48, QImage.Format.Format_RGB32)
    shot.fill(QColor("#43a047"))
    QApplication.clipboard().setImage(shot)
    Dialogs.next_answers.append({"source": "https://t.me/x/5", "when": "14.05.2025 23:15"})
    zone = editor.evidence_zone
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    zone.setFocus()
    qtbot.keyClick(zone, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: zone.list.count() == 1, timeout=10_000)
    assert not Dialogs.next_answers
    assert zone.list.item(0).text().startswith("threat-2025-05-14-2315.png")
    assert QApplication.clipboard().image().isNull()  # off the clipboard once kept
    for path in home.rglob("*"):  # only ciphertext on disk while it waits
        assert not path.is_file() or b"IHDR" not in path.read_bytes()
    incident_id = _save(qtbot, editor)
    (info,) = EvidenceStore(vault).list(incident_id)
    assert (info.name, info.type) == ("threat-2025-05-14-2315.png", "image/png")
    assert (info.source_url, info.captured_at) == ("https://t.me/x/5", "2025-05-14T23:15")


def test_waiting_files_survive_an_auto_lock(
    qtbot: Any, home: Path, vault: Vault, editors: list[IncidentEditor], tmp_path: Path
) -> None:
    editor = _open(editors, vault)
    editor.form.title.setText("Threat")
    _drop(qtbot, editor, _files(tmp_path)[:1])
    editor.on_vault_locking()
    assert editor.evidence_zone.list.count() == 0  # nothing shown once locked
    vault.lock()
    again = unlock_vault(home, PASSPHRASE)
    try:
        (draft,) = DraftStore(again).list()
        restored = _open(editors, again, draft=draft)
        assert restored.evidence_zone.list.count() == 1
        incident_id = _save(qtbot, restored)
        assert [e.name for e in EvidenceStore(again).list(incident_id)] == ["shot.png"]
    finally:
        for e in editors:
            if isValid(e):
                e._closing = True
                e.close()
        again.lock()


def test_closing_without_saving_throws_the_files_away(
    qtbot: Any, vault: Vault, editors: list[IncidentEditor], tmp_path: Path
) -> None:
    editor = _open(editors, vault)
    _drop(qtbot, editor, _files(tmp_path))
    assert editor.is_dirty()  # files alone are worth asking about
    Dialogs.next_answers.append(True)  # "Close without saving?" Yes
    editor.close()
    assert DraftStore(vault).count() == 0
    assert vault.db.execute("SELECT count(*) FROM draft_files").fetchone()[0] == 0


def test_removing_a_waiting_file(
    qtbot: Any, vault: Vault, editors: list[IncidentEditor], tmp_path: Path
) -> None:
    editor = _open(editors, vault)
    editor.form.title.setText("Threat")
    _drop(qtbot, editor, _files(tmp_path))
    zone = editor.evidence_zone
    zone.list.setCurrentRow(0)
    zone.remove_button.click()
    assert [zone.list.item(i).text().split(" — ")[0] for i in range(zone.list.count())] == [
        "chat.txt"
    ]
    incident_id = _save(qtbot, editor)
    assert [e.name for e in EvidenceStore(vault).list(incident_id)] == ["chat.txt"]


def test_a_folder_or_a_too_big_file_is_refused_in_words(
    qtbot: Any,
    vault: Vault,
    editors: list[IncidentEditor],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        Dialogs, "inform", classmethod(lambda cls, p, title, text, **k: told.append((title, text)))
    )
    import app.incidents.drafts as drafts_module

    monkeypatch.setattr(drafts_module, "DRAFT_FILE_LIMIT", 100)
    editor = _open(editors, vault)
    folder = tmp_path / "folder"
    folder.mkdir()
    _drop(qtbot, editor, [folder, *_files(tmp_path)])
    assert told and "folder" in told[0][1] and "shot.png" in told[0][1]
    assert "larger than" in told[0][1]
    assert editor.evidence_zone.list.count() == 1  # chat.txt is small enough


def test_the_online_threat_template_asks_for_the_platform_and_the_link(
    vault: Vault, editors: list[IncidentEditor]
) -> None:
    from app.incidents import templates

    editor = _open(editors, vault)
    editor.choose_template("online_threat")
    online = editor.form.sections["online"]
    assert online.is_expanded() and not online.suggested.isHidden()
    assert not editor.form.platforms.isHidden() and not editor.form.links.add_button.isHidden()
    assert editor.form.categories["threat"].isChecked()
    questions = " ".join(editor.guide.question_texts(templates.template("online_threat")))
    assert "platform" in questions and "link" in questions
    assert "platform" in editor.form.narrative.placeholderText()


def test_ctrl_v_with_a_screenshot_in_the_narrative_adds_it(
    qtbot: Any, vault: Vault, editors: list[IncidentEditor]
) -> None:
    editor = _open(editors, vault)
    editor.form.title.setText("Threat")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    shot = QImage(32, 24, QImage.Format.Format_RGB32)
    shot.fill(QColor("#fb8c00"))
    QApplication.clipboard().setImage(shot)
    Dialogs.next_answers.append({})
    editor.form.narrative.setFocus()
    qtbot.keyClick(editor.form.narrative, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.evidence_zone.list.count() == 1, timeout=10_000)
    assert editor.form.narrative.toPlainText() == ""
    QApplication.clipboard().setText("words")  # text on the clipboard: an ordinary paste
    qtbot.keyClick(editor.form.narrative, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.form.narrative.toPlainText() == "words"
    assert editor.evidence_zone.list.count() == 1


def test_the_draft_offer_after_unlock_names_the_waiting_files(
    qtbot: Any, vault: Vault, editors: list[IncidentEditor], tmp_path: Path
) -> None:
    from app.incidents.store import IncidentStore
    from ui.editor.drafts_offer import describe, offer_drafts

    editor = _open(editors, vault)
    editor.form.title.setText("Threat")
    _drop(qtbot, editor, _files(tmp_path))
    editor.on_vault_locking()
    (draft,) = DraftStore(vault).list()
    text = describe(draft, IncidentStore(vault))
    assert "“Threat”" in text and "2 files waiting" in text
    asked: list[str] = []

    def ask(cls: Any, parent: Any, title: str, question: str, **_k: Any) -> bool:
        asked.append(question)
        return len(asked) == 2  # No to "continue", Yes to "discard"

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Dialogs, "ask", classmethod(ask))
        assert offer_drafts(QWidget(), vault) == []
    assert "2 files waiting with it are deleted too" in asked[1]
    assert DraftStore(vault).count() == 0
    assert vault.db.execute("SELECT count(*) FROM draft_files").fetchone()[0] == 0


def test_a_failed_move_keeps_the_files_and_saving_again_adds_them(
    qtbot: Any,
    vault: Vault,
    editors: list[IncidentEditor],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.editor.incident_editor as module
    from app.errors import QuireError
    from app.incidents.store import IncidentStore

    real = module.move_draft_files
    gate = threading.Event()

    def failing(*args: Any, **kwargs: Any) -> Any:
        gate.wait(5)
        raise QuireError("Not enough disk space to store this file; nothing was saved.")

    monkeypatch.setattr(module, "move_draft_files", failing)
    editor = _open(editors, vault)
    editor.form.title.setText("Threat")
    _drop(qtbot, editor, _files(tmp_path))
    incident_id = editor.save()
    assert incident_id is not None
    editor.close()  # refused while the files go in
    assert editor.isVisible() and not editor.save_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: editor.error.isVisibleTo(editor), timeout=5000)
    assert "disk space" in editor.error.text() and editor.isVisible()
    (draft,) = DraftStore(vault).list()
    assert draft.incident_id == incident_id and len(DraftStore(vault).files(draft.id)) == 2
    monkeypatch.setattr(module, "move_draft_files", real)
    assert _save(qtbot, editor) == incident_id
    assert [e.name for e in EvidenceStore(vault).list(incident_id)] == ["shot.png", "chat.txt"]
    assert len(IncidentStore(vault).list()) == 1 and DraftStore(vault).count() == 0
