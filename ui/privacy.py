"""What the GUI does at start so that Qt and the OS keep nothing about the diary.

- No core dumps (a crash must not write decrypted memory to disk).
- Qt's own settings (QFileDialog history, last folder) go to a private temporary folder
  that is deleted at exit, never to ~/.config/QtProject.conf.
- Files and folders Quire creates are private (umask 077).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile

from PySide6.QtCore import QSettings

from app import fs


def disable_core_dumps() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform


def contain_qt_settings() -> str:
    """Point QSettings at a throwaway folder; returns its path."""
    folder = tempfile.mkdtemp(prefix="quire-qt-")
    atexit.register(shutil.rmtree, folder, True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, folder)
        QSettings.setPath(QSettings.Format.NativeFormat, scope, folder)
    return folder


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
