"""The report's content, decided once and laid out twice (PDF and HTML).

Every field of an incident gets its human label here, from app/incidents/vocabulary.py, so
the two formats cannot drift apart and a new field needs one change, not two. Everything
taken from the user passes through :func:`app.report.text.clean` and stays plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP as _T
from app.incidents import vocabulary
from app.incidents.dates import DateFormatError, sort_key
from app.report import text as t
from app.report.model import ReportInput
from app.report.words import _R, local, said

# Marked here, said where used (app/report/words.py: the sender's language and English).
TITLE = _T("report", "Incident report")
ANONYMOUS = _T("report", "anonymous")
NOT_SIGNED = _T("report", "not signed")
NONE_RECORDED = _T("report", "None recorded.")
IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


@dataclass(frozen=True)
class Fact:
    """One labelled value; ``value`` may hold several lines."""

    label: str
    value: str
    mono: bool = False


@dataclass
class Entry:
    """One item of a list section: a link, an action taken, a follow-up note."""

    heading: str
    facts: list[Fact] = field(default_factory=list)
    body: str = ""
    url: str | None = None  # set only for http(s) addresses, which may become links
    mono_heading: bool = False


@dataclass
class EvidenceView:
    id: int
    name: str
    size: int
    type: str
    sha256: str
    imported_at: str
    path: str
    source_url: str = ""
    captured_at: str = ""
    label: str = ""  # what the report calls it: the annex (A3) in a court annex, else the id
    intimate: bool = False  # drawn blurred, with INTIMATE_NOTE (the original is in the bundle)
    copy_of: str = ""  # a redacted copy: which evidence it was made from (COPY_OF…)

    @property
    def is_image(self) -> bool:
        return self.type in IMAGE_TYPES


@dataclass(frozen=True)
class TranscriptRow:
    """One message of an excerpt: when, who, what, and where it is in the original export."""

    time: str
    sender: str
    text: str
    citation: str


@dataclass
class ExcerptView:
    """A chat excerpt shown as a transcript; ``facts`` name the original export."""

    heading: str
    facts: list[Fact]
    rows: list[TranscriptRow]


@dataclass
class RevisionView:
    revision: str
    at: str
    title: str


@dataclass
class IncidentView:
    id: int
    anchor: str
    title: str
    when: str
    facts: list[Fact]
    narrative: str
    links: list[Entry]
    actions: list[Entry]
    notes: list[Entry]
    revisions: list[RevisionView]
    evidence: list[EvidenceView]
    deleted: bool = False
    excerpts: list[ExcerptView] = field(default_factory=list)


@dataclass
class ChronologyRow:
    id: int
    anchor: str
    when: str
    title: str
    categories: list[str]
    severity: str


@dataclass
class ReportView:
    cover: list[Fact]
    integrity: list[Fact]
    integrity_text: list[str]
    chronology: list[ChronologyRow]
    incidents: list[IncidentView]
    created: str
    chain_head: str
    actors: list[ActorView] = field(default_factory=list)
    remedies: list[RemedyRow] = field(default_factory=list)


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _label(table: dict[Any, str], key: Any) -> str:
    """The human label; an id from a newer schema is shown as is rather than dropped."""
    return said("vocabulary", table[key]) if key in table else t.clean(key)


def _lines(items: list[str]) -> str:
    return "\n".join(i for i in items if i) or t.EMPTY


def severity_text(value: Any) -> str:
    return _label(vocabulary.SEVERITIES, value) if value is not None else t.EMPTY


def category_labels(doc: dict[str, Any]) -> list[str]:
    return [_label(vocabulary.CATEGORIES, c) for c in _list(doc.get("categories"))]


def when_text(doc: dict[str, Any]) -> str:
    return t.format_when(
        doc.get("occurred_at"), doc.get("occurred_until"), doc.get("occurred_precision")
    )


def chronological(incidents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dated incidents first, oldest first; undated ones after, by id."""

    def key(doc: dict[str, Any]) -> tuple[int, str, int]:
        when = doc.get("occurred_at")
        if when:
            try:
                return (0, sort_key(str(when)), _int(doc.get("id")))
            except (DateFormatError, ValueError):
                pass
        return (1, "", _int(doc.get("id")))

    return sorted(incidents, key=key)


def _when_fact(doc: dict[str, Any]) -> Fact:
    when = t.format_when(doc.get("occurred_at"), doc.get("occurred_until"))
    precision = t.precision_label(doc.get("occurred_precision"))
    if doc.get("occurred_at") and precision:
        when += f" ({precision})"
    return Fact(_R("report", "When"), when)


def _targets(doc: dict[str, Any]) -> str:
    out = []
    for target in map(_dict, _list(doc.get("targets"))):
        kind = _label(vocabulary.TARGETS, target.get("kind", "other"))
        name = t.clean(target.get("name")).strip()
        out.append(f"{kind}: {name}" if name else kind)
    return _lines(out)


def _perpetrators(doc: dict[str, Any]) -> str:
    out = []
    for p in map(_dict, _list(doc.get("perpetrators"))):
        kind = _label(vocabulary.PERPETRATOR_KINDS, p.get("kind", "unknown"))
        name = t.clean(p.get("name")).strip()
        out.append(f"{kind}: {name}" if name else kind)
        ids = [t.clean(i) for i in _list(p.get("identifiers")) if str(i).strip()]
        if ids:
            out.append("    " + _R("report", "Identifiers") + ": " + "; ".join(ids))
    return _lines(out)


def _impact(doc: dict[str, Any]) -> str:
    impact = _dict(doc.get("impact"))
    kinds = ", ".join(_label(vocabulary.IMPACTS, k) for k in _list(impact.get("kinds")))
    return _lines([kinds, t.clean(impact.get("description")).strip()])


def _joined(values: Any) -> str:
    return ", ".join(t.clean(v) for v in _list(values)) or t.EMPTY


def _facts(doc: dict[str, Any]) -> list[Fact]:
    facts = [
        _when_fact(doc),
        Fact(_R("report", "Categories"), _lines(category_labels(doc))),
        Fact(_R("report", "Severity"), severity_text(doc.get("severity"))),
        Fact(_R("report", "Who was targeted"), _targets(doc)),
        Fact(_R("report", "Perpetrators"), _perpetrators(doc)),
        Fact(_R("report", "Platforms and channels"), _joined(doc.get("platforms"))),
        Fact(_R("report", "Location"), t.clean(doc.get("location")).strip() or t.EMPTY),
        Fact(_R("report", "Witnesses"), _lines([t.clean(w) for w in _list(doc.get("witnesses"))])),
        Fact(_R("report", "Impact"), _impact(doc)),
        Fact(_R("report", "Tags"), _joined(doc.get("tags"))),
        Fact(_R("report", "First recorded"), t.format_timestamp(doc.get("created_at"))),
        Fact(_R("report", "Last changed"), t.format_timestamp(doc.get("updated_at"))),
        Fact(
            _R("report", "Saved revisions"), str(_int(doc.get("revisions"), len(_revisions(doc))))
        ),
    ]
    if doc.get("deleted_at"):
        facts.append(
            Fact(_R("report", "Deleted in the diary"), t.format_timestamp(doc.get("deleted_at")))
        )
    return facts


def _links(doc: dict[str, Any]) -> list[Entry]:
    out = []
    for link in map(_dict, _list(doc.get("links"))):
        url = t.clean(link.get("url")).strip()
        facts = (
            [Fact(_R("report", "Seen"), t.format_point(str(link["seen_at"])))]
            if link.get("seen_at")
            else []
        )
        out.append(
            Entry(
                heading=url,
                facts=facts,
                body=t.clean(link.get("note")).strip(),
                url=url if t.is_web_url(url) else None,
                mono_heading=True,
            )
        )
    return out


def _actions(doc: dict[str, Any]) -> list[Entry]:
    out = []
    for action in map(_dict, _list(doc.get("actions"))):
        facts = []
        if action.get("at"):
            facts.append(Fact(_R("report", "Date"), t.format_point(str(action["at"]))))
        if str(action.get("reference") or "").strip():
            facts.append(Fact(_R("report", "Reference"), t.clean(action["reference"]).strip()))
        if str(action.get("outcome") or "").strip():
            facts.append(Fact(_R("report", "Outcome"), t.clean(action["outcome"]).strip()))
        heading = _label(vocabulary.ACTION_KINDS, action.get("kind", "other"))
        out.append(Entry(heading=heading, facts=facts))
    return out


def _notes(doc: dict[str, Any]) -> list[Entry]:
    return [
        Entry(
            heading=_R("report", "Added") + " " + t.format_timestamp(n.get("created_at")),
            body=t.clean(n.get("text")),
        )
        for n in map(_dict, _list(doc.get("notes")))
    ]


def _revisions(doc: dict[str, Any]) -> list[RevisionView]:
    return [
        RevisionView(
            revision=str(_int(r.get("revision"))),
            at=t.format_timestamp(r.get("at")),
            title=t.clean(r.get("title")),
        )
        for r in map(_dict, _list(doc.get("revision_history")))
    ]


def _evidence(inp: ReportInput, incident_id: int, doc: dict[str, Any]) -> list[EvidenceView]:
    out = []
    for e in map(_dict, _list(doc.get("evidence"))):
        evidence_id = _int(e.get("id"))
        out.append(
            EvidenceView(
                id=evidence_id,
                name=t.clean(e.get("name")) or t.EMPTY,
                size=max(0, _int(e.get("size"))),
                type=t.clean(e.get("type")) or "application/octet-stream",
                sha256=t.clean(e.get("sha256")),
                imported_at=t.format_timestamp(e.get("imported_at")),
                path=t.clean(inp.evidence_path(incident_id, evidence_id)),
                source_url=t.clean(e.get("source_url")).strip(),
                captured_at=t.format_point(str(e["captured_at"])) if e.get("captured_at") else "",
                label=t.clean(e.get("annex")) or str(evidence_id),
                intimate=e.get("intimate") is True,
            )
        )
    _name_originals(out, list(map(_dict, _list(doc.get("evidence")))))
    return out


INTIMATE_NOTE = _T(
    "report",
    "Shown blurred: marked intimate by the person. The original is in the bundle: {path}",
)
COPY_OF = _T("report", "Redacted copy of evidence {label}, SHA-256 {sha256}")
COPY_OF_ABSENT = _T(
    "report", "Redacted copy; the original is not in this bundle. Its SHA-256: {sha256}"
)


def _name_originals(views: list[EvidenceView], docs: list[dict[str, Any]]) -> None:
    """A redacted copy names its original (``derived_from``): by its label when the original
    is in this report, else by the SHA-256 alone."""
    labels = {v.id: v.label for v in views}
    for view, e in zip(views, docs, strict=True):
        derived = e.get("derived_from")
        if not isinstance(derived, dict):
            continue
        sha256 = t.clean(derived.get("original_sha256"))
        original = derived.get("original_id")
        if isinstance(original, int) and original in labels:
            view.copy_of = (
                said("report", COPY_OF)
                .replace("{label}", labels[original])
                .replace("{sha256}", sha256)
            )
        else:
            view.copy_of = said("report", COPY_OF_ABSENT).replace("{sha256}", sha256)


TRANSCRIPT_HEADINGS = [
    _T("report", "Time (UTC)"),
    _T("report", "Sender"),
    _T("report", "Message"),
    _T("report", "Citation"),
]
TRANSCRIPT_NOTE = _T(
    "report",
    "Messages chosen from imported chat exports. Each row cites the SHA-256 of the original "
    "export file and the message's index (#) in it, so it can be found there; where the "
    "file is in this bundle, its path is given and its hash is listed in manifest.json.",
)


def citation(sha256: object, index: object) -> str:
    """``SHA-256 3f2a9c1b04de… · #42``: the export's hash (shortened) and the message's index."""
    digest = t.clean(sha256).strip()
    return f"SHA-256 {digest[:12]}… · #{_int(index)}"


def _transcript_row(m: dict[str, Any]) -> TranscriptRow:
    kind = t.clean(m.get("kind")).strip()
    body = t.clean(m.get("text"))
    if kind and kind != "text":
        body = f"[{kind}] {body}".rstrip()
    return TranscriptRow(
        time=t.format_timestamp(m.get("time")),
        sender=t.clean(m.get("sender")).strip() or t.EMPTY,
        text=body,
        citation=citation(m.get("source_sha256"), m.get("index")),
    )


def _excerpts(doc: dict[str, Any]) -> list[ExcerptView]:
    out = []
    for n, x in enumerate(map(_dict, _list(doc.get("excerpts"))), 1):
        conversation, source = _dict(x.get("conversation")), _dict(x.get("source"))
        platform = t.clean(conversation.get("platform")).strip() or "chat"
        title = t.clean(conversation.get("title")).strip() or t.EMPTY
        facts = [
            Fact(_R("report", "Export file"), t.clean(source.get("name")).strip() or t.EMPTY),
            Fact(
                _R("report", "Export SHA-256"),
                t.clean(source.get("sha256")).strip() or t.EMPTY,
                mono=True,
            ),
        ]
        if source.get("path"):
            facts.append(
                Fact(_R("report", "File in bundle"), t.clean(source.get("path")), mono=True)
            )
        if str(x.get("note") or "").strip():
            facts.append(Fact(_R("report", "Note"), t.clean(x.get("note")).strip()))
        out.append(
            ExcerptView(
                heading=_R("report", "Excerpt") + f" {n}: {platform} · {title}",
                facts=facts,
                rows=[_transcript_row(m) for m in map(_dict, _list(x.get("messages")))],
            )
        )
    return out


def incident_view(inp: ReportInput, doc: dict[str, Any]) -> IncidentView:
    incident_id = _int(doc.get("id"))
    return IncidentView(
        id=incident_id,
        anchor=f"incident-{incident_id}",
        title=t.clean(doc.get("title")).strip() or _R("report", "(untitled)"),
        when=when_text(doc),
        facts=_facts(doc),
        narrative=t.clean(doc.get("narrative")).strip(),
        links=_links(doc),
        actions=_actions(doc),
        notes=_notes(doc),
        revisions=_revisions(doc),
        evidence=_evidence(inp, incident_id, doc),
        deleted=bool(doc.get("deleted_at")),
        excerpts=_excerpts(doc),
    )


def _period(docs: list[dict[str, Any]]) -> str:
    """From the earliest start to the latest start or end among dated incidents."""
    points = []
    for doc in docs:
        for value in (doc.get("occurred_at"), doc.get("occurred_until")):
            if value:
                try:
                    points.append((sort_key(str(value)), str(value)))
                except (DateFormatError, ValueError):
                    continue
    if not points:
        return t.EMPTY
    first, last = t.format_point(min(points)[1]), t.format_point(max(points)[1])
    return first if first == last else f"{first} – {last}"


def integrity_paragraphs(signed: bool) -> list[str]:
    """How a receiver checks the bundle with standard tools (README.txt has the commands)."""
    paragraphs = [
        _T(
            "report",
            "Each file in this bundle is listed in manifest.json with its SHA-256 hash, which "
            "this report also shows for every evidence file. To check that a file has not "
            "changed, compute its hash with sha256sum (on macOS: shasum -a 256; on Windows: "
            "certutil -hashfile FILE SHA256) and compare it with the listed value.",
        )
    ]
    if signed:
        paragraphs.append(
            _T(
                "report",
                "manifest.json is signed with the ssh-ed25519 key whose fingerprint is shown "
                "above. Check the signature with ssh-keygen -Y verify (part of OpenSSH) using "
                "manifest.json and manifest.sig; README.txt in this bundle gives the exact "
                "commands. Confirm the fingerprint with the sender through a separate channel "
                "you trust.",
            )
        )
    else:
        paragraphs.append(
            _T(
                "report",
                "This bundle is not signed: its hashes show whether files match the manifest, "
                "but nothing in it proves who made it. README.txt in this bundle explains the "
                "checks.",
            )
        )
    paragraphs.append(
        _T(
            "report",
            "The revision chain head is a hash over every saved revision of the incidents, in "
            "order; manifest.json records it too. This report is a readable copy: the "
            "authoritative records are the files under incidents/ and evidence/.",
        )
        if signed
        else _T(
            "report",
            "An unsigned bundle carries no revision chain head, and no ids or exact record "
            "times from the diary, so that it cannot be linked to other bundles. This report "
            "is a readable copy: the authoritative records are the files under incidents/ and "
            "evidence/.",
        )
    )
    # The sender's language first, then the English (a paragraph is too long to share a line).
    return [
        text
        for p in paragraphs
        for text in ([local("report", p), p] if local("report", p) != p else [p])
    ]


# -- the court annex (export --court) ----------------------------------------------------------
DOCUMENTS = _T("report", "List of documents")
DOCUMENTS_NOTE = _T(
    "report",
    "Incidents are numbered 1 to N in chronological order; their evidence files are the "
    "annexes A1, A2, … in the same order, under these names in the bundle's evidence folder.",
)
TRUTH = _T("report", "Statement of truth")
TRUTH_TEXT = _T(
    "report",
    "I believe that the facts stated in this report are true, and that each annex is a true "
    "copy of the file it names (its SHA-256 is given in this report and in manifest.json).",
)
SIGNATURE_LINES = (
    _T("report", "Signature"),
    _T("report", "Full name"),
    _T("report", "Date"),
    _T("report", "Place"),
)


@dataclass(frozen=True)
class DocumentRow:
    """One line of a court annex's list of documents: an incident or one of its annexes."""

    label: str  # "3" or "A7"
    when: str
    title: str
    incident: int  # the incident it belongs to (its page, its anchor)
    anchor: str
    annex: bool


def documents(view: ReportView) -> list[DocumentRow]:
    """Every incident in the report's (chronological) order, each followed by its annexes."""
    rows = []
    for i in view.incidents:
        rows.append(DocumentRow(str(i.id), i.when, i.title, i.id, i.anchor, False))
        rows += [
            # The day alone: "6 Dec 2026, 14:14:51 UTC" does not fit the list's column.
            DocumentRow(
                ev.label,
                (ev.captured_at or ev.imported_at).split(",")[0],
                ev.name,
                i.id,
                i.anchor,
                True,
            )
            for ev in i.evidence
        ]
    return rows


def truth_text() -> list[str]:
    """The statement in the sender's language, then the English (too long to share a line)."""
    local_text = local("report", TRUTH_TEXT)
    return [local_text, TRUTH_TEXT] if local_text != TRUTH_TEXT else [TRUTH_TEXT]


# -- actors and the exhaustion of domestic remedies ------------------------------------------
ACTORS = _T("report", "Actors")
ACTORS_NOTE = _T(
    "report",
    "The people, bodies, channels and accounts the person linked to these incidents, with "
    "every identifier recorded and when it was first and last seen.",
)
REMEDIES = _T("report", "Exhaustion of domestic remedies")
REMEDIES_NOTE = _T(
    "report",
    "Every complaint recorded for these incidents, oldest first, with the answers received. "
    "The deadline is four calendar months after the final domestic decision (European Court "
    "of Human Rights, Article 35 § 1); check it with a lawyer.",
)


@dataclass
class ActorView:
    """One actor's section: who, what kind, by which identifiers, in which incidents."""

    heading: str
    facts: list[Fact]


@dataclass(frozen=True)
class RemedyRow:
    """One complaint in the exhaustion-of-domestic-remedies table."""

    incident: int
    anchor: str
    date: str
    body: str
    reference: str
    asked: str
    answers: str
    final: str
    deadline: str


def actor_views(actors: list[dict[str, Any]], incidents: list[IncidentView]) -> list[ActorView]:
    """Only actors linked to an incident of this report; each lists those incidents."""
    titles = {i.id: i.title for i in incidents}
    out = []
    for a in map(_dict, actors):
        linked = [i for i in _list(a.get("incidents")) if i in titles]
        if not linked:
            continue
        names = [t.clean(n).strip() for n in _list(a.get("names")) if str(n).strip()]
        kind = _label(vocabulary.PERPETRATOR_KINDS, a.get("kind", "unknown"))
        idents = []
        for i in map(_dict, _list(a.get("identifiers"))):
            seen = " – ".join(
                t.format_point(str(v)) for v in (i.get("first_seen"), i.get("last_seen")) if v
            )
            platform = t.clean(i.get("platform")).strip()
            what = t.clean(i.get("kind")) + (f" ({platform})" if platform else "")
            idents.append(f"{what}: {t.clean(i.get('value'))}" + (f" · {seen}" if seen else ""))
        order = {v.id: n for n, v in enumerate(incidents)}
        facts = [
            Fact(_R("report", "Kind"), kind),
            Fact(_R("report", "Names"), _lines(names)),
            Fact(_R("report", "Identifiers"), _lines(idents)),
            Fact(
                _R("report", "Incidents"),
                _lines([f"{i}: {titles[i]}" for i in sorted(linked, key=order.__getitem__)]),
            ),
        ]
        out.append(ActorView(", ".join(names) or kind, facts))
    return out


def remedy_rows(incidents: list[IncidentView], docs: list[dict[str, Any]]) -> list[RemedyRow]:
    """The complaints of every incident, by the date each was made."""
    from app.complaints.store import BODIES

    rows = []
    for view, doc in zip(incidents, docs, strict=True):
        for c in map(_dict, _list(doc.get("complaints"))):
            responses = [_dict(r) for r in _list(c.get("responses"))]
            final = next((r for r in responses if r.get("final")), None)
            body = _label(BODIES, c.get("to"))
            if str(c.get("body_name") or "").strip():
                body += f"\n{t.clean(c.get('body_name')).strip()}"
            rows.append(
                RemedyRow(
                    incident=view.id,
                    anchor=view.anchor,
                    date=t.clean(c.get("date")),
                    body=body,
                    reference=t.clean(c.get("reference")).strip() or t.EMPTY,
                    asked=t.clean(c.get("asked")).strip() or t.EMPTY,
                    answers=_lines(
                        [
                            f"{t.clean(r.get('received_on'))}: {t.clean(r.get('text'))}"
                            for r in responses
                        ]
                    ),
                    final=(
                        f"{t.clean(final.get('received_on'))}: {t.clean(final.get('text'))}"
                        if final
                        else t.EMPTY
                    ),
                    deadline=t.clean(c.get("echr_deadline")) or t.EMPTY,
                )
            )
    return sorted(rows, key=lambda r: r.date)


def build(inp: ReportInput) -> ReportView:
    docs = chronological([_dict(d) for d in inp.incidents])
    incidents = [incident_view(inp, d) for d in docs]
    files = [e for i in incidents for e in i.evidence]
    total = sum(e.size for e in files)
    evidence_text = (
        f"{len(files)} ({t.size_with_bytes(total)} " + _R("report", "in total") + ")"
        if files
        else _R("report", "none")
    )
    author = t.clean(inp.author).strip() if inp.author else ""
    cover = [
        Fact(_R("report", "Prepared by"), author or said("report", ANONYMOUS)),
        Fact(_R("report", "Created"), t.format_timestamp(inp.created_at)),
        Fact(_R("report", "Incidents"), str(len(incidents))),
        Fact(_R("report", "Evidence files"), evidence_text),
        Fact(_R("report", "Period covered"), _period(docs)),
    ]
    fingerprint = t.clean(inp.signing_fingerprint).strip() if inp.signing_fingerprint else ""
    integrity = [
        Fact(_R("report", "Revision chain head"), t.clean(inp.chain_head) or t.EMPTY, mono=True),
        Fact(
            _R("report", "Signing key"),
            fingerprint or said("report", NOT_SIGNED),
            mono=bool(fingerprint),
        ),
    ]
    chronology = [
        ChronologyRow(
            id=view.id,
            anchor=view.anchor,
            when=view.when,
            title=view.title,
            categories=category_labels(doc),
            severity=severity_text(doc.get("severity")),
        )
        for view, doc in zip(incidents, docs, strict=True)
    ]
    return ReportView(
        actors=actor_views(inp.actors, incidents),
        remedies=remedy_rows(incidents, docs),
        cover=cover,
        integrity=integrity,
        integrity_text=integrity_paragraphs(bool(fingerprint)),
        chronology=chronology,
        incidents=incidents,
        created=t.format_timestamp(inp.created_at),
        chain_head=t.clean(inp.chain_head),
    )
