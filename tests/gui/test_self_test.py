"""``quire --self-test`` for real, as a child process, offscreen, with the real key
derivation: one line per screen and exit 0; a broken screen is named with exit 1; and in
both cases nothing outside its own temporary folder changes (the person's vault, settings,
data folders, Qt's settings, the temporary folder's other entries), and that folder is gone.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.self_test import PREFIX
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
SCREENS = [
    "sample diary",
    "translations (az, ru)",
    "welcome",
    "unlock",
    "main window",
    "export wizard",
    "settings",
    "receiver window",
    "chats window",
    "about",
]
# Breaks the Chats window for real in the child, then runs the ordinary self-test. The
# error is raised in a slot the event loop runs once the window shows, where Qt would only
# print it and carry on.
_BROKEN_CHATS = """
import sys
from PySide6.QtCore import QTimer
from ui.chats import chats_window
shown = chats_window.ChatsWindow.showEvent
def broken_slot():
    raise RuntimeError("no conversations")
def show(self, event):
    shown(self, event)
    QTimer.singleShot(0, broken_slot)
chats_window.ChatsWindow.showEvent = show
from ui.main import main
sys.exit(main(["quire", "--self-test"]))
"""

# A question nobody will answer: the Chats window asks one as it opens.
_ASKING_CHATS = """
import sys
from PySide6.QtWidgets import QMessageBox
from ui.chats import chats_window
shown = chats_window.ChatsWindow.showEvent
def show(self, event):
    shown(self, event)
    QMessageBox.question(self, "Really?", "Nobody answers this.")
chats_window.ChatsWindow.showEvent = show
from ui.main import main
sys.exit(main(["quire", "--self-test"]))
"""


def _snapshot(root: Path) -> dict[str, tuple[int, int, str]]:
    """Every entry under ``root``: mode, and a file's modification time and content hash
    (a folder's own time changes with its entries, which are compared one by one)."""
    out: dict[str, tuple[int, int, str]] = {}
    for path in sorted(root.rglob("*")):
        st = path.lstat()
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            out[str(path.relative_to(root))] = (st.st_mode, st.st_mtime_ns, digest)
        else:
            out[str(path.relative_to(root))] = (st.st_mode, 0, "")
    return out


@pytest.fixture
def person(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A person's machine in miniature: a vault and settings where Quire looks by default,
    and a temporary folder holding others' files, one named like the self-test's."""
    from app import settings as settings_store
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    home = tmp_path / "home"
    vault_home = home / ".local" / "share" / "Quire"
    vault, _ = Vault.create(vault_home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    vault.lock()
    settings_store.save(vault_home, settings_store.Settings(language="az"))
    (home / ".config").mkdir()
    tmp = tmp_path / "tmp"
    (tmp / f"{PREFIX}not-ours").mkdir(parents=True)
    (tmp / f"{PREFIX}not-ours" / "file").write_text("someone else's")
    crashed = tmp / "quire-qt-left-by-a-crash"  # the app tidies these; the self-test must not
    crashed.mkdir()
    os.utime(crashed, (1_600_000_000, 1_600_000_000))  # long past the grace period
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUIRE_", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),  # fontconfig's cache may be written here
        QUIRE_HOME=str(vault_home),
        TMPDIR=str(tmp),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO),
    )
    return tmp_path, env


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=600
    )


def _unchanged(root: Path, before: dict[str, tuple[int, int, str]]) -> None:
    after = {k: v for k, v in _snapshot(root).items() if not k.startswith("cache")}
    assert after == before


@pytest.mark.slow
def test_every_screen_opens_and_nothing_else_is_touched(
    person: tuple[Path, dict[str, str]],
) -> None:
    root, env = person
    before = _snapshot(root)
    r = _run(["-m", "ui.main", "--self-test"], env, root)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("quire ") and "self-test on the offscreen display" in lines[0]
    assert lines[1] == "every operating-system protection is available"
    assert [line.split("  ", 1)[1].rsplit(" (", 1)[0].strip() for line in lines[2:-1]] == SCREENS
    assert all(line.startswith("ok ") for line in lines[2:-1])
    assert lines[-1] == f"self-test passed: {len(SCREENS)} steps"
    assert "Traceback" not in r.stderr and "WARNING" not in r.stderr  # the real KDF, no flag
    _unchanged(root, before)


@pytest.mark.slow
def test_a_broken_screen_is_named_with_exit_1(person: tuple[Path, dict[str, str]]) -> None:
    root, env = person
    before = _snapshot(root)
    r = _run(["-c", _BROKEN_CHATS], env, root)
    assert r.returncode == 1, r.stdout + r.stderr
    failed = [line for line in r.stdout.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 1 and failed[0].startswith("FAILED  chats window: ")
    assert "no conversations" in failed[0]
    assert r.stdout.splitlines()[-1] == "self-test FAILED: chats window"
    assert "ok      receiver window" in r.stdout  # the others still ran
    _unchanged(root, before)


@pytest.mark.slow
def test_a_question_left_open_fails_its_screen_instead_of_hanging(
    person: tuple[Path, dict[str, str]],
) -> None:
    root, env = person
    r = _run(["-c", _ASKING_CHATS], env, root)
    assert r.returncode == 1, r.stdout + r.stderr
    failed = [line for line in r.stdout.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 1 and failed[0].startswith("FAILED  chats window: ")
    assert "a dialog waited for an answer (QMessageBox: Really?)" in failed[0]
    assert "ok      about" in r.stdout
