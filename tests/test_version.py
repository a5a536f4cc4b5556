"""``--version`` names the version and the commit: read from ``.git`` in a checkout (as
files, no git program), from build-info.json in a wheel or a build, else "unknown"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app import __version__
from app.version import SHORT, build_info, commit_of_checkout

REPO = Path(__file__).resolve().parents[1]


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    out = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def _repo(path: Path) -> str:
    """A new repository with two commits on main; returns the second's full id."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed (only the test needs it)")
    path.mkdir()
    _git(path, "init", "-q", "-b", "main")
    for n in (1, 2):
        (path / "f").write_text(str(n))
        _git(path, "add", "f")
        _git(path, "commit", "-q", "-m", str(n))
    return _git(path, "rev-parse", "HEAD")


def test_this_checkout_names_its_commit() -> None:
    if not (REPO / ".git").exists():
        pytest.skip("not run from a git checkout")
    head = _git(REPO, "rev-parse", "HEAD")
    assert build_info() == type(build_info())(__version__, head[:SHORT])


def test_both_programs_print_version_and_commit() -> None:
    calls = {"quire-cli": "from app.cli.main import main; main(['--version'])",
             "quire": "from ui.main import main; main(['quire', '--version'])"}  # fmt: skip
    for program, code in calls.items():
        r = subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO,
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
        assert r.returncode == 0, r.stderr
        assert r.stdout.strip() == build_info().line(program)
        assert r.stdout.strip().startswith(f"{program} {__version__} (commit ")


def test_a_branch_in_loose_refs(tmp_path: Path) -> None:
    head = _repo(tmp_path / "r")
    assert commit_of_checkout(tmp_path / "r") == head[:SHORT]


def test_a_branch_in_packed_refs(tmp_path: Path) -> None:
    head = _repo(tmp_path / "r")
    _git(tmp_path / "r", "pack-refs", "--all")
    assert not (tmp_path / "r" / ".git" / "refs" / "heads" / "main").exists()
    assert commit_of_checkout(tmp_path / "r") == head[:SHORT]


def test_a_detached_head(tmp_path: Path) -> None:
    _repo(tmp_path / "r")
    first = _git(tmp_path / "r", "rev-parse", "HEAD~1")
    _git(tmp_path / "r", "checkout", "-q", "--detach", first)
    assert commit_of_checkout(tmp_path / "r") == first[:SHORT]


def test_a_worktree_reads_the_main_repository_refs(tmp_path: Path) -> None:
    _repo(tmp_path / "r")
    first = _git(tmp_path / "r", "rev-parse", "HEAD~1")
    _git(tmp_path / "r", "branch", "old", first)
    _git(tmp_path / "r", "pack-refs", "--all")
    _git(tmp_path / "r", "worktree", "add", "-q", str(tmp_path / "wt"), "old")
    assert (tmp_path / "wt" / ".git").is_file()
    assert commit_of_checkout(tmp_path / "wt") == first[:SHORT]


@pytest.mark.parametrize(
    "head",
    [None, "", "ref: refs/heads/nowhere", "not a ref at all", "ref: refs/heads/bad"],
)
def test_no_or_broken_git_is_unknown(tmp_path: Path, head: str | None) -> None:
    if head is not None:
        (tmp_path / ".git" / "refs" / "heads").mkdir(parents=True)
        (tmp_path / ".git" / "HEAD").write_text(head)
        (tmp_path / ".git" / "refs" / "heads" / "bad").write_text("zz" * 20)
    assert commit_of_checkout(tmp_path) == "unknown"


@pytest.mark.slow
def test_a_wheel_names_the_commit_it_was_built_from(tmp_path: Path) -> None:
    """setup.py writes build-info.json into the wheel (never the source tree), and the
    installed code reads it, away from any .git."""
    source = tmp_path / "source"
    for name in ("app", "ui", "resources"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(REPO / name, source / name)
    if shutil.which("git") is None:
        pytest.skip("git is not installed (only the test needs it)")
    _git(source, "init", "-q", "-b", "main")
    _git(source, "add", "-A")
    _git(source, "commit", "-q", "-m", "source")
    head = _git(source, "rev-parse", "HEAD")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w",
         str(tmp_path / "dist"), "."],
        cwd=source, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert not (source / "resources" / "build-info.json").exists()
    (wheel,) = (tmp_path / "dist").glob("quire-*.whl")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    assert (site / "quire_resources" / "build-info.json").is_file()
    assert (site / "quire_resources" / "licenses" / "index.json").is_file()
    assert (site / "quire_resources" / "licenses" / "LGPL-3.0.txt").is_file()
    shutil.rmtree(source / ".git")  # the installed code must not find it by any route
    r = subprocess.run(
        [sys.executable, "-c", "from app.version import build_info; print(build_info().commit)"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site), "PYTHONSAFEPATH": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == head[:SHORT]
