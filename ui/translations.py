"""Loading the interface language: Quire's own catalogue and Qt's standard strings."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return base / "resources" / "translations"


def install_language(code: str) -> bool:
    """Switch to ``code`` (en, az, ru); True if a catalogue was loaded."""
    app = QApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return True
    loaded = False
    ours = QTranslator()
    if ours.load(str(translations_dir() / f"quire_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded = True
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
