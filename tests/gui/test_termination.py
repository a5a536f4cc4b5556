"""A shutdown or ``kill`` (SIGTERM) closes Quire as its close button would: the text being
typed is kept as an encrypted draft, the diary locks, and no temporary folder is left."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.incidents.drafts import DraftStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
]
REPO = Path(__file__).resolve().parents[2]
TITLE = "Zəng: «sənə nə olacağını bilirsən» — typed, never saved"

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import privacy
privacy.harden_process()
app = QApplication([])
from ui.editor.incident_editor import IncidentEditor
from ui.main_window import MainWindow
w = MainWindow(Path(sys.argv[1]))
w.show()
notifier = privacy.close_on_termination(app, w)
w.unlock_page.passphrase.setText(sys.argv[2])
w.unlock_page.try_unlock()
def type_when_unlocked():
    if w.vault is None:
        QTimer.singleShot(50, type_when_unlocked)
        return
    w.new_incident()
    (editor,) = [e for e in w.findChildren(IncidentEditor) if e.isVisible()]
    editor.form.title.insert(sys.argv[3])  # no save, and before the draft debounce
    print("READY", flush=True)
QTimer.singleShot(50, type_when_unlocked)
sys.exit(app.exec())
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_closes_the_app_and_keeps_the_draft(tmp_path: Path, sig: int) -> None:
    home, tmp = tmp_path / "vault", tmp_path / "tmp"
    tmp.mkdir()
    Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0].lock()
    env = {
        **os.environ,
        "TMPDIR": str(tmp),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "QUIRE_INSECURE_TEST_KDF": "1",
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(home), PASSPHRASE, TITLE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 60)  # never hang the suite
        assert ready, "the app did not get to the editor within 60 s"
        assert proc.stdout.readline().strip() == "READY"
        proc.send_signal(sig)
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert code == 0, proc.stderr.read() if proc.stderr else ""
    assert list(tmp.iterdir()) == [], "the Qt settings folder was left behind"
    with unlock_vault(home, PASSPHRASE) as vault:  # the open-vault lock was released
        (draft,) = DraftStore(vault).list()
    assert draft.fields["record"]["title"] == TITLE
