"""What the GUI does at start so that Qt and the OS keep nothing about the diary.

- The process hardening every Quire process shares (app/hardening.py): no core dumps,
  not dumpable, umask 077.
- Qt's own settings (QFileDialog history, last folder) go to a private temporary folder
  that is deleted at exit (and, after a crash, at the next start: app/session_dirs.py),
  never to ~/.config/QtProject.conf; a panic wipe empties it at once.
- A shutdown or ``kill`` (SIGTERM) closes the window properly: drafts saved, diary locked.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSocketNotifier, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app import hardening, session_dirs

QT_SETTINGS_PREFIX = "quire-qt-"
# What an input method (predictive text, on-screen keyboards, IBus/Fcitx) is told about a
# passphrase field: learn nothing, suggest nothing, change nothing. Qt sets these in
# password mode and drops them when a "Show passphrase" box makes the field plain.
PASSPHRASE_INPUT_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)
_qt_settings: Path | None = None


def contain_qt_settings(folder: Path | None = None) -> str:
    """Point QSettings at a throwaway folder; returns its path.

    Folders that crashed runs left behind are removed first. ``folder``: one the caller
    made and removes itself (``quire --self-test``: nothing outside its own folder).
    """
    global _qt_settings
    if folder is None:
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


def close_on_termination(app: QApplication, window: QWidget) -> QSocketNotifier | None:
    """SIGTERM (a shutdown, ``kill``), SIGINT and SIGHUP close the window like its close
    button: editors save their drafts, the diary locks, keys are dropped, and the temporary
    Qt folder is removed at exit. Without this Python dies at once and skips all of it.

    Qt's event loop runs in C++, so the signal is delivered through a pipe it watches
    (``signal.set_wakeup_fd``; a pipe, not a socket). Returns the notifier to keep alive.
    """
    if sys.platform == "win32":  # set_wakeup_fd needs a socket there
        return None
    read_end, write_end = os.pipe()
    for fd in (read_end, write_end):
        os.set_blocking(fd, False)
    signal.set_wakeup_fd(write_end)
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, lambda *_: None)  # the work happens in close_now, on the GUI thread
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)

    def close_now() -> None:
        with contextlib.suppress(BlockingIOError):
            os.read(read_end, 64)
        window.close()
        app.quit()

    notifier.activated.connect(close_now)
    return notifier


def harden_process() -> None:
    """The shared process hardening (app/hardening.py), then Qt's settings contained."""
    hardening.harden_process()
    contain_qt_settings()
