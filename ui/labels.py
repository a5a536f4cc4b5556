"""Labels that show text as text: never interpreted as HTML, whoever wrote it."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel

LANGUAGE_NAMES = {"en": "English", "az": "Azərbaycan dili", "ru": "Русский"}


def plain_label(
    text: str = "", name: str = "", *, wrap: bool = True, selectable: bool = False
) -> QLabel:
    """A label in plain-text format (user data can never inject markup or links)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def counted(n: int, one: str, many: str) -> str:
    """``one`` for exactly one, else ``many`` (a ``%n`` plural that translators inflect).

    Call as ``counted(n, self.tr("1 file"), self.tr("%n files", "", n))`` so English reads
    right without a catalogue and other languages get their plural forms.
    """
    return one if n == 1 else many


def local_time(stamp: str | None, *, compact: bool = False) -> str:
    """A stored UTC timestamp ("…Z") in the computer's time zone: "8 March 2024, 21:14"
    in the locale's words, or "2024-03-08 21:14" where a list row needs it short."""
    if not stamp:
        return ""
    dt = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not dt.isValid():
        return stamp
    if compact:
        return dt.toLocalTime().toString("yyyy-MM-dd HH:mm")
    return QLocale().toString(dt.toLocalTime(), "d MMMM yyyy, HH:mm")
