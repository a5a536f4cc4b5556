"""Per-process temporary folders (Qt's settings go there) and the clean-up after a crash."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import session_dirs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock: POSIX only")

PREFIX = "quire-test-session-"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def tmpdir_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import tempfile

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    return tmp_path


def test_a_live_folder_is_kept_and_a_crashed_ones_is_removed(tmpdir_env: Path) -> None:
    mine = session_dirs.make(PREFIX)
    assert mine.parent == tmpdir_env
    assert oct(mine.stat().st_mode & 0o777) == "0o700"
    # A process that dies without cleaning up (SIGKILL: no atexit, no finally).
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from app import session_dirs; "
            f"d = session_dirs.make({PREFIX!r}); (d / 'QtProject.conf').write_text("
            "'lastVisited=/media/usb/evidence'); print(d, flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], 60)  # never hang the suite
    assert ready, "the child did not start"
    theirs = Path(child.stdout.readline().strip())
    try:
        assert session_dirs.remove_stale(PREFIX) == []  # both are alive
        assert theirs.is_dir() and mine.is_dir()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert (theirs / "QtProject.conf").exists()  # what a crash leaves behind
    assert session_dirs.remove_stale(PREFIX) == [theirs]
    assert not theirs.exists()
    assert mine.is_dir()  # still ours, still locked


def test_unlocked_folders_get_a_grace_period(tmpdir_env: Path) -> None:
    young, old = tmpdir_env / f"{PREFIX}young", tmpdir_env / f"{PREFIX}old"
    young.mkdir()
    old.mkdir()
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    assert session_dirs.remove_stale(PREFIX) == [old]
    assert young.is_dir()


def test_links_and_other_names_are_left_alone(tmpdir_env: Path) -> None:
    target = tmpdir_env / "someone-elses"
    target.mkdir()
    (tmpdir_env / f"{PREFIX}link").symlink_to(target)
    (tmpdir_env / "unrelated").mkdir()
    assert session_dirs.remove_stale(PREFIX) == []
    assert target.is_dir() and (tmpdir_env / "unrelated").is_dir()


def test_clear_keeps_the_folder_and_its_lock(tmpdir_env: Path) -> None:
    folder = session_dirs.make(PREFIX)
    (folder / "QtProject.conf").write_text("lastVisited=/media/usb/evidence")
    (folder / "sub").mkdir()
    session_dirs.clear(folder)
    assert sorted(p.name for p in folder.iterdir()) == [session_dirs.LOCK_NAME]
    assert session_dirs.remove_stale(PREFIX) == []  # still locked by this process
