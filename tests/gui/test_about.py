"""The About window names the version, the commit and every shipped component's licence,
with each licence text present in full; Settings opens it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.licenses import LicenceFileMissingError, components
from app.resources import resource_dir
from app.version import build_info
from ui.about_dialog import AboutDialog, show_about

REPO = Path(__file__).resolve().parents[2]
# The licences the brief and the issue name, and words only their real text holds.
EXPECTED = {
    "Quire": ("GPL-3.0-or-later", "GNU GENERAL PUBLIC LICENSE"),
    "Python": ("PSF-2.0", "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2"),
    "Qt 6 and PySide6 (Qt for Python, Shiboken6)": (
        "LGPL-3.0-only",
        "GNU LESSER GENERAL PUBLIC LICENSE",
    ),
    "SQLCipher": ("BSD-3-Clause", "ZETETIC LLC"),
    "OpenSSL 3": ("Apache-2.0", "Apache License"),
    "cryptography": ("Apache-2.0 OR BSD-3-Clause", "under the terms of *either*"),
    "keyring": ("MIT", "Permission is hereby granted"),
    "jeepney": ("MIT", "Permission is hereby granted"),
    "SecretStorage": ("BSD-3-Clause", "Redistribution and use"),
    "platformdirs": ("MIT", "Permission is hereby granted"),
    "zxcvbn": ("MIT", "Permission is hereby granted"),
    "DejaVu": ("Bitstream-Vera AND LicenseRef-Public-Domain", "Bitstream Vera"),
    "Quire word lists (az, ru)": ("CC0-1.0", "CC0 1.0 Universal"),
}


def _locked_packages() -> set[str]:
    text = (REPO / "requirements" / "runtime.lock").read_text(encoding="utf-8")
    return {m.lower() for m in re.findall(r"^([A-Za-z0-9_.-]+)==", text, re.M)}


def test_every_locked_package_has_its_licence() -> None:
    covered = {p for c in components() for p in c.packages}
    assert _locked_packages() - covered == set()
    assert covered - _locked_packages() == set()  # no stale entry for a dropped package


def test_the_named_licences_and_their_real_texts() -> None:
    by_name = {c.name: c for c in components()}
    for name, (licence, phrase) in EXPECTED.items():
        assert by_name[name].licence == licence, name
        assert phrase.lower() in by_name[name].text().lower(), name


def test_a_missing_text_is_an_error_not_a_blank_page(tmp_path: Path) -> None:
    folder = tmp_path / "licenses"
    shutil.copytree(resource_dir("licenses"), folder)
    (tmp_path / "fonts").mkdir()
    shutil.copy(resource_dir("fonts") / "DejaVu-LICENSE.txt", tmp_path / "fonts")
    assert len(components(folder)) == len(components())
    (folder / "SQLCipher.txt").unlink()
    with pytest.raises(LicenceFileMissingError, match="SQLCipher"):
        components(folder)


def test_the_window_names_version_commit_and_shows_every_text(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    info = build_info()
    assert info.version in dialog.version.text() and info.commit in dialog.version.text()
    shipped = components()
    assert dialog.licences.count() == len(shipped)
    for row, component in enumerate(shipped):
        item = dialog.licences.item(row).text()
        assert component.name in item and component.licence in item
        dialog.licences.setCurrentRow(row)
        shown = dialog.text.toPlainText()
        for path in component.files:
            body = path.read_text(encoding="utf-8").strip()
            assert body and body in shown, (component.name, path.name)


def test_show_about_raises_the_open_window(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    first = show_about(parent)
    assert show_about(parent) is first
    assert len(parent.findChildren(AboutDialog)) == 1


def test_settings_opens_about(qtbot: QtBot, tmp_path: Path) -> None:
    from app.settings import Settings
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(tmp_path, Settings(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.about_button.click()
    (about,) = dialog.findChildren(AboutDialog)
    assert about.isVisible()


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_the_window_speaks_azerbaijani_and_russian(qtbot: QtBot, lang: str) -> None:
    from ui.translations import install_language

    install_language(lang)
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() != "About Quire"
        assert not dialog.version.text().startswith("Version ")
        assert build_info().commit in dialog.version.text()
    finally:
        install_language("en")
