"""What the GUI does at start so that Qt and the OS keep nothing about the diary.

- No core dumps (a crash must not write decrypted memory to disk).
- Qt's own settings (QFileDialog history, last folder) go to a private temporary folder
  that is deleted at exit (and, after a crash, at the next start: app/session_dirs.py),
  never to ~/.config/QtProject.conf; a panic wipe empties it at once.
- Files and folders Quire creates are private (umask 077).
"""

from __future__ import annotations

import atexit
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings

from app import fs, session_dirs

QT_SETTINGS_PREFIX = "quire-qt-"
_qt_settings: Path | None = None


def disable_core_dumps() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform


def contain_qt_settings() -> str:
    """Point QSettings at a throwaway folder; returns its path.

    Folders that crashed runs left behind are removed first.
    """
    global _qt_settings
    session_dirs.remove_stale(QT_SETTINGS_PREFIX)
    folder = session_dirs.make(QT_SETTINGS_PREFIX)
    atexit.register(shutil.rmtree, folder, True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
    _qt_settings = folder
    return str(folder)


def forget_qt_settings() -> None:
    """After a panic wipe: the file dialogs' recent folders go too."""
    if _qt_settings is not None:
        session_dirs.clear(_qt_settings)


def settle_heap() -> None:
    """Collect once, then move every object alive now out of the garbage collector's sight.

    A full collection walks every tracked object with the GIL held, stalling the window;
    the objects made at start-up (Qt wrappers, modules, the window) live as long as the
    program, so there is no point walking them again and again.
    """
    import gc

    gc.collect()
    gc.freeze()


def harden_process() -> None:
    fs.restrict_umask()
    disable_core_dumps()
    contain_qt_settings()
