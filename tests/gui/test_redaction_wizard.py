"""The export wizard's "leave out the originals of redacted copies" (issue 14)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from app.age import ScryptIdentity
from app.bundle.reader import verify_and_read
from app.evidence.redact import Region, make_redacted_copy
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from ui.dialogs import Dialogs
from ui.sharing import export_wizard as ew
from ui.worker import running_tasks

pytestmark = pytest.mark.gui

PASSPHRASE = "a calm and long test passphrase"
BUNDLE_PASSPHRASE = "seven quiet rivers under the old bridge"
WAIT_MS = 60_000


@pytest.fixture
def diary(qtbot: Any, tmp_path: Path) -> Iterator[tuple[Vault, int, str]]:
    """One incident with a picture and its redacted copy; the original's SHA-256."""
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    incident = IncidentStore(vault).create(
        IncidentRecord.from_dict({"title": "Private photos", "occurred_at": "2025-04-02"})
    )
    buffer = io.BytesIO()
    Image.new("RGB", (160, 120), (120, 60, 200)).save(buffer, format="PNG")
    original = EvidenceStore(vault).import_stream(incident, io.BytesIO(buffer.getvalue()), "p.png")
    make_redacted_copy(vault, original.id, [Region(0.1, 0.1, 0.5, 0.5)], "black")
    yield vault, incident, original.sha256
    for task in running_tasks():
        task.cancel()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=WAIT_MS)
    vault.lock()


def _seal(qtbot: Any, vault: Vault, incident: int, out: Path, without: bool) -> None:
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    wizard = ew.ExportWizard(vault, [incident], host)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.select_page.loaded, timeout=WAIT_MS)
    assert not wizard.select_page.without_originals.isChecked()  # the default keeps them
    wizard.select_page.without_originals.setChecked(without)
    wizard.next()
    rp = wizard.recipient_page
    rp.use_passphrase.setChecked(True)
    rp.pass1.setText(BUNDLE_PASSPHRASE)
    rp.pass2.setText(BUNDLE_PASSPHRASE)
    wizard.next()
    wizard.signing_page.sign.setChecked(False)
    wizard.next()
    Dialogs.next_answers.append(str(out))
    wizard.save_page.choose.click()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ew.SUMMARY, timeout=WAIT_MS)
    assert wizard.result_state == "done", wizard.error


def test_the_wizard_can_leave_the_originals_out(
    qtbot: Any, diary: tuple[Vault, int, str], tmp_path: Path
) -> None:
    vault, incident, original_sha = diary
    identity = [ScryptIdentity(BUNDLE_PASSPHRASE)]
    whole, copies = tmp_path / "whole.age", tmp_path / "copies.age"
    _seal(qtbot, vault, incident, whole, without=False)
    _seal(qtbot, vault, incident, copies, without=True)
    (doc,) = verify_and_read(whole, identity).incidents
    assert [e["name"] for e in doc["evidence"]] == ["p.png", "p-redacted.png"]
    opened = verify_and_read(copies, identity)
    (doc,) = opened.incidents
    (item,) = doc["evidence"]
    assert item["name"] == "p-redacted.png"
    assert item["derived_from"]["original_id"] is None
    assert item["derived_from"]["original_sha256"] == original_sha
    paths = [f["path"] for f in opened.check.manifest["files"] if f["kind"] == "evidence"]
    assert len(paths) == 1 and paths[0].endswith("p-redacted.png")
