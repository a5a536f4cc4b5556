"""The diary's "N shown of M incidents": the rows show first, the total is counted in a
worker (a ``count(*)`` reads the whole index: 30-145 ms at 100,000 incidents, which the
first rows after the unlock waited for on the GUI thread)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _record(title: str) -> IncidentRecord:
    return IncidentRecord.from_dict({"title": title, "occurred_at": "2025-01-02"})


@pytest.fixture
def counted_on(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each count of the diary: whether it ran on the GUI (main) thread."""
    where: list[bool] = []
    real = IncidentStore.count

    def count(store: IncidentStore, **kwargs: Any) -> int:
        where.append(threading.current_thread() is threading.main_thread())
        return real(store, **kwargs)

    monkeypatch.setattr(IncidentStore, "count", count)
    return where


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    home = tmp_path / "vault"
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    store = IncidentStore(vault)
    for n in range(3):
        store.create(_record(f"Message {n}"))
    vault.lock()
    w = MainWindow(home)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.lock()


def test_the_total_is_counted_off_the_gui_thread(
    qtbot: Any, window: MainWindow, counted_on: list[bool]
) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: window.diary.model.rowCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: window.diary.count.text() == "3 shown of 3 incidents", timeout=10_000)
    assert counted_on and not any(counted_on)


def test_the_total_follows_a_new_incident_and_a_search(
    qtbot: Any, window: MainWindow, counted_on: list[bool]
) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: window.diary.count.text() == "3 shown of 3 incidents", timeout=10_000)
    assert window.vault is not None
    new_id = IncidentStore(window.vault).create(_record("Another message"))
    window.diary.refresh(select=new_id)
    qtbot.waitUntil(lambda: window.diary.count.text() == "4 shown of 4 incidents", timeout=10_000)
    counts = len(counted_on)
    window.diary.search.setText("Another")
    qtbot.waitUntil(lambda: window.diary.count.text() == "1 of 4 incidents match", timeout=10_000)
    assert not any(counted_on)
    # A search changes what is shown, not the total: the diary is not counted again.
    assert len(counted_on) == counts


def test_a_count_finishing_after_the_lock_writes_nothing(qtbot: Any, window: MainWindow) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.try_unlock()
    qtbot.waitUntil(lambda: window.diary.model.rowCount() == 3, timeout=10_000)
    window.lock()  # waits for the count's worker; its answer is for a locked diary
    qtbot.wait(50)
    assert window.diary.count.text() == ""
