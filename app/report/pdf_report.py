"""``report.pdf``: the incident report as an A4 PDF, built in memory with fpdf2.

Why these choices: DejaVu is embedded so Azerbaijani and Cyrillic print the same on every
machine; text the fonts cannot draw becomes U+FFFD before fpdf2 sees it (fpdf2 would
otherwise log the missing characters, and Quire never logs incident content); long text
is broken into lines by app/report/wrap.py (fpdf2's rules in linear time; multi_cell's
breaker is quadratic in a line's length) and drawn a line at a time, which breaks across
pages, and only short, capped text goes into tables, whose rows cannot.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from io import BytesIO

from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos
from PIL import Image

from app.report import content as c
from app.report import fonts
from app.report import text as t
from app.report.chart import Chart, Series, build_chart
from app.report.images import pdf_preview
from app.report.model import ReportInput
from app.report.previews import PreviewQueue
from app.report.words import _R, language, said, speaking, upper
from app.report.wrap import font_lines

TEXT = (33, 37, 41)
MUTED = (108, 117, 125)
RULE = (206, 212, 218)
FAINT = (233, 236, 239)
ACCENT = (38, 58, 82)
HEAD_FILL = (241, 243, 245)

BODY_PT = 9.5
SMALL_PT = 8
LABEL_W = 44  # mm, the label column of fact lists
CELL_LIMIT = 400  # characters in one table cell; the full text is in the incident's section
IMAGE_MAX_H = 115  # mm
IMAGE_MIN_H = 70  # mm; a picture is never squeezed below this to fit the rest of a page
PICTURE_GAP = 6  # mm between two pictures side by side
Picture = Image.Image | BytesIO  # a preview ready for fpdf2 (app/report/images.py)
IMAGE_DPI = 120  # a small picture is shown at this resolution, never blown up
DOC_ROW = 5.2  # mm: one line per document in a court annex's list, so its pages are known
# fpdf2 puts the page count wherever its alias stands in the text. Its default, "{nb}", could
# stand in a narrative or a chat line and be printed as a number: this alias is made of
# private-use characters, which no embedded font draws, so fit() turns any of them in the
# person's text into U+FFFD. Five of them reserve the width of five digits.
PAGES_ALIAS = "\ue000\ue001\ue002\ue003\ue004"


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _lh(size_pt: float) -> float:
    """Line height in mm for a font size in points."""
    return size_pt * 0.48


class ReportPDF(FPDF):
    view: c.ReportView  # what to draw: set before the first page (see new_pdf)

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(18, 20, 18)
        self.set_auto_page_break(True, margin=20)
        folder = fonts.font_dir()
        self.add_font("Sans", "", str(folder / fonts.SANS))
        self.add_font("Sans", "B", str(folder / fonts.SANS_BOLD))
        self.add_font("Mono", "", str(folder / fonts.MONO))
        self._cover = {
            ("sans", ""): fonts.covered_codepoints(fonts.SANS),
            ("sans", "B"): fonts.covered_codepoints(fonts.SANS_BOLD),
            ("mono", ""): fonts.covered_codepoints(fonts.MONO),
        }
        self.alias_nb_pages(PAGES_ALIAS)
        self.incident_pages: dict[int, int] = {}  # where each incident and its evidence start
        self.evidence_pages: dict[int, int] = {}
        self._page_ready = False  # the list of documents left a fresh page for what follows
        self.previews: PreviewQueue | None = None  # photos prepared ahead on a worker thread
        # A row whose left half holds a small picture: (page, its top, the y under it).
        self._row: tuple[int, float, float] | None = None
        self.set_text_color(*TEXT)
        self.set_draw_color(*RULE)

    def add_page(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        if self._page_ready and not self.in_toc_rendering:
            self._page_ready = False  # the page after the list's placeholder is still empty
            return
        if self.previews is not None:
            self.previews.pump()  # keep the photo workers busy while the text is laid out
        super().add_page(*args, **kwargs)

    # -- text helpers ---------------------------------------------------------------------
    def fit(self, text: str, family: str | None = None, style: str | None = None) -> str:
        key = ((family or self.font_family).lower(), style if style is not None else "")
        if style is None:
            key = (key[0], "B" if "B" in self.font_style else "")
        return t.fit_glyphs(text, self._cover.get(key, self._cover[("sans", "")]))

    def font(self, size: float = BODY_PT, bold: bool = False, mono: bool = False) -> None:
        family, style = ("mono", "") if mono else ("sans", "B" if bold else "")
        if (self.font_family, self.font_style, self.font_size_pt) == (family, style, size):
            return  # set_font's own early return, without its parsing: 30,000 calls a table
        self.set_font(family, style, size)

    def para(
        self,
        text: str,
        size: float = BODY_PT,
        *,
        bold: bool = False,
        mono: bool = False,
        colour: tuple[int, int, int] = TEXT,
        w: float = 0,
        link: str = "",
        wrap: WrapMode = WrapMode.WORD,
    ) -> None:
        self.font(size, bold, mono)
        self.set_text_color(*colour)
        self.lines(w, _lh(size), self.fit(text), link=link, wrap=wrap)
        self.set_text_color(*TEXT)

    def lines(
        self, w: float, h: float, text: str, link: str = "", wrap: WrapMode = WrapMode.WORD
    ) -> None:
        """``multi_cell(w, h, text, new_x=LMARGIN, new_y=NEXT, align="L")``: the same lines
        from app/report/wrap.py, one cell() each (page breaks keep the column's x)."""
        if w == 0:
            w = self.w - self.r_margin - self.x
        laid = font_lines(self, text, w, wrap)
        for line in laid.lines or [""]:
            self.line_at(w, h, line, link=link)
        if laid.trailing_newline:
            self.ln()
        self.set_x(self.l_margin)

    def line_at(
        self, w: float, h: float, text: str, link: str | int = "", align: str = "L"
    ) -> None:
        """``cell(w, h, text, link=link, align=align, new_x=LEFT, new_y=NEXT)`` for one line
        already broken to fit: the same text at the same place, drawn with ``text()``.

        cell() builds fragments, a line object and a copy of the font state for every line
        (45 µs a line against 10 µs here, measured): a report of 2,000 evidence files draws
        28,000 lines. A line that would cross the foot of the page, or that holds the page
        count's alias, still goes through cell(), which breaks the page and fills in the
        count as before.
        """
        if self.will_page_break(h) or PAGES_ALIAS in text:
            self.cell(w, h, text, link=link, align=align, new_x=XPos.LEFT, new_y=YPos.NEXT)
            return
        if text:
            x = self.x + self.c_margin
            if align == "R" or link:
                width = self.get_string_width(text)
                if align == "R":
                    x = self.x + w - self.c_margin - width
            # cell()'s baseline: half the line's height down, then 0.3 of the font's size.
            self.text(x, self.y + 0.5 * h + 0.3 * self.font_size, text)
            if link:
                top = self.y + 0.5 * h - 0.5 * self.font_size
                self.link(x, top, width, self.font_size, link)
        self.y += h

    def rule(self, colour: tuple[int, int, int] = RULE, gap: float = 2) -> None:
        self.set_draw_color(*colour)
        self.set_line_width(0.25)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.ln(gap)

    def room(self, height: float) -> None:
        """Start a new page unless ``height`` mm still fit on this one."""
        if self.will_page_break(height):
            self.add_page()

    def heading(self, text: str, size: float = 12.5) -> None:
        self.room(30)  # never a heading alone at the foot of a page
        self.ln(3)
        self.para(text, size, bold=True, colour=ACCENT)
        self.ln(0.8)
        self.rule()

    # -- page furniture -------------------------------------------------------------------
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.font(7.5)
        self.set_text_color(*MUTED)
        title = said("report", c.TITLE)
        created = _R("report", "created")
        self.cell(0, 4, self.fit(f"{title} · {created} {self.view.created}"))
        self.set_x(self.l_margin)
        self.cell(0, 4, _R("report", "Confidential"), align="R")
        self.set_y(14)
        self.rule(FAINT, gap=0)
        self.set_y(20)
        self.set_text_color(*TEXT)

    def footer(self) -> None:
        self.set_y(-13)
        self.rule(FAINT, gap=1.5)
        self.font(7.5)
        self.set_text_color(*MUTED)
        head = self.view.chain_head
        chain_head = _R("report", "Revision chain head")
        self.cell(0, 4, self.fit(f"{chain_head} {head[:16]}…" if head else ""))
        self.set_x(self.l_margin)
        page = _R("report", "Page {page} of {pages}")
        page = page.replace("{page}", str(self.page_no()))
        self.cell(0, 4, self.fit(page).replace("{pages}", PAGES_ALIAS), align="R")
        self.set_text_color(*TEXT)

    # -- building blocks ------------------------------------------------------------------
    def facts(self, facts: list[c.Fact], label_w: float = LABEL_W, size: float = BODY_PT) -> None:
        for fact in facts:
            lines = fact.value.count("\n") + 1
            self.room(_lh(size) * min(lines, 3) + 2)
            top, page = self.y, self.page
            self.para(fact.label, SMALL_PT, bold=True, colour=MUTED, w=label_w - 3)
            label_end = self.y
            self.set_xy(self.l_margin + label_w, top + (size - SMALL_PT) * 0.12)
            self.font(size, mono=fact.mono)
            wrap = WrapMode.CHAR if fact.mono else WrapMode.WORD
            self.lines(0, _lh(size), self.fit(fact.value), wrap=wrap)
            if self.page == page:
                self.set_y(max(self.y, label_end))
            self.ln(1)
            self.rule(FAINT, gap=1.2)

    def entries(self, entries: list[c.Entry]) -> None:
        for entry in entries:
            self.room(16)
            if entry.mono_heading:
                self.para(entry.heading, 8.5, mono=True, link=entry.url or "", wrap=WrapMode.CHAR)
            else:
                self.para(entry.heading, BODY_PT, bold=True)
            for fact in entry.facts:
                self.para(f"{fact.label}: {fact.value}", SMALL_PT + 0.5, colour=MUTED)
            if entry.body:
                self.ln(0.6)
                self.para(entry.body)
            self.ln(1.2)
            self.rule(FAINT, gap=1.5)

    def none_recorded(self, text: str = "") -> None:
        text = text or said("report", c.NONE_RECORDED)
        self.para(text, SMALL_PT + 0.5, colour=MUTED)

    def table_rows(
        self,
        headings: list[str],
        rows: list[list[tuple[str, str]]],
        widths: tuple[float, ...],
        links: list[int] | None = None,
        link_col: int = 0,
        pad: tuple[float, float] = (1.4, 1.6),
    ) -> None:
        """A table; each cell is (text, "mono" | "muted" | ""); ``widths`` in mm; ``pad``
        (vertical, horizontal) in mm. Drawn row by row: fpdf2's tables laid every cell out
        twice with multi_cell (15 s for a thousand complaints). A row never splits across
        pages; the headings start each page the table runs onto."""
        head = self._lay([(h, "head") for h in headings], widths, pad)
        for i, row in enumerate(rows):
            laid = self._lay(row, widths, pad)
            link = links[i] if links else 0
            if i == 0:
                self.room(head[1] + laid[1])
                self._draw(head, widths, pad, heading=True)
            elif self.will_page_break(laid[1]):
                self.add_page()
                self._draw(head, widths, pad, heading=True)
            self._draw(laid, widths, pad, link=link, link_col=link_col)
        if not rows:
            self._draw(head, widths, pad, heading=True)
        self.set_text_color(*TEXT)

    def _cell_font(self, kind: str) -> None:
        if kind == "mono":
            self.font(6.3, mono=True)
        else:
            self.font(SMALL_PT, bold=kind == "head")

    def _lay(
        self, cells: list[tuple[str, str]], widths: tuple[float, ...], pad: tuple[float, float]
    ) -> tuple[list[tuple[list[str], str]], float]:
        """Each cell's lines (in its own font) and the row's height."""
        line_h = _lh(SMALL_PT) + 0.3
        laid = []
        for (value, kind), w in zip(cells, widths, strict=True):
            self._cell_font(kind)
            family = "Mono" if kind == "mono" else "Sans"
            text = self.fit(t.shorten(value, CELL_LIMIT), family, "B" if kind == "head" else "")
            inner = w - 2 * pad[1] + 2 * self.c_margin  # font_lines takes the c_margins off
            laid.append((font_lines(self, text, inner).lines or [""], kind))
        height = max(len(lines) for lines, _ in laid) * line_h + 2 * pad[0]
        return laid, height

    def _draw(
        self,
        row: tuple[list[tuple[list[str], str]], float],
        widths: tuple[float, ...],
        pad: tuple[float, float],
        heading: bool = False,
        link: int = 0,
        link_col: int = 0,
    ) -> None:
        """One laid-out row at ``self.y``, a rule under it."""
        laid, height = row
        line_h = _lh(SMALL_PT) + 0.3
        top = self.y
        if heading:
            self.set_fill_color(*HEAD_FILL)
            self.rect(self.l_margin, top, sum(widths), height, style="F")
        x = self.l_margin
        for n, ((lines, kind), w) in enumerate(zip(laid, widths, strict=True)):
            self._cell_font(kind)
            colour = ACCENT if kind == "head" else MUTED if kind == "muted" else TEXT
            self.set_text_color(*colour)
            inner = w - 2 * pad[1] + 2 * self.c_margin
            y = top + pad[0]
            for line in lines:
                self.set_xy(x + pad[1] - self.c_margin, y)
                self.line_at(inner, line_h, line, link=link if n == link_col else "")
                y += line_h
            x += w
        self.set_text_color(*TEXT)
        self.set_y(top + height)
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y, self.l_margin + sum(widths), self.y)

    # -- sections ---------------------------------------------------------------------------
    def cover(self) -> None:
        self.add_page()
        self.start_section(_R("report", "Cover"))
        self.set_fill_color(*ACCENT)
        self.rect(0, 0, self.w, 7, style="F")
        self.set_y(34)
        kicker = _R("report", "Confidential · contains sensitive personal information")
        self.para(upper(kicker), 8, bold=True, colour=MUTED)
        self.ln(2)
        self.para(
            said("report", c.TITLE), 28 if language() == "en" else 22, bold=True, colour=ACCENT
        )
        self.ln(1.5)
        self.para(
            _R(
                "report",
                "Incidents of harassment recorded in an encrypted diary, with their evidence.",
            ),
            11,
            colour=MUTED,
        )
        self.ln(8)
        self.rule(RULE, gap=4)
        self.facts(self.view.cover, size=10.5)
        self.ln(8)
        self.para(_R("report", "Integrity"), 12.5, bold=True, colour=ACCENT)
        self.ln(0.8)
        self.rule()
        self.facts(self.view.integrity, size=9)
        self.ln(2)
        for paragraph in self.view.integrity_text:
            self.para(paragraph, 8.5, colour=(73, 80, 87))
            self.ln(1.6)

    def chronology(self, links: dict[int, int]) -> None:
        self.add_page()
        self.start_section(_R("report", "Chronology"))
        self.heading(_R("report", "Chronology"), 15)
        if not self.view.chronology:
            self.none_recorded(_R("report", "This report holds no incidents."))
            return
        self.para(
            _R(
                "report",
                "Oldest first; incidents without a date come last. The title leads to the "
                "incident's full record.",
            ),
            SMALL_PT + 0.5,
            colour=MUTED,
        )
        self.ln(2.5)
        rows = [
            [
                (str(r.id), "muted"),
                (r.when, ""),
                (r.title, ""),
                ("\n".join(r.categories) or t.EMPTY, ""),
                (r.severity, ""),
            ]
            for r in self.view.chronology
        ]
        self.table_rows(
            [
                "#",
                _R("report", "Date"),
                _R("report", "Title"),
                _R("report", "Categories"),
                _R("report", "Severity"),
            ],
            rows,
            (8, 30, 68, 46, 22),
            [links[r.id] for r in self.view.chronology],
            link_col=2,
        )

    def chart(self, chart: Chart) -> None:
        legend_rows = self._legend_rows(chart)
        plot_h = 52
        needed = 14 + plot_h + 12 + len(legend_rows) * 5 + 10
        if self.will_page_break(needed):
            self.add_page()
        self.start_section(_R("report", "Incidents over time"))
        self.heading(_R("report", "Incidents over time"))
        axis_w = 9
        x0 = self.l_margin + axis_w
        plot_w = self.epw - axis_w
        top = self.y + 4
        base = top + plot_h
        # grid and y-axis
        self.font(7)
        self.set_line_width(0.2)
        for tick in chart.ticks:
            y = base - tick / chart.axis_max * plot_h
            self.set_draw_color(*(FAINT if tick else MUTED))
            self.line(x0, y, x0 + plot_w, y)
            self.set_text_color(*MUTED)
            self.set_xy(self.l_margin, y - 2)
            self.cell(axis_w - 1.5, 4, str(tick), align="R")
        # bars
        n = len(chart.labels)
        slot = plot_w / n
        bar_w = min(slot * 0.68, 16)
        every = max(1, math.ceil(n / 18))
        self.set_line_width(0.15)
        self.set_draw_color(255, 255, 255)
        for i in range(n):
            x = x0 + i * slot + (slot - bar_w) / 2
            y = base
            for series in chart.series:
                count = series.counts[i]
                if count:
                    h = count / chart.axis_max * plot_h
                    self.set_fill_color(*_rgb(series.colour))
                    self.rect(x, y - h, bar_w, h, style="DF")
                    y -= h
            self.set_text_color(*TEXT)
            if chart.totals[i]:
                self.font(6.5, bold=True)
                self.set_xy(x0 + i * slot, y - 4)
                self.cell(slot, 3.6, str(chart.totals[i]), align="C")
            self.font(7)
            self.set_text_color(*MUTED)
            if i % every == 0 or chart.year_marks[i]:
                self.set_xy(x0 + i * slot - 2, base + 1)
                self.cell(slot + 4, 3.5, chart.labels[i], align="C")
            if chart.year_marks[i]:
                self.font(7, bold=True)
                self.set_xy(x0 + i * slot - 4, base + 4.4)
                self.cell(slot + 8, 3.5, chart.year_marks[i], align="C")
        self.set_draw_color(*MUTED)
        self.set_line_width(0.3)
        self.line(x0, base, x0 + plot_w, base)
        # legend
        self.set_y(base + 11)
        for row in legend_rows:
            x = self.l_margin
            for series, width in row:
                self.set_fill_color(*_rgb(series.colour))
                self.rect(x, self.y + 0.6, 3, 3, style="F")
                self.set_xy(x + 4, self.y)
                self.font(7.5)
                self.set_text_color(*TEXT)
                self.cell(width, 4.2, self.fit(series.label))
                x += width + 9
            self.ln(5)
        self.ln(1)
        self.para(chart.caption, 7.5, colour=MUTED)

    def _legend_rows(self, chart: Chart) -> list[list[tuple[Series, float]]]:
        self.font(7.5)
        rows: list[list[tuple[Series, float]]] = [[]]
        used = 0.0
        for series in chart.series:
            width = self.get_string_width(self.fit(series.label)) + 1
            if rows[-1] and used + width + 9 > self.epw:
                rows.append([])
                used = 0.0
            rows[-1].append((series, width))
            used += width + 9
        return rows

    def incident(self, inp: ReportInput, view: c.IncidentView, link: int) -> None:
        self.add_page()
        self.set_link(link, y=self.y)
        self.incident_pages[view.id] = self.page_no()
        incident = _R("report", "Incident")
        self.start_section(t.shorten(f"{incident} {view.id}: {view.title}", 90))
        deleted = " · " + _R("report", "deleted in the diary") if view.deleted else ""
        tag = upper(f"{incident} {view.id}{deleted}")
        self.para(tag, 8, bold=True, colour=MUTED)
        self.ln(1)
        self.para(view.title, 15, bold=True, colour=ACCENT)
        self.ln(0.5)
        self.para(view.when, 10, colour=MUTED)
        self.ln(2)
        self.rule(RULE, gap=2.5)
        self.facts(view.facts)

        self.heading(_R("report", "Narrative"))
        if view.narrative:
            for paragraph in view.narrative.split("\n"):
                if paragraph.strip():
                    self.para(paragraph)
                    self.ln(1.6)
        else:
            self.none_recorded()

        for title, items in (
            (_R("report", "Links"), view.links),
            (_R("report", "Actions taken"), view.actions),
            (_R("report", "Follow-up notes"), view.notes),
        ):
            self.heading(title)
            self.entries(items) if items else self.none_recorded()

        if view.excerpts:
            self.excerpts(view)

        self.heading(_R("report", "Evidence"))
        self.evidence_pages[view.id] = self.page_no()
        if view.evidence:
            self.evidence(inp, view)
        else:
            self.none_recorded(_R("report", "No evidence files."))

        self.heading(_R("report", "Revision history"))
        if view.revisions:
            rows = [[(r.revision, ""), (r.at, ""), (r.title, "")] for r in view.revisions]
            headings = [
                _R("report", "Revision"),
                _R("report", "Saved"),
                _R("report", "Title at that revision"),
            ]
            self.table_rows(headings, rows, (20, 44, 110))
        else:
            self.none_recorded()

    # -- actors and remedies --------------------------------------------------------------------
    def actors(self, actors: list[c.ActorView]) -> None:
        self.add_page()
        self.start_section(said("report", c.ACTORS))
        self.heading(said("report", c.ACTORS), 15)
        self.para(said("report", c.ACTORS_NOTE), SMALL_PT + 0.5, colour=MUTED)
        for actor in actors:
            self.room(24)
            self.ln(3)
            self.para(actor.heading, 11, bold=True, colour=ACCENT)
            self.ln(0.5)
            self.facts(actor.facts)

    def remedies(self, rows: list[c.RemedyRow], links: dict[int, int]) -> None:
        self.add_page()
        self.start_section(said("report", c.REMEDIES))
        self.heading(said("report", c.REMEDIES), 15)
        self.para(said("report", c.REMEDIES_NOTE), SMALL_PT + 0.5, colour=MUTED)
        self.ln(2.5)
        headings = [
            "#",
            _R("report", "Date"),
            _R("report", "Complaint to"),
            _R("report", "Reference"),
            _R("report", "Asked"),
            _R("report", "Answers"),
            _R("report", "Final decision"),
            _R("report", "Four-month deadline"),
        ]
        widths = (8, 21, 20, 19, 28, 30, 27, 21)
        table = [
            [(str(r.incident), "muted")]
            + [(x, "") for x in (r.date, r.body, r.reference, r.asked, r.answers, r.final)]
            + [(r.deadline, "")]
            for r in rows
        ]
        pad = (1.2, self.c_margin)
        self.table_rows(headings, table, widths, [links[r.incident] for r in rows], pad=pad)

    # -- the court annex ------------------------------------------------------------------------
    def documents(self, rows: list[c.DocumentRow]) -> None:
        """The numbered chronological list of documents with the page each starts on.

        The pages are known only at the end, so the list is fpdf2's table-of-contents
        placeholder, filled in as the PDF is written; every row is one line, so the pages
        it takes are counted here exactly and nothing after it moves.
        """
        self.add_page()
        self.start_section(said("report", c.DOCUMENTS))
        self.heading(said("report", c.DOCUMENTS), 15)
        self.para(said("report", c.DOCUMENTS_NOTE), SMALL_PT + 0.5, colour=MUTED)
        self.ln(2)
        first = int((self.page_break_trigger - self.y) // DOC_ROW)
        per_page = int((self.page_break_trigger - self.t_margin) // DOC_ROW)
        lines = len(rows) + 1  # and the heading row
        pages = 1 + max(0, math.ceil((lines - first) / per_page))
        self.insert_toc_placeholder(lambda pdf, _outline: self._document_rows(rows), pages)
        self._page_ready = True

    def _document_rows(self, rows: list[c.DocumentRow]) -> None:
        self.set_auto_page_break(False, margin=20)  # the margin keeps the trigger where it was
        widths = (14, 34, self.epw - 14 - 34 - 28, 28)
        heading = [
            _R("report", "No."),
            _R("report", "Date"),
            _R("report", "Document"),
            _R("report", "Page"),
        ]
        self._document_line(heading, widths, bold=True)
        for row in rows:
            if self.y + DOC_ROW > self.page_break_trigger:  # the next page the placeholder kept
                self.page += 1
                self.set_y(self.t_margin)
                self.font_family = ""  # each page's content states its font again
            page = (
                self.evidence_pages[row.incident]
                if row.annex
                else self.incident_pages[row.incident]
            )
            indent = "    " if row.annex else ""
            self._document_line(
                [row.label, row.when, indent + row.title, str(page)], widths, bold=not row.annex
            )
        self.set_auto_page_break(True, margin=20)

    def _document_line(self, cells: list[str], widths: tuple[float, ...], bold: bool) -> None:
        self.font(SMALL_PT, bold=bold)
        self.set_text_color(*TEXT)
        x, y = self.l_margin, self.y
        for n, (text, w) in enumerate(zip(cells, widths, strict=True)):
            self.set_xy(x, y)
            self.line_at(w, DOC_ROW, self._clip(text, w - 1.5), align="R" if n == 3 else "L")
            x += w
        self.set_xy(self.l_margin, y)
        self.ln(DOC_ROW)
        self.set_draw_color(*FAINT)
        self.line(self.l_margin, self.y, self.l_margin + self.epw, self.y)

    def _clip(self, text: str, width: float) -> str:
        """``text`` on one line of ``width`` mm: shortened with … when it is longer."""
        text = self.fit(" ".join(text.split()))
        if self.get_string_width(text) <= width:
            return text
        keep = max(1, int(len(text) * width / self.get_string_width(text)) - 1)
        while keep > 1 and self.get_string_width(text[:keep] + "…") > width:
            keep -= 1
        return text[:keep] + "…"

    def statement_of_truth(self) -> None:
        """The statement the person signs, with lines to sign, name, date and place."""
        self.add_page()
        self.start_section(said("report", c.TRUTH))
        self.heading(said("report", c.TRUTH), 15)
        for paragraph in c.truth_text():
            self.para(paragraph, 10.5)
            self.ln(2)
        self.ln(10)
        for label in c.SIGNATURE_LINES:
            self.para(said("report", label), SMALL_PT, bold=True, colour=MUTED)
            self.ln(9)
            self.set_draw_color(*TEXT)
            self.line(self.l_margin, self.y, self.l_margin + 110, self.y)
            self.ln(6)
        self.set_draw_color(*RULE)

    def excerpts(self, view: c.IncidentView) -> None:
        """Each excerpt: what it cites, then the transcript with a citation per message."""
        self.heading(_R("report", "Chat excerpts"))
        self.para(said("report", c.TRANSCRIPT_NOTE), SMALL_PT, colour=MUTED)
        for x in view.excerpts:
            self.ln(2)
            self.para(x.heading, bold=True)
            self.facts(x.facts)
            rows = [
                [(r.time, ""), (r.sender, ""), (r.text, ""), (r.citation, "mono")] for r in x.rows
            ]
            headings = [said("report", h) for h in c.TRANSCRIPT_HEADINGS]
            self.table_rows(headings, rows, (30, 28, 82, 34))

    def evidence(self, inp: ReportInput, view: c.IncidentView) -> None:
        rows = []
        for ev in view.evidence:
            about = [ev.name, _R("report", "File in bundle") + f": {ev.path}"]
            if ev.source_url:
                about.append(_R("report", "Source") + f": {ev.source_url}")
            if ev.captured_at:
                about.append(_R("report", "Captured") + f": {ev.captured_at}")
            if ev.copy_of:
                about.append(ev.copy_of)
            sha = "\n".join([ev.sha256[:32], ev.sha256[32:]]) if len(ev.sha256) == 64 else ev.sha256
            rows.append(
                [
                    (ev.label, "muted"),
                    ("\n".join(about), ""),
                    (f"{t.human_size(ev.size)}\n{ev.size:,} bytes", ""),
                    (ev.type, ""),
                    (sha or t.EMPTY, "mono"),
                    (ev.imported_at, ""),
                ]
            )
        headings = [
            "#",
            _R("report", "File"),
            _R("report", "Size"),
            _R("report", "Type"),
            "SHA-256",
            _R("report", "Imported"),
        ]
        self.table_rows(headings, rows, (11, 41, 22, 26, 47, 27))  # room for "A123"
        self._row = None
        for ev in view.evidence:
            if ev.is_image:
                self.preview(inp, view.id, ev)
                inp.check_cancelled()
            if inp.evidence_done is not None:
                inp.evidence_done()
        if self._row is not None:
            self.set_y(self._row[2])  # under the last row's left picture
            self._row = None

    def preview(self, inp: ReportInput, incident_id: int, ev: c.EvidenceView) -> None:
        queue = self.previews
        shown = queue.take(incident_id, ev) if queue else pdf_preview(inp, incident_id, ev)
        inp.picture_notes[(incident_id, ev.id)] = "" if shown.image is not None else shown.note
        caption = _R("report", "Evidence") + f" {ev.label} · {ev.name}"
        if shown.image is None:
            self._row = None  # a note runs across the page
            self.room(14)
            self.ln(3)
            self.para(caption, SMALL_PT + 0.5, bold=True)
            self.para(shown.note, SMALL_PT + 0.5, colour=MUTED)
            return
        scale = 25.4 / IMAGE_DPI
        w, h = shown.width * scale, shown.height * scale
        factor = min(1.0, self.epw / w, IMAGE_MAX_H / h)
        w, h = w * factor, h * factor
        column = (self.epw - PICTURE_GAP) / 2
        if w <= column * 1.25:  # a little wider (400 px is 85 mm): drawn at the column's width
            fit = min(1.0, column / w)
            self._beside(shown.image, w * fit, h * fit, caption, column, ev)
            return
        self._row = None
        # Shrink a little to use the rest of this page rather than leave it blank.
        space = self.page_break_trigger - self.y - 14
        if h > space >= min(h, IMAGE_MIN_H):
            w, h = w * space / h, space
        self.room(h + 12)
        self.ln(3)
        self._picture(shown.image, self.l_margin, w, h, caption, 0, ev)

    def _beside(
        self, image: Picture, w: float, h: float, caption: str, column: float, ev: c.EvidenceView
    ) -> None:
        """A picture no wider than half the page: in the right half of the row the one
        before it started, when that is on this page and it fits; else it starts a row.
        (A report of 2,000 photos shows them ~85 mm wide: one to a row took 836 pages.)"""
        row = self._row
        need = h + 12 + (24 if ev.intimate else 0)  # caption, picture, the note (two languages)
        if row is not None and row[0] == self.page and row[1] + need <= self.page_break_trigger:
            _, top, bottom = row
            self._row = None
            self.set_y(top)
            end = self._picture(
                image, self.l_margin + column + PICTURE_GAP, w, h, caption, column, ev
            )
            self.set_y(max(bottom, end))
            return
        self.room(h + 12)
        self.ln(3)
        top = self.y
        end = self._picture(image, self.l_margin, w, h, caption, column, ev)
        self._row = (self.page, top, end)

    def _picture(
        self,
        image: Picture,
        x: float,
        w: float,
        h: float,
        caption: str,
        width: float,
        ev: c.EvidenceView,
    ) -> float:
        """Caption, picture and (for intimate evidence) its note from ``x`` at ``self.y``,
        ``width`` mm wide (0: to the margin); returns the y under them."""
        self.set_x(x)
        self.para(caption, SMALL_PT + 0.5, bold=True, w=width)
        self.ln(1)
        self.image(image, x=x, y=self.y, w=w, h=h)
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.rect(x, self.y, w, h)
        self.set_y(self.y + h + 2)
        if ev.intimate:
            note = said("report", c.INTIMATE_NOTE).replace("{path}", ev.path)
            self.set_x(x)
            self.para(note, SMALL_PT + 0.5, colour=MUTED, w=width)
        return self.y


@contextmanager
def _quiet_fpdf() -> Iterator[None]:
    """fpdf2's warnings can quote the text being laid out; incident text is never logged."""
    logger = logging.getLogger("fpdf")
    previous = logger.disabled
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = previous


_spare: list[ReportPDF] = []  # at most one, made by app/bundle/warm_up.py
_spare_lock = threading.Lock()


def prepare_spare() -> None:
    """A ReportPDF with its three fonts parsed, for the next render to take: parsing them
    is half of a small report's render (70 ms of 150). The export's warm-up makes it while
    the passphrase is typed; it holds nothing of the diary (its view is set by new_pdf)."""
    pdf = ReportPDF()
    with _spare_lock:
        _spare[:] = [pdf]


def new_pdf(view: c.ReportView) -> ReportPDF:
    """The warm-up's spare when it is ready (each is used once), else a new one."""
    with _spare_lock:
        pdf = _spare.pop() if _spare else ReportPDF()
    pdf.view = view
    return pdf


def render_pdf(inp: ReportInput) -> bytearray:
    """The whole report as PDF bytes; nothing is written to disk. fpdf2's own buffer, not a
    copy of it: a report of 2,000 photos is ~20 MB, and the copy raised an export's peak."""
    with speaking(inp.language):
        return _render(inp)


def _render(inp: ReportInput) -> bytearray:
    view = c.build(inp)
    chart = build_chart(inp.incidents)
    with _quiet_fpdf():
        pdf = new_pdf(view)
        pdf.set_title(said("report", c.TITLE))
        pdf.set_creator("Quire")
        pdf.set_lang(inp.language)
        if inp.author:
            pdf.set_author(t.clean(inp.author))
        with suppress(TypeError, ValueError):  # a bad time only loses the PDF's date field
            pdf.set_creation_date(datetime.fromisoformat(inp.created_at.replace("Z", "+00:00")))
        # Placeholders: the table links forward, so targets are set when each incident starts.
        links = {row.id: pdf.add_link(page=1) for row in view.chronology}
        photos = [(v.id, ev) for v in view.incidents for ev in v.evidence if ev.is_image]
        with PreviewQueue(inp, photos) as pdf.previews:
            _sections(inp, view, chart, pdf, links)
        pdf.previews = None
        return pdf.output()


def _sections(
    inp: ReportInput, view: c.ReportView, chart: Chart | None, pdf: ReportPDF, links: dict[int, int]
) -> None:
    """Every page, in order; the photo previews are being made meanwhile."""
    pdf.cover()
    pdf.chronology(links)
    if chart is not None:
        pdf.chart(chart)
    if inp.court:
        pdf.documents(c.documents(view))
    if view.actors:
        pdf.actors(view.actors)
    if view.remedies:
        pdf.remedies(view.remedies, links)
    for incident in view.incidents:
        inp.check_cancelled()
        pdf.incident(inp, incident, links[incident.id])
    if inp.court:
        pdf.statement_of_truth()
