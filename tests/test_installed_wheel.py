"""The wheel, installed as a person would (`pip install`), works away from the source tree.

Issue 11: the fonts and translations lived beside the source, so an installed copy had no
report and no Azerbaijani. Here the wheel is built from a copy of the project, installed
into a fresh virtual environment outside the repository with the hash-pinned runtime lock,
and run from another folder with PYTHONSAFEPATH and no PYTHONPATH: a whole CLI session, then
the main window offscreen in Azerbaijani. Every run asserts that the code and the files it
used came from that environment, so it cannot pass on the checkout by accident.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, skip_or_fail
from tests.support.cli import without_test_kdf_warning
from tests.support.cli_session import whole_cli_session

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
_NETGUARD = REPO / "tests" / "support" / "sitecustomize_dir"

# Run with the installed interpreter: prints what the main window shows in one language.
_GUI_PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
import app
from ui.main_window import MainWindow
from ui.translations import install_language, translations_dir
qapp = QApplication([])
loaded = install_language(sys.argv[2])
window = MainWindow(Path(sys.argv[1]))
window.show()
qapp.processEvents()
texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
         if w.isVisible() and w.text()]
texts += [a.text() for a in window.findChildren(QAction) if a.text()]
print(json.dumps({"loaded": loaded, "app": app.__file__, "translations": str(translations_dir()),
                  "title": window.windowTitle(), "texts": texts}))
"""


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh virtual environment, outside the repository, with the wheel installed."""
    base = tmp_path_factory.mktemp("wheel")
    assert not base.resolve().is_relative_to(REPO)
    source = base / "source"
    for name in ("app", "ui", "resources"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(REPO / name, source / name)
    dist = base / "dist"
    built = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            ".",
        ],
        cwd=source,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("quire-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for shipped in (
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVu-LICENSE.txt",
        "translations/quire_az.qm",
        "translations/quire_ru.qm",
        "translations/quire_az.ts",
    ):
        assert f"quire_resources/{shipped}" in names
    assert not [n for n in names if n.startswith(("tests/", "resources/"))]

    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", str(venv)], timeout=300)
    if made.returncode != 0:
        skip_or_fail(f"python -m venv failed: {made.stderr.strip()[-300:]}")
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-deps"]
    locked = _run(
        [*pip, "--require-hashes", "-r", str(REPO / "requirements" / "runtime.lock")],
        cwd=base,
        timeout=1200,
    )
    if locked.returncode != 0:
        skip_or_fail(
            f"cannot install the locked runtime dependencies: {locked.stderr.strip()[-300:]}"
        )
    own = _run([*pip, str(wheel)], cwd=base, timeout=300)
    assert own.returncode == 0, own.stderr
    yield venv
    shutil.rmtree(base, ignore_errors=True)  # about 800 MB


def _env(home: Path) -> dict[str, str]:
    """No PYTHONPATH to the checkout (only the network guard, which adds tests/ alone)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(
        QUIRE_HOME=str(home),
        QUIRE_INSECURE_TEST_KDF="1",
        PYTHONSAFEPATH="1",
        PYTHONPATH=str(_NETGUARD),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _cli(
    venv: Path, cwd: Path, home: Path, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    result = _run(
        [str(venv / "bin" / "quire-cli"), *args], input=stdin, cwd=cwd, env=_env(home), timeout=300
    )
    result.stderr = without_test_kdf_warning(result.stderr)
    return result


def test_the_installed_package_is_the_one_that_runs(installed: Path, tmp_path: Path) -> None:
    probe = (
        "import app, app.resources as r, app.report.fonts as f; "
        "print(app.__file__); print(r.resource_dir('translations')); print(f.font_dir())"
    )
    r = _run(
        [str(installed / "bin" / "python"), "-c", probe],
        cwd=tmp_path,
        env=_env(tmp_path),
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    site = (installed / "lib").resolve()
    for line in r.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(site), line
        assert not Path(line).resolve().is_relative_to(REPO), line


def test_a_whole_cli_session_from_another_folder(installed: Path, tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    home = tmp_path / "vault"

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return _cli(installed, work, home, *args, stdin=stdin)

    whole_cli_session(cli, work, PASSPHRASE)


def _az_catalogue() -> dict[str, set[str]]:
    """English source → its Azerbaijani translations, from the repository's catalogue."""
    found: dict[str, set[str]] = {}
    root = ET.parse(REPO / "resources" / "translations" / "quire_az.ts").getroot()
    for message in root.iter("message"):
        text = message.findtext("translation")
        if message.get("numerus") != "yes" and message.findtext("source") and text:
            found.setdefault(message.findtext("source") or "", set()).add(text)
    return found


def _window(installed: Path, tmp_path: Path, lang: str) -> dict[str, object]:
    work = tmp_path / f"gui-{lang}"
    work.mkdir()
    script = work / "probe.py"
    script.write_text(_GUI_PROBE, encoding="utf-8")
    r = _run(
        [str(installed / "bin" / "python"), str(script), str(tmp_path / "no-vault"), lang],
        cwd=work,
        env=_env(tmp_path / "no-vault"),
        timeout=300,
    )
    assert r.returncode == 0, r.stderr  # stderr holds the offscreen plugin's harmless notice
    shown: dict[str, object] = json.loads(r.stdout.splitlines()[-1])
    assert Path(str(shown["app"])).resolve().is_relative_to(installed.resolve())
    assert Path(str(shown["translations"])).resolve().is_relative_to(installed.resolve())
    return shown


def test_the_main_window_speaks_azerbaijani(installed: Path, tmp_path: Path) -> None:
    english = _window(installed, tmp_path, "en")
    azerbaijani = _window(installed, tmp_path, "az")
    assert azerbaijani["loaded"] is True
    catalogue = _az_catalogue()
    translatable = [t for t in english["texts"] if t in catalogue]  # type: ignore[attr-defined]
    assert len(translatable) >= 10, english
    shown = set(azerbaijani["texts"])  # type: ignore[arg-type]
    missing = [t for t in translatable if not catalogue[t] & shown]
    assert not missing, missing
    assert not shown & set(translatable)
    assert azerbaijani["title"] != english["title"]
