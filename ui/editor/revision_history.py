"""Revision history: every saved version of an incident, read-only.

Each save keeps the earlier revision (and hashes it into the chain). Selecting a revision
shows how the incident read then, with the fields that changed since the revision before
marked. All user text is ``html.escape``d; nothing is ever loaded from outside.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.incidents import vocabulary
from app.incidents.store import IncidentStore, Revision
from app.vault.vault import Vault
from ui.editor.text import field_label, translate, vocab, when_text
from ui.editor.widgets import plain_label
from ui.labels import local_time

# Rows of the read-only view: (label key, the record keys it shows).
_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("title",)),
    ("occurred_at", ("occurred_at", "occurred_until", "occurred_precision")),
    ("categories", ("categories",)),
    ("severity", ("severity",)),
    ("narrative", ("narrative",)),
    ("targets", ("targets",)),
    ("perpetrators", ("perpetrators",)),
    ("witnesses", ("witnesses",)),
    ("platforms", ("platforms",)),
    ("location", ("location",)),
    ("links", ("links",)),
    ("impact", ("impact",)),
    ("actions", ("actions",)),
    ("tags", ("tags",)),
)


def _when_text(rec: dict[str, Any]) -> str:
    at = rec.get("occurred_at")
    if not at:
        return ""
    text = when_text(at)
    if rec.get("occurred_until"):
        text += f" – {when_text(rec['occurred_until'])}"
    precision = rec.get("occurred_precision")
    return f"{text} ({vocab(vocabulary.PRECISIONS, precision)})" if precision else text


def field_text(key: str, rec: dict[str, Any]) -> str:
    """One field of a record as plain text (several lines for lists)."""
    value = rec.get(key)
    if key == "occurred_at":
        return _when_text(rec)
    if key == "categories":
        return ", ".join(vocab(vocabulary.CATEGORIES, c) for c in value or [])
    if key == "severity":
        return vocab(vocabulary.SEVERITIES, value) if value else ""
    if key == "targets":
        return "\n".join(
            f"{vocab(vocabulary.TARGETS, t.get('kind'))} {t.get('name', '')}".strip()
            for t in value or []
        )
    if key == "perpetrators":
        lines = []
        for p in value or []:
            line = vocab(vocabulary.PERPETRATOR_KINDS, p.get("kind"))
            if p.get("name"):
                line += f": {p['name']}"
            if p.get("identifiers"):
                line += f" ({', '.join(p['identifiers'])})"
            lines.append(line)
        return "\n".join(lines)
    if key == "links":
        lines = []
        for link in value or []:
            parts = [link.get("url", "")]
            if link.get("seen_at"):
                parts.append(
                    translate("IncidentEditor", "seen {when}").replace(
                        "{when}", when_text(link["seen_at"])
                    )
                )
            if link.get("note"):
                parts.append(link["note"])
            lines.append(" — ".join(parts))
        return "\n".join(lines)
    if key == "impact":
        impact = value or {}
        kinds = ", ".join(vocab(vocabulary.IMPACTS, k) for k in impact.get("kinds", []))
        desc = impact.get("description", "")
        return "\n".join(x for x in (kinds, desc) if x)
    if key == "actions":
        return "\n".join(
            " · ".join(
                x
                for x in (
                    vocab(vocabulary.ACTION_KINDS, a.get("kind")),
                    when_text(a.get("at")),
                    a.get("reference", ""),
                    a.get("outcome", ""),
                )
                if x
            )
            for a in value or []
        )
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def revision_html(revision: Revision, previous: Revision | None) -> str:
    rec = revision.record
    before = previous.record if previous else None
    changed_badge = f"<span class='changed'>{_e(translate('IncidentEditor', 'changed'))}</span>"
    rows = []
    for label_key, keys in _ROWS:
        text = field_text(label_key, rec)
        changed = before is not None and any(rec.get(k) != before.get(k) for k in keys)
        if not text and not changed:
            continue
        shown = _e(text) if text else f"<i>{_e(translate('IncidentEditor', '(removed)'))}</i>"
        badge = f" &nbsp;{changed_badge}" if changed else ""
        rows.append(
            f"<p class='field'><span class='label'>{_e(field_label(label_key))}</span>{badge}"
            f"<br>{shown}</p>"
        )
    if before is None:
        intro = translate("IncidentEditor", "First version, recorded {time}.")
    else:
        intro = translate(
            "IncidentEditor",
            "Saved {time}. Fields marked “changed” differ from the version before.",
        )
    intro = intro.replace("{time}", local_time(revision.at))
    style = (
        "<style>.label{font-weight:600} .changed{font-style:italic}"
        " p.field{margin-top:0;margin-bottom:8px}</style>"
    )
    heading = translate("IncidentEditor", "Revision {n}").replace("{n}", str(revision.revision))
    return style + f"<h3>{_e(heading)}</h3>" + f"<p>{_e(intro)}</p>{''.join(rows)}"


class ReadOnlyBrowser(QTextBrowser):
    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: Any) -> Any:
        return None  # never load anything from anywhere


class RevisionHistory(QWidget):
    """The list of saved versions, and the chosen one, read-only."""

    def __init__(self, vault: Vault, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._incident_id = incident_id
        self._revisions: list[Revision] = []
        self.list = QListWidget()
        self.list.setAccessibleName(translate("IncidentEditor", "Saved versions"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        self.view = ReadOnlyBrowser()
        self.view.setAccessibleName(translate("IncidentEditor", "The chosen version, read-only"))
        self.list.currentRowChanged.connect(self._show)
        intro = plain_label(
            translate(
                "IncidentEditor",
                "Every save keeps the version before. Choose one to see how it read.",
            ),
            name="hint",
            wrap=True,
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([140, 560])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(intro)
        lay.addWidget(split, 1)

    def retranslate_ui(self) -> None:
        """The language changed (ui/retranslate.py): list and show the revisions again."""
        self.refresh()

    def refresh(self) -> None:
        self._revisions = IncidentStore(self._vault).revisions(self._incident_id)
        self.list.blockSignals(True)
        self.list.clear()
        newest = len(self._revisions) - 1
        for i, rev in reversed(list(enumerate(self._revisions))):
            if i == newest:
                text = translate("IncidentEditor", "Revision {n} (current)")
            else:
                text = translate("IncidentEditor", "Revision {n}")
            text = text.replace("{n}", str(rev.revision)) + "\n" + local_time(rev.at)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self._revisions:
            self.list.setCurrentRow(0)
            self._show(0)

    def count(self) -> int:
        return len(self._revisions)

    def select_revision(self, number: int) -> None:
        for row in range(self.list.count()):
            i = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if self._revisions[i].revision == number:
                self.list.setCurrentRow(row)
                return

    def _show(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        if item is None:
            self.view.clear()
            return
        i = item.data(Qt.ItemDataRole.UserRole)
        previous = self._revisions[i - 1] if i > 0 else None
        self.view.setHtml(revision_html(self._revisions[i], previous))

    def clear(self) -> None:
        self._revisions = []
        self.list.clear()
        self.view.clear()
