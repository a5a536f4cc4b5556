"""Loading the interface language: Quire's own catalogue and Qt's standard strings.

The first language follows the system (QLocale.system(): Azerbaijani, Russian, else
English) until the person chooses one, which settings.json then keeps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import i18n, resources, settings

_installed: list[QTranslator] = []
_current = "en"


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


def system_language() -> str:
    """The system's language if Quire speaks it (az, ru), else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in settings.LANGUAGES else "en"


def startup_language(home: Path) -> str:
    """The language chosen before (settings.json), or on a first run the system's."""
    if settings.is_quire_settings(home / settings.SETTINGS_NAME):
        return settings.load(home).language
    return system_language()


def current_language() -> str:
    """The language installed last."""
    return _current


def install_language(code: str) -> bool:
    """Switch to ``code`` (en, az, ru); True if a catalogue was loaded.

    Open windows keep their texts: ui/retranslate.switch_language also retranslates them.
    """
    global _current
    _current = code
    app = QApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    # Errors and other sentences from app/ render through Qt's catalogues from now on.
    i18n.set_translator(None if code == "en" else QCoreApplication.translate)
    catalogue = str(translations_dir() / f"quire_{code}.qm")
    if code == "en":
        # English needs only the plural forms ("1 file" / "3 files"), kept in quire_en.qm;
        # a module's own helper asks for its plurals under its context (_ModuleStrings).
        for plurals in (_ModuleStrings(), QTranslator()):
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
