"""The Actors window (issue 14), driven with pytest-qt on a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel

from app.actors.store import ActorStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.actors.actors_window import ActorsWindow
from ui.dialogs import Dialogs

pytestmark = pytest.mark.gui


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    store = IncidentStore(v)
    for when, name, ident in (
        ("2025-01-05", "Rauf", "+994 55 000 47 12"),
        ("2025-02-07", "", "0550004712"),
        ("2025-03-09", "Qara Xəbər", "https://t.me/qara_xeber"),
    ):
        store.create(
            IncidentRecord.from_dict(
                {
                    "title": f"Incident of {when}",
                    "occurred_at": when,
                    "perpetrators": [{"kind": "person", "name": name, "identifiers": [ident]}],
                }
            )
        )
    yield v
    v.lock()


def _window(qtbot: Any, vault: Vault) -> ActorsWindow:
    window = ActorsWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_one_view_per_actor_with_identifiers_and_timeline(qtbot: Any, vault: Vault) -> None:
    window = _window(qtbot, vault)
    assert window.list.count() == 2
    window.search.setText("055 000 47 12")  # another spelling of the number
    assert window.list.count() == 1
    assert window.current is not None and window.current.names == ["Rauf"]
    assert window.identifiers.rowCount() == 1
    assert window.identifiers.item(0, 1).text() == "+994 55 000 47 12"
    assert window.identifiers.item(0, 2).text() == "2025-01-05"
    assert window.identifiers.item(0, 3).text() == "2025-02-07"
    assert [window.timeline.item(r, 0).text() for r in range(window.timeline.rowCount())] == [
        "2025-01-05",
        "2025-02-07",
    ]
    opened: list[int] = []
    window.incident_requested.connect(opened.append)
    window._open_row(1, 0)
    assert opened == [2]
    window.search.setText("@qara_xeber")  # the t.me link's handle
    assert window.list.count() == 1 and window.current.names == ["Qara Xəbər"]


def test_identifiers_merge_and_split_from_the_window(qtbot: Any, vault: Vault) -> None:
    window = _window(qtbot, vault)
    window.search.setText("Rauf")
    rauf = window.current
    assert rauf is not None
    assert not window.add_identifier("phone", "not a number")
    assert "not a phone number" in window.message.text()
    assert window.add_identifier("handle", "@Rauf.M", "Instagram")
    assert window.identifiers.rowCount() == 2
    other = next(a.id for a in ActorStore(vault).all() if a.id != rauf.id)
    Dialogs.next_answers.append(other)
    window.ask_merge()
    assert [a.id for a in ActorStore(vault).all()] == [rauf.id]
    assert len(ActorStore(vault).get(rauf.id).incidents) == 3
    window.search.clear()
    window.select_actor(rauf.id)
    # Split the handle off again.
    row = next(
        r
        for r in range(window.identifiers.rowCount())
        if window.identifiers.item(r, 1).text() == "@Rauf.M"
    )
    window.identifiers.selectionModel().select(
        window.identifiers.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.split_chosen()
    assert len(ActorStore(vault).all()) == 2
    assert ActorStore(vault).search("@rauf.m") == [window.current.id] != [rauf.id]


def test_hiding_the_window_drops_what_it_showed(qtbot: Any, vault: Vault) -> None:
    window = _window(qtbot, vault)
    assert window.timeline.rowCount() > 0
    window.hide()
    assert window.list.count() == 0 and window.timeline.rowCount() == 0
    assert window.store is None and window.title.text() == ""


def test_the_main_window_opens_actors_and_the_org_key_and_reminds_of_complaints(
    qtbot: Any, tmp_path: Path
) -> None:
    from app.complaints.store import ComplaintStore
    from ui.main_window import MainWindow
    from ui.sharing.org_key import OrgKeyDialog

    home = tmp_path / "diary"
    v, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    incident = IncidentStore(v).create(
        IncidentRecord.from_dict(
            {
                "title": "Calls",
                "occurred_at": "2025-01-05",
                "perpetrators": [{"kind": "person", "name": "Rauf", "identifiers": []}],
            }
        )
    )
    ComplaintStore(v).add(incident, "police", "2025-01-06", remind_on="2025-02-01")
    v.lock()
    w = MainWindow(home)
    qtbot.addWidget(w)
    w.show()
    assert w.act_org_key.isEnabled() and not w.act_actors.isEnabled()  # locked: no diary
    w.act_org_key.trigger()
    assert w.findChild(OrgKeyDialog) is not None
    w.unlock_page.passphrase.setText(PASSPHRASE)
    w.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
    # "1 complaint … still has no answer" once the English plurals are installed
    reminder = w.backup_reminder.text()
    assert "no answer (incidents: " in reminder and str(incident) in reminder
    w.act_actors.trigger()
    actors = w.findChild(ActorsWindow)
    assert actors is not None and actors.list.count() == 1
    w.settings.discreet_mode = True
    w.apply_settings()
    assert "no answer" not in w.backup_reminder.text()
    w.lock()
    assert actors.store is None  # closed and emptied with the lock
