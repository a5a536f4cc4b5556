"""``report.html``: the same report as one self-contained, strictly confined HTML page.

Why it looks like this: every piece of user text goes through :func:`html.escape`, so it can
never become markup; a Content-Security-Policy forbids scripts and anything remote; images
are referenced by their relative path inside the extracted bundle (never base64), so the
page stays small and the browser only loads what the reader scrolls to.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable

from app.i18n import QT_TRANSLATE_NOOP as _T
from app.report import content as c
from app.report import text as t
from app.report.chart import Chart, build_chart
from app.report.images import UNAVAILABLE, check_image, veiled_png
from app.report.model import ReportInput
from app.report.words import _R, said, speaking

CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"
ACTIVE_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "image/svg+xml",
        "text/xml",
        "application/xml",
        "text/javascript",
        "application/javascript",
    }
)

STYLE = """
:root { color-scheme: light; --text: #212529; --muted: #6c757d; --rule: #ced4da;
  --faint: #e9ecef; --accent: #263a52; --fill: #f1f3f5; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #eef0f2; color: var(--text);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", Arial,
  sans-serif; }
main { max-width: 940px; margin: 0 auto; background: #fff; padding: 40px 56px 72px; }
h1, h2, h3 { color: var(--accent); line-height: 1.25; }
h1 { font-size: 2.3em; margin: .2em 0 .15em; }
h2 { font-size: 1.3em; margin: 2em 0 .6em; padding-bottom: .3em;
  border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.05em; margin: 1.6em 0 .5em; padding-bottom: .25em;
  border-bottom: 1px solid var(--faint); }
p { margin: .4em 0 .8em; }
a { color: #1f5fa8; }
.bar { height: 8px; background: var(--accent); margin: -40px -56px 32px; }
.kicker { color: var(--muted); font-size: .78em; font-weight: 600; letter-spacing: .06em;
  text-transform: uppercase; margin: 0; }
.sub, .muted, .note { color: var(--muted); }
.note { font-size: .9em; }
.sign { margin: 2.2em 0 0; } .sign .line { display: inline-block; width: 22em;
  border-bottom: 1px solid currentColor; }
.mono, code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono",
  monospace; font-size: .88em; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.hash { overflow-wrap: anywhere; word-break: break-all; }
dl.facts { display: grid; grid-template-columns: 13.5em 1fr; margin: 0; }
dl.facts dt, dl.facts dd { padding: .45em 0; border-bottom: 1px solid var(--faint); }
dl.facts dt { color: var(--muted); font-weight: 600; font-size: .85em; padding-top: .6em; }
dl.facts dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .88em; margin: .4em 0 1em; }
th { background: var(--fill); color: var(--accent); text-align: left; font-weight: 600; }
th, td { border-bottom: 1px solid var(--rule); padding: 6px 8px; vertical-align: top;
  overflow-wrap: break-word; }
td.num, .nowrap { white-space: nowrap; }
td.num { color: var(--muted); }
td.any, .any { overflow-wrap: anywhere; }
td.hash { width: calc(32ch + 18px); }
td.date { min-width: 9.5em; }
.integrity { background: var(--fill); border-radius: 6px; padding: 4px 20px 12px;
  margin-top: 28px; }
.integrity h2 { margin-top: .8em; }
.integrity p { font-size: .92em; }
.incident { border-top: 3px solid var(--accent); margin-top: 56px; padding-top: 6px; }
.incident h2 { border: 0; margin: .1em 0 .2em; font-size: 1.55em; }
.when { color: var(--muted); font-size: 1.05em; margin: 0 0 1em; }
.entry { padding: .3em 0 .6em; border-bottom: 1px solid var(--faint); }
.entry .head { font-weight: 600; overflow-wrap: anywhere; }
.entry .meta { color: var(--muted); font-size: .88em; }
figure { margin: 1.2em 0; }
figure img { display: block; max-width: 100%; max-height: 640px; height: auto;
  border: 1px solid var(--rule); }
figcaption { font-size: .85em; font-weight: 600; margin-bottom: .4em; }
.chart svg { display: block; width: 100%; height: auto; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 20px; list-style: none; padding: 0;
  margin: .6em 0; font-size: .85em; }
.swatch { display: inline-block; width: .85em; height: .85em; margin-right: .45em;
  vertical-align: -.05em; }
@media print {
  body { background: #fff; }
  main { padding: 0; max-width: none; }
  .bar { display: none; }
  .incident { break-before: page; border-top: 0; }
  figure, tr, .entry { break-inside: avoid; }
}
@media (max-width: 640px) {
  main { padding: 24px 18px 48px; }
  .bar { margin: -24px -18px 24px; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dt { border-bottom: 0; padding-bottom: 0; }
}
"""


def e(value: object) -> str:
    """Escape for element content and quoted attributes alike."""
    return html.escape(str(value), quote=True)


def _user(tag: str, text: str, cls: str = "") -> str:
    """User text in its own element: escaped, and with its own direction (RTL-safe)."""
    klass = f' class="{cls}"' if cls else ""
    return f'<{tag} dir="auto"{klass}>{e(text)}</{tag}>'


def _facts(facts: Iterable[c.Fact]) -> str:
    rows = []
    for fact in facts:
        cls = ' class="mono hash"' if fact.mono else ""
        rows.append(f'<dt>{e(fact.label)}</dt><dd dir="auto"{cls}>{e(fact.value)}</dd>')
    return '<dl class="facts">' + "".join(rows) + "</dl>"


def _web_link(url: str, text: str | None = None, cls: str = "") -> str:
    """A link only for http(s); the reader's browser, not the report, decides to follow it."""
    klass = f' class="{cls}"' if cls else ""
    return (
        f'<a href="{e(url.strip())}" rel="noreferrer noopener" referrerpolicy="no-referrer"'
        f"{klass}>{e(url if text is None else text)}</a>"
    )


def _entries(entries: list[c.Entry]) -> str:
    if not entries:
        return f'<p class="note">{e(said("report", c.NONE_RECORDED))}</p>'
    out = []
    for entry in entries:
        cls = "head mono" if entry.mono_heading else "head"
        if entry.url:
            head = f'<div dir="auto" class="{cls}">{_web_link(entry.url)}</div>'
        else:
            head = _user("div", entry.heading, cls)
        meta = "".join(
            f'<div class="meta">{e(f.label)}: <span dir="auto">{e(f.value)}</span></div>'
            for f in entry.facts
        )
        body = _user("div", entry.body, "text") if entry.body else ""
        out.append(f'<div class="entry">{head}{meta}{body}</div>')
    return "".join(out)


def _table(headings: list[str], rows: list[list[str]], cls: str = "") -> str:
    """``rows`` hold ready, escaped cell HTML."""
    head = "".join(f"<th>{e(said('report', h))}</th>" for h in headings)
    body = "".join("<tr>" + "".join(rows_) + "</tr>" for rows_ in rows)
    klass = f' class="{cls}"' if cls else ""
    return f"<table{klass}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cover(view: c.ReportView) -> str:
    paragraphs = "".join(f"<p>{e(p)}</p>" for p in view.integrity_text)
    kicker = _R("report", "Confidential · contains sensitive personal information")
    sub = _R(
        "report", "Incidents of harassment recorded in an encrypted diary, with their evidence."
    )
    integrity = _R("report", "Integrity")
    return (
        '<header><div class="bar"></div>'
        f'<p class="kicker">{e(kicker)}</p>'
        f"<h1>{e(said('report', c.TITLE))}</h1>"
        f'<p class="sub">{e(sub)}</p>'
        f"{_facts(view.cover)}"
        '<section class="integrity" aria-labelledby="integrity">'
        f'<h2 id="integrity">{e(integrity)}</h2>'
        f"{_facts(view.integrity)}{paragraphs}</section></header>"
    )


def _chronology(view: c.ReportView) -> str:
    heading = e(_R("report", "Chronology"))
    out = [f'<section id="chronology"><h2>{heading}</h2>']
    if not view.chronology:
        none = _R("report", "This report holds no incidents.")
        out.append(f'<p class="note">{e(none)}</p></section>')
        return "".join(out)
    oldest = _R(
        "report",
        "Oldest first; incidents without a date come last. The title leads to the incident's "
        "full record.",
    )
    out.append(f'<p class="note">{e(oldest)}</p>')
    rows = [
        [
            f'<td class="num">{r.id}</td>',
            f"<td>{e(r.when)}</td>",
            f'<td dir="auto" class="any"><a href="#{e(r.anchor)}">{e(r.title)}</a></td>',
            f"<td>{'<br>'.join(e(x) for x in r.categories) or e(t.EMPTY)}</td>",
            f'<td class="nowrap">{e(r.severity)}</td>',
        ]
        for r in view.chronology
    ]
    columns = ["#", _T("report", "Date"), _T("report", "Title"), _T("report", "Categories")]
    out.append(_table([*columns, _T("report", "Severity")], rows))
    out.append("</section>")
    return "".join(out)


def _chart(chart: Chart) -> str:
    """Inline SVG with fixed, known colours and numbers only: nothing from the user."""
    width, axis_w, top, plot_h = 860, 34, 18, 210
    plot_w = width - axis_w - 4
    base = top + plot_h
    height = base + 40
    parts = [
        f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="{e(chart.caption)}" '
        'font-size="12" xmlns="http://www.w3.org/2000/svg">'
    ]
    for tick in chart.ticks:
        y = base - tick / chart.axis_max * plot_h
        colour = "#6c757d" if tick == 0 else "#e9ecef"
        parts.append(
            f'<line x1="{axis_w}" y1="{y:.1f}" x2="{axis_w + plot_w}" y2="{y:.1f}" '
            f'stroke="{colour}" stroke-width="1"/>'
            f'<text x="{axis_w - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#6c757d">{tick}</text>'
        )
    n = len(chart.labels)
    slot = plot_w / n
    bar_w = min(slot * 0.68, 56)
    every = max(1, -(-n // 18))
    for i in range(n):
        x = axis_w + i * slot + (slot - bar_w) / 2
        y = float(base)
        for series in chart.series:
            count = series.counts[i]
            if count:
                h = count / chart.axis_max * plot_h
                parts.append(
                    f'<rect x="{x:.1f}" y="{y - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                    f'fill="{series.colour}" stroke="#fff" stroke-width="0.8">'
                    f"<title>{e(chart.labels[i])} {e(chart.year_marks[i])}: {count} · "
                    f"{e(series.label)}</title></rect>"
                )
                y -= h
        cx = axis_w + i * slot + slot / 2
        if chart.totals[i]:
            parts.append(
                f'<text x="{cx:.1f}" y="{y - 4:.1f}" text-anchor="middle" font-weight="600" '
                f'fill="#212529">{chart.totals[i]}</text>'
            )
        if i % every == 0 or chart.year_marks[i]:
            parts.append(
                f'<text x="{cx:.1f}" y="{base + 16}" text-anchor="middle" fill="#6c757d">'
                f"{e(chart.labels[i])}</text>"
            )
        if chart.year_marks[i]:
            parts.append(
                f'<text x="{cx:.1f}" y="{base + 32}" text-anchor="middle" font-weight="600" '
                f'fill="#495057">{e(chart.year_marks[i])}</text>'
            )
    parts.append(
        f'<line x1="{axis_w}" y1="{base}" x2="{axis_w + plot_w}" y2="{base}" '
        'stroke="#6c757d" stroke-width="1.2"/></svg>'
    )
    legend = "".join(
        f'<li><span class="swatch" style="background:{s.colour}"></span>{e(s.label)}</li>'
        for s in chart.series
    )
    heading = e(_R("report", "Incidents over time"))
    return (
        f'<section id="chart" class="chart"><h2>{heading}</h2>'
        f'{"".join(parts)}<ul class="legend">{legend}</ul>'
        f'<p class="note">{e(chart.caption)}</p></section>'
    )


def _evidence(inp: ReportInput, view: c.IncidentView) -> str:
    if not view.evidence:
        return '<p class="note">No evidence files.</p>'
    rows, figures = [], []
    for ev in view.evidence:
        href = t.relative_href(ev.path)
        # A saved web page or SVG could run script if opened from here: its path stays text.
        linkable = href and ev.type.split(";")[0].strip().lower() not in ACTIVE_TYPES
        name = _user("div", ev.name)
        in_bundle = e(_R("report", "File in bundle"))
        where = (
            f'<div class="muted">{in_bundle}: <a href="{e(href)}" class="mono">{e(ev.path)}</a>'
            "</div>"
            if linkable
            else f'<div class="muted">{in_bundle}: <span class="mono">{e(ev.path)}</span></div>'
        )
        extra = ""
        if ev.source_url:
            shown = _web_link(ev.source_url) if t.is_web_url(ev.source_url) else e(ev.source_url)
            source = e(_R("report", "Source"))
            extra += f'<div class="muted">{source}: <span dir="auto">{shown}</span></div>'
        if ev.captured_at:
            captured = e(_R("report", "Captured"))
            extra += f'<div class="muted">{captured}: {e(ev.captured_at)}</div>'
        if ev.copy_of:
            extra += f'<div class="muted">{e(ev.copy_of)}</div>'
        rows.append(
            [
                f'<td class="num">{e(ev.label)}</td>',
                f'<td class="any">{name}{where}{extra}</td>',
                f'<td class="nowrap">{e(t.human_size(ev.size))}<br>'
                f'<span class="muted">{ev.size:,} bytes</span></td>',
                f"<td>{e(ev.type)}</td>",
                f'<td class="mono hash">{e(ev.sha256 or t.EMPTY)}</td>',
                f'<td class="date">{e(ev.imported_at)}</td>',
            ]
        )
        if ev.is_image:
            figures.append(_figure(inp, view.id, ev, href))
    table = _table(
        [
            "#",
            _T("report", "File"),
            _T("report", "Size"),
            _T("report", "Type"),
            "SHA-256",
            _T("report", "Imported"),
        ],
        rows,
    )
    return table + "".join(figures)


def _figure(inp: ReportInput, incident_id: int, ev: c.EvidenceView, href: str | None) -> str:
    label = e(_R("report", "Evidence"))
    caption = f'<figcaption dir="auto">{label} {e(ev.label)} · {e(ev.name)}</figcaption>'
    note = check_image(inp, incident_id, ev) if href else UNAVAILABLE
    if note:
        return f'<figure>{caption}<p class="note">{e(note)}</p></figure>'
    if ev.intimate:  # a blurred picture made here; the original only behind its link
        veiled = veiled_png(inp, incident_id, ev)
        said_note = e(said("report", c.INTIMATE_NOTE).replace("{path}", ev.path))
        if veiled is None:
            return f'<figure>{caption}<p class="note">{said_note}</p></figure>'
        data = base64.b64encode(veiled).decode()
        return (
            f'<figure>{caption}<a href="{e(href)}"><img src="data:image/png;base64,{data}" '
            f'alt="Evidence {ev.id}"></a><p class="note">{said_note}</p></figure>'
        )
    return (
        f'<figure>{caption}<a href="{e(href)}"><img src="{e(href)}" loading="lazy" '
        f'decoding="async" alt="Evidence {ev.id} {UNAVAILABLE}"></a></figure>'
    )


def _excerpts(view: c.IncidentView) -> str:
    """Each excerpt as a transcript table whose last column cites the original export."""
    if not view.excerpts:
        return ""
    note = e(said("report", c.TRANSCRIPT_NOTE))
    heading = e(_R("report", "Chat excerpts"))
    out = [f'<h3>{heading}</h3><p class="note">{note}</p>']
    for x in view.excerpts:
        rows = [
            [
                f'<td class="date">{e(r.time)}</td>',
                _user("td", r.sender),
                _user("td", r.text, "text"),
                f'<td class="mono nowrap">{e(r.citation)}</td>',
            ]
            for r in x.rows
        ]
        out.append(
            f'<div class="entry excerpt">{_user("div", x.heading, "head")}{_facts(x.facts)}'
            f"{_table(c.TRANSCRIPT_HEADINGS, rows, 'transcript')}</div>"
        )
    return "".join(out)


def _incident(inp: ReportInput, view: c.IncidentView) -> str:
    deleted = " · " + _R("report", "deleted in the diary") if view.deleted else ""
    tag = _R("report", "Incident") + f" {view.id}{deleted}"
    none = f'<p class="note">{e(said("report", c.NONE_RECORDED))}</p>'
    narrative = _user("div", view.narrative, "text") if view.narrative else none
    if view.revisions:
        rows = [
            [f'<td class="num">{e(r.revision)}</td>', f"<td>{e(r.at)}</td>", _user("td", r.title)]
            for r in view.revisions
        ]
        revisions = _table(
            [
                _T("report", "Revision"),
                _T("report", "Saved"),
                _T("report", "Title at that revision"),
            ],
            rows,
        )
    else:
        revisions = none
    sections = [
        (_R("report", "Narrative"), narrative),
        (_R("report", "Links"), _entries(view.links)),
        (_R("report", "Actions taken"), _entries(view.actions)),
        (_R("report", "Follow-up notes"), _entries(view.notes)),
        ("", _excerpts(view)),
        (_R("report", "Evidence"), _evidence(inp, view)),
        (_R("report", "Revision history"), revisions),
    ]
    body = "".join(f"<h3>{e(h)}</h3>{part}" if h else part for h, part in sections)
    return (
        f'<section class="incident" id="{e(view.anchor)}">'
        f'<p class="kicker">{e(tag)}</p>{_user("h2", view.title)}'
        f'<p class="when">{e(view.when)}</p>{_facts(view.facts)}{body}</section>'
    )


def _documents(view: c.ReportView) -> str:
    """A court annex's numbered chronological list of documents, each leading to its record."""
    rows = [
        [
            f'<td class="num">{e(r.label)}</td>',
            f"<td>{e(r.when)}</td>",
            f'<td dir="auto" class="any">{"&#8195;" if r.annex else ""}'
            f'<a href="#{e(r.anchor)}">{e(r.title)}</a></td>',
        ]
        for r in c.documents(view)
    ]
    heading = e(said("report", c.DOCUMENTS))
    return (
        f'<section id="documents"><h2>{heading}</h2>'
        f'<p class="note">{e(said("report", c.DOCUMENTS_NOTE))}</p>'
        f"{_table([_T('report', 'No.'), _T('report', 'Date'), _T('report', 'Document')], rows)}"
        "</section>"
    )


def _actors(view: c.ReportView) -> str:
    parts = [
        f'<section id="actors"><h2>{e(said("report", c.ACTORS))}</h2>',
        f'<p class="note">{e(said("report", c.ACTORS_NOTE))}</p>',
    ]
    for actor in view.actors:
        parts.append(f"{_user('h3', actor.heading)}{_facts(actor.facts)}")
    parts.append("</section>")
    return "".join(parts)


def _remedies(view: c.ReportView) -> str:
    def cell(text: str) -> str:
        return _user("td", text)

    rows = [
        [
            f'<td class="num"><a href="#{e(r.anchor)}">{r.incident}</a></td>',
            f'<td class="nowrap">{e(r.date)}</td>',
            cell(r.body),
            cell(r.reference),
            cell(r.asked),
            cell(r.answers),
            cell(r.final),
            f'<td class="nowrap">{e(r.deadline)}</td>',
        ]
        for r in view.remedies
    ]
    headings = [
        "#",
        _T("report", "Date"),
        _T("report", "Complaint to"),
        _T("report", "Reference"),
        _T("report", "Asked"),
        _T("report", "Answers"),
        _T("report", "Final decision"),
        _T("report", "Four-month deadline"),
    ]
    return (
        f'<section id="remedies"><h2>{e(said("report", c.REMEDIES))}</h2>'
        f'<p class="note">{e(said("report", c.REMEDIES_NOTE))}</p>'
        f"{_table(headings, rows)}</section>"
    )


def _statement_of_truth() -> str:
    paragraphs = "".join(f"<p>{e(p)}</p>" for p in c.truth_text())
    lines = "".join(
        f'<p class="sign">{e(said("report", label))}: <span class="line">&#160;</span></p>'
        for label in c.SIGNATURE_LINES
    )
    return (
        f'<section id="statement-of-truth"><h2>{e(said("report", c.TRUTH))}</h2>'
        f"{paragraphs}{lines}</section>"
    )


def render_html(inp: ReportInput) -> str:
    """The whole report as one HTML document (a str); nothing is written to disk."""
    with speaking(inp.language):
        return _render(inp)


def _render(inp: ReportInput) -> str:
    view = c.build(inp)
    chart = build_chart(inp.incidents)
    body = [_cover(view), _chronology(view)]
    if chart is not None:
        body.append(_chart(chart))
    if inp.court:
        body.append(_documents(view))
    if view.actors:
        body.append(_actors(view))
    if view.remedies:
        body.append(_remedies(view))
    for incident in view.incidents:
        inp.check_cancelled()
        body.append(_incident(inp, incident))
    if inp.court:
        body.append(_statement_of_truth())
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{e(inp.language)}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(said('report', c.TITLE))} · {e(view.created)}</title>"
        f"<style>{STYLE}</style></head>\n"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )
