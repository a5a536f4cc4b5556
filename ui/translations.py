"""Loading the interface language: Quire's own catalogue and Qt's standard strings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import i18n, resources

_installed: list[QTranslator] = []


class _ModuleStrings(QTranslator):
    """Strings a module marks through its own helper (``tr("…")`` or ``_t("…")`` outside a
    class) are extracted by lupdate without a context, while the helper asks under its own
    (``QCoreApplication.translate("DetailView", text)``). Consulted last: it answers any
    context with the context-free entry of the same text.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if not context:
            return None
        found = super().translate("", source, disambiguation, n)
        return found or None  # None (a null string) lets Qt fall back to the source text


def translations_dir() -> Path:
    """Quire's .qm (and the .ts that ui/retranslate.py reads): app/resources.py finds them."""
    return resources.resource_dir("translations")


def install_language(code: str) -> bool:
    """Switch to ``code`` (en, az, ru); True if a catalogue was loaded."""
    app = QApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    # Errors and other sentences from app/ render through Qt's catalogues from now on.
    i18n.set_translator(None if code == "en" else QCoreApplication.translate)
    catalogue = str(translations_dir() / f"quire_{code}.qm")
    if code == "en":
        # English needs only the plural forms ("1 file" / "3 files"), kept in quire_en.qm.
        plurals = QTranslator()
        if plurals.load(catalogue):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return True
    loaded = False
    # Qt asks the translator installed last first: module strings, then ours, then Qt's.
    fallback = _ModuleStrings()
    if fallback.load(catalogue):
        app.installTranslator(fallback)
        _installed.append(fallback)
    ours = QTranslator()
    if ours.load(catalogue):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded = True
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
