"""The read-only detail pane: one incident, every field, as escaped rich text.

All user text passes through ``html.escape``; links are shown, never followed (Quire never
opens the network), and nothing is loaded from outside. The only live links are the pane's
own: "Remove this excerpt…" (scheme ``quire-excerpt``) and "Record a complaint…" / "Record
an answer…" (scheme ``quire-complaint``), made here with a number or ``add``, never from
user text; a click asks the page to act (``remove_excerpt_requested``,
``complaint_requested``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.chats.excerpts import ExcerptStore
from app.complaints.store import Complaint
from app.errors import QuireError
from app.incidents import vocabulary
from app.incidents.dates import display_when
from app.sizes import human_size
from app.spoken_fingerprint import receipt
from ui.chats.delegate import PLATFORMS, kind_name
from ui.dialogs import Dialogs
from ui.labels import local_time
from ui.worker import run_task

if TYPE_CHECKING:
    from app.vault.vault import Vault

REMOVE_SCHEME = "quire-excerpt"
COMPLAINT_SCHEME = "quire-complaint"  # quire-complaint:add, quire-complaint:<id> (an answer)
SHOWN_MESSAGES = 200  # per excerpt: the pane stays quick; the report has every message


def _t(text: str) -> str:
    return QCoreApplication.translate("DetailView", text)


def _v(table: dict[Any, str], key: Any) -> str:
    label = table.get(key)
    return QCoreApplication.translate("vocabulary", label) if label else str(key)


def _e(value: Any) -> str:
    return html.escape(str(value)).replace("\n", "<br>")


def incident_html(doc: dict[str, Any]) -> str:
    rows: list[tuple[str, str]] = []

    def row(label: str, value: str) -> None:
        if value:
            rows.append((_t(label), value))

    when = display_when(doc.get("occurred_at"))
    if doc.get("occurred_until"):
        when += f" – {display_when(doc['occurred_until'])}"
    if when:
        precision = _v(vocabulary.PRECISIONS, doc.get("occurred_precision"))
        when = f"{_e(when)} <span class='muted'>({_e(precision)})</span>"
    row("When", when)
    row(
        "Categories", _e(", ".join(_v(vocabulary.CATEGORIES, c) for c in doc.get("categories", [])))
    )
    if doc.get("severity"):
        row("Severity", _e(_v(vocabulary.SEVERITIES, doc["severity"])))
    row(
        "Targeted",
        "<br>".join(
            _e(f"{_v(vocabulary.TARGETS, t['kind'])} {t.get('name', '')}".strip())
            for t in doc.get("targets", [])
        ),
    )
    row(
        "Perpetrators",
        "<br>".join(
            _e(
                f"{_v(vocabulary.PERPETRATOR_KINDS, p['kind'])}: {p.get('name', '')}"
                + (f" ({', '.join(p.get('identifiers', []))})" if p.get("identifiers") else "")
            )
            for p in doc.get("perpetrators", [])
        ),
    )
    row("Platforms", _e(", ".join(doc.get("platforms", []))))
    row("Location", _e(doc.get("location", "")))
    row(
        "Links",
        "<br>".join(
            _e(link["url"])
            + (
                f" <span class='muted'>{_e(_t('seen'))} {_e(display_when(link['seen_at']))}</span>"
                if link.get("seen_at")
                else ""
            )
            + (f" — {_e(link['note'])}" if link.get("note") else "")
            for link in doc.get("links", [])
        ),
    )
    row("Witnesses", _e(", ".join(doc.get("witnesses", []))))
    impact = doc.get("impact") or {}
    impact_text = ", ".join(_v(vocabulary.IMPACTS, k) for k in impact.get("kinds", []))
    if impact.get("description"):
        impact_text += (" — " if impact_text else "") + impact["description"]
    row("Impact", _e(impact_text))
    row(
        "Actions taken",
        "<br>".join(
            _e(
                " · ".join(
                    x
                    for x in (
                        _v(vocabulary.ACTION_KINDS, a["kind"]),
                        a.get("at") or "",
                        a.get("reference", ""),
                        a.get("outcome", ""),
                    )
                    if x
                )
            )
            for a in doc.get("actions", [])
        ),
    )
    row("Tags", _e(", ".join(doc.get("tags", []))))

    parts = [f"<h2>{_e(doc['title'])}</h2>", "<table cellspacing='0' cellpadding='4'>"]
    parts += [f"<tr><td class='label'>{_e(k)}</td><td>{v}</td></tr>" for k, v in rows]
    parts.append("</table>")
    if doc.get("narrative"):
        parts += [f"<h3>{_e(_t('What happened'))}</h3>", f"<p>{_e(doc['narrative'])}</p>"]
    if doc.get("notes"):
        parts.append(f"<h3>{_e(_t('Follow-up notes'))}</h3>")
        parts += [
            f"<p><span class='muted'>{_e(n['created_at'])}</span><br>{_e(n['text'])}</p>"
            for n in doc["notes"]
        ]
    if doc.get("evidence"):
        parts.append(f"<h3>{_e(_t('Evidence'))}</h3><table cellspacing='0' cellpadding='3'>")
        label = _t("Receipt")
        parts += [
            f"<tr><td>{_e(e['name'])}</td><td class='muted'>{_e(human_size(e['size']))}"
            f"</td><td class='muted'>{_e(e['type'])}</td></tr>"
            # The proof-of-existence receipt, to send to a lawyer by another channel.
            f"<tr><td colspan='3' class='muted'>{_e(label)}: "
            f"<code>{_e(receipt(e['sha256']))}</code></td></tr>"
            for e in doc["evidence"]
        ]
        hint = _t(
            "Send each receipt to your lawyer by another channel the day you record the file: "
            "it shows later that the file existed by then."
        )
        parts.append(f"</table><p class='muted'>{_e(hint)}</p>")
    parts.append(complaints_html(doc.get("complaints", [])))
    if doc.get("excerpts"):
        heading = QCoreApplication.translate("DetailView", "Chat excerpts")
        parts.append(f"<h3>{_e(heading)}</h3>")
        parts += [excerpt_html(x) for x in doc["excerpts"]]
    parts.append(
        f"<p class='muted'>{_e(_t('Recorded'))} {_e(doc['created_at'])} · "
        f"{_e(_t('last changed'))} {_e(doc['updated_at'])} · "
        f"{_e(_t('revisions'))}: {_e(doc['revisions'])}</p>"
    )
    style = (
        "<style>td.label{color:palette(mid);padding-right:12px;vertical-align:top;"
        "white-space:nowrap} .muted{color:gray} h2{margin-bottom:6px}</style>"
    )
    return style + "".join(parts)


def complaints_html(complaints: list[dict[str, Any]]) -> str:
    """Complaints made about the incident, how each stands today, and the pane's own links
    to record another or an answer (fixed scheme and a number, never user text)."""
    from ui.complaints.complaint_dialog import body_label, status_text

    heading, ref_word, final_word = _t("Complaints"), _t("ref."), _t("final decision")
    parts = [f"<a name='complaints'></a><h3>{_e(heading)}</h3>"]
    for d in complaints:
        c = Complaint.from_dict(d)
        to = body_label(c.body) + (f" ({c.body_name})" if c.body_name else "")
        ref = f" · {ref_word} {c.reference}" if c.reference else ""
        parts.append(f"<p><b>{_e(c.filed_on)}</b> · {_e(to)}{_e(ref)}<br>")
        if c.asked:
            parts.append(f"{_e(c.asked)}<br>")
        for r in c.responses:
            final = f" <b>{_e(final_word)}</b>" if r.final else ""
            parts.append(f"<span class='muted'>{_e(r.received_on)}</span>{final} {_e(r.text)}<br>")
        answer = _t("Record an answer…")
        parts.append(
            f"<i>{_e(status_text(c))}</i> "
            f"<a href='{COMPLAINT_SCHEME}:{int(c.id)}'>{_e(answer)}</a></p>"
        )
    add = _t("Record a complaint you made…")
    parts.append(f"<p><a href='{COMPLAINT_SCHEME}:add'>{_e(add)}</a></p>")
    return "".join(parts)


def excerpt_html(x: dict[str, Any]) -> str:
    """One excerpt: the chat, the note, each message with its citation in the export."""
    conv, source = x["conversation"], x["source"]
    title = conv.get("title") or QCoreApplication.translate("DetailView", "(untitled)")
    export = QCoreApplication.translate("DetailView", "Export: {name}").replace(
        "{name}", source.get("name") or ""
    )
    remove = QCoreApplication.translate("DetailView", "Remove this excerpt…")
    platform = PLATFORMS.get(conv["platform"], conv["platform"])
    parts = [
        f"<p><b>{_e(title)}</b> · {_e(platform)}<br><span class='muted'>"
        f"{_e(export)} · SHA-256 {_e(source['sha256'])}"
        "</span></p>"
    ]
    if x.get("note"):
        parts.append(f"<p>{_e(x['note'])}</p>")
    parts.append("<table cellspacing='0' cellpadding='3'>")
    for m in x["messages"][:SHOWN_MESSAGES]:
        text = m["text"] or f"({kind_name(m['kind'])})"
        cite = f"SHA-256 {m['source_sha256'][:12]}… · #{m['index']}"
        parts.append(
            f"<tr><td class='muted'>{_e(local_time(m['time'], compact=True))}</td>"
            f"<td><b>{_e(m['sender'] or kind_name(m['kind']))}</b></td>"
            f"<td>{_e(text)}<br><span class='muted'>{_e(cite)}</span></td></tr>"
        )
    parts.append("</table>")
    hidden = len(x["messages"]) - SHOWN_MESSAGES
    if hidden > 0:
        more = QCoreApplication.translate(
            "DetailView", "Messages not shown here: {n}. The report shows them all."
        ).replace("{n}", str(hidden))
        parts.append(f"<p class='muted'>{_e(more)}</p>")
    parts.append(f"<p><a href='{REMOVE_SCHEME}:{int(x['id'])}'>{_e(remove)}</a></p>")
    return "".join(parts)


class DetailView(QTextBrowser):
    remove_excerpt_requested = Signal(int)  # the excerpt's id (the page asks and removes)
    complaint_requested = Signal(int)  # 0: a new complaint; else the complaint to answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._anchor)
        self.setAccessibleName(_t("Incident details"))
        self._doc: dict[str, Any] | None = None
        self.show_placeholder()

    def show_placeholder(self) -> None:
        self._doc = None
        self.setHtml(f"<p style='color:gray'>{_e(_t('Select an incident to see it here.'))}</p>")

    def show_incident(self, doc: dict[str, Any]) -> None:
        self._doc = doc
        self.setHtml(incident_html(doc))

    def retranslate_ui(self) -> None:
        """The language changed (ui/retranslate.py): render the same incident again."""
        if self._doc is None:
            self.show_placeholder()
        else:
            self.show_incident(self._doc)

    def _anchor(self, url: QUrl) -> None:
        """Only the pane's own remove links do anything; any other link is inert."""
        if url.scheme() == REMOVE_SCHEME and url.path().isdigit():
            self.remove_excerpt_requested.emit(int(url.path()))
        elif url.scheme() == COMPLAINT_SCHEME and (url.path() == "add" or url.path().isdigit()):
            self.complaint_requested.emit(0 if url.path() == "add" else int(url.path()))

    def loadResource(self, kind: int, url: Any) -> Any:
        return None  # never load anything from anywhere


def _remove(vault: Vault, excerpt_id: int) -> None:
    """In a worker: a connection of its own, closed when done."""
    session = vault.session()
    try:
        ExcerptStore(session).remove(excerpt_id)
    finally:
        session.lock()


def remove_excerpt(
    parent: QWidget, vault: Vault | None, excerpt_id: int, on_done: Callable[[], None]
) -> None:
    """Ask, then take the excerpt off its incident in a worker (the chat itself stays)."""
    if vault is None:
        return
    title = QCoreApplication.translate("DetailView", "Remove the excerpt")
    if not Dialogs.ask(
        parent,
        title,
        QCoreApplication.translate(
            "DetailView",
            "Remove this excerpt from the incident? The chat stays in Quire and the "
            "incident's history records the removal.",
        ),
        danger=True,
    ):
        return
    run_task(
        _remove,
        vault,
        excerpt_id,
        on_done=lambda _r: on_done(),
        on_error=lambda exc: Dialogs.inform(
            parent,
            title,
            str(exc) if isinstance(exc, QuireError) else exc.__class__.__name__,
            error=True,
        ),
        owner=parent,
    )
