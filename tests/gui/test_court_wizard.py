"""The export wizard's "For a court" option makes the court annex (issue 14)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.age import generate_identity
from app.bundle.receive import open_zip
from app.contacts.book import ContactBook
from app.evidence.store import EvidenceStore
from app.vault.vault import Vault
from tests.gui.test_sharing import diary, host, ids_by_title, open_wizard, seal
from ui.dialogs import Dialogs

__all__ = ["diary", "host"]  # the fixtures, shared with test_sharing


def _seal(qtbot, vault: Vault, host: QWidget, out: Path, court: bool) -> list[dict]:  # type: ignore[no-untyped-def]
    identity = generate_identity()
    ContactBook(vault).add("Org", identity.recipient.encode())
    ids = sorted(ids_by_title(vault).values())
    for i in ids:
        EvidenceStore(vault).import_stream(i, io.BytesIO(b"photo %d" % i), "photo.jpg")
    wizard = open_wizard(qtbot, vault, host, ids)
    wizard.select_page.court.setChecked(court)
    wizard.next()
    Dialogs.next_answers.append(True)  # unverified: seal anyway
    wizard.next()
    wizard.next()
    seal(qtbot, wizard, out)
    assert wizard.result_state == "done"
    with open_zip(out, [identity]) as zf:
        return json.loads(zf.read("manifest.json"))["incidents"]


def test_the_court_option_numbers_the_bundle(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget, tmp_path: Path
) -> None:
    incidents = _seal(qtbot, diary, host, tmp_path / "court.age", court=True)
    assert [i["number"] for i in incidents] == list(range(1, len(incidents) + 1))
    dates = [i["occurred_at"] or "9999" for i in incidents]
    assert dates == sorted(dates)


def test_without_the_option_no_numbers(  # type: ignore[no-untyped-def]
    qtbot, diary: Vault, host: QWidget, tmp_path: Path
) -> None:
    incidents = _seal(qtbot, diary, host, tmp_path / "plain.age", court=False)
    assert all("number" not in i for i in incidents)
