"""The self-test's Qt-free half: its private folder is removed only while it is still the
folder it made, and a failing screen is named while the others still run."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from app.self_test import PREFIX, Screen, Workspace, WorkspaceChangedError, run_screens


def test_the_folder_is_new_private_and_removed_whole(tmp_path: Path) -> None:
    (tmp_path / "a person's file").write_text("keep")
    ws = Workspace(tmp_path)
    assert ws.path.parent == tmp_path and ws.path.name.startswith(PREFIX)
    assert stat.S_IMODE(ws.path.stat().st_mode) == 0o700
    (ws.path / "diary").mkdir()
    (ws.path / "diary" / "vault.key").write_bytes(b"x")
    ws.remove()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a person's file"]


def test_a_link_put_in_its_place_is_not_followed(tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "evidence.jpg").write_bytes(b"photo")
    ws = Workspace(tmp_path)
    shutil.rmtree(ws.path)
    ws.path.symlink_to(precious, target_is_directory=True)
    with pytest.raises(WorkspaceChangedError):
        ws.remove()
    assert (precious / "evidence.jpg").read_bytes() == b"photo"
    assert ws.path.is_symlink()


def test_another_folder_of_the_same_name_is_left_alone(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    shutil.rmtree(ws.path)
    ws.path.mkdir()  # someone else's folder, same name, another inode
    (ws.path / "theirs").write_text("keep")
    with pytest.raises(WorkspaceChangedError):
        ws.remove()
    assert (ws.path / "theirs").read_text() == "keep"


def test_a_folder_already_gone_is_fine(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    shutil.rmtree(ws.path)
    ws.remove()


def test_a_non_private_temporary_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """mkdtemp makes 0700; if a platform did not, the self-test would not use it."""
    import tempfile

    real = tempfile.mkdtemp

    def loose(**kwargs: object) -> str:
        path = real(**kwargs)  # type: ignore[call-overload]
        os.chmod(path, 0o755)
        return str(path)

    monkeypatch.setattr(tempfile, "mkdtemp", loose)
    with pytest.raises(WorkspaceChangedError):
        Workspace(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_screen_is_named_and_the_rest_still_run() -> None:
    lines: list[str] = []
    opened: list[str] = []

    def broken() -> None:
        raise RuntimeError("the list did not fill")

    outcome = run_screens(
        [
            Screen("welcome", lambda: opened.append("welcome")),
            Screen("export wizard", broken),
            Screen("settings", lambda: opened.append("settings")),
        ],
        lines.append,
    )
    assert opened == ["welcome", "settings"]
    assert outcome.exit_code == 1
    assert list(outcome.failures) == ["export wizard"]
    assert lines[1].startswith("FAILED  export wizard: RuntimeError: the list did not fill at ")
    assert lines[0].startswith("ok      welcome") and lines[2].startswith("ok      settings")


def test_every_screen_passing_exits_0() -> None:
    outcome = run_screens([Screen("welcome", lambda: None)], lambda _line: None)
    assert outcome.exit_code == 0 and not outcome.failures
