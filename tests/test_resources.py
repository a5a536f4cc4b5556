"""Where Quire finds its shipped files (app/resources.py): each way it can be installed.

The whole installed wheel, run from elsewhere, is tests/test_installed_wheel.py (slow).
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from app import resources
from app.report import fonts

REPO = Path(__file__).resolve().parents[1]


def _forget_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next import of quire_resources looks again; afterwards sys.modules is as before
    (setitem first, so the undo also drops the module this test imported)."""
    monkeypatch.setitem(sys.modules, resources.PACKAGE, None)
    monkeypatch.delitem(sys.modules, resources.PACKAGE)


def test_an_installed_package_is_found_through_importlib(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    package = tmp_path / "site" / resources.PACKAGE
    (package / "fonts").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "fonts" / fonts.SANS).write_bytes(
        (REPO / "resources/fonts" / fonts.SANS).read_bytes()
    )
    _forget_package(monkeypatch)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    assert resources.resource_dir("fonts") == package / "fonts"
    assert fonts.font_dir() == package / "fonts"


def test_a_checkout_run_without_installing_uses_the_folder_beside_app(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, resources.PACKAGE, None)  # import fails: not installed
    assert resources.resource_dir("translations") == REPO / "resources" / "translations"
    assert (resources.resource_dir("translations") / "quire_az.qm").is_file()


def test_a_pyinstaller_build_uses_its_own_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_dir("translations") == tmp_path / "resources" / "translations"


def test_files_inside_a_zip_are_refused_with_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """fpdf2 and QTranslator open files by name: an archive entry would fail later, obscurely."""
    archive = tmp_path / "quire.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(f"{resources.PACKAGE}/__init__.py", "")
        z.writestr(f"{resources.PACKAGE}/fonts/{fonts.SANS}", b"not read")
    _forget_package(monkeypatch)
    monkeypatch.syspath_prepend(str(archive))
    with pytest.raises(resources.ResourcesUnreadableError, match="inside an archive"):
        resources.resource_dir("fonts")


def test_missing_fonts_name_the_folder_looked_in(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(fonts.FontsMissingError, match=str(tmp_path / "resources" / "fonts")):
        fonts.font_dir()


def test_the_repository_folder_is_the_package_setup_py_ships() -> None:
    """setup.py maps resources/ to quire_resources; a regular package, so importlib gives
    a real folder (a namespace package would give a MultiplexedPath)."""
    setup = (REPO / "setup.py").read_text(encoding="utf-8")
    assert f'"{resources.PACKAGE}": "resources"' in setup
    assert (REPO / "resources" / "__init__.py").is_file()
