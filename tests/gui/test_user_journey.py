"""The whole path as a user walks it, in the real window: create the diary, record an
incident, attach evidence, search and filter, edit and see the revision, seal a bundle for
an organisation and open it as the receiver, then lock (shortcut and idle), with the
clipboard cleared and discreet mode on. Finally, nothing of it is left on disk in plaintext.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.age import format_identity_file, generate_identity
from app.incidents.store import IncidentStore
from tests.gui.test_sharing import WAIT_MS, open_in_receiver, open_wizard, seal
from ui.dialogs import Dialogs
from ui.editor.incident_editor import IncidentEditor
from ui.main_window import MainWindow

PASS = "dağ çay gecə ulduz 7"
CANARY = "QuireJourneyCanary5531"


def _editor(win: MainWindow) -> IncidentEditor:
    (editor,) = [e for e in win.findChildren(IncidentEditor) if e.isVisible()]
    return editor


@pytest.mark.gui
def test_the_whole_path(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_home = tmp_path / "home"
    fake_tmp = tmp_path / "tmp"
    for d in (fake_home, fake_tmp):
        d.mkdir()
    monkeypatch.setenv("HOME", str(fake_home))
    monkeypatch.setenv("TMPDIR", str(fake_tmp))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(fake_home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(fake_home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(fake_home / ".local" / "share"))
    home = fake_home / ".local" / "share" / "Quire"

    win = MainWindow(home)
    qtbot.addWidget(win)
    win.show()

    # 1. First run: the honest welcome, then the passphrase twice.
    assert win.stack.currentWidget() is win.welcome
    win.welcome.steps.setCurrentIndex(1)
    qtbot.keyClicks(win.welcome.pass1, "weak")
    assert not win.welcome.create_button.isEnabled()
    assert not win.welcome.next_button.isEnabled()
    win.welcome.pass1.setText(PASS)
    win.welcome.pass2.setText(PASS)
    assert win.welcome.meter.value() >= 3
    qtbot.mouseClick(win.welcome.next_button, Qt.MouseButton.LeftButton)
    win.welcome.practice.setText(PASS)  # one practice retype, from memory (keyClicks: Latin-1 only)
    qtbot.mouseClick(win.welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.vault is not None, timeout=WAIT_MS)
    assert win.stack.currentWidget() is win.diary_host

    # 2. A new incident through the editor.
    win.act_new.trigger()
    editor = _editor(win)
    qtbot.keyClicks(editor.form.title, f"Blackmail in DMs {CANARY}")
    editor.form.categories["blackmail"].setChecked(True)
    editor.form.severity.setCurrentIndex(editor.form.severity.findData(4))
    editor.form.narrative.setPlainText(f"Onlar hədələdilər: şəkillərini yayacağıq. {CANARY}")
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    incident_id = int(saved.args[0])
    qtbot.waitUntil(lambda: win.diary.current_id() == incident_id, timeout=WAIT_MS)
    assert CANARY in win.diary.detail.toPlainText()

    # 3. Evidence through the panel (Qt's own file dialog, answered by the test).
    outside = tmp_path / "outside"
    outside.mkdir()
    shot = outside / "dm-screenshot.png"
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3f51b5"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    shot.write_bytes(bytes(buffer.data()) + CANARY.encode())  # bytes after IEND: ignored
    Dialogs.next_answers.extend([[str(shot)], False])  # the file; keep the original
    win.act_evidence.trigger()
    qtbot.waitUntil(lambda: win.evidence.model.rowCount() == 1, timeout=WAIT_MS)

    # 4. Search as you type (folded Azerbaijani) and filter.
    other = IncidentStore(win.vault).create(
        __import__("app.incidents.record", fromlist=["IncidentRecord"]).IncidentRecord.from_dict(
            {"title": "March dispersed", "categories": ["physical"], "severity": 2}
        )
    )
    win.diary.refresh()
    qtbot.waitUntil(lambda: win.diary.model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.keyClicks(win.diary.search, "hedelediler")
    qtbot.waitUntil(lambda: win.diary.model.rowCount() == 1, timeout=WAIT_MS)
    assert win.diary.model.summary(0).id == incident_id
    win.diary.search.clear()
    qtbot.waitUntil(lambda: win.diary.model.rowCount() == 2, timeout=WAIT_MS)
    win.diary.category.setCurrentIndex(win.diary.category.findData("physical"))
    qtbot.waitUntil(lambda: win.diary.model.rowCount() == 1, timeout=WAIT_MS)
    assert win.diary.model.summary(0).id == other
    win.diary.reset_filters()
    qtbot.waitUntil(lambda: win.diary.model.rowCount() == 2, timeout=WAIT_MS)

    # 5. Edit and see the revision.
    win.diary.select(incident_id)
    win.act_edit.trigger()
    editor = _editor(win)
    editor.form.severity.setCurrentIndex(editor.form.severity.findData(5))
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    store = IncidentStore(win.vault)
    assert store.get(incident_id).revision_count == 2
    assert [r.record["severity"] for r in store.revisions(incident_id)] == [4, 5]

    # 6. Seal a bundle for an organisation, then open it as the receiver.
    org = generate_identity()
    key_file = outside / "org-key.txt"
    key_file.write_text(format_identity_file([org]), encoding="utf-8")
    wizard = open_wizard(qtbot, win.vault, win, [incident_id])
    wizard.next()
    rp = wizard.recipient_page
    rp.form.name.setText("Legal Aid Centre")
    rp.form.recipient.setText(org.recipient.encode())
    rp.form.add_button.click()
    Dialogs.next_answers.append(True)
    rp.card.verify_button.click()
    wizard.next()
    wizard.next()  # signing stays on
    bundle = fake_home / "for-lawyer.age"
    seal(qtbot, wizard, bundle)
    assert wizard.result_state == "done", wizard.error
    wizard.close()
    receiver = open_in_receiver(qtbot, win, bundle, key_file)
    assert "Every file matches" in receiver.status.text(), receiver.details.text()
    assert receiver.incident_list.count() == 1
    receiver.close()

    # 7. Clipboard: what Quire copies is cleared after the set time.
    win.clipboard.copy("hash to compare", 1)
    assert QApplication.clipboard().text() == "hash to compare"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=5000)

    # 8. Discreet mode: a neutral title, never the incident's.
    win.settings.discreet_mode = True
    win.apply_settings()
    assert win.windowTitle() == "Notes"
    assert CANARY not in win.windowTitle()

    # 9. The lock shortcut, then auto-lock when idle.
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.vault is None, timeout=WAIT_MS)
    assert win.stack.currentWidget() is win.unlock_page
    assert win.diary.model.rowCount() == 0
    assert CANARY not in win.diary.detail.toPlainText()
    win.unlock_page.passphrase.setText(PASS)
    win.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: win.vault is not None, timeout=WAIT_MS)
    win.inactivity.set_timeout_ms(300)
    qtbot.waitUntil(lambda: win.vault is None, timeout=5000)
    assert win.stack.currentWidget() is win.unlock_page
    win.close()

    # 10. Nothing typed or attached reached the disk outside the encrypted stores.
    shot.unlink()
    hits = []
    for root in (home, fake_home, fake_tmp):
        for path in root.rglob("*"):
            if path.is_file() and CANARY.encode() in path.read_bytes():
                hits.append(str(path))
    assert not hits, hits
    config = fake_home / ".config"
    leftovers = [p for p in config.rglob("*")] if config.exists() else []
    assert not [p for p in leftovers if p.name in ("QtProject.conf", "recently-used.xbel")]
    assert not (fake_home / ".local" / "share" / "recently-used.xbel").exists()
