"""Where the files Quire ships (fonts, translations, word lists) are, however it is installed.

A lookup beside the source tree worked only in a checkout: an installed wheel had no report
and no Azerbaijani or Russian (issue 11). So there is one way, in this order:
a PyInstaller build's own folder (``sys._MEIPASS/resources``, laid out by
packaging/quire.spec); else the ``quire_resources`` package (the repository's
``resources/`` folder, mapped by setup.py into every wheel and editable install) found
through ``importlib.resources``; else, in a checkout run without ``pip install -e``, the
``resources/`` folder beside ``app/``.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path
from typing import Literal

PACKAGE = "quire_resources"
Kind = Literal["fonts", "translations", "wordlists", "licenses", "guide"]


class ResourcesUnreadableError(FileNotFoundError):
    """Quire's files are where libraries cannot open them by name (inside a zip archive)."""


def resource_dir(kind: Kind) -> Path:
    """The folder holding one kind of shipped file (``fonts``, ``translations``, ...)."""
    return resource_root() / kind


def resource_root() -> Path:
    """The folder holding every shipped file (and, in a build, build-info.json)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return _package_root()


def _package_root() -> Path:
    try:
        root = resources.files(PACKAGE)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / "resources"
    # fpdf2 and QTranslator need real file names, not entries of an archive.
    if not isinstance(root, Path):
        raise ResourcesUnreadableError(
            f"Quire's files (fonts, translations) are inside an archive ({root}); "
            "install Quire unpacked (pip install, or the release folder)."
        )
    return root
