"""Copying from Quire: every copy is marked secret for clipboard managers and cleared later.

Not only the explicit "Copy hash" actions: Ctrl+C and the context menu's Copy in any text
field, the detail view, a selectable label or a list all end in Qt putting data on the
system clipboard. Rather than patch each widget (and miss the next one), ``Clipboard``
watches the clipboard itself: whenever this process becomes its owner with data that lacks
Quire's hints, the same data goes back at once with the hints added (before the event loop
runs, so a clipboard manager asking for it only ever sees the marked copy), and the timer
starts. On X11 the same is done for the primary selection (text selected with the mouse,
pasted with the middle button). Lock, panic wipe, quitting and the timer clear whatever of
Quire's is still there; what another program put on the clipboard is never touched.

The hints are those password managers use (KeePassXC's ``Clipboard.cpp``): KDE Klipper and
GNOME clipboard extensions honour ``x-kde-passwordManagerHint``, macOS clipboard tools the
concealed type (nspasteboard.org), Windows history and cloud clipboard the three formats
below.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QImage

KDE_HINT = "x-kde-passwordManagerHint"
_DWORD_ZERO = b"\x00\x00\x00\x00"
SECRET_HINTS: dict[str, bytes] = {
    KDE_HINT: b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': _DWORD_ZERO,
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': _DWORD_ZERO,
}
# Platforms whose clipboard lives inside this process: whatever is on it is Quire's.
_IN_PROCESS_PLATFORMS = ("offscreen", "minimal")
_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


def is_marked(mime: QMimeData | None) -> bool:
    """Whether the data already carries Quire's hints (put there by a guard or copy())."""
    return mime is not None and mime.hasFormat(KDE_HINT)


def marked_copy(mime: QMimeData) -> QMimeData:
    """A new QMimeData holding every format of ``mime`` plus the secret hints."""
    out = QMimeData()
    for fmt in mime.formats():
        out.setData(fmt, mime.data(fmt))
    if mime.hasImage():  # an image is held as a QImage, not as bytes of a format
        out.setImageData(mime.imageData())
    if mime.hasUrls():
        out.setUrls(mime.urls())
    for fmt, value in SECRET_HINTS.items():
        out.setData(fmt, value)
    return out


class Clipboard(QObject):
    """The window's clipboard guard. ``clear_after_s`` gives the timer for copies made with
    Qt's own Copy; by default the parent window's setting (``clipboard_clear_seconds``).
    ``copy()`` takes its time explicitly."""

    def __init__(
        self, parent: QObject | None = None, clear_after_s: Callable[[], int] | None = None
    ) -> None:
        super().__init__(parent)
        self._clear_after_s = clear_after_s or (lambda: _setting_of(parent))
        self._timers: dict[QClipboard.Mode, QTimer] = {}
        for mode in _MODES:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda m=mode: self._clear(m))
            self._timers[mode] = timer
        self._ours: str | None = None  # the text of the last copy, while it is held
        self._held: set[QClipboard.Mode] = set()
        self._placing = False
        self._board = QGuiApplication.clipboard()
        self._board.changed.connect(self._changed)
        # Windows and macOS keep clipboard data after its program ends: clear it at quit.
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_ours)

    def copy(self, text: str, clear_after_s: int) -> None:
        """Put ``text`` on the clipboard, marked, cleared after ``clear_after_s`` (0: never)."""
        mime = QMimeData()
        mime.setText(text)
        self._place(marked_copy(mime), QClipboard.Mode.Clipboard, clear_after_s)

    def _place(self, mime: QMimeData, mode: QClipboard.Mode, seconds: int) -> None:
        self._placing = True
        try:
            self._board.setMimeData(mime, mode)
        finally:
            self._placing = False
        self._hold(mode, seconds)

    def _hold(self, mode: QClipboard.Mode, seconds: int) -> None:
        self._held.add(mode)
        if mode == QClipboard.Mode.Clipboard:
            self._ours = self._board.text(mode)
        if seconds > 0:
            self._timers[mode].start(seconds * 1000)
        else:
            self._timers[mode].stop()

    def _owns(self, mode: QClipboard.Mode) -> bool:
        if QGuiApplication.platformName() in _IN_PROCESS_PLATFORMS:
            return True
        if mode == QClipboard.Mode.Selection:
            return self._board.ownsSelection()
        return self._board.ownsClipboard()

    def _changed(self, mode: QClipboard.Mode) -> None:
        """Qt's own Copy (any widget, any menu) put data there: mark it and start the timer."""
        if self._placing or mode not in _MODES:
            return
        mime = self._board.mimeData(mode)
        if not self._owns(mode) or mime is None or not mime.formats():
            self._forget(mode)  # another program's now, or emptied: not ours to clear
            return
        if is_marked(mime):
            self._hold(mode, self._clear_after_s())  # another guard (or copy()) marked it
        else:
            self._place(marked_copy(mime), mode, self._clear_after_s())

    def _forget(self, mode: QClipboard.Mode) -> None:
        self._timers[mode].stop()
        self._held.discard(mode)
        if mode == QClipboard.Mode.Clipboard:
            self._ours = None

    def _clear(self, mode: QClipboard.Mode) -> None:
        held = mode in self._held
        self._forget(mode)
        if held:
            with contextlib.suppress(RuntimeError):  # the application is shutting down
                if self._owns(mode) and is_marked(self._board.mimeData(mode)):
                    self._board.clear(mode)

    def clear_ours(self) -> None:
        """Clear the clipboard (and selection) if they still hold what Quire put there."""
        for mode in _MODES:
            self._clear(mode)


def forget_pasted_picture(picture: QImage) -> bool:
    """After a screenshot was stored in the diary: take it off the system clipboard, where
    any program could paste it later. Only if the clipboard still holds that very picture
    (the person may have copied something else since). Returns whether it was cleared."""
    board = QGuiApplication.clipboard()
    current = board.image()
    if current.isNull() or current != picture:
        return False
    board.clear(QClipboard.Mode.Clipboard)
    return True


def copy_text(source: QObject, text: str) -> int:
    """Copy ``text`` through the guard of the window ``source`` belongs to (the nearest
    ancestor holding one), cleared after that window's setting; returns the seconds."""
    owner: QObject | None = source
    while owner is not None and not isinstance(getattr(owner, "clipboard", None), Clipboard):
        owner = owner.parent()
    seconds = _setting_of(owner)
    guard = owner.clipboard if owner is not None else Clipboard(source)  # type: ignore[attr-defined]
    guard.copy(text, seconds)
    return seconds


def _setting_of(window: QObject | None) -> int:
    """The window's "clear copied text after" setting, 30 s where it has none."""
    settings = getattr(window, "settings", None)
    return int(getattr(settings, "clipboard_clear_seconds", 30))
