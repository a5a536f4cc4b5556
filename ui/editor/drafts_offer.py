"""After every unlock: offer back what was typed and not saved (a crash, an auto-lock).

Each draft is offered in turn: continue editing it, or — after a second, explicit
question — discard it. Answering "no" twice keeps it for the next unlock.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import QuireError
from app.incidents.drafts import Draft, DraftStore
from app.incidents.store import IncidentNotFound, IncidentStore
from app.storage.db import DatabaseError
from app.vault.vault import Vault
from ui.dialogs import Dialogs
from ui.editor.text import translate
from ui.labels import counted, local_time


def _t(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("DraftsOffer", text, disambiguation or None, n)


def _waiting(draft: Draft, drafts: DraftStore) -> int:
    """How many files were dropped or pasted while it was written."""
    try:
        return len(drafts.files(draft.id))
    except (QuireError, DatabaseError):
        return 0


def waiting_files(draft: Draft, drafts: DraftStore) -> str:
    n = _waiting(draft, drafts)
    if not n:
        return ""
    return " " + counted(
        n,
        translate("DraftsOffer", "It also holds 1 file waiting to be added."),
        _t("It also holds %n files waiting to be added.", "", n),
    )


def files_deleted_too(draft: Draft, drafts: DraftStore) -> str:
    n = _waiting(draft, drafts)
    if not n:
        return ""
    return " " + counted(
        n,
        translate("DraftsOffer", "The file waiting with it is deleted too."),
        _t("The %n files waiting with it are deleted too.", "", n),
    )


def describe(draft: Draft, store: IncidentStore) -> str:
    """The question for one draft, naming what it is and when it was typed."""
    return _describe(draft, store) + waiting_files(draft, DraftStore(store.vault))


def _describe(draft: Draft, store: IncidentStore) -> str:
    record = draft.fields.get("record")
    title = record.get("title", "").strip() if isinstance(record, dict) else ""
    when = local_time(draft.updated_at)
    if draft.incident_id is not None:
        try:
            saved_title = store.get(draft.incident_id).record.title
        except IncidentNotFound:
            saved_title = None
        if saved_title is not None:
            text = translate(
                "DraftsOffer",
                "You have unsaved changes to the incident “{title}” from {time}. Continue editing?",
            )
            return text.replace("{title}", saved_title).replace("{time}", when)
    if title:
        text = translate(
            "DraftsOffer", "You have an unsaved incident, “{title}”, from {time}. Continue editing?"
        )
        return text.replace("{title}", title).replace("{time}", when)
    return translate(
        "DraftsOffer", "You have an unsaved incident from {time}. Continue editing?"
    ).replace("{time}", when)


def offer_drafts(main_window: QWidget, vault: Vault) -> list[QWidget]:
    """Ask about each draft; returns the editors opened (already shown)."""
    try:
        drafts = DraftStore(vault)
        pending = drafts.list()
    except (QuireError, DatabaseError):
        return []
    store = IncidentStore(vault)
    opened: list[QWidget] = []
    for draft in pending:
        if Dialogs.ask(
            main_window, translate("DraftsOffer", "Unsaved incident"), describe(draft, store)
        ):
            opened.append(open_draft(main_window, vault, draft))
        elif Dialogs.ask(
            main_window,
            translate("DraftsOffer", "Discard the unsaved text?"),
            translate(
                "DraftsOffer",
                "The text will be deleted for good. Choose No to keep it and be asked "
                "again next time.",
            )
            + files_deleted_too(draft, drafts),
            danger=True,
        ):
            drafts.discard(draft.id)
    return opened


def open_draft(main_window: QWidget, vault: Vault, draft: Draft) -> QWidget:
    from ui.editor.incident_editor import IncidentEditor

    editor = IncidentEditor(vault, draft.incident_id, main_window, draft=draft)
    diary: Any = getattr(main_window, "diary", None)
    if diary is not None and hasattr(diary, "refresh"):
        editor.saved.connect(lambda i: diary.refresh(select=i))
    editor.show()
    return editor
