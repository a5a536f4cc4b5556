"""Labels that show text as text: never interpreted as HTML, whoever wrote it."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
