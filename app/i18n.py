"""Marking strings in app/ for translation without importing Qt.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged here; pyside6-lupdate
recognises the name when it scans app/, so the strings land in the .ts files, and ui/
shows them through ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
