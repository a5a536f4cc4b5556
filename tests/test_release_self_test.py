"""The release build (one `make package` per session, tests/support/release.py) names its
commit, carries every licence text, and passes its own self-test offscreen, leaving
nothing behind in the temporary folder."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from app import __version__
from app.licenses import components
from app.version import SHORT
from tests.support.release import release_build

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return release_build(tmp_path_factory) / "quire"


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QUIRE_"))}
    env.update(QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp), HOME=str(tmp.parent / "home"))
    env.pop("DISPLAY", None)
    return env


def test_version_names_the_commit_built(program: Path, tmp_path: Path) -> None:
    (tmp_path / "tmp").mkdir()
    info = json.loads((program / "_internal" / "resources" / "build-info.json").read_text())
    commit = info["commit"]
    assert len(commit) == SHORT and info["version"] == __version__
    # a commit of this repository (others may have been made since the build began)
    known = subprocess.run(
        ["git", "-C", str(REPO), "cat-file", "-e", f"{commit}^{{commit}}"], check=False
    )
    assert known.returncode == 0, commit
    for name in ("quire", "quire-cli"):
        r = subprocess.run(
            [str(program / name), "--version"],
            env=_env(tmp_path / "tmp"),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert r.returncode == 0, r.stderr
        assert r.stdout.strip() == f"{name} {__version__} (commit {commit})"
    assert not (REPO / "resources" / "build-info.json").exists()  # never in the tree


def test_every_licence_text_is_in_the_build(program: Path) -> None:
    shipped = components(program / "_internal" / "resources" / "licenses")
    assert [c.name for c in shipped] == [c.name for c in components()]
    for component in shipped:
        assert component.text().strip(), component.name


def test_the_built_program_passes_its_self_test(program: Path, tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    r = subprocess.run(
        [str(program / "quire"), "--self-test"],
        env=_env(tmp),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert "self-test on the offscreen display" in lines[0]
    assert lines[1] == "every operating-system protection is available"
    assert lines[-1].startswith("self-test passed: ")
    assert not [line for line in lines if line.startswith("FAILED")]
    assert list(tmp.iterdir()) == []
