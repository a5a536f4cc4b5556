"""Small pieces shared by the sharing windows and the backup dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from app.errors import CancelledError, DamagedDataError, NoMatchingKeyError, QuireError
from app.sizes import human_size
from ui.labels import counted, plain_label  # re-exported for ui/sharing

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

__all__ = [
    "FingerprintLabel",
    "cancellable",
    "counted",
    "default_file_name",
    "describe_error",
    "human_size",
    "plain_label",
    "recording",
    "separator",
]


def _t(text: str) -> str:
    return QCoreApplication.translate("sharing", text)


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class FingerprintLabel(QLabel):
    """A recipient's eight groups of digits, large and monospaced, to read aloud."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("fingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10) + 9)
        font.setWeight(QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers can reach it
        self.setAccessibleName(_t("Fingerprint"))
        self.setMinimumHeight(self.fontMetrics().height() * 2 + 16)

    def set_fingerprint(self, fingerprint: str) -> None:
        groups = fingerprint.split()
        lines = ["   ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
        self.setText("\n".join(lines))
        # Read out group by group, so a screen reader does not say one huge number.
        self.setAccessibleDescription(", ".join(" ".join(g) for g in groups))


def default_file_name(kind: str, extension: str, discreet: bool = False) -> str:
    """``quire-bundle-2026-11-30.age``; without the app's name in discreet mode."""
    stem = kind if discreet else f"quire-{kind}"
    return f"{stem}-{date.today().isoformat()}.{extension}"


def cancellable(progress: Progress, cancel: Cancel, message: str) -> Progress:
    """A progress callback that stops the work (by raising) once ``cancel()`` is true.

    For ``app/`` functions that report progress but take no cancel flag: they clean up on
    any exception, so raising from the callback leaves nothing half-written.
    """

    def report(done: int, total: int) -> None:
        if cancel():
            raise CancelledError(message)
        progress(done, total)

    return report


def recording(fn: Callable[..., Any], outcome: dict[str, Any]) -> Callable[..., Any]:
    """``fn`` (which takes ``progress`` and ``cancel``) keeping its result in ``outcome``.

    A Cancel that arrives after the last byte was written cannot undo the work, and the
    worker then drops the result; ``outcome`` still tells the window what really happened.
    """

    def job(*args: Any, progress: Any = None, cancel: Any = None, **kwargs: Any) -> Any:
        result = fn(*args, progress=progress, cancel=cancel, **kwargs)
        outcome["result"] = result
        return result

    return job


def describe_error(exc: BaseException) -> str:
    """What to tell a person about a failure, in plain words."""
    if isinstance(exc, NoMatchingKeyError):
        return _t(
            "This bundle was not sealed for this key. Check that you chose your "
            "organisation's key file (it begins with AGE-SECRET-KEY-), or the passphrase "
            "the sender gave you."
        )
    if isinstance(exc, DamagedDataError):
        return _t(
            "This file is damaged or was altered after it was made ({detail}). Nothing was "
            "written. Ask the sender for a new copy."
        ).replace("{detail}", exc.detail)
    if isinstance(exc, QuireError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return _t("Quire may not write or read there ({detail}). Choose another place.").replace(
            "{detail}", exc.strerror or str(exc)
        )
    if isinstance(exc, OSError):
        return _t("The disk reported a problem: {detail}").replace(
            "{detail}", exc.strerror or str(exc)
        )
    return _t("Something unexpected went wrong: {detail}").replace("{detail}", str(exc))
