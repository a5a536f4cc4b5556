"""The Linux one-folder build (`make package`, packaging/quire.spec) works and stays lean.

The slow test builds it for real into a temporary folder and runs the built program, as
a person who downloaded the tarball would: a whole CLI session, and the window under Xvfb
in Azerbaijani. It also holds the build to its promises: at most 140 MB, only the Qt
modules Quire imports, nothing from the test tools, and the test key derivation refused.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from app import settings as settings_store
from app.errors import QuireError
from app.vault import kdf
from tests.conftest import skip_or_fail
from tests.support.cli_session import whole_cli_session
from tests.support.release import release_build

REPO = Path(__file__).resolve().parents[1]
MAX_BYTES = 140 * 1024 * 1024
PW = "quiet orchard lantern 1947 velvet harbour"


def test_a_release_build_never_takes_the_test_key_derivation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(kdf.TEST_FLAG_ENV, "1")
    assert kdf.test_kdf_allowed()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not kdf.test_kdf_allowed()
    with pytest.raises(QuireError, match="below the minimum"):
        kdf.check_params(kdf.INSECURE_TEST_PARAMS, origin="settings")


def _size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())


def _quire_pyside_modules() -> set[str]:
    found: set[str] = set()
    for folder in ("app", "ui"):
        for path in (REPO / folder).rglob("*.py"):
            found |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The DIST folder of the session's one `make package` (tests/support/release.py)."""
    return release_build(tmp_path_factory)


def _run(build: Path, work: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(
        QUIRE_HOME=str(work / "vault"), QUIRE_INSECURE_TEST_KDF="1", QT_QPA_PLATFORM="offscreen"
    )
    return subprocess.run(
        [str(build / "quire" / "quire-cli"), *args],
        input=stdin,
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.slow
def test_the_folder_is_lean_and_holds_only_what_quire_uses(build: Path) -> None:
    folder = build / "quire"
    assert _size(folder) <= MAX_BYTES, _size(folder)
    bindings = {p.name.split(".")[0] for p in (folder / "_internal" / "PySide6").glob("Qt*.so")}
    assert bindings == _quire_pyside_modules()
    names = {p.name for p in folder.rglob("*")}
    for test_only in ("pytest", "_pytest", "hypothesis", "pytestqt", "tests"):
        assert test_only not in names
    archive = subprocess.run(
        [
            str(REPO / "build" / "venv" / "bin" / "pyi-archive_viewer"),
            "-l",
            "-r",
            str(folder / "quire"),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    assert "app.cli.main" in archive and "ui.main_window" in archive
    assert not re.search(r"\b(_?pytest|hypothesis|tests)\.", archive)
    (tarball,) = build.glob("quire-*-linux-*.tar.gz")
    with tarfile.open(tarball) as tar:
        link = tar.getmember("quire/quire-cli")
        assert link.issym() and link.linkname == "quire"
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]


@pytest.mark.slow
def test_a_whole_cli_session_with_the_built_program(build: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        r = _run(build, work, *args, stdin=stdin)
        assert kdf.TEST_KDF_WARNING not in r.stderr  # the flag was set, and ignored
        return r

    whole_cli_session(cli, work, PW)


def _run_paths(folder: Path) -> dict[str, str]:
    """Each ELF file's RUNPATH/RPATH, as readelf prints it."""
    found: dict[str, str] = {}
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for kind, value in re.findall(r"\((RUNPATH|RPATH)\)\s+Library \w+: \[(.*)\]", out):
            found[f"{path.relative_to(folder)} {kind}"] = value
    return found


@pytest.mark.slow
def test_libraries_are_looked_for_only_inside_the_build(build: Path) -> None:
    """A run path naming the build host's folders (pyenv's libpython carries one) would
    make the installed program load libraries from a folder of that name on the user's
    machine: packaging/drop_host_rpaths.sh removes them."""
    paths = _run_paths(build / "quire")
    assert paths  # Qt's and the wheels' $ORIGIN paths stay
    outside = {
        where: value
        for where, value in paths.items()
        if not all(entry.startswith("$ORIGIN") for entry in value.split(":"))
    }
    assert not outside, outside


@pytest.mark.slow
def test_the_window_opens_under_x11_in_azerbaijani(build: Path, tmp_path: Path) -> None:
    """The xcb platform plugin with the system's libraries, and the catalogue from the
    build's own folder: the window's title is Azerbaijani."""
    for tool in ("xvfb-run", "xwininfo"):
        if shutil.which(tool) is None:
            skip_or_fail(f"{tool} not installed: the window is checked on a virtual X display")
    home = tmp_path / "vault"
    settings_store.save(home, settings_store.Settings(language="az"))
    watcher = tmp_path / "watch.sh"
    watcher.write_text(
        '"$1" --home "$2" & pid=$!\n'
        "for i in $(seq 60); do\n"
        '  sleep 0.5; xwininfo -root -tree | grep -q "Quire — " && break\n'
        "done\n"
        "xwininfo -root -tree\n"
        'kill "$pid"; wait "$pid"\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="xcb")
    r = subprocess.run(
        ["xvfb-run", "-a", "sh", str(watcher), str(build / "quire" / "quire"), str(home)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert '"Quire — kilidlidir"' in r.stdout, r.stdout[-2000:] + r.stderr[-2000:]
    assert "Traceback" not in r.stderr
