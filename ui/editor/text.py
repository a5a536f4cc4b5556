"""Small text helpers shared by the editor's widgets: labels, times, translation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "IncidentEditor"

# What each record key is called on screen (error messages, revision history).
FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("IncidentEditor", "Title"),
    "occurred_at": QT_TRANSLATE_NOOP("IncidentEditor", "When"),
    "occurred_until": QT_TRANSLATE_NOOP("IncidentEditor", "When it ended"),
    "occurred_precision": QT_TRANSLATE_NOOP("IncidentEditor", "How exactly you know when"),
    "categories": QT_TRANSLATE_NOOP("IncidentEditor", "Categories"),
    "narrative": QT_TRANSLATE_NOOP("IncidentEditor", "What happened"),
    "targets": QT_TRANSLATE_NOOP("IncidentEditor", "Who was targeted"),
    "perpetrators": QT_TRANSLATE_NOOP("IncidentEditor", "Who did it"),
    "platforms": QT_TRANSLATE_NOOP("IncidentEditor", "Platforms and channels"),
    "location": QT_TRANSLATE_NOOP("IncidentEditor", "Location"),
    "links": QT_TRANSLATE_NOOP("IncidentEditor", "Links"),
    "witnesses": QT_TRANSLATE_NOOP("IncidentEditor", "Witnesses"),
    "impact": QT_TRANSLATE_NOOP("IncidentEditor", "Impact"),
    "severity": QT_TRANSLATE_NOOP("IncidentEditor", "Severity"),
    "actions": QT_TRANSLATE_NOOP("IncidentEditor", "Actions taken"),
    "tags": QT_TRANSLATE_NOOP("IncidentEditor", "Tags"),
}


# QCoreApplication.translate under a short name; pyside6-lupdate reads the calls
# translate("IncidentEditor", "…") (a literal context, so strings land in the .ts files).
translate = QCoreApplication.translate


def vocab(table: dict[Any, str], key: Any) -> str:
    label = table.get(key)
    return QCoreApplication.translate("vocabulary", label) if label else str(key)


def tmpl(text: str) -> str:
    return QCoreApplication.translate("templates", text) if text else ""


def field_label(key: str) -> str:
    return translate(CONTEXT, FIELD_LABELS.get(key, key))


def when_text(value: str | None) -> str:
    """A stored date as people read it ("2025-03-14 21:05" rather than "…T21:05")."""
    return (value or "").replace("T", " ")
